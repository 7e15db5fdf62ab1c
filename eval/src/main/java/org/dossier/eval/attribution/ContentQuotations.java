package org.dossier.eval.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.ResourceLines;
import org.dossier.model.Span;

/**
 * Whether a gold attribution's content is a direct quotation: the quotation itself, with at most a lead-in the
 * reporter sets before it (the complementizer "that", a colon, a conjunction or sentence adverb of
 * {@code quotation-lead-ins.txt}). A content with any other words of the reporter's beside the quoted words, before,
 * between or after the quotations, is reported speech that marks its quoted fragments (a mixed quote).
 *
 * <p>The content is read without the attribution's own source and cue (an annotator may span a quotation
 * interrupted by "he said" in one piece), with the quotation marks around its edges (a span that starts just after
 * the opening mark), and all mark styles alike: curly, straight, guillemets, two apostrophes, single marks.
 */
final class ContentQuotations {

    private static final String OPENERS = "“«„";
    private static final String CLOSERS = "”»";
    private static final char CURLY = 'c';
    private static final char STRAIGHT = '"';
    private static final char APOSTROPHES = '2';
    private static final char SINGLE = 's';

    /** The most words of an attribution inside a content ("the city's new mayor then added"). */
    private static final int MOST_ATTRIBUTION_WORDS = 6;

    private final List<List<String>> leadIns;
    private final SpeechCueList speechCues;

    ContentQuotations(List<List<String>> leadIns, SpeechCueList speechCues) {
        this.leadIns = List.copyOf(leadIns);
        this.speechCues = speechCues;
    }

    /** With the lead-ins of {@code quotation-lead-ins.txt} and the given speech cues. */
    static ContentQuotations standard(SpeechCueList speechCues) {
        Set<String> phrases = new TreeSet<>();
        for (String line : ResourceLines.read(ContentQuotations.class, "quotation-lead-ins.txt")) {
            phrases.add(line.toLowerCase(Locale.ROOT));
        }
        // longest first, so "in other words" is read before any shorter phrase
        return new ContentQuotations(phrases.stream().map(p -> List.of(p.split("\\s+")))
                .sorted((a, b) -> b.size() - a.size()).toList(), speechCues);
    }

    /** Whether the content, less the attribution's source and cue, is one or more whole quotations. */
    boolean isDirect(String text, GoldAttribution gold) {
        List<Integer> joins = new ArrayList<>();
        String content = content(text, gold, joins);
        return !content.isEmpty() && isDirect(content, joins);
    }

    /** The content's pieces joined, less the source and cue; where two pieces join goes to {@code joins}. */
    static String content(String text, GoldAttribution gold, List<Integer> joins) {
        List<Span> pieces = pieces(text, gold);
        StringBuilder joined = new StringBuilder();
        Span last = null;
        for (Span piece : pieces) {
            if (last != null) {
                joins.add(joined.length());
                // a paragraph's end between two pieces stays one: a quotation may go on across it
                boolean paragraph = last.end() <= piece.start()
                        && text.substring(last.end(), piece.start()).indexOf('\n') >= 0;
                joined.append(paragraph ? '\n' : ' ');
            }
            last = piece;
            joined.append(piece.of(text));
        }
        return joined.toString();
    }

    /** The content's pieces less the source and cue, their edges widened over the quotation marks there. */
    private static List<Span> pieces(String text, GoldAttribution gold) {
        List<Span> holes = new ArrayList<>(gold.source());
        holes.addAll(gold.cue());
        for (Span cue : gold.cue()) {
            Span topic = topicOfCue(text, cue);
            if (topic.end() > topic.start()) {
                holes.add(topic);
            }
        }
        List<Span> pieces = new ArrayList<>();
        for (Span span : gold.content().stream().sorted().toList()) {
            pieces.addAll(minus(span, holes));
        }
        pieces.removeIf(p -> p.of(text).isBlank());
        for (int i = 0; i < pieces.size(); i++) {
            pieces.set(i, mendApostrophes(text, pieces.get(i)));
        }
        for (int i = 0; i < pieces.size(); i++) {
            pieces.set(i, withMarks(text, pieces.get(i)));
        }
        return pieces;
    }

    /**
     * The cue's own topic, "of"/"about" and its object up to the clause's end ("“…,” Ames said of the budget."): a
     * reader takes "said of the budget" as the attribution, no words of the reporter's beside the quotation. Empty
     * where no such phrase follows the cue (or ends it: some spans give the cue as "said of"), and where a quotation
     * opens inside the phrase ("spoke of the “new dawn”"): the quoted words are then the topic, a mixed quote.
     */
    static Span topicOfCue(String text, Span cue) {
        Matcher after = CUE_TOPIC.matcher(text).region(cue.end(), text.length());
        boolean cueEndsInIt = TOPIC_WORD_AT_END.matcher(cue.of(text)).find();
        if (!cueEndsInIt && !after.lookingAt()) {
            return new Span(cue.end(), cue.end());
        }
        int end = cueEndsInIt ? cue.end() : after.end();
        while (end < text.length() && CLAUSE_END.indexOf(text.charAt(end)) < 0 && !text.startsWith("''", end)) {
            end++;
        }
        boolean quotationInside = end < text.length()
                && (OPENING_MARKS.indexOf(text.charAt(end)) >= 0 || text.startsWith("''", end));
        return quotationInside ? new Span(cue.end(), cue.end()) : new Span(cue.end(), end);
    }

    /** "of"/"about" right after a cue, the topic's preposition. */
    private static final Pattern CUE_TOPIC = Pattern.compile("\\s+(?:of|about(?!\\s+\\d))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOPIC_WORD_AT_END = Pattern.compile("\\s(?:of|about)$", Pattern.CASE_INSENSITIVE);
    /** Where the topic's phrase stops: the clause ends, or a quotation (or two apostrophes) or a line begins. */
    private static final String OPENING_MARKS = "“\"«„‘`";
    private static final String CLAUSE_END = ",.;:!?\n" + OPENING_MARKS;

    /** A piece with the opening mark right before it and the closing mark (after a stop at most) right after. */
    private static Span withMarks(String text, Span piece) {
        int start = piece.start();
        while (start > 0 && "“\"‘'`«„".indexOf(text.charAt(start - 1)) >= 0 && piece.start() - start < 2) {
            start--;
        }
        int end = piece.end();
        int close = end < text.length() && ".,!?;:".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
        if (close < text.length() && "”\"’'»".indexOf(text.charAt(close)) >= 0) {
            end = close + 1;
            if (text.charAt(close) == '\'' && end < text.length() && text.charAt(end) == '\'') {
                end++;
            }
        }
        return new Span(start, end);
    }

    /** A span that cuts a two-apostrophe mark in half takes in the other apostrophe. */
    private static Span mendApostrophes(String text, Span piece) {
        int start = piece.start();
        int end = piece.end();
        if (start > 0 && text.charAt(start) == '\'' && text.charAt(start - 1) == '\'') {
            start--;
        }
        if (end < text.length() && end > start && text.charAt(end - 1) == '\'' && text.charAt(end) == '\'') {
            end++;
        }
        return new Span(start, end);
    }

    private static List<Span> minus(Span span, List<Span> holes) {
        List<Span> left = new ArrayList<>(List.of(span));
        for (Span hole : holes) {
            List<Span> next = new ArrayList<>();
            for (Span part : left) {
                if (hole.end() <= part.start() || hole.start() >= part.end()) {
                    next.add(part);
                    continue;
                }
                if (part.start() < hole.start()) {
                    next.add(new Span(part.start(), hole.start()));
                }
                if (hole.end() < part.end()) {
                    next.add(new Span(hole.end(), part.end()));
                }
            }
            left = next;
        }
        return left;
    }

    /**
     * Whether the content (its pieces joined by a space at {@code joins}) is whole quotations: a lead-in at most
     * before the first, no word after the last, none between two. Two quotations side by side in one piece with no
     * punctuation to end the first ("“dairy farmers” “do a fine job”") are fragments the reporter spliced: mixed.
     */
    boolean isDirect(String content, List<Integer> joins) {
        List<Span> quotations = quotations(content);
        if (quotations.isEmpty()) {
            return false;
        }
        String tail = content.substring(quotations.getLast().end());
        if (!isLeadIn(content.substring(0, quotations.getFirst().start()))
                || hasWord(tail) && !isAttribution(tail)) {
            return false;
        }
        for (int i = 1; i < quotations.size(); i++) {
            Span before = quotations.get(i - 1);
            Span after = quotations.get(i);
            String gap = content.substring(before.end(), after.start());
            if (hasWord(gap) && !isAttribution(gap) && !opensSentence(gap)) {
                return false;
            }
            boolean acrossPieces = joins.stream().anyMatch(j -> j >= before.end() && j < after.start());
            if (!acrossPieces && isSpace(gap) && !endsInPunctuation(before.of(content))) {
                return false;
            }
        }
        return true;
    }

    /** The outermost quotations of a content, marks included; one left open runs to the content's end. */
    static List<Span> quotations(String content) {
        List<Span> found = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        int start = 0;
        int i = 0;
        boolean paragraphStart = false;
        while (i < content.length()) {
            char c = content.charAt(i);
            int width = content.startsWith("''", i) || content.startsWith("``", i) ? 2 : 1;
            if (c == '\n') {
                paragraphStart = true;
                i++;
                continue;
            }
            boolean continuation = paragraphStart && !open.isEmpty();
            paragraphStart = paragraphStart && Character.isWhitespace(c);
            if (continuation && typeOfOpener(content, i) == open.charAt(0)) {
                // a quotation of several paragraphs opens each again and closes only the last: a mark of its own
                // style at a paragraph's start goes on with it (one of another style opens a quotation inside it)
                i += width;
                continue;
            }
            char type = 0;
            boolean opens = false;
            boolean closes = false;
            if (content.startsWith("``", i)) {
                type = APOSTROPHES;
                opens = true;
            } else if (width == 2) {
                type = APOSTROPHES;
                closes = open.indexOf(String.valueOf(APOSTROPHES)) >= 0;
                opens = !closes;
            } else if (OPENERS.indexOf(c) >= 0) {
                type = CURLY;
                opens = true;
            } else if (CLOSERS.indexOf(c) >= 0) {
                type = CURLY;
                closes = true;
            } else if (c == '"') {
                type = STRAIGHT;
                // a straight mark opens where it stands before a word after a space (a quotation inside another
                // included), else closes the innermost open quotation, straight or curly (outlets mix the two)
                opens = open.isEmpty() || opensByPlace(content, i);
                closes = !opens;
            } else if ((c == '‘' || c == '\'') && !letterAt(content, i - 1) && letterAt(content, i + 1)) {
                type = SINGLE;
                opens = true;
            } else if ((c == '’' || c == '\'') && !letterAt(content, i + 1) && !open.isEmpty()
                    && last(open) == SINGLE) {
                type = SINGLE;
                closes = true;
            }
            if (opens) {
                if (open.isEmpty()) {
                    start = i;
                }
                open.append(type);
            } else if (closes) {
                // a closing mark with nothing open ends a quotation that opened before the content: the content
                // is words inside someone's quotation, attributed on to another (a nested attribution), or a span
                // that cut the quotation's first words off; either way not the content's own quotation
                if (!open.isEmpty()) {
                    closeTo(open, type);
                    if (open.isEmpty()) {
                        found.add(new Span(start, i + width));
                    }
                }
            }
            i += width;
        }
        if (!open.isEmpty()) {
            found.add(new Span(start, content.length()));
        }
        return found;
    }

    /** Closes the innermost open quotation of the closing mark's kind and any single one left open inside it. */
    private static void closeTo(StringBuilder open, char type) {
        int at = open.length() - 1;
        if (type != SINGLE) {
            while (at > 0 && open.charAt(at) == SINGLE) {
                at--;
            }
        }
        open.setLength(at);
    }

    /** The style of the opening mark at {@code i}, or 0 where none stands. */
    private static char typeOfOpener(String content, int i) {
        char c = content.charAt(i);
        if (content.startsWith("''", i) || content.startsWith("``", i)) {
            return APOSTROPHES;
        }
        if (OPENERS.indexOf(c) >= 0) {
            return CURLY;
        }
        if (c == '"') {
            return STRAIGHT;
        }
        return c == '‘' || c == '\'' ? SINGLE : 0;
    }

    private static boolean opensByPlace(String content, int i) {
        boolean after = i == 0 || Character.isWhitespace(content.charAt(i - 1))
                || "([—–-".indexOf(content.charAt(i - 1)) >= 0;
        return after && i + 1 < content.length() && !Character.isWhitespace(content.charAt(i + 1));
    }

    private static char last(StringBuilder open) {
        return open.charAt(open.length() - 1);
    }

    private static boolean letterAt(String content, int i) {
        return i >= 0 && i < content.length() && Character.isLetterOrDigit(content.charAt(i));
    }

    /**
     * "“…,” he added, “…”", "“…,” Lund said": where the gold spans a second cue in one content with the quotations
     * (an attribution inside another, or two of one speaker's), a few words with a speech cue between two quotations
     * or after the last attribute them; they are no words of the reporter's inside the content.
     */
    private boolean isAttribution(String part) {
        List<String> words = words(part);
        return words.size() <= MOST_ATTRIBUTION_WORDS && speechCues.marksSpeech(words);
    }

    /** The lower-cased words of a part of the content, letters only. */
    private static List<String> words(String part) {
        return List.of(part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream().filter(w -> !w.isEmpty())
                .toList();
    }

    /** Spaces only, the no-break space included. */
    private static boolean isSpace(String gap) {
        return gap.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean hasWord(String part) {
        return part.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean endsInPunctuation(String quotation) {
        String inner = quotation.replaceAll("[\\s\"”»’'`]+$", "");
        return !inner.isEmpty() && ".!?,;:—–-…".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /**
     * "“…,” Lund said. But “…”": a lead-in between two quotations that opens a sentence (a capital, and no "that")
     * joins the second to the first as a lead-in before the first would; "that “…” and that “…”" does not, it
     * joins two clauses of the reporter's.
     */
    private boolean opensSentence(String gap) {
        int first = gap.codePoints().filter(Character::isLetter).findFirst().orElse('a');
        return Character.isUpperCase(first) && isLeadIn(gap) && !words(gap).contains("that");
    }

    /** Whether the words before the first quotation are lead-ins only (or none). */
    private boolean isLeadIn(String before) {
        List<String> words = words(before);
        int at = 0;
        while (at < words.size()) {
            int matched = 0;
            for (List<String> phrase : leadIns) {
                if (at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase)) {
                    matched = phrase.size();
                    break;
                }
            }
            if (matched == 0) {
                return false;
            }
            at += matched;
        }
        return true;
    }
}
