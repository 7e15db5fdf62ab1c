package org.dossier.nlp.quotes;

import java.util.List;
import java.util.Set;
import org.dossier.model.EntityType;
import org.dossier.model.Sentence;
import org.dossier.model.Speaker;
import org.dossier.model.Token;

/**
 * Attributes a quote in quotation marks to the cue next to it: after the closing mark in the same sentence
 * ("“…,” Ayrault said"; "“…,” said the minister") or before the opening mark ("Kerry said: “…”").
 */
final class DirectAttributor {

    /** How many tokens after the closing mark the cue may come ("“…,” Jean-Marc Ayrault, the French foreign minister, told"). */
    private static final int AFTER_REACH = 30;
    /** How many tokens before the opening mark ("Ayrault called on them “…"). */
    private static final int BEFORE_REACH = 12;
    /** The most words a headline's speaker takes before its colon ("Dr. Ben Carson:"). */
    private static final int MAX_HEADLINE_NAME = 5;

    private final ArticleView view;
    private final Subjects subjects;
    private final List<QuotedSpan> quotes;

    DirectAttributor(ArticleView view, Subjects subjects, List<QuotedSpan> quotes) {
        this.view = view;
        this.subjects = subjects;
        this.quotes = quotes;
    }

    /**
     * The attribution the quote's own sentence gives, else the one of a sentence that introduces it with a colon
     * ("Pollak wrote:" before a quoted paragraph), or null.
     */
    Attribution attribute(QuotedSpan quote, Speaker previous) {
        Attribution after = after(quote, previous);
        if (after != null) {
            return after;
        }
        Attribution before = before(quote, previous);
        if (before != null) {
            return before;
        }
        Attribution headline = headline(quote, previous);
        return headline != null ? headline : introduced(quote, previous);
    }

    /**
     * Whether a quotation too short to be taken for speech on its own words ("“It was rude,” said Dunmore",
     * "the foreman says, ''Please stand back.''") is one by its place: it ends in its own punctuation, and either
     * opens its sentence with a cue after it, or follows a cue and a comma or colon. A short quotation inside the
     * reporter's sentence ("called him a “loser,” Trump said") stays a mention. A headline's "Name: ‘…’" is one
     * too, and so is a cry or a question right after its verb ("yelled “Stop!”").
     */
    boolean isUtterance(QuotedSpan quote) {
        if (headline(quote, null) != null) {
            // "Issa: ‘No Comment’ On The Audit": a headline gives the quotation to the name before its colon, however
            // short
            return true;
        }
        String text = view.text();
        // the content leaves a trailing comma out: read up to the closing mark
        String words = text.substring(quote.content().start(), Math.min(quote.close(), text.length())).strip();
        if (words.isEmpty() || ",.!?".indexOf(words.charAt(words.length() - 1)) < 0) {
            return false;
        }
        int before = quote.open() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        char lead = before < 0 ? '\n' : text.charAt(before);
        if (lead == '\n' || ".!?\"”'".indexOf(lead) >= 0) {
            Attribution after = after(quote, null);
            return after != null && after.hasCue();
        }
        Sentence sentence = view.sentenceAt(quote.open());
        if (sentence == null) {
            return false;
        }
        int opening = ArticleView.firstTokenFrom(sentence, quote.open());
        if (Character.isLetter(lead) && "!?".indexOf(words.charAt(words.length() - 1)) >= 0) {
            // "the crowd chanted “Not again!”", "a man yelled “Why now?”": a cry or a question right after its verb,
            // one of speech ("an album called “Help!”" names a title), whose speaker is a person ("a sign said")
            return opening >= 1 && cries(sentence, opening - 1)
                    && subjects.isPerson(subjects.of(sentence, opening - 1, view.parse(sentence), null));
        }
        return (lead == ',' || lead == ':') && opening >= 2
                && SpeechCues.quotationCueLemma(sentence, opening - 2) != null;
    }

    /**
     * Whether the verb at {@code verb} may give a cry beside it: one of {@link SpeechCues#QUOTATION_ONLY} or
     * {@link SpeechCues#CRY}.
     */
    private static boolean cries(Sentence sentence, int verb) {
        String lemma = SpeechCues.quotationCueLemma(sentence, verb);
        return lemma != null && (SpeechCues.QUOTATION_ONLY.contains(lemma) || SpeechCues.CRY.contains(lemma));
    }

    /**
     * A headline's "Name: “…”" ("Issa: ‘Honesty Is In Question’"): a quote whose sentence opens with a name and a
     * colon and nothing else is that name's; the colon stands for the cue.
     */
    private Attribution headline(QuotedSpan quote, Speaker previous) {
        Sentence sentence = view.sentenceAt(quote.open());
        if (sentence == null) {
            return null;
        }
        int opening = ArticleView.firstTokenFrom(sentence, quote.open());
        int colon = opening - 1;
        if (colon < 1 || colon > MAX_HEADLINE_NAME + 1 || !sentence.tokens().get(colon).word().equals(":")) {
            return null;
        }
        int named = -1;
        for (int i = 0; i < colon; i++) {
            Token token = sentence.tokens().get(i);
            if (!token.pos().equals("NNP")) {
                return null;
            }
            named = subjects.isNamed(token) ? i : named;
        }
        return named < 0 ? null
                : new Attribution(subjects.named(sentence, named, previous), sentence, colon);
    }

    /**
     * A quotation inside a sentence with no speech cue, whose subject is a person named just before its first verb:
     * "Lund thanked the committee for “…”", "Ms. Lund presented her as ''…''". News quotes the subject's own
     * words there (a mixed quote), so the subject speaks; the verb is no cue. Adverbs between the two are passed
     * over ("Kasich also bemoaned …"). Null when the sentence does not open with a person or a personal pronoun as
     * the subject of its first verb.
     */
    Attribution quotingSubject(QuotedSpan quote, Speaker previous) {
        // the quoted words' sentence: the tokenizer may hang an opening '' on the sentence before
        Sentence sentence = view.sentenceAt(quote.content().start());
        if (sentence == null) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int opening = ArticleView.firstTokenFrom(sentence, quote.open());
        for (int i = 1; i < opening; i++) {
            Token token = tokens.get(i);
            if (!token.pos().startsWith("VB")) {
                continue;
            }
            // adverbs may stand between the subject and its verb: "Kasich also bemoaned …", "then implied"
            int before = i - 1;
            while (before > 0 && tokens.get(before).pos().startsWith("RB")) {
                before--;
            }
            before = appositionsName(tokens, before);
            Token subject = tokens.get(before);
            boolean person = subjects.isPerson(subject) || subjects.isPersonalPronoun(subject);
            Speaker speaker = person ? subjects.named(sentence, before, previous) : null;
            if (speaker != null && before < i - 1 && othersNamedBetween(tokens, i, opening, speaker)) {
                // past an adverb or an apposition, a name between the verb and the quotation may be whose words
                // these are: "She also brushed off a jab from Ramaswamy likening her to … “in three-inch
                // heels.”", "newly formed … Fair Women PAC, a group that means to spend in “…”"
                return null;
            }
            return speaker == null ? null : Attribution.carriedOver(speaker);
        }
        return null;
    }

    /**
     * Whether a person or organisation other than the speaker is named among the tokens from..to (exclusive) as the
     * subject of a participle or a relative clause after it ("from Ramaswamy comparing her …", "Fair Women PAC, a
     * organization that plans …"), which may be whose words the quotation holds. A name the verb acts on ("thanked
     * Clinton for “…”") is not.
     */
    private boolean othersNamedBetween(List<Token> tokens, int from, int to, Speaker speaker) {
        for (int t = from; t < to; t++) {
            ArticleView.EntityMention named = view.mentionCovering(tokens.get(t).span());
            if (named != null && named.entity().type() != EntityType.LOCATION
                    && !named.entity().id().equals(speaker.entityId())
                    && tokens.subList(t + 1, to).stream().anyMatch(DirectAttributor::opensAClauseOfItsOwn)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensAClauseOfItsOwn(Token token) {
        return token.pos().equals("VBG") || token.pos().equals("WDT") || token.pos().equals("WP");
    }

    /**
     * Where a subject set off by an apposition is named, given the index of the comma that closes the apposition
     * before the verb: "Ada Morrow, the former head of the growers' union, told …" names her before the apposition, "A
     * senior aide, Carl Dunmore, tells …" inside it. The index itself where no apposition without a verb stands
     * there.
     */
    private int appositionsName(List<Token> tokens, int closing) {
        if (closing < 3 || !tokens.get(closing).word().equals(",")) {
            return closing;
        }
        for (int open = closing - 1; open > 0; open--) {
            Token token = tokens.get(open);
            if (token.pos().startsWith("VB")) {
                return closing;
            }
            if (token.word().equals(",")) {
                return subjects.isPerson(tokens.get(closing - 1)) ? closing - 1
                        : opensTheSentence(tokens, open) ? open - 1 : closing;
            }
        }
        return closing;
    }

    /**
     * Whether the words before the index hold no preposition: the name before an apposition heads the subject
     * ("Ada Morrow, the former head …, told"), not the object of one ("A spokesperson for Sen. Dana Holt,
     * D-California, said": the spokesperson speaks).
     */
    private static boolean opensTheSentence(List<Token> tokens, int index) {
        return tokens.subList(0, index).stream().noneMatch(t -> t.pos().equals("IN") || t.pos().equals("TO"));
    }

    /** A quote that opens its sentence, after a sentence that ends in a colon and holds a speech cue. */
    private Attribution introduced(QuotedSpan quote, Speaker previous) {
        Sentence sentence = view.sentenceAt(quote.open());
        if (sentence == null || ArticleView.firstTokenFrom(sentence, quote.open()) != 0) {
            return null;
        }
        int index = view.sentences().indexOf(sentence);
        if (index < 1) {
            return null;
        }
        Sentence before = view.sentences().get(index - 1);
        List<Token> tokens = before.tokens();
        if (tokens.isEmpty() || !tokens.getLast().word().equals(":")
                || !view.text().substring(before.span().end(), quote.open()).isBlank()) {
            return null;
        }
        for (int i = tokens.size() - 2; i >= 0; i--) {
            Token token = tokens.get(i);
            if (insideAnyQuote(token)) {
                return null;
            }
            if (SpeechCues.quotationCueLemma(before, i) != null) {
                return new Attribution(subjects.of(before, i, view.parse(before), previous), before, i);
            }
        }
        return null;
    }

    private Attribution after(QuotedSpan quote, Speaker previous) {
        boolean closed = quote.close() < view.text().length() && isQuoteMark(view.text().charAt(quote.close()));
        if (!closed) {
            return null;
        }
        Sentence sentence = view.sentenceAt(quote.close());
        if (sentence == null) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int first = ArticleView.firstTokenFrom(sentence, quote.close() + 1);
        if (onlyPunctuationFrom(tokens, first)) {
            // "“… posts?” said Zeynep Tufekci, …": the splitter ends the sentence at the question mark, and the
            // attribution goes on in lower case in the next, or as a sentence of its own ("“…?” Scarborough asked.")
            Sentence next = nextSentence(sentence);
            if (next == null || next.tokens().isEmpty()
                    || !Character.isLowerCase(next.tokens().getFirst().word().charAt(0)) && !isAttributionOnly(next)
                    || !view.text().substring(closingMarkEnd(quote), next.span().start()).isBlank()) {
                return null;
            }
            sentence = next;
            tokens = next.tokens();
            first = 0;
        }
        // the tokenizer may hang a straight closing mark on the next sentence, across the paragraph's end
        // ("…pro-farm.\"" / "Neither Dunmore nor Varga conceded …"): a cue there attributes nothing here
        int paragraph = view.paragraphOf(quote.close());
        for (int i = first; i < Math.min(tokens.size(), first + AFTER_REACH); i++) {
            Token token = tokens.get(i);
            if (isSentenceEnd(token)) {
                break;
            }
            if (insideAnyQuote(token) || view.paragraphOf(token.span().start()) != paragraph) {
                return null;
            }
            if (SpeechCues.quotationCueLemma(sentence, i) != null) {
                return new Attribution(subjects.between(sentence, first, i, previous), sentence, i);
            }
        }
        int slot = attributionSlotVerb(quote, tokens, first);
        return slot < 0 ? null : new Attribution(subjects.between(sentence, first, slot, previous), sentence, slot);
    }

    /**
     * Where a closed quotation's closing mark ends: one character, or two where one outlet prints the mark as two
     * apostrophes ("''…?'' said Ann Roe").
     */
    private int closingMarkEnd(QuotedSpan quote) {
        String text = view.text();
        int end = quote.close() + 1;
        return text.charAt(quote.close()) == '\'' && end < text.length() && text.charAt(end) == '\'' ? end + 1 : end;
    }

    /** The most tokens of a subject in the attribution slot after a quotation ("an angry Ada Lund"). */
    private static final int MAX_SLOT_SUBJECT = 4;

    /**
     * The verb of a sentence that, after a quotation closed on a comma, is only a subject and that verb: "“…,” he
     * mocks.", "“…,” Ada Lund smiled." News sets the attribution there, so the verb attributes the quotation
     * whatever it is, a verb of the cue lists or not; -1 where the words after the quotation are anything else or
     * words of the sentence stand before the quotation.
     * The subject is a pronoun or a name (proper nouns, after at most an article and adjectives).
     */
    private int attributionSlotVerb(QuotedSpan quote, List<Token> tokens, int first) {
        String text = view.text();
        int close = Math.min(quote.close(), text.length());
        String words = text.substring(quote.content().start(), close).strip();
        if (!words.endsWith(",") && !(close > 0 && text.charAt(close - 1) == ',') || !opensItsSentence(quote)) {
            return -1;
        }
        int verb = first;
        while (verb < tokens.size() && verb - first < MAX_SLOT_SUBJECT && isSlotSubjectWord(tokens.get(verb))) {
            verb++;
        }
        boolean subject = verb > first && (tokens.get(verb - 1).pos().startsWith("NNP")
                || tokens.get(verb - 1).pos().equals("PRP") && verb - first == 1);
        if (!subject || verb + 1 >= tokens.size() || !SLOT_VERB_TAGS.contains(tokens.get(verb).pos())
                || !isSentenceEnd(tokens.get(verb + 1))) {
            return -1;
        }
        return verb;
    }

    /**
     * Whether the quotation opens its sentence, as in the slot's shape; a quotation inside a clause of the sentence
     * ("When the crowd chanted “…,” Tom Lee left.") is that clause's, and the verb after it is no attribution.
     */
    private boolean opensItsSentence(QuotedSpan quote) {
        Sentence sentence = view.sentenceAt(quote.open());
        return sentence != null && view.text().substring(Math.min(sentence.span().start(), quote.open()),
                quote.open()).isBlank();
    }

    private static final Set<String> SLOT_VERB_TAGS = Set.of("VBZ", "VBD");

    private static boolean isSlotSubjectWord(Token token) {
        String pos = token.pos();
        return pos.startsWith("NNP") || pos.equals("PRP") || pos.equals("DT") || pos.equals("JJ");
    }

    private Attribution before(QuotedSpan quote, Speaker previous) {
        Sentence sentence = view.sentenceAt(quote.open());
        if (sentence == null) {
            return null;
        }
        int opening = ArticleView.firstTokenFrom(sentence, quote.open());
        for (int i = opening - 1; i >= Math.max(0, opening - BEFORE_REACH); i--) {
            Token token = sentence.tokens().get(i);
            if (insideAnyQuote(token)) {
                return null;
            }
            if (SpeechCues.quotationCueLemma(sentence, i) != null) {
                return new Attribution(subjects.of(sentence, i, view.parse(sentence), previous), sentence, i);
            }
        }
        return null;
    }

    /** The most words of a speaker before the cue of a sentence that is only an attribution ("Sen. Ted Cruz asked."). */
    private static final int MAX_ATTRIBUTION_SUBJECT = 5;

    /**
     * A sentence that is only its subject and a cue, and ends there but for a time or a short phrase: "Scarborough
     * continued.", "Mr. Trump asked on Tuesday." The subject is names, nouns or a pronoun.
     */
    private static boolean isAttributionOnly(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() && i <= MAX_ATTRIBUTION_SUBJECT; i++) {
            if (SpeechCues.quotationCueLemma(sentence, i) != null) {
                return i > 0 && tokens.size() - i <= MAX_ATTRIBUTION_SUBJECT;
            }
            String pos = tokens.get(i).pos();
            if (!pos.startsWith("NN") && !pos.equals("PRP") && !pos.equals("DT") && !pos.equals("JJ")
                    && !pos.equals("POS")) {
                return false;
            }
        }
        return false;
    }

    private static boolean onlyPunctuationFrom(List<Token> tokens, int first) {
        for (int i = first; i < tokens.size(); i++) {
            if (Character.isLetterOrDigit(tokens.get(i).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private Sentence nextSentence(Sentence sentence) {
        int index = view.sentences().indexOf(sentence);
        return index >= 0 && index + 1 < view.sentences().size() ? view.sentences().get(index + 1) : null;
    }

    boolean insideAnyQuote(Token token) {
        for (QuotedSpan quote : quotes) {
            if (quote.content().contains(token.span())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceEnd(Token token) {
        String w = token.word();
        return w.equals(".") || w.equals("?") || w.equals("!");
    }

    static boolean isQuoteMark(char c) {
        return c == '”' || c == '"' || c == '»' || c == '’' || c == '“' || c == '\'';
    }
}
