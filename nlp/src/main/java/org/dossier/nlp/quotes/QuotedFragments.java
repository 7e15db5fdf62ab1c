package org.dossier.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.ResourceLines;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * Tells a quoted fragment from a quotation. News opens a quotation after its cue, a comma, a colon or "that" ("Kerry
 * said: “…”"); a quotation opened right after a word of the reporter's own runs on the reporter's sentence ("said
 * the fund helped “thousands of farms …”", "calling him “the least prepared mayor”"): the speaker's words are a
 * fragment of a report in the reporter's words, a mixed quote, which is reported speech.
 */
final class QuotedFragments {

    /** Words after which a quotation opens as the speaker's own words, whole: "said that “…”". */
    private static final Set<String> INTRODUCERS = Set.of("that", "whether", "if");

    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
    /** Tags of a word that can head a subject: nouns, pronouns, numbers, "there". */
    private static final List<String> SUBJECT_TAGS = List.of("NN", "PRP", "CD", "EX");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.,!?]+$");

    private final ArticleView view;

    QuotedFragments(ArticleView view) {
        this.view = view;
    }

    /** Whether the quotation continues the reporter's words before it, in its sentence. */
    boolean isFragment(QuotedSpan quote) {
        Sentence sentence = view.sentenceAt(quote.open());
        if (sentence == null) {
            return false;
        }
        int opening = ArticleView.firstTokenFrom(sentence, quote.open());
        if (opening < 1 || opening >= sentence.tokens().size()) {
            return false;
        }
        Token before = sentence.tokens().get(opening - 1);
        String word = before.word().toLowerCase(Locale.ROOT);
        return Character.isLetterOrDigit(word.charAt(0)) && !INTRODUCERS.contains(word)
                && SpeechCues.quotationCueLemma(sentence, opening - 1) == null
                && view.text().substring(before.span().end(), quote.open()).isBlank();
    }

    /**
     * Whether the quotation opens with the finite verb of a clause whose subject is the reporter's, in words before
     * the mark ("argued the bridge, which the farmers back, “would not last ten winters”", "Small farms, ''have
     * long carried the valley …,'' Lund said"): a quotation in lower case that starts with its verb (a modal or a
     * verb with tense, after adverbs) has left its subject outside the marks, so the quoted words are a fragment of a reported
     * clause, a mixed quote. In PolNeAR's first 400 documents a quotation so opened is a mixed quote 130 times in 153
     * (a scratch count over the gold). The subject must stand in the reporter's words between the cue (or the
     * sentence's start, where the cue follows) and the mark: "The plan, Ames wrote, “has shown …”" and "“…,” she
     * added, “has been …”" are the speaker's words whole after the cue (the gold of the first 400 agrees, 10 in 11).
     *
     * @param cue the span of the quotation's cue, or null
     */
    boolean opensWithoutItsSubject(QuotedSpan quote, Span cue) {
        Sentence sentence = view.sentenceAt(quote.content().start());
        if (sentence == null) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        int first = ArticleView.firstTokenFrom(sentence, quote.content().start());
        int verb = first;
        while (verb < tokens.size() && tokens.get(verb).pos().startsWith("RB")) {
            verb++;
        }
        if (verb >= tokens.size() || !quote.content().contains(tokens.get(verb).span())
                || !Character.isLowerCase(tokens.get(first).word().charAt(0))
                || !FINITE.contains(tokens.get(verb).pos())) {
            return false;
        }
        int from = cue != null && cue.end() <= quote.open() && sentence.span().contains(cue)
                ? cue.end() : sentence.span().start();
        if (from > sentence.span().start() && quotedBefore(sentence, from)) {
            return false; // "“What we want,” Lund told the paper, “is …”": the first part holds the subject
        }
        for (Token token : tokens) {
            if (token.span().start() >= from && token.span().end() <= quote.open()
                    && SUBJECT_TAGS.stream().anyMatch(token.pos()::startsWith)) {
                return true; // a noun or a pronoun that can be the clause's subject, not a lead-in ("But “would …”")
            }
        }
        return false;
    }

    /**
     * Whether the quotation stands in a paragraph that a speaker label opens ("Ames: …", {@code
     * QuoteExtractor.SPEAKER_LABEL}) beside words of that line outside its marks ("Ames: Port's Plan ‘Far Too
     * Slow’", "Ames: ‘No Idea’ Why the Vote Failed"): the line is what the labelled person says, in the headline's
     * or the turn's own words, and the quoted piece a part of it. A quotation that fills the line after the label
     * ("Ames: ‘We will not wait.’") is not asked about here.
     */
    boolean besideALabelsOwnWords(QuotedSpan quote) {
        Span paragraph = view.paragraphs().get(quote.paragraph());
        String text = view.text();
        java.util.regex.Matcher label = QuoteExtractor.SPEAKER_LABEL.matcher(text).region(paragraph.start(),
                paragraph.end());
        if (!label.lookingAt() || label.end() > quote.open()) {
            return false;
        }
        String before = text.substring(label.end(), quote.open());
        if (before.strip().endsWith(":") || isHeading(before)) {
            // "Name: Rosa Vey Job: pilot Why she protests: “…”": a form whose own colon opens the quotation, whole; "UN: PORT
            // DELAYS “…” [Courier]": a newsletter's heading in capitals, before the excerpt it quotes
            return false;
        }
        String rest = before + text.substring(Math.min(quote.close() + 1, paragraph.end()), paragraph.end());
        return rest.codePoints().anyMatch(Character::isLetter);
    }

    /** Whether the words have letters and none of them in lower case: a heading in capitals. */
    private static boolean isHeading(String words) {
        return words.codePoints().anyMatch(Character::isLetter) && words.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * Whether the word right before the quotation is a verb other than "be" ("Ending “parking as we knew it.”",
     * "studied “the rift between …”"): the quoted words are its object, what its subject said or issued, which
     * PolNeAR counts as direct quotations; after "be" they are a predicate of the reporter's clause.
     */
    boolean opensAsAVerbsObject(QuotedSpan quote) {
        Opening at = openingOf(quote);
        return at != null && at.before().pos().startsWith("VB")
                && !at.before().lemma().equalsIgnoreCase("be");
    }

    /**
     * Whether the quoted words open in lower case: the first letter inside the marks is a small one ("“a lot of
     * …”"), so they go on with a sentence begun outside them.
     */
    boolean opensInLowerCase(QuotedSpan quote) {
        String text = view.text();
        for (int i = quote.content().start(); i < quote.content().end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return Character.isLowerCase(text.charAt(i));
            }
        }
        return false;
    }

    /**
     * Whether the quotation opens right after a possessive ("the Courier's “The Morning Ledger”", "Varga's “A Week
     * by the Lake”"): the quoted words name something of the possessor's, a work or a show. {@link #isFragment} reads
     * only a word of letters before the mark, so this is asked apart, of titles only.
     */
    boolean afterPossessive(QuotedSpan quote) {
        Opening at = openingOf(quote);
        return at != null && at.before().pos().equals("POS")
                && view.text().substring(at.before().span().end(), quote.open()).isBlank();
    }

    /**
     * Whether the only word before the quotation in its sentence is a lead-in that joins it to the text before ("But
     * “…”", "And “…”"; {@code sentence-lead-ins.txt}): what the speaker says starts at the mark.
     */
    boolean afterSentenceLeadIn(QuotedSpan quote) {
        Opening at = openingOf(quote);
        return at != null && at.index() == 1 && view.text().substring(at.before().span().end(), quote.open()).isBlank()
                && SENTENCE_LEAD_INS.contains(at.before().word().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SENTENCE_LEAD_INS = Set.copyOf(ResourceLines.read(QuotedFragments.class,
            "sentence-lead-ins.txt"));

    /**
     * Whether a noun of a named thing ({@code named-thing-nouns.txt}) frames the quotation, so that the quoted words
     * are that thing's name or its words and no one's speech: a work, a slogan, a term held at arm's length. The
     * noun stands right before the mark ("the slogan “…”", "used the phrase “…”"), or a naming word stands between
     * ("a film called “…”", "a song titled “…”", "headlines such as “…”"), or a comma or
     * colon sets the quotation off as the noun's apposition where the quoted words read as a title ("his memoir,
     * “A Life on the Road,”"): without title case the words after a comma may be someone's ("in her book, “…,” she
     * writes"). A naming participle after any other common noun names it too ("a test called “…”").
     */
    boolean namedByItsFrame(QuotedSpan quote) {
        Opening at = openingOf(quote);
        if (at == null || at.before().span().end() > quote.open()
                || !view.text().substring(at.before().span().end(), quote.open()).isBlank()) {
            return false;
        }
        List<Token> tokens = at.sentence().tokens();
        int noun = at.index() - 1;
        boolean apposition = false;
        boolean namingParticiple = false;
        boolean nounRightBefore = false;
        String word = tokens.get(noun).word().toLowerCase(Locale.ROOT);
        if (word.equals(",") || word.equals(":")) {
            apposition = true;
            noun--;
        } else if (NAMING_WORDS.contains(word)) {
            namingParticiple = tokens.get(noun).pos().equals("VBN");
            noun--;
        } else if (word.equals("as") && noun >= 1 && tokens.get(noun - 1).word().equalsIgnoreCase("such")) {
            noun -= 2;
        } else {
            nounRightBefore = true;
        }
        if (noun < 0 || !tokens.get(noun).pos().startsWith("NN") || tokens.get(noun).pos().startsWith("NNP")) {
            return false;
        }
        if (!NAMED_THING_NOUNS.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))) {
            // "a test called “…”", "a seller named “…”": a participle of naming after any common noun gives that
            // thing its name, unless an agent follows ("a plan called “cruel” by its critics" judges the plan)
            return namingParticiple && (isTitle(quote) || !AGENT_AFTER.matcher(textAfter(quote, 20)).lookingAt());
        }
        // "said on her podcast “…”", "wrote in his column “…”": right before the mark and after a preposition the
        // noun may be where someone speaks, and only a title is its name ("starred in the film “…”"); "stories
        // with headlines such as “…”" still names examples
        return !(apposition || nounRightBefore && afterPreposition(tokens, noun)) || isTitle(quote);
    }

    /** Whether the noun phrase that ends with the noun opens right after a preposition: "on her podcast". */
    private static boolean afterPreposition(List<Token> tokens, int noun) {
        int i = noun - 1;
        while (i >= 0 && NOUN_PHRASE_TAGS.contains(tokens.get(i).pos())) {
            i--;
        }
        return i >= 0 && tokens.get(i).pos().equals("IN");
    }

    /** Tags of the words before a noun inside its phrase: "her weekly radio podcast". */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "NN", "NNS",
            "NNP", "NNPS", "CD", "HYPH", "VBN");

    /** Up to {@code length} characters of the text after the quotation's closing mark. */
    private String textAfter(QuotedSpan quote, int length) {
        int from = Math.min(quote.close() + 1, view.text().length());
        return view.text().substring(from, Math.min(view.text().length(), from + length));
    }

    private static final Pattern AGENT_AFTER = Pattern.compile(",?\\s+by\\s");

    /**
     * Participles between a noun and the name it is given ("a film called “…”", "malware dubbed “…”"):
     * {@code naming-words.txt}.
     */
    private static final Set<String> NAMING_WORDS = Set.copyOf(ResourceLines.read(QuotedFragments.class,
            "naming-words.txt"));

    private static final Set<String> NAMED_THING_NOUNS = Set.copyOf(ResourceLines.read(QuotedFragments.class,
            "named-thing-nouns.txt"));

    /** Where a quotation opens in its sentence: the index of its first token and the token right before the mark. */
    private record Opening(Sentence sentence, int index, Token before) {}

    /** The opening of a quotation that some token of its sentence precedes, or null. */
    private Opening openingOf(QuotedSpan quote) {
        Sentence sentence = view.sentenceAt(quote.open());
        if (sentence == null) {
            return null;
        }
        int opening = ArticleView.firstTokenFrom(sentence, quote.open());
        if (opening < 1 || opening > sentence.tokens().size()) {
            return null;
        }
        return new Opening(sentence, opening, sentence.tokens().get(opening - 1));
    }

    /**
     * Whether the quotation is the title of a piece cited with its author, as news roundups list them ("“Old
     * archives could bring in a great deal of money,” by the Harbour Gazette's Lena Smith"): a byline right after the
     * closing mark.
     */
    boolean isBylined(QuotedSpan quote) {
        return BYLINE.matcher(textAfter(quote, 40)).lookingAt();
    }

    private static final Pattern BYLINE = Pattern.compile(",?\\s+by\\s+\\p{Lu}");

    /**
     * Whether the quotation is the excerpt of a piece that a news digest cites with its title and byline, no one's
     * speech: it opens right after the byline's colon ("“Old archives …,” by the Harbour Gazette's Lena Smith: “The
     * county's …”"). Only a quotation that no cue attributes is asked.
     */
    boolean isCitedExcerpt(QuotedSpan quote) {
        int from = Math.max(0, quote.open() - 120);
        String before = view.text().substring(from, quote.open());
        int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        return BYLINE_BEFORE.matcher(before.substring(lineStart)).find();
    }

    /** "“…,” by the Gazette's Lena Smith: " right before the mark: a cited piece's byline and its colon. */
    private static final Pattern BYLINE_BEFORE = Pattern.compile(
            "[”\"’'],?\\s+by\\s+\\p{Lu}[^:“”\"]{0,60}:[\\s\\u00a0]*$");

    /**
     * Whether a fragment is a title ("hosts “The Nightly Show.”"): capitalized words as {@link QuotedTitles} reads
     * them. American style sets the reporter's full stop inside the closing mark, so end punctuation does not make
     * it a sentence here; a finite verb among its words does ("The sign read “We Are Going To Win.”").
     */
    boolean isTitle(QuotedSpan quote) {
        String quoted = quote.content().of(view.text()).strip();
        String bare = END_PUNCTUATION.matcher(quoted).replaceFirst("");
        if (bare.equals(quoted)) {
            return QuotedTitles.isTitle(quoted);
        }
        Sentence sentence = view.sentenceAt(quote.content().start());
        for (Token token : sentence.tokens()) {
            if (quote.content().contains(token.span()) && FINITE.contains(token.pos())) {
                return false;
            }
        }
        return QuotedTitles.isTitle(bare);
    }

    /**
     * Verbs by which a subject says or judges something, the only ones that make a quoted fragment after them the
     * subject's report: from {@code fragment-verbs.txt}. Others do nothing that says the words quoted after them:
     * "Python is … “out of the box”", "got a spot for his critique, which has gone beyond “get off my lawn”",
     * "filed a bill “to set a federal target …”" (the reporter's description, with a phrase of anyone's).
     */
    private static final Set<String> SAYING_VERBS = Set.copyOf(ResourceLines.read(QuotedFragments.class,
            "fragment-verbs.txt"));

    /** The words of a mixed quote, and the verb that is its cue. */
    record Report(Span words, Span verb) {}

    /**
     * The words of a fragment whose speaker has no cue, where the speaker is named before it in its sentence: from
     * after the first verb that follows the name ("Lund thanked → the committee for “…”"), that verb the cue, up to
     * the closing mark. Null where the speaker is not named there (carried over from an earlier quotation: "a town
     * of “thrift and plain dealing”" is the reporter's sentence, which the speaker may not have spoken for) or no
     * word stands between that verb and the quotation, or the verb is no verb of saying or judging
     * ({@link #SAYING_VERBS}) or a passive.
     *
     * @param speaker where the speaker is named, or null
     */
    Report subjectsReport(QuotedSpan quote, Span speaker) {
        Sentence sentence = view.sentenceAt(quote.open());
        Span whole = report(quote, null);
        if (speaker == null || !sentence.span().contains(speaker) || speaker.end() > quote.open()) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        for (int i = ArticleView.firstTokenFrom(sentence, speaker.end()); i + 1 < tokens.size()
                && tokens.get(i + 1).span().end() <= quote.open(); i++) {
            if (tokens.get(i).pos().startsWith("VB")) {
                int verb = lastOfVerbGroup(tokens, i);
                boolean passive = tokens.get(verb).pos().equals("VBN") && tokens.subList(i, verb).stream()
                        .anyMatch(t -> t.lemma().equalsIgnoreCase("be"));
                if (passive || !SAYING_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
                    return null; // the subject of a passive ("was later named …") is acted on, not speaking
                }
                // a particle goes with its verb ("points out that …")
                int verbEnd = verb + 1 < tokens.size() && tokens.get(verb + 1).pos().equals("RP") ? verb + 1 : verb;
                if (verbEnd + 1 >= tokens.size() || tokens.get(verbEnd + 1).span().end() > quote.open()) {
                    return null;
                }
                return new Report(new Span(tokens.get(verbEnd + 1).span().start(), whole.end()),
                        tokens.get(verb).span().union(tokens.get(verbEnd).span()));
            }
        }
        return null;
    }

    /**
     * Whether a verb of the fragment's sentence before the quotation says or judges something ({@link
     * #SAYING_VERBS}, not a passive): "the campaign denounced the mayor's call for “a full and lasting ban …”",
     * "faulted Moreno for taking their files and for “twisting what had happened.”" The quoted words
     * are then someone's inside the reporter's report of them, a mixed quote. Not where a verb that takes a
     * reported clause comes first ("said in a memoir … that growers … “seemed to be …”"): that is a report
     * Dossier did not read, and the fragment stands for it.
     */
    boolean afterSayingVerb(QuotedSpan quote) {
        Sentence sentence = view.sentenceAt(quote.open());
        if (sentence == null) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= quote.open(); i++) {
            if (tokens.get(i).pos().startsWith("VB")) {
                int verb = lastOfVerbGroup(tokens, i);
                boolean passive = tokens.get(verb).pos().equals("VBN") && tokens.subList(i, verb).stream()
                        .anyMatch(t -> t.lemma().equalsIgnoreCase("be"));
                String lemma = tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
                if (SpeechCues.CLAUSAL.contains(lemma)) {
                    return false; // "said in a memoir that …": a report Dossier missed, whose words these are
                }
                if (!passive && tokens.get(verb).span().end() <= quote.open() && SAYING_VERBS.contains(lemma)) {
                    return true;
                }
                i = verb;
            }
        }
        return false;
    }

    /**
     * Whether a fragment with no cue and no speaker is a quoted phrase of no one: it opens inside a noun phrase or
     * after a preposition of the reporter's ("the flyer attacks a “greedy water board …”", "a provision “to be
     * applied under county rules”", "a fresh “pay to park” levy"), a name, a term or a scare quote. Not right after
     * a verb, whose object the quoted words are and may be what its subject said or issued ("sending “our warmest
     * thanks”", "Ending “parking as we knew it.”"; PolNeAR counts those direct), nor after a heading in capitals (a
     * newsletter's item: "WHY THE HARBOUR MATTERS “The port's slow season …”"), nor under a verb that takes a
     * reported clause ("wrote in a memoir … that the crews … “seemed to be …”": a report Dossier did not read, whose
     * words the fragment stands for).
     */
    boolean phraseOfNoOne(QuotedSpan quote) {
        Opening at = openingOf(quote);
        if (at == null || at.before().pos().startsWith("VB") || HEADING_WORD.matcher(at.before().word()).matches()) {
            return false;
        }
        for (Token token : at.sentence().tokens().subList(0, at.index())) {
            if (token.pos().startsWith("VB") && SpeechCues.CLAUSAL.contains(token.lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the reporter's sentence goes on past the fragment's closing mark in words of its own ("the crowd
     * chanted “…” as the band left", "would have to go to the “back of the line” if it wanted a deal"): the quoted
     * words sit inside the reporter's clause on both sides, so they are a mixed quote or a quoted phrase, not a
     * quotation. Two words at least after the mark, before the sentence ends, and the quoted words end in a letter or a
     * digit: a quotation that ends on punctuation inside its marks (".”", "!”", ",”") closes a sentence or a clause of
     * its own, as a nickname set off by commas does ("or “the woman with the plan,” by her staff").
     */
    boolean runsOnInReportersWords(QuotedSpan quote) {
        Sentence sentence = view.sentenceAt(quote.open());
        String text = view.text();
        if (sentence == null || quote.close() >= text.length() || quote.close() >= sentence.span().end()
                || !DirectAttributor.isQuoteMark(text.charAt(quote.close()))) {
            return false;
        }
        String quoted = text.substring(quote.open() + 1, quote.close()).strip();
        if (quoted.isEmpty() || !Character.isLetterOrDigit(quoted.charAt(quoted.length() - 1))) {
            return false;
        }
        String after = text.substring(quote.close() + 1, sentence.span().end());
        return WORDS_AFTER.matcher(after).lookingAt();
    }

    /** Whether a quotation closes in the sentence before the offset (a closing mark's tag; not an apostrophe). */
    private static boolean quotedBefore(Sentence sentence, int offset) {
        return sentence.tokens().stream().anyMatch(t -> t.span().end() <= offset && t.pos().equals("''"));
    }

    /**
     * Whether the quotation opens as the object of its cue, right after it ("Lund says “the road is long” for the
     * town", "said that “we need more time” to study it"): nothing but punctuation or "that" between the cue and the
     * mark. With {@link #runsOnInReportersWords} the quoted words are then the head of a reported clause that the
     * reporter finishes, a mixed quote: in PolNeAR's first 400 documents 20 of 21 such quotations are (a scratch count
     * over the gold).
     *
     * @param cue the span of the quotation's cue, or null
     */
    boolean opensRightAfterItsCue(QuotedSpan quote, Span cue) {
        if (cue == null || cue.end() > quote.open() || !Character.isLetter(view.text().charAt(cue.start()))) {
            return false; // a headline's colon ("Lee: ‘No Chance’ The Depot Will Close") is no verb with an object
        }
        Sentence sentence = view.sentenceAt(quote.open());
        if (sentence == null || !sentence.span().contains(cue)) {
            return false;
        }
        String between = view.text().substring(cue.end(), quote.open()).strip();
        return CUE_TO_MARK.matcher(between).matches();
    }

    /** What may stand between a cue and the quotation that is its object: punctuation, "that". */
    private static final Pattern CUE_TO_MARK = Pattern.compile("[,:]?\\s*(that)?", Pattern.CASE_INSENSITIVE);

    /**
     * Where the reporter's clause that goes on past the quotation's closing mark ends: before a stop, a comma, a dash,
     * another quotation or a clause of its own joined by "and", "but" or "or" ("declaring it “a good night” and
     * said …"), else at the sentence's end less its final stop.
     */
    int clauseEnd(QuotedSpan quote) {
        Sentence sentence = view.sentenceAt(quote.open());
        int end = quote.close() + 1;
        if (sentence == null) {
            return end;
        }
        List<Token> tokens = sentence.tokens();
        for (int i = ArticleView.firstTokenFrom(sentence, quote.close() + 1); i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean clauseOfItsOwn = token.pos().equals("CC") && i + 1 < tokens.size()
                    && (tokens.get(i + 1).pos().startsWith("VB") || tokens.get(i + 1).pos().startsWith("RB"));
            if (!Character.isLetterOrDigit(token.word().charAt(0)) || clauseOfItsOwn) {
                break;
            }
            end = token.span().end();
        }
        return end;
    }

    /**
     * Two words of the reporter's right after a closing mark, no comma or other stop between ("” if it wanted", "” in
     * 2019 and"): a year or a count is a word of the sentence as a letter-word is.
     */
    private static final Pattern WORDS_AFTER =
            Pattern.compile("\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*\\s+[\\p{L}\\p{N}]");

    /** A word in capitals, as a heading prints it. */
    private static final Pattern HEADING_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]+");

    /** The main verb after auxiliaries and adverbs between them: "has → praised", "is → praising", "did not → say". */
    private static int lastOfVerbGroup(List<Token> tokens, int first) {
        int verb = first;
        for (int i = first + 1; i < tokens.size(); i++) {
            String pos = tokens.get(i).pos();
            if (pos.startsWith("VB")) {
                verb = i;
            } else if (!pos.startsWith("RB")) {
                break;
            }
        }
        return verb;
    }

    /**
     * The reported words a fragment belongs to: from after its cue, when the cue comes first in the sentence, else
     * from the sentence's start, up to the quotation's closing mark.
     *
     * @param cue the cue token's span in the quotation's sentence, or null
     */
    Span report(QuotedSpan quote, Span cue) {
        Sentence sentence = view.sentenceAt(quote.open());
        List<Token> tokens = sentence.tokens();
        int start = sentence.span().start();
        if (cue != null && cue.end() <= quote.open() && sentence.span().contains(cue)) {
            int after = ArticleView.firstTokenFrom(sentence, cue.end());
            start = after < tokens.size() ? tokens.get(after).span().start() : quote.open();
        }
        boolean closed = quote.close() < view.text().length()
                && DirectAttributor.isQuoteMark(view.text().charAt(quote.close()));
        int end = closed ? quote.close() + 1 : quote.content().end();
        return new Span(Math.min(start, quote.content().start()), end);
    }
}
