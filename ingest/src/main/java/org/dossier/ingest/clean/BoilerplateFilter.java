package org.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.ingest.text.DateLines;
import org.dossier.ingest.text.Words;

/**
 * Decides which blocks of a page are article text. It removes what pages put around an article: captions and
 * photo credits, bylines, date lines, credit lines, "Read more" prompts, share widgets, headlines of linked
 * stories, repeated lines, and whole trailing sections (comments, "More from …", sign-in prompts).
 *
 * <p>Rules look at one block and its neighbours, never at a site's layout, so they carry over to pages the rules
 * were not written from. Stateless and thread-safe.
 */
public final class BoilerplateFilter {

    /** Headers that open a trailing section: everything from there on is not the article. */
    private static final Pattern SECTION_END = Pattern.compile("(?i)^(?:"
            + "\\d+\\s+(?:responses?|comments?|replies|thoughts)\\b.*"
            + "|(?:comments?|leave a (?:reply|comment)|add (?:a|your) comment|post a comment|show comments"
            + "|view comments|write a comment|join the (?:discussion|conversation)|discussion)\\b.{0,60}"
            + "|(?:more from|more stories|more on this|related (?:articles?|stories|news|posts|content|coverage)"
            + "|recommended(?: for you| stories| articles)?|you (?:may|might) also like|most (?:read|popular|viewed"
            + "|shared)|trending(?: now| stories)?|read next|top stories|latest (?:news|stories)|editor'?s picks"
            + "|also on)\\b.{0,40}"
            + "|sign in\\b.{0,80}|log ?in to (?:comment|continue|read).{0,60}"
            + "|(?:subscribe|sign up|register) (?:now|today|to|for)\\b.{0,80}"
            + "|(?:about the author|privacy policy|terms of (?:use|service)|cookie (?:policy|settings))\\b.{0,40}"
            + "|(?:tags|filed under|topics)\\s*:.{0,200}"
            + ")$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?i)\\((?:photo|image|picture|video|file photo)"
            + "(?:\\s+credit)?\\s*:[^)]*\\)|^(?:photo|image|picture|video|illustration)(?:\\s+credit)?\\s*:"
            + "|\\b(?:photo|image) (?:credit|courtesy)\\b|©|\\bGetty Images\\b|\\bAFP via Getty\\b"
            // the same credits in German, French, Italian, Spanish, Portuguese, Dutch and Polish
            + "|^(?:fotos?|bild(?:er)?|bildquelle|cr[ée]dits?(?: photos?)?|fotograf[ií]as?|immagini|afbeelding|"
            + "zdj[eę]cie|fot\\.|\\p{L}+bild)\\s*:|\\(c\\)\\s+\\p{Lu}"
            // a credit after the caption: "Roman Prymula, photo: Government archives"
            + "|[,|]\\s*(?:photo|foto|bild|image)\\s*:");
    /**
     * What an outlet asks of its readers at the end of an article: follow, download, subscribe, support, join.
     * English, German, French, Spanish, Italian, Portuguese.
     */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\b(?:follow (?:us|\\S+(?: \\S+)? on)"
            + "|like us on|download (?:the|our)\\b.{0,40}\\bapps?|sign up|subscribe|newsletter|support (?:our|us)"
            + "|send us|get the latest\\b.{0,60}\\bapp|donate|whatsapp|telegram|folgen sie|folge uns|abonniere"
            + "|unterstütze|jetzt spenden|suivez-nous|abonnez-vous|inscrivez-vous|téléchargez|síguenos|suscríbete"
            + "|únete|descarga (?:la|nuestra)|seguici|iscriviti|siga-nos|assine)\\b");
    /** The blocks at the end of an article where an outlet's appeals are looked for. */
    private static final int TRAILER_BLOCKS = 3;
    private static final int TRAILER_MAX_WORDS = 40;
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|reported by|words by)\\b");
    private static final Pattern LINK_PROMPT = Pattern.compile("(?i)^(?:read more|read also|also read|related"
            + "|see also|watch|listen|more|click here|sign up|subscribe|follow us|share this|advertisement"
            + "|recommended|don'?t miss|must read"
            // German, French, Italian, Spanish, Portuguese, Dutch, Polish
            + "|weiterlesen|mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|schon gelesen|anzeige"
            + "|teilen|jetzt teilen|werbung|lire aussi|à lire aussi|a lire aussi|voir aussi|lire la suite|partager"
            + "|leggi anche|vedi anche|condividi|pubblicità|lee también|ver también|leer más|compartir|publicidad"
            + "|leia também|veja também|compartilhe|lees ook|lees meer|delen|czytaj (?:też|także|więcej)"
            + "|zobacz (?:też|także)|udostępnij|reklama)\\b\\s*[:|>»-]?.*");
    private static final Pattern SHARE_WORDS = Pattern.compile("(?i)^(?:\\s*(?:share|tweet|facebook|twitter|x"
            + "|whatsapp|telegram|email|e-mail|print|linkedin|reddit|pinterest|copy link|comments?|save|\\||/|·))+\\s*$");
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^(?:(?:reprinted|republished|reproduced)"
            + "(?: with permission)? from|this (?:article|story|piece) (?:was )?(?:originally|first) "
            + "(?:appeared|published)|originally published (?:in|on|by)|source\\s*:|copyright\\b|\\(c\\)\\s)");
    private static final int SHORT_BLOCK_WORDS = 25;
    /** Notices about the page or the browser ("best viewed in an up-to-date browser", "enable JavaScript"). */
    private static final List<String> NOTICES = WordLists.entries("notices.txt");
    private static final int NOTICE_MAX_WORDS = 30;
    /** The labels of buttons and widgets ("Close", "Back to Gallery"), matched as a block's whole text. */
    private static final java.util.Set<String> CONTROL_LABELS = java.util.Set.copyOf(
            WordLists.entries("interface-words.txt"));
    private static final int CONTROL_LABEL_MAX_WORDS = 3;
    /** More openings of prompts to read elsewhere ("Full story", "Continue reading"). */
    private static final Pattern MORE_LINK_PROMPTS = Pattern.compile("(?iu)^(?:"
            + String.join("|", WordLists.entries("link-prompts.txt")) + ")\\b.*");
    /** Reasons that say a block pointed elsewhere; a short line introducing it points elsewhere too. */
    private static final java.util.Set<String> LINKISH_REASONS = java.util.Set.of("link list",
            "link prompt or share widget", "section header of other content", "introduces dropped content",
            "headline of a linked story", "truncated teaser", "trailing section");
    private static final int HEADLINE_MIN_WORDS = 7;
    private static final int HEADLINE_MAX_WORDS = 20;
    private static final int BODY_PARAGRAPH_WORDS = 12;
    /** An introduction is a short line: eight words, and no more characters than this. */
    private static final int MAX_INTRODUCTION_CHARS = 100;

    private final boolean textCopy;

    private BoilerplateFilter(boolean textCopy) {
        this.textCopy = textCopy;
    }

    /** For plain-text copies of pages, where markup no longer tells links and captions apart. */
    public static BoilerplateFilter forTextCopies() {
        return new BoilerplateFilter(true);
    }

    /** For HTML, where link density and markup do that job. */
    public static BoilerplateFilter forHtml() {
        return new BoilerplateFilter(false);
    }

    public List<Verdict> classify(List<Block> blocks, int titleIndex) {
        // In HTML the markup already separates comments and link lists; a "Subscribe" line inside an article
        // must not cut off the rest of it.
        int tailStart = textCopy ? tailStart(blocks, titleIndex) : blocks.size();
        Map<String, Integer> counts = occurrences(blocks, tailStart);
        Map<String, Integer> seen = new HashMap<>();
        List<Verdict> verdicts = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (i >= tailStart) {
                verdicts.add(Verdict.tail(block, i == tailStart ? "trailing section" : "inside trailing section"));
                continue;
            }
            if (i == titleIndex) {
                verdicts.add(Verdict.drop(block, "title"));
                continue;
            }
            String key = key(block.text());
            int copy = seen.merge(key, 1, Integer::sum);
            Optional<String> reason = dropReason(blocks, i, counts.get(key), copy);
            verdicts.add(reason.map(r -> Verdict.drop(block, r)).orElseGet(() -> Verdict.keep(block)));
        }
        return dropIntroductionsOfDroppedContent(dropAppeals(verdicts));
    }

    /** Short appeals to the reader among the last kept blocks ("Follow us on Twitter", "Download our app"). */
    private static List<Verdict> dropAppeals(List<Verdict> verdicts) {
        List<Verdict> out = new ArrayList<>(verdicts);
        int checked = 0;
        for (int i = out.size() - 1; i >= 0 && checked < TRAILER_BLOCKS; i--) {
            Verdict v = out.get(i);
            if (!v.keep()) {
                continue;
            }
            checked++;
            if (v.block().wordCount() <= TRAILER_MAX_WORDS && CALL_TO_ACTION.matcher(v.block().text()).find()) {
                out.set(i, Verdict.drop(v.block(), "appeal to readers"));
            }
        }
        return out;
    }

    /**
     * A short line without a closing period that introduces something dropped ("Weitere Informationen:",
     * "Schon gelesen?" before a list of links), or that ends the article, belongs to what it introduces.
     */
    private static List<Verdict> dropIntroductionsOfDroppedContent(List<Verdict> verdicts) {
        List<Verdict> out = new ArrayList<>(verdicts);
        for (int i = out.size() - 1; i >= 0; i--) {
            Verdict v = out.get(i);
            if (!v.keep() || !isIntroduction(v.block())) {
                continue;
            }
            // the next block as the rules judged it, not as this pass left it: one dropped line must not take
            // every short line above it along (a table of ingredients above a product link)
            Verdict next = nextNonEmpty(verdicts, i);
            boolean introducesNothing = next == null && v.block().text().strip().endsWith(":");
            if (introducesNothing || next != null && LINKISH_REASONS.contains(next.reason())) {
                out.set(i, Verdict.drop(v.block(), "introduces dropped content"));
            }
        }
        return out;
    }

    private static boolean isIntroduction(Block block) {
        String text = block.text().strip();
        return block.wordCount() <= 8 && text.length() <= MAX_INTRODUCTION_CHARS && !text.endsWith(".")
                && !text.endsWith("。") && !text.endsWith("”") && !text.endsWith("\"");
    }

    private static Verdict nextNonEmpty(List<Verdict> verdicts, int i) {
        for (int j = i + 1; j < verdicts.size(); j++) {
            if (Words.letters(verdicts.get(j).block().text()) > 0) {
                return verdicts.get(j);
            }
        }
        return null;
    }

    private Optional<String> dropReason(List<Block> blocks, int i, int occurrences, int copy) {
        Block block = blocks.get(i);
        String text = block.text();
        int words = block.wordCount();
        if (Words.letters(text) < 2) {
            return Optional.of("no words");
        }
        if (words < 60 && mayHoldCredit(text) && PHOTO_CREDIT.matcher(text).find()) {
            return Optional.of("photo credit");
        }
        if (isCaptionOfNeighbour(blocks, i)) {
            return Optional.of("caption");
        }
        if (occurrences > 1 && (words < SHORT_BLOCK_WORDS || copy > 1)) {
            return Optional.of("repeated line");
        }
        if (block.kind() == Block.Kind.CAPTION) {
            return Optional.of("caption");
        }
        if (words <= 8 && BYLINE.matcher(text).find()) {
            return Optional.of("byline");
        }
        if (words <= 15 && CREDIT_LINE.matcher(text).find()) {
            return Optional.of("credit line");
        }
        if (DateLines.isDateLine(text)) {
            return Optional.of("date line");
        }
        if (!textCopy && words <= 12 && SECTION_END.matcher(text.strip()).matches()) {
            return Optional.of("section header of other content");
        }
        if (words <= 20 && ((LINK_PROMPT.matcher(text).matches() || MORE_LINK_PROMPTS.matcher(text).matches())
                && isPromptShaped(text) || SHARE_WORDS.matcher(text).matches())) {
            return Optional.of("link prompt or share widget");
        }
        if (words <= CONTROL_LABEL_MAX_WORDS && CONTROL_LABELS.contains(labelKey(text))) {
            return Optional.of("control label");
        }
        if (words <= NOTICE_MAX_WORDS && isNotice(text)) {
            return Optional.of("notice about the page");
        }
        if (block.linkDensity() > 0.5 && words < 40) {
            return Optional.of("link list");
        }
        if (textCopy && isTruncatedTeaser(text, words)) {
            return Optional.of("truncated teaser");
        }
        if (textCopy && isLinkedHeadline(block, words)) {
            return Optional.of("headline of a linked story");
        }
        return Optional.empty();
    }

    /**
     * The first block of a trailing section: a section header after the article has begun. The first two blocks
     * never count, since a page may open with a sign-in bar before the article.
     */
    private static int tailStart(List<Block> blocks, int titleIndex) {
        boolean bodySeen = false;
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text().strip();
            if (bodySeen && i > titleIndex + 1 && SECTION_END.matcher(text).matches()) {
                return i;
            }
            bodySeen |= i != titleIndex && Words.count(text) >= BODY_PARAGRAPH_WORDS && Words.endsLikeSentence(text);
        }
        return blocks.size();
    }

    private static Map<String, Integer> occurrences(List<Block> blocks, int tailStart) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < tailStart; i++) {
            counts.merge(key(blocks.get(i).text()), 1, Integer::sum);
        }
        return counts;
    }

    private static boolean isNotice(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String notice : NOTICES) {
            if (lower.contains(notice)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, letters and spaces only: "Back to Gallery »" is "back to gallery". */
    private static String labelKey(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            } else if (Character.isWhitespace(c) && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /** Lower case with whitespace runs collapsed: how repeated lines are recognized. */
    private static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * Every credit the pattern knows has a colon, a parenthesis, a copyright sign, "Getty" or "credit"/"courtesy":
     * a cheap test that spares most paragraphs the long pattern.
     */
    private static boolean mayHoldCredit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '(' || c == '©') {
                return true;
            }
        }
        return containsIgnoreCase(text, "getty") || containsIgnoreCase(text, "credit")
                || containsIgnoreCase(text, "courtesy");
    }

    private static boolean containsIgnoreCase(String text, String lowerWord) {
        int last = text.length() - lowerWord.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Caption text" next to "Caption text (photo credit: X)": the same caption with and without its credit. */
    private static boolean isCaptionOfNeighbour(List<Block> blocks, int i) {
        String text = blocks.get(i).text().strip();
        if (text.length() < 20) {
            return false;
        }
        for (int j = Math.max(0, i - 3); j < Math.min(blocks.size(), i + 4); j++) {
            String other = blocks.get(j).text();
            if (j != i && other.length() > text.length() && other.startsWith(text)
                    && PHOTO_CREDIT.matcher(other.substring(text.length())).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Read more: Headline" or a bare "Related" — not a sentence that happens to start with "More". */
    private static boolean isPromptShaped(String text) {
        return !Words.endsLikeSentence(text) || text.contains(":") || Words.count(text) <= 3;
    }

    private static boolean isTruncatedTeaser(String text, int words) {
        String end = text.strip();
        return words >= 4 && (end.endsWith("...") || end.endsWith("…")) && !end.endsWith("[...]")
                && !end.endsWith("[…]");
    }

    /**
     * A headline of another story set between paragraphs: as long as a sentence but without sentence
     * punctuation. Section headings are shorter, so they stay.
     */
    private static boolean isLinkedHeadline(Block block, int words) {
        String text = block.text().strip();
        return block.kind() == Block.Kind.PARAGRAPH && words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS
                && !Words.endsLikeSentence(text)
                && !text.endsWith(",") && !endsWithQuote(text) && !quotesSpeech(text);
    }

    /** Paired double quotation marks: somebody's words, which headlines of other stories rarely hold in full. */
    private static boolean quotesSpeech(String text) {
        return text.indexOf('“') >= 0 && text.indexOf('”') > text.indexOf('“')
                || text.chars().filter(c -> c == '"').count() >= 2;
    }

    private static boolean endsWithQuote(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '"' || last == '”' || last == '’' || last == '\'';
    }
}
