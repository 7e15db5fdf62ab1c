package org.dossier.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.core.Layers;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Token;
import org.dossier.nlp.parse.SentenceSelector;

/**
 * Extracts quotes with their speakers: direct quotes in quotation marks, attributed to the cue in their sentence
 * or carried over from the quote before; and reported speech found in the dependency parses of cue sentences.
 *
 * <p>Built on CoreNLP's tokens, entities and (only for sentences with a speech cue) its dependency parse, instead
 * of CoreNLP's own quote annotator, which needs full coreference and runs at about a third of an article per
 * second. Stateless and thread-safe.
 */
public final class QuoteExtractor implements ArticleStage {

    public static final String NAME = "quotes.v1";
    /**
     * Quoted spans shorter than this are scare quotes or titles ("‘war crimes’"), not speech, but where their place
     * says they are ({@link DirectAttributor#isUtterance}).
     */
    private static final int MIN_DIRECT_WORDS = 4;
    /** A quote paragraph continues the previous speaker when the quote fills most of it. */
    private static final double CONTINUATION_SHARE = 0.6;
    /** At most this many words between the parts of an interrupted quotation ("he told reporters on Monday"). */
    private static final int MAX_INTERRUPTION_WORDS = 8;
    /** The most words between a quotation's own cue and its opening mark ("added gravely: “…”"). */
    private static final int MAX_WORDS_AFTER_OWN_CUE = 1;
    /** Nothing between two quotations but a conjunction and punctuation (and the marks themselves). */
    private static final Pattern JOINING_WORDS = Pattern.compile(
            "(?i)[\\s,;:.\"'“”‘’]*(?:and|or|and then)[\\s,;:.\"'“”‘’]*");
    /** A transcript's speaker label opening a quotation ("Chris Matthews: …"): it names its own speaker. */
    static final Pattern SPEAKER_LABEL = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*\\s*:");
    /** Punctuation, quotation marks and spaces only: nothing said or reported between two spans. */
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{Punct}“”‘’\\s]*");
    /**
     * Reported words before a quotation ("the campaign will “…”"), or after it inside the clause ("that “…” for the
     * former governor"), that make the two one mixed quote.
     */
    private static final int MIN_MIXED_LEAD_WORDS = 2;

    /** Selects the sentences this stage wants parsed. */
    public static SentenceSelector parseSelector() {
        return SpeechCues::mayHoldSpeech;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.PARSES, Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        ArticleView view = new ArticleView(in);
        SpeakerResolver speakers = new SpeakerResolver(view);
        Subjects subjects = new Subjects(speakers);
        List<QuotedSpan> marked = QuotationMarks.find(view.text(), view.paragraphs());
        DirectAttributor places = new DirectAttributor(view, subjects, marked);
        List<QuotedSpan> quotations = marked.stream()
                .filter(q -> wordCount(view.text(), q.content()) >= MIN_DIRECT_WORDS || places.isUtterance(q))
                .toList();
        DirectAttributor attributor = new DirectAttributor(view, subjects, quotations);
        QuotedFragments fragments = new QuotedFragments(view);
        // A title in the reporter's sentence ("hosts “The Late Hour.”", "the Courier's “The Morning Ledger”") is
        // a name, not speech. It is left out before quotations are joined, so that it does not stand between a
        // quotation and the one that goes on with it ("“…,” Ames told a crowd after the band played “Song of the
        // Road.” “…”"), nor chain to either. So is a quotation that a noun of a named thing frames ("the slogan
        // “…”", "his memoir, “A Life on the Road,”"): a name, a slogan or a term, no one's speech.
        List<QuotedSpan> quoted = quotations.stream()
                .filter(q -> !((fragments.isFragment(q) || fragments.afterPossessive(q)) && fragments.isTitle(q))
                        && !fragments.namedByItsFrame(q))
                .toList();
        List<Span> names = quotations.stream().filter(fragments::namedByItsFrame).map(QuotedSpan::withMarks).toList();

        List<Quote> quotes = new ArrayList<>();
        Map<Long, List<Span>> directByCue = new HashMap<>();
        Map<Integer, Speaker> lastSpeakerByParagraph = new HashMap<>();
        Speaker previous = null;
        List<Attribution> attributions = new ArrayList<>();
        boolean[] carriedInParagraph = new boolean[quoted.size()];
        for (int i = 0; i < quoted.size(); i++) {
            QuotedSpan q = quoted.get(i);
            Attribution attribution = attributor.attribute(q, previous);
            if (attribution == null || attribution.speaker() == null && !attribution.hasCue()) {
                Attribution subject = attributor.quotingSubject(q, previous);
                attribution = subject != null ? subject : carriedOver(view, q, lastSpeakerByParagraph);
                carriedInParagraph[i] = subject == null && attribution != null
                        && lastSpeakerByParagraph.containsKey(q.paragraph());
            }
            if (attribution != null && attribution.hasCue()) {
                directByCue.computeIfAbsent(attribution.cueKey(), k -> new ArrayList<>()).add(q.withMarks());
            }
            Speaker speaker = attribution == null ? null : attribution.speaker();
            if (speaker != null) {
                lastSpeakerByParagraph.put(q.paragraph(), speaker);
                previous = speaker;
            }
            attributions.add(attribution);
        }
        // in the text's order: each fragment's report changes the list of quotes the next fragments are joined to,
        // so the loop's order matters; a hash order moved with any change to the quote record's components
        Map<Quote, QuotedSpan> fragmentQuotes = new LinkedHashMap<>();
        for (int first = 0; first < quoted.size(); ) {
            int last = first;
            while (last + 1 < quoted.size() && (interrupted(view, quoted.get(last), quoted.get(last + 1),
                    attributions.get(last), attributions.get(last + 1))
                    || continuedInNextParagraph(view, quoted.get(last), quoted.get(last + 1))
                    || continuedAfterAttribution(view, quoted.get(last), quoted.get(last + 1),
                            cued(attributions.subList(first, last + 1)),
                            attributionOfRun(view, quoted, attributions, last + 1))
                    || goesOnInParagraph(view, quoted.get(last), quoted.get(last + 1),
                            cued(attributions.subList(first, last + 1)), attributions.get(last + 1),
                            carriedInParagraph[last + 1], fragments))) {
                last++;
            }
            Quote quote = direct(view, quoted.subList(first, last + 1), attributions.subList(first, last + 1));
            // a quotation that leaves its subject to the reporter, or that the reporter's clause goes on past, is a
            // fragment of a report; a report is kept only with its speaker, so one Dossier cannot name stays direct
            boolean fragment = fragments.isFragment(quoted.get(first)) || quote.speaker() != null
                    && (fragments.opensWithoutItsSubject(quoted.get(first), quote.cueSpan())
                    || fragments.opensRightAfterItsCue(quoted.get(first), quote.cueSpan())
                    && fragments.runsOnInReportersWords(quoted.get(first))
                    && fragments.clauseEnd(quoted.get(first)) > quoted.get(first).close() + 1);
            if (first == last && quote.cue() == null && fragments.isBylined(quoted.get(first))) {
                // the title of a piece cited with its author: "“…,” by Times' Michael Paulson"
            } else if (quote.cue() == null && first == last && fragments.besideALabelsOwnWords(quoted.get(first))) {
                // "Ames: Port's Plan ‘Far Too Slow’": a quoted piece of the line a label gives its person, beside
                // the line's own words, is part of what the line reports (a headline's mixed quote, a quotation
                // nested in a transcript's turn), not a whole quotation of its own
            } else if (quote.cue() == null && fragments.isCitedExcerpt(quoted.get(first))) {
                // the excerpt after a cited piece's byline: "“…,” by the Gazette's Lena Smith: “…”", no one's speech
            } else if (quote.speaker() != null || quote.cue() != null || !QuotedTitles.isTitle(quote.text())) {
                // a quoted title ("The Lantern Keepers") that nothing attributes is no one's words
                quotes.add(quote);
                if (fragment) {
                    fragmentQuotes.put(quote, quoted.get(first));
                }
            }
            first = last + 1;
        }

        ReportedSpeech reported = new ReportedSpeech(view, subjects, speakers, attributor);
        for (Sentence sentence : view.sentences()) {
            List<ReportedSpeech.Found> found = splitCoordinated(reported.find(sentence)).stream()
                    .filter(f -> (f.attribution().speaker() != null || unnamedQuestion(f))
                            && (!repeatsDirectQuote(f, directByCue)
                            || mixed(view, f, directByCue))
                            && !channelOfAttributedQuote(view.text(), f, quoted, attributions, fragments)
                            && names.stream().noneMatch(name -> name.contains(f.content())))
                    .toList();
            for (ReportedSpeech.Found f : outermost(found)) {
                Quote whole = wholeQuotationOf(view, quotes, f);
                if (whole != null) {
                    // "According to the newspaper, “…”": all the source's words are quoted, a direct quote of theirs
                    quotes.set(quotes.indexOf(whole), quote(view, whole.span(), true, f.attribution(),
                            whole.parts().size() > 1 ? whole.parts() : null));
                    continue;
                }
                // A mixed quote is reported speech: the clause stands for the quoted words inside it, up to the
                // quotation's own end punctuation, which the clause leaves out ("said Cruz has “… tall.”").
                Span content = f.content();
                for (Quote q : quotes) {
                    if (q.direct() && oneUtterance(view, q) && insideButItsEnd(q.span(), f.content())) {
                        content = content.union(q.span());
                    }
                }
                if (content.end() > f.content().end() && content.end() < view.text().length()
                        && DirectAttributor.isQuoteMark(view.text().charAt(content.end()))) {
                    content = new Span(content.start(), content.end() + 1);
                }
                if (opensJustInsideAMark(view.text(), content)) {
                    // a clause that opens with the quotation's first word takes in its opening mark, as it takes in
                    // the closing one ("added, “I see no risk” for the fair")
                    content = new Span(content.start() - 1, content.end());
                }
                Span clause = content;
                quotes.removeIf(q -> q.direct() && clause.contains(q.span()) && oneUtterance(view, q));
                quotes.add(quote(view, clause, false, f.attribution(), partsWithin(f.parts(), clause)));
            }
        }
        reportFragments(view, quotes, fragmentQuotes, fragments, subjects);
        quotes.sort(Comparator.comparing(Quote::span));
        continueInItsSentence(view, quotes);
        continueReports(view, quotes);
        continueAfterReports(view, quotes);
        String text = in.article().text();
        // a stance shown ("expressed sympathy with …") is marked, not dropped: the event coder reads it
        return in.with(Layers.QUOTES, quotes.stream().map(q -> withWordsOf(text, q))
                .map(q -> Stances.isStance(view, q) ? q.asStance() : q).toList());
    }

    /** The quote with its words as the article writes them: the view reads no-break spaces as plain ones. */
    private static Quote withWordsOf(String text, Quote quote) {
        return new Quote(quote.articleId(), quote.span(), quote.span().of(text), quote.direct(), quote.speaker(),
                quote.cue(), quote.cueSpan(), quote.context(), quote.parts());
    }

    /**
     * A quoted fragment of the reporter's sentence ("said the fund helped “thousands of farms …”") is reported speech:
     * it joins a reported quote it touches, else it becomes one of the words from its cue (or its sentence's start)
     * to its closing mark. Left direct without a cue or a speaker, as reported speech is kept only with both.
     */
    private static void reportFragments(ArticleView view, List<Quote> quotes, Map<Quote, QuotedSpan> fragmentQuotes,
            QuotedFragments fragments, Subjects subjects) {
        for (Map.Entry<Quote, QuotedSpan> entry : fragmentQuotes.entrySet()) {
            Quote direct = entry.getKey();
            int index = quotes.indexOf(direct);
            if (index >= 0 && direct.cue() == null && direct.parts().size() == 1) {
                boolean joined = joinReportOfItsSentence(view, quotes, direct);
                Quote report = joined ? null : clauseReport(view, quotes, direct, entry.getValue(), fragments,
                        subjects);
                if (report == null && !joined && direct.speaker() != null) {
                    report = subjectsReport(view, direct, entry.getValue(), fragments);
                }
                if (report != null) {
                    quotes.set(index, report);
                } else if (direct.speaker() == null && quotes.contains(direct)
                        && (fragments.afterSayingVerb(entry.getValue())
                        || fragments.phraseOfNoOne(entry.getValue()))) {
                    // a mixed quote under a verb of saying whose subject names no one Dossier can tell ("the
                    // campaign denounced …"): reported speech, which is kept only with a speaker; and a quoted
                    // phrase inside a noun phrase of the reporter's ("the flyer attacks a “…”", "the rowdy refrain
                    // “Pave it over!”", "a provision “to be applied …”"): a name, a term or a mixed quote of no one
                    quotes.remove(direct);
                } else if (quotes.contains(direct) && fragments.isFragment(entry.getValue())
                        && fragments.phraseOfNoOne(entry.getValue())
                        && !fragments.opensWithoutItsSubject(entry.getValue(), null)) {
                    // a quoted phrase inside a noun phrase or after a preposition of the reporter's, with no cue
                    // ("showed there was “no breach of the rules.”", "his use of “a spare key was …”"): the
                    // speaker came only from the sentence's subject or the quotation before, and no verb of theirs
                    // says these words; a term or a mixed quote, not a quotation of theirs. Not a predicate after
                    // its subject ("regrets that the film “should have been cut …”"): someone's clause
                    quotes.remove(direct);
                } else if (quotes.contains(direct) && fragments.runsOnInReportersWords(entry.getValue())) {
                    // no cue and the reporter's words on both sides ("the crowd reprised the chant “…” that rang
                    // out", "would go to the “back of the line” if …"): a phrase inside the reporter's clause, a
                    // mixed quote or a term, which no report of Dossier's holds; no one's quotation
                    quotes.remove(direct);
                } else if (quotes.contains(direct) && fragments.isFragment(entry.getValue())
                        && fragments.opensInLowerCase(entry.getValue())
                        && !fragments.opensAsAVerbsObject(entry.getValue())) {
                    // a quotation in lower case right after a word of the reporter's, with no cue and no report
                    // that holds it ("the board was “far too slow …”", "a pledge to “not take part …”"): the middle
                    // of the reporter's sentence, a mixed quote whose report Dossier did not build, never a whole
                    // quotation. Reported speech of the speaker found (its quoted words, with no cue); of no one
                    // where none was found
                    quotes.remove(direct);
                    if (direct.speaker() != null) {
                        quotes.add(new Quote(direct.articleId(), direct.span(), direct.text(), false,
                                direct.speaker(), null, null, direct.context()));
                    }
                }
                continue;
            }
            if (index < 0 || direct.cue() == null) {
                continue;
            }
            if (direct.parts().size() > 1 && fragments.afterSentenceLeadIn(entry.getValue())) {
                // "But “…,” Lund said, “…”": a quotation in two parts after a lead-in that opens the sentence, which
                // says nothing of the claim; one direct quote, as without the lead-in
                continue;
            }
            Span cut = fragments.report(entry.getValue(), direct.cueSpan());
            // the reported clause goes on past the mark in the reporter's words ("says “the road is long” for the
            // town"): they are part of the report
            Span report = direct.parts().size() == 1 && fragments.runsOnInReportersWords(entry.getValue())
                    ? new Span(cut.start(), Math.max(cut.end(), fragments.clauseEnd(entry.getValue()))) : cut;
            quotes.remove(index);
            Quote touching = quotes.stream()
                    .filter(q -> !q.direct() && q.span().start() <= report.end() && report.start() <= q.span().end())
                    .findFirst().orElse(null);
            if (direct.parts().size() > 1) {
                // a fragment, then a quotation after the cue: "because “men should not …” Cruz says, “That is …”"
                List<Span> rest = direct.parts().subList(1, direct.parts().size());
                Span span = rest.getFirst().union(rest.getLast());
                quotes.add(new Quote(direct.articleId(), span, span.of(view.text()), true, direct.speaker(),
                        direct.cue(), direct.cueSpan(), direct.context(), rest.size() > 1 ? rest : null));
            }
            if (touching == null) {
                quotes.add(new Quote(direct.articleId(), report, report.of(view.text()), false, direct.speaker(),
                        direct.cue(), direct.cueSpan(), direct.context().union(report)));
            } else if (!touching.span().contains(direct.parts().getFirst())) {
                Span joined = touching.span().union(direct.parts().getFirst());
                quotes.set(quotes.indexOf(touching), new Quote(touching.articleId(), joined, joined.of(view.text()),
                        false, touching.speaker(), touching.cue(), touching.cueSpan(), touching.context().union(joined),
                        partsWithin(touching.parts().size() == 1 ? null : touching.parts(), joined)));
            }
        }
    }

    /**
     * A quoted fragment with no cue of its own after a report earlier in its sentence is a further part of that
     * report's words: "Clinton said the aim was not to “make the valley rich again” but to “make the valley green
     * again.”", "says there's a “hard climb ahead” but she feels sure that Moreno will “surprise everyone who doubts
     * her.”" (the report took the first fragment, the parse left the second out of its clause). Only the nearest report
     * before it; not where the fragment names another speaker than the report's, nor where the report's cue or people
     * of another description stand between ("…, a step critics see as “far too little.”": the critics' words, not the
     * report's speaker's).
     */
    private static boolean joinReportOfItsSentence(ArticleView view, List<Quote> quotes, Quote fragment) {
        Sentence sentence = view.sentenceAt(fragment.span().start());
        for (int i = quotes.size() - 1; i >= 0; i--) {
            Quote report = quotes.get(i);
            if (report.direct() || sentence == null || view.sentenceAt(report.span().start()) != sentence
                    || report.span().start() >= fragment.span().start()) {
                continue;
            }
            Span gap = new Span(Math.min(report.span().end(), fragment.span().start()), fragment.span().start());
            boolean otherSpeaker = fragment.speaker() != null && (report.speaker() == null
                    || !report.speaker().name().equals(fragment.speaker().name()));
            boolean cueBetween = report.cueSpan() != null && gap.contains(report.cueSpan());
            if (otherSpeaker || cueBetween || namesPeople(sentence, gap)) {
                return false;
            }
            Span joined = report.span().union(fragment.span());
            List<Span> parts = report.parts().size() == 1 ? null : partsWithin(report.parts(), joined);
            quotes.set(i, new Quote(report.articleId(), joined, joined.of(view.text()), false, report.speaker(),
                    report.cue(), report.cueSpan(), report.context().union(fragment.context()), parts));
            quotes.remove(fragment);
            return true;
        }
        return false;
    }

    /**
     * A quoted fragment inside a clause that "that" opens after a cue earlier in its sentence, a clause the parse did
     * not give the cue ("said in a memoir of those years that the growers disliked him because he “seemed to be …”",
     * "contended in its letter, signed by …, that the funds had “a stated bias …”"): the clause is the cue's report,
     * from after "that" to the closing mark, and the fragment its quoted words, a mixed quote. In PolNeAR's first 400
     * documents a quotation in lower case with a cue and then "that" before it in its sentence, and no quotation before
     * it there, is a mixed quote 210 times in 212 (a scratch count over the gold). The nearest such cue; only with
     * its subject for speaker, and where no report of Dossier's holds words of the clause. Null otherwise.
     */
    private static Quote clauseReport(ArticleView view, List<Quote> quotes, Quote fragment, QuotedSpan quoted,
            QuotedFragments fragments, Subjects subjects) {
        Sentence sentence = view.sentenceAt(quoted.open());
        if (sentence == null) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int cue = -1;
        int that = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= quoted.open(); i++) {
            Token token = tokens.get(i);
            String lemma = SpeechCues.cueLemma(token);
            if (token.pos().equals("``") || token.pos().equals("''")) {
                return null; // a quotation before it in the sentence: the fragment may go with that one
            } else if (token.word().equals(")") || token.pos().equals("-RRB-")) {
                // a cue inside a parenthesis governs nothing after it ("(most say so), but the poll shows that …")
                cue = -1;
            } else if (lemma != null && token.pos().startsWith("VB") && SpeechCues.CLAUSAL.contains(lemma)
                    && !(token.pos().equals("VBN") && (i == 0 || !tokens.get(i - 1).lemma().equalsIgnoreCase("have")))) {
                // not a participle of a phrase in the clause ("contended in a letter, written by its counsel, that …")
                cue = i;
                that = -1;
            } else if (cue >= 0 && that < 0 && token.word().equalsIgnoreCase("that")) {
                // any tag: the tagger may read the complementizer after a noun as a relative ("wrote in the notice
                // of the sale that he plans …")
                that = i;
            }
        }
        if (that < 0) {
            return null;
        }
        Span words = fragments.report(quoted, tokens.get(that).span());
        boolean reported = quotes.stream().anyMatch(q -> !q.direct() && q.span().start() < words.end()
                && words.start() < q.span().end());
        Speaker speaker = reported ? null : subjects.of(sentence, cue, view.parse(sentence), null);
        if (speaker == null) {
            return null;
        }
        Token verb = tokens.get(cue);
        return new Quote(fragment.articleId(), words, words.of(view.text()), false, speaker,
                verb.span().of(view.text()), verb.span(), fragment.context().union(words));
    }

    /**
     * A quoted fragment with a speaker but no cue, which no report of its sentence takes, where the speaker is the
     * subject named before it ("Lund thanked the committee for “standing firm”", "Ms. Lund presented her as
     * ''a fighter for families''"): the speaker's words inside the reporter's sentence, a mixed quote, which is
     * reported speech that marks its quoted words. Its words run from after the verb of the speaker's clause, its
     * cue, to the closing mark ({@link QuotedFragments#subjectsReport}); null where that cannot be read.
     */
    private static Quote subjectsReport(ArticleView view, Quote fragment, QuotedSpan quoted,
            QuotedFragments fragments) {
        QuotedFragments.Report report = fragments.subjectsReport(quoted, fragment.speaker().span());
        if (report == null) {
            return null;
        }
        Span context = fragment.context().union(report.words());
        return new Quote(fragment.articleId(), report.words(), report.words().of(view.text()), false,
                fragment.speaker(), report.verb().of(view.text()), report.verb(), context.union(report.verb()));
    }

    /** Whether a noun of people ("critics", "officials") stands in the span: they may be whose words follow. */
    private static boolean namesPeople(Sentence sentence, Span span) {
        return sentence.tokens().stream().anyMatch(t -> span.contains(t.span()) && t.pos().startsWith("NN")
                && SpeakerResolver.isPersonNoun(t.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * A quotation that opens in lower case after a comma, in the sentence of a quote or report just before it, goes on
     * with what that one says: "Lund said the council might delay the vote, “depending on what the auditors find.”",
     * "The plan was sound, she said, “but nobody has read it.”", "“What we want,” Ames told the paper on Friday,
     * “is a fair hearing.”". One act of speech under one cue is one record (the interrupted quotation of the issue;
     * a mixed quote's quoted words are part of its report), and the gold of PolNeAR's first 400 documents joins a
     * lower-case quotation after a comma to the speaker's words before it in its sentence 48 times in 55 (a scratch
     * count over the gold). Only where nothing but the one before's own attribution stands between (its cue, its
     * speaker, whom it was told to; no other cue), where the quotation has no cue of its own and no other speaker, and,
     * after a quotation, only across that attribution: two quotations with only a comma between are a list ("“…,”
     * “…”"). The joined record keeps the kind of the one before. {@code quotes} is in text order.
     */
    private static void continueInItsSentence(ArticleView view, List<Quote> quotes) {
        for (int i = 0; i + 1 < quotes.size(); ) {
            Quote before = quotes.get(i);
            Quote next = quotes.get(i + 1);
            if (!next.direct() || next.parts().size() > 1 || before.speaker() == null
                    || next.cueSpan() != null && !next.cueSpan().equals(before.cueSpan())
                    || next.speaker() != null && !before.speaker().name().equals(next.speaker().name())
                    || !opensInLowerCase(next.text()) || !onlyAttributionThenComma(view, before, next)) {
                i++;
                continue;
            }
            quotes.set(i, withFurtherPart(view, before, next, before.direct()));
            quotes.remove(i + 1);
        }
    }

    /**
     * The record {@code first} with {@code next} as a further part: its speaker and cue, the span from the one's start
     * to the other's end (the article's own characters, attribution between included), each one's parts kept.
     */
    private static Quote withFurtherPart(ArticleView view, Quote first, Quote next, boolean direct) {
        List<Span> parts = new ArrayList<>(first.parts());
        parts.addAll(next.parts());
        Span span = first.span().union(next.span());
        return new Quote(first.articleId(), span, span.of(view.text()), direct, first.speaker(), first.cue(),
                first.cueSpan(), first.context().union(next.context()), parts);
    }

    /** Whether a quotation's first letter, after its marks and any leading punctuation, is in lower case. */
    private static boolean opensInLowerCase(String quotation) {
        for (int c = 0; c < quotation.length(); c++) {
            char ch = quotation.charAt(c);
            if (Character.isLetter(ch)) {
                return Character.isLowerCase(ch);
            }
            if (Character.isDigit(ch)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the quotation opens right after a comma that ends the one before's sentence part, in the same sentence,
     * with nothing else between but the one before's attribution: its cue, with the words of its clause ("…, he told
     * the paper on Friday, “…"), and no other cue. After a quotation the attribution must stand between; after a
     * report a comma alone will do.
     */
    private static boolean onlyAttributionThenComma(ArticleView view, Quote before, Quote next) {
        String text = view.text();
        if (next.span().start() <= before.span().end()) {
            return false;
        }
        Span gap = new Span(before.span().end(), next.span().start());
        String between = gap.of(text);
        if (between.indexOf('\n') >= 0 || !between.replaceAll("[\"“”‘'’«»\\s]", "").endsWith(",")) {
            return false;
        }
        Sentence sentence = view.sentenceAt(next.span().start());
        if (sentence == null || !sentence.span().contains(new Span(before.span().end() - 1, before.span().end()))) {
            return false;
        }
        boolean ownCueBetween = before.cueSpan() != null && gap.contains(before.cueSpan());
        if (onlyPunctuation(between)) {
            return !before.direct();
        }
        if (!ownCueBetween) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            Span token = tokens.get(t).span();
            if (gap.contains(token) && !before.cueSpan().contains(token)
                    && SpeechCues.quotationCueLemma(sentence, t) != null) {
                return false; // another cue: another attribution ("…, she said, adding, “…”")
            }
        }
        return true;
    }

    /**
     * A quotation that goes on from a report of the same speaker is a further part of that report: "Greene added that
     * the Fed wants out before the election. “They don't want to discuss it, …”", "members may pay more
     * ''because they expect good service,'' Mr. Chipok said. ''But public courses …''". Only a quotation without a
     * cue of its own (or with the report's) and without another speaker, opening right after the report's sentence in
     * the same paragraph, with nothing between but the report's attribution; or after a colon that ends the reported
     * clause ("Ames said the deal could still pass: “…”"). {@code quotes} is in text order.
     */
    private static void continueReports(ArticleView view, List<Quote> quotes) {
        for (int i = 0; i + 1 < quotes.size(); ) {
            Quote report = quotes.get(i);
            Quote next = quotes.get(i + 1);
            boolean ownCue = next.cueSpan() != null && !next.cueSpan().equals(report.cueSpan())
                    || cueBetweenParts(view, next);
            if (report.direct() || !next.direct() || report.speaker() == null
                    || next.speaker() != null && !report.speaker().name().equals(next.speaker().name()) || ownCue
                    || !onlyReportEndBetween(view, report, next)) {
                i++;
                continue;
            }
            quotes.set(i, withFurtherPart(view, report, next, false));
            quotes.remove(i + 1);
        }
    }

    /**
     * A quotation with no cue and no speaker that opens and fills its paragraph, right after a paragraph that ends
     * with a report of a speaker ("Critics should show proof …, she told reporters." / "“This is deeply
     * careless.”"), goes on with that speaker, as news quotes a speaker once named: the report's sentences reach
     * the paragraph's end, so nobody else was introduced between. A quotation after a quotation gets its speaker when
     * it is made ({@link #carriedOver}); this is the same reading after reported speech. Not a quotation inside the
     * reporter's words ("The ad targets a “…”"), nor one that opens with a transcript's speaker label ("Chris
     * Matthews: …"), nor a line alone with no end of its sentence (a heading: "“Keeping things as they are isn't
     * enough”"), nor a quotation left open at its paragraph's end, whose own attribution may come after it.
     * {@code quotes} is in text order.
     */
    private static void continueAfterReports(ArticleView view, List<Quote> quotes) {
        List<Span> paragraphs = view.paragraphs();
        for (int i = 1; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            Quote before = quotes.get(i - 1);
            if (!quote.direct() || quote.speaker() != null || quote.cue() != null
                    || before.direct() || before.speaker() == null || before.cue() == null) {
                continue;
            }
            int paragraph = view.paragraphOf(quote.span().start());
            if (paragraph < 1 || view.paragraphOf(before.context().start()) != paragraph - 1) {
                continue;
            }
            Span own = paragraphs.get(paragraph);
            Span previous = paragraphs.get(paragraph - 1);
            boolean opens = view.text().substring(own.start(), quote.span().start())
                    .replaceAll("[\"'“”‘’«»`\\s]", "").isEmpty();
            boolean fills = quote.span().length() >= CONTINUATION_SHARE * own.length();
            boolean endsPrevious = onlyPunctuation(view.text().substring(Math.min(before.context().end(),
                    previous.end()), previous.end()));
            // a quoted line alone without its sentence's end is a heading or a pull quote, not the next words said
            boolean heading = !quote.text().matches("(?s).*[.!?…][\"'”’]*")
                    && onlyPunctuation(view.text().substring(Math.min(quote.span().end(), own.end()), own.end()));
            // a quotation left open runs on past its paragraph, where an attribution of its own may follow
            int after = quote.span().end();
            while (after < own.end() && (Character.isWhitespace(view.text().charAt(after))
                    || view.text().charAt(after) == ',')) {
                after++;
            }
            boolean closed = after < own.end() && DirectAttributor.isQuoteMark(view.text().charAt(after));
            if (opens && fills && closed && endsPrevious && !heading
                    && !SPEAKER_LABEL.matcher(quote.text()).lookingAt()) {
                Speaker speaker = new Speaker(before.speaker().name(), before.speaker().entityId(), null,
                        before.speaker().anonymous());
                quotes.set(i, new Quote(quote.articleId(), quote.span(), quote.text(), true, speaker, null, null,
                        quote.context(), quote.parts().size() > 1 ? quote.parts() : null));
            }
        }
    }

    private static boolean onlyPunctuation(String text) {
        return PUNCTUATION_ONLY.matcher(text).matches();
    }

    /**
     * Whether a direct quote is quoted words of one utterance that a reported clause around it may stand for: one part,
     * or parts that no cue of their own sets apart ("said it was “committed to an open process” and “open to every
     * viewpoint.”"); not "“…,” adding, “…”", where the second part is what the second cue reports.
     */
    private static boolean oneUtterance(ArticleView view, Quote quote) {
        return quote.parts().size() == 1 || !cueBetweenParts(view, quote);
    }

    /** Whether a cue stands between a quote's parts ("''…,'' he added. ''…''"): an attribution of their own. */
    private static boolean cueBetweenParts(ArticleView view, Quote quote) {
        for (int p = 0; p + 1 < quote.parts().size(); p++) {
            Span gap = new Span(quote.parts().get(p).end(), quote.parts().get(p + 1).start());
            for (Sentence sentence : view.sentences()) {
                if (!sentence.span().overlaps(gap)) {
                    continue;
                }
                for (int i = 0; i < sentence.tokens().size(); i++) {
                    if (gap.contains(sentence.tokens().get(i).span())
                            && SpeechCues.quotationCueLemma(sentence, i) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether only the end of the report's sentence stands between it and the next quotation (punctuation, quotation
     * marks, space), or the report's attribution up to its sentence's end ("…,'' Mr. Chipok said. ''…"); no line
     * break.
     */
    private static boolean onlyReportEndBetween(ArticleView view, Quote report, Quote next) {
        if (next.span().start() <= report.span().end()) {
            return false;
        }
        String text = view.text();
        Span gap = new Span(report.span().end(), next.span().start());
        String between = gap.of(text);
        if (between.indexOf('\n') >= 0) {
            return false;
        }
        if (onlyPunctuation(between)) {
            // the report's sentence ends, or its clause leads into the quotation with a colon ("said the plan would
            // fail: “…”": the quotation spells out what the report says, in the speaker's words)
            return between.matches("(?s).*[.!?].*") || between.strip().startsWith(":");
        }
        if (report.cueSpan() == null || !gap.contains(report.cueSpan())) {
            return false;
        }
        Sentence cueSentence = view.sentenceAt(report.cueSpan().start());
        return cueSentence != null && cueSentence.span().end() <= gap.end()
                && text.substring(cueSentence.span().end(), gap.end()).replaceAll("[\"“”‘'’\\s]", "").isEmpty();
    }

    /** A question reported with its asker unnamed ("Asked if …"), kept without a speaker. */
    private static boolean unnamedQuestion(ReportedSpeech.Found found) {
        Attribution attribution = found.attribution();
        return attribution.speaker() == null && attribution.hasCue()
                && ReportedSpeech.unnamedQuestion(attribution.sentence(), attribution.cueIndex()) != null;
    }

    /** The parts of an interrupted report, the last one stretched to the clause's end; null for one part. */
    private static List<Span> partsWithin(List<Span> parts, Span clause) {
        if (parts == null) {
            return null;
        }
        List<Span> within = new ArrayList<>(parts);
        within.set(within.size() - 1, new Span(parts.getLast().start(), clause.end()));
        return within;
    }

    /** Whether a quotation starts inside the clause and ends with it but for its end punctuation. */
    private static boolean insideButItsEnd(Span quotation, Span clause) {
        return clause.start() <= quotation.start() && quotation.start() < clause.end()
                && quotation.end() <= clause.end() + MAX_END_PUNCTUATION;
    }

    /** The characters of a quotation's end punctuation a reported clause leaves out (".", "?”"). */
    private static final int MAX_END_PUNCTUATION = 2;

    /**
     * Whether the next quotation continues this one across its attribution: "“…,” she said, “…”" (also with a
     * full stop after the cue, as news writes it). Same paragraph, only a few words between the two, among them
     * the cue of one of them, and no other speaker named for the second.
     */
    private static boolean interrupted(ArticleView view, QuotedSpan quote, QuotedSpan next, Attribution attribution,
            Attribution nextAttribution) {
        if (quote.paragraph() != next.paragraph() || next.open() <= quote.close()) {
            return false;
        }
        Span gap = new Span(quote.close(), next.open());
        if (JOINING_WORDS.matcher(gap.of(view.text())).matches()) {
            // "telling the crowd, “I’m a builder like you,” and, “Is there anyone …”": one quotation in parts
            return sameSpeaker(attribution, nextAttribution);
        }
        int words = wordCount(view.text(), gap);
        if (words < 1 || words > MAX_INTERRUPTION_WORDS && !onlyAttribution(view, gap, next, attribution)) {
            return false;
        }
        boolean cueBetween = attribution != null && attribution.hasCue() && gap.contains(attribution.cueSpan())
                || nextAttribution != null && nextAttribution.hasCue() && gap.contains(nextAttribution.cueSpan());
        if (cueBetween && secondCueOfTheSameSpeaker(attribution, nextAttribution)
                && introduces(view.text(), nextAttribution.cueSpan(), next.open())) {
            return false;
        }
        return cueBetween && (sameSpeaker(attribution, nextAttribution)
                || oneAttributionSentence(view, gap, next, attribution, nextAttribution));
    }

    /**
     * Whether the next quotation has a cue of its own, other than the first one's, and the same speaker: "Lee said,
     * “…” She added, “…”", "“…,” Lee said, adding, “…”", "“…,” Lee says. “…,” she notes.". Each cue attributes its
     * own quotation (news, and PolNeAR's gold, count two attributions), so the two are not one quotation in parts.
     */
    private static boolean secondCueOfTheSameSpeaker(Attribution attribution, Attribution nextAttribution) {
        return attribution != null && nextAttribution != null && attribution.hasCue() && nextAttribution.hasCue()
                && attribution.cueKey() != nextAttribution.cueKey() && sameSpeaker(attribution, nextAttribution);
    }

    /**
     * Whether the quotation's cue is its own: after it ("“…,” she notes."), or right before it, with at most one word
     * between ("She added gravely: “…”"). A cue farther off belongs to other words ("“…,” said Ann Lee, who chairs the
     * board and recalled the vote. “…”").
     */
    static boolean introduces(String text, Span cue, int open) {
        if (cue.start() > open) {
            return true;
        }
        return cue.end() <= open && wordCount(text, new Span(cue.end(), open)) <= MAX_WORDS_AFTER_OWN_CUE;
    }

    /**
     * Whether the words between two quotations are one attribution sentence that holds the cues of both: "“…,” said
     * Nina Hart, executive director of Growers for Water, reports the Courier. “…”", "“…,” Moreno said, according to
     * the Courier. “…”". The second cue (read before the next quotation) names whom the speaker's words were told to or
     * who reported them; the first one's speaker speaks both. Not where the second quotation opens inside that sentence
     * ("…, and Ames replied: “…”").
     */
    private static boolean oneAttributionSentence(ArticleView view, Span gap, QuotedSpan next, Attribution attribution,
            Attribution nextAttribution) {
        return attribution != null && nextAttribution != null && attribution.hasCue() && nextAttribution.hasCue()
                && attribution.sentence() == nextAttribution.sentence() && gap.contains(nextAttribution.cueSpan())
                && onlyAttribution(view, gap, next, attribution);
    }

    /** The first attribution with a cue and a speaker, or null. */
    private static Attribution cued(List<Attribution> attributions) {
        return attributions.stream().filter(a -> a != null && a.hasCue() && a.speaker() != null).findFirst()
                .orElse(null);
    }

    /**
     * Whether a quotation without a cue of its own goes on with the quotation before, as news goes on quoting a
     * speaker once named: "“…,” said Lamar Smith, who chairs the committee. “…”", in the same paragraph or opening
     * the next. Nothing stands between the two but the attribution of the one before (its cue's sentence ends
     * there), or nothing at all ("“…” / “…”" in paragraphs of their own).
     */
    private static boolean continuedAfterAttribution(ArticleView view, QuotedSpan quote, QuotedSpan next,
            Attribution attribution, Attribution nextAttribution) {
        if (attribution == null || nextAttribution != null && nextAttribution.hasCue()
                || next.open() <= quote.close()) {
            return false;
        }
        boolean sameParagraph = next.paragraph() == quote.paragraph();
        boolean opensNext = next.paragraph() == quote.paragraph() + 1
                && next.open() == view.paragraphs().get(next.paragraph()).start();
        if (!sameParagraph && !opensNext || followedByWords(view, next)) {
            // "“…?” Borger asked.": an attribution of its own that the attributor could not read
            return false;
        }
        Span gap = new Span(Math.min(quote.close() + 1, next.open()), next.open());
        if (onlyPunctuation(gap.of(view.text()))) {
            return true;
        }
        return gap.contains(attribution.cueSpan()) && onlyAttribution(view, gap, next, attribution);
    }

    /**
     * Whether a quotation without a cue of its own goes on with an attributed quotation earlier in its paragraph,
     * past words of the reporter's: "''I'm better at fixing engines than I am at doing sums,'' said Tom Ferrell.
     * He holds two associate degrees … ''But I enjoy fixing engines.''", "''It's a huge day,'' said
     * Paul Green. Unless further rivals drop out, ''it's very hard …''". News quotes a speaker once
     * named on in the same paragraph, and the quotation already takes that speaker ({@link #carriedOver}); the two are
     * one attribution, so one record. Not where a speech cue stands between them, nor a person or organisation other
     * than the speaker after the attribution (someone else may be quoted there), nor a quoted title ("a co-editor of
     * ''Farm Noir: The New Rural Fiction.''"), nor after a quoted fragment of the reporter's sentence, which
     * becomes a report of its own ("saying they are “stuck inside the machine” and that he feels “great sympathy”"),
     * nor across paragraphs.
     *
     * @param carried whether the next quotation took the paragraph's earlier speaker, with no cue or subject of its own
     */
    private static boolean goesOnInParagraph(ArticleView view, QuotedSpan quote, QuotedSpan next,
            Attribution attribution, Attribution nextAttribution, boolean carried, QuotedFragments fragments) {
        if (!carried || fragments.isTitle(next) || fragments.isFragment(quote) || attribution == null
                || nextAttribution == null || nextAttribution.speaker() == null
                || next.paragraph() != quote.paragraph() || next.open() <= quote.close()
                || !attribution.speaker().name().equals(nextAttribution.speaker().name())) {
            return false;
        }
        Span gap = new Span(quote.close(), next.open());
        // the attribution is a cued one (cued(...)): what follows its sentence is the reporter's own
        int cueSentenceEnd = Math.max(gap.start(), Math.min(gap.end(), attribution.sentence().span().end()));
        return !cueBetween(view, gap, attribution.cueSpan())
                && !otherNamed(view, new Span(cueSentenceEnd, gap.end()), attribution.speaker());
    }

    /**
     * Whether a person or organisation other than the speaker is named in the span ("… because, in Forbes' words,
     * “…”"): the quotation after it may be theirs.
     */
    private static boolean otherNamed(ArticleView view, Span span, Speaker speaker) {
        for (Sentence sentence : view.sentences()) {
            if (!sentence.span().overlaps(span)) {
                continue;
            }
            for (Token token : sentence.tokens()) {
                ArticleView.EntityMention named = span.contains(token.span())
                        ? view.mentionCovering(token.span()) : null;
                if (named != null && named.entity().type() != EntityType.LOCATION
                        && !named.entity().id().equals(speaker.entityId())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a speech cue other than {@code own} stands in the gap. */
    private static boolean cueBetween(ArticleView view, Span gap, Span own) {
        for (Sentence sentence : view.sentences()) {
            if (!sentence.span().overlaps(gap)) {
                continue;
            }
            for (int i = 0; i < sentence.tokens().size(); i++) {
                Span token = sentence.tokens().get(i).span();
                if (gap.contains(token) && !token.equals(own) && SpeechCues.quotationCueLemma(sentence, i) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether words follow the quotation's closing mark before the next sentence's end in its paragraph (read from
     * the text: the splitter may end a sentence at the quotation's "?" before its attribution).
     */
    private static boolean followedByWords(ArticleView view, QuotedSpan quote) {
        String text = view.text();
        int end = view.paragraphs().get(quote.paragraph()).end();
        for (int i = Math.min(quote.close() + 1, end); i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (c == '.' || c == '?' || c == '!') {
                return false;
            }
        }
        return false;
    }

    /**
     * The attribution of the quotation at {@code from} and of the paragraphs it runs on into (no closing mark at a
     * paragraph's end): the first of them with a cue, else its own. News names the speaker of a quotation of several
     * paragraphs anywhere in it ("“… / “…,” Weir told the crowd."), so a cue in a later paragraph attributes the
     * first one too, which then is no continuation of the quotation before it.
     */
    private static Attribution attributionOfRun(ArticleView view, List<QuotedSpan> quoted,
            List<Attribution> attributions, int from) {
        for (int i = from; i < quoted.size(); i++) {
            Attribution attribution = attributions.get(i);
            if (attribution != null && attribution.hasCue()) {
                return attribution;
            }
            if (i + 1 >= quoted.size() || !continuedInNextParagraph(view, quoted.get(i), quoted.get(i + 1))) {
                break;
            }
        }
        return attributions.get(from);
    }

    /**
     * Whether a quotation goes on in the next paragraph, as news prints a quotation of several paragraphs: no closing
     * mark at the end of a paragraph, and the next paragraph opens with a quotation mark.
     */
    private static boolean continuedInNextParagraph(ArticleView view, QuotedSpan quote, QuotedSpan next) {
        boolean closed = quote.close() < view.text().length()
                && DirectAttributor.isQuoteMark(view.text().charAt(quote.close()));
        return !closed && next.paragraph() == quote.paragraph() + 1
                && next.open() == view.paragraphs().get(next.paragraph()).start();
    }

    /**
     * Whether the words between two quotations are only the first one's attribution, however long its speaker's
     * description: "“…,” said R. Milton Hale Jr., a former adviser under the last governor.
     * “…”". The cue's sentence ends in the gap, and nothing but space follows it before the next quotation (the
     * tokenizer may take the next opening mark, when it is two apostrophes, for the sentence's closing one).
     */
    private static boolean onlyAttribution(ArticleView view, Span gap, QuotedSpan next, Attribution attribution) {
        if (attribution == null || !attribution.hasCue() || !gap.contains(attribution.cueSpan())) {
            return false;
        }
        Span sentence = attribution.sentence().span();
        int end = sentence.end();
        // the splitter may end the attribution at an abbreviation in its speaker's description ("said Rep. Jim
        // Foss (D-Ore.), a member of the House farm caucus."): pieces without a verb go on with it
        for (Sentence piece : view.sentences()) {
            if (piece.span().start() >= end && piece.span().end() <= next.content().start()
                    && view.text().substring(end, piece.span().start()).isBlank() && !hasVerb(piece)) {
                end = piece.span().end();
            }
        }
        return end <= next.content().start()
                && view.text().substring(Math.min(end, gap.end()), gap.end()).isBlank();
    }

    private static boolean hasVerb(Sentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
    }

    private static boolean sameSpeaker(Attribution one, Attribution other) {
        if (one != null && other != null && one.hasCue() && one.cueKey() == other.cueKey()) {
            // one cue for both ("“…,” the bakery chain's executive, Omar Reyes, told the Courier. “…”"), whichever name
            // each side of it read
            return true;
        }
        Speaker a = one == null ? null : one.speaker();
        Speaker b = other == null ? null : other.speaker();
        return a == null || b == null || a.name().equals(b.name());
    }

    /** One quote of one or more parts, attributed as its first part with a cue says (else its first part). */
    private static Quote direct(ArticleView view, List<QuotedSpan> parts, List<Attribution> attributions) {
        Attribution attribution = attributions.stream().filter(a -> a != null && a.hasCue() && a.speaker() != null)
                .findFirst().orElse(attributions.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null));
        if (parts.size() == 1) {
            return quote(view, parts.getFirst().content(), true, attribution, null);
        }
        List<Span> spans = parts.stream().map(QuotedSpan::content).toList();
        return quote(view, spans.getFirst().union(spans.getLast()), true, attribution, spans);
    }

    /** No cue in its own sentence: the speaker of the paragraph's earlier quote, or of the previous paragraph's. */
    private static Attribution carriedOver(ArticleView view, QuotedSpan q, Map<Integer, Speaker> lastByParagraph) {
        Speaker same = lastByParagraph.get(q.paragraph());
        if (same != null) {
            return Attribution.carriedOver(new Speaker(same.name(), same.entityId(), null, same.anonymous()));
        }
        Span paragraph = view.paragraphs().get(q.paragraph());
        Speaker before = lastByParagraph.get(q.paragraph() - 1);
        if (before != null && q.content().length() >= CONTINUATION_SHARE * paragraph.length()) {
            return Attribution.carriedOver(new Speaker(before.name(), before.entityId(), null, before.anonymous()));
        }
        return null;
    }

    /**
     * Drops reported speech nested in other reported speech of the same sentence ("announced it will ask the
     * court to investigate …" holds "the court to investigate …"), keeping the report that names the speaker.
     */
    private static List<ReportedSpeech.Found> outermost(List<ReportedSpeech.Found> found) {
        List<ReportedSpeech.Found> kept = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (ReportedSpeech.Found f : found) {
            boolean nested = found.stream().anyMatch(other -> other != f && other.content().contains(f.content())
                    && !other.content().equals(f.content()));
            if (!nested && seen.add(f.content())) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * A report whose content runs on into a second cue coordinated with its own ("said the tax would rise and warned
     * that the deficit would grow", "calling them thieves and vowing to make the port pay", "said he plans a strategy,
     * insisting that …") ends before that cue, and the second cue reports on its own, where the nesting rule would
     * drop it, with the first one's speaker: nothing but adverbs stands between it and its conjunction, so it shares
     * the first cue's subject (the parser may hang it on a verb of the first content, whose subject speaks nothing).
     * A cue is coordinated when "and", "but" or a comma stands right before it; one inside the clause ("announced it
     * will ask the court to …") is not.
     */
    private static List<ReportedSpeech.Found> splitCoordinated(List<ReportedSpeech.Found> found) {
        List<ReportedSpeech.Found> out = new ArrayList<>(found);
        for (int o = 0; o < out.size(); o++) {
            ReportedSpeech.Found outer = out.get(o);
            for (int n = 0; n < out.size(); n++) {
                ReportedSpeech.Found inner = out.get(n);
                Span cue = inner.attribution().cueSpan();
                Span content = outer.content();
                if (n == o || cue == null || outer.parts() != null || outer.attribution().speaker() == null
                        || !content.contains(cue) || !content.contains(inner.content())
                        || inner.content().equals(content)
                        || inner.attribution().sentence() != outer.attribution().sentence()) {
                    continue;
                }
                int end = coordinationEnd(inner.attribution().sentence(), inner.attribution().cueIndex());
                int ownSubjectEnd = end < 0 ? ownSubjectCoordinationEnd(inner.attribution()) : -1;
                int cut = end >= 0 ? end : ownSubjectEnd;
                if (cut <= content.start() || cut >= content.end()
                        || wordsBetween(inner.attribution().sentence(), inner.content().end(), content.end())) {
                    continue; // "said police, claiming the crowd was armed, opened fire": a participle inside
                }
                outer = new ReportedSpeech.Found(new Span(content.start(), cut), outer.attribution(),
                        outer.cueSpan(), outer.cue(), null);
                out.set(o, outer);
                if (end < 0) {
                    continue; // "…, and Kell said …": the second cue has a subject of its own, and keeps it
                }
                Attribution shared = new Attribution(outer.attribution().speaker(), inner.attribution().sentence(),
                        inner.attribution().cueIndex());
                out.set(n, new ReportedSpeech.Found(inner.content(), shared, inner.cueSpan(), inner.cue(),
                        inner.parts()));
            }
        }
        return out;
    }

    /** Whether a word (not punctuation) of the sentence lies between the two offsets. */
    private static boolean wordsBetween(Sentence sentence, int from, int to) {
        for (Token token : sentence.tokens()) {
            if (token.span().start() >= from && token.span().end() <= to
                    && Character.isLetterOrDigit(token.word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but", ",");

    /** Where the words before a coordinated cue end (before its conjunction or comma), or -1 when it is none. */
    private static int coordinationEnd(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        int i = cue - 1;
        while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
            i--;
        }
        if (i < 1 || !COORDINATORS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int last = i - 1;
        while (last >= 0 && !Character.isLetterOrDigit(tokens.get(last).word().charAt(0))
                && !DirectAttributor.isQuoteMark(tokens.get(last).word().charAt(0))) {
            last--;
        }
        return last < 0 ? -1 : tokens.get(last).span().end();
    }

    /**
     * "Most tenants said the lift was broken, and the landlord said it would be mended", "told the panel the
     * count was fair and Kell said it was not": a second report with a subject of its own, joined to the first
     * one's clause, where the parser may hang the second cue on a verb of the first content. Where "and" or "but"
     * stands before the second cue's named subject, with nothing but the subject's words between (no verb, comma,
     * relative pronoun or quotation mark), and the cue is a finite verb, the first report ends before the
     * conjunction: the end offset, else -1.
     */
    private static int ownSubjectCoordinationEnd(Attribution attribution) {
        List<Token> tokens = attribution.sentence().tokens();
        int cue = attribution.cueIndex();
        Speaker speaker = attribution.speaker();
        if (speaker == null || speaker.span() == null || !FINITE_CUES.contains(tokens.get(cue).pos())) {
            return -1;
        }
        for (int i = cue - 1; i > 0; i--) {
            Token token = tokens.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (word.equals("and") || word.equals("but")) {
                boolean subjectAfter = i + 1 < cue && speaker.span().start() >= tokens.get(i + 1).span().start()
                        && speaker.span().end() <= tokens.get(cue).span().start();
                return subjectAfter ? coordinationEnd(attribution.sentence(), i + 1) : -1;
            }
            if (token.pos().startsWith("VB") || token.pos().equals("MD") || token.pos().equals(",")
                    || RELATIVES.contains(token.pos()) || DirectAttributor.isQuoteMark(token.word().charAt(0))) {
                return -1; // "… and those who said rents opposed it": a cue inside a relative clause is the noun's
            }
        }
        return -1;
    }

    private static final Set<String> RELATIVES = Set.of("WP", "WDT", "WP$");

    private static final Set<String> FINITE_CUES = Set.of("VBD", "VBZ", "VBP");

    /**
     * Reported content that holds a quotation of the same cue after words of its own: "the campaign will “compete
     * vigorously for the nomination”", a reported clause with quoted words, which news calls a mixed quote.
     */
    private static boolean mixed(ArticleView view, ReportedSpeech.Found found, Map<Long, List<Span>> directByCue) {
        for (Span direct : directByCue.getOrDefault(found.attribution().cueKey(), List.of())) {
            if (found.content().start() < direct.start() && found.content().end() >= direct.end() - 1
                    && wordCount(view.text(), new Span(found.content().start(), direct.start()))
                    >= MIN_MIXED_LEAD_WORDS) {
                return true;
            }
            // "Dunmore says that “in every real sense, there's no way ahead” for the former governor": the
            // reporter's words go on after the quotation inside the clause that opens before it
            if (found.content().start() < direct.start() && found.content().end() > direct.end()
                    && wordCount(view.text(), new Span(found.content().start(), direct.start())) > 0
                    && wordCount(view.text(), new Span(direct.end(), found.content().end())) >= MIN_MIXED_LEAD_WORDS) {
                return true;
            }
            // "Diaz said that “we need more time” to study the road": the clause opens with the quotation ("that"
            // stands outside the content) and goes on past it in the reporter's words, a mixed quote by the
            // convention (reported speech that marks its quoted fragment)
            if (opensWithQuotation(view.text(), found.content(), direct) && found.content().end() > direct.end()
                    && wordCount(view.text(), new Span(direct.end(), found.content().end())) >= MIN_MIXED_LEAD_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span starts just after an opening quotation mark (one after a space or at the text's start). */
    private static boolean opensJustInsideAMark(String text, Span span) {
        int mark = span.start() - 1;
        return mark >= 0 && DirectAttributor.isQuoteMark(text.charAt(mark))
                && (mark == 0 || Character.isWhitespace(text.charAt(mark - 1)));
    }

    /** Whether reported content opens at the quotation, its opening mark or its first word. */
    private static boolean opensWithQuotation(String text, Span content, Span quotation) {
        return content.start() >= quotation.start() && content.start() < quotation.end()
                && wordCount(text, new Span(quotation.start(), content.start())) == 0;
    }

    /**
     * Whether a report is an "according to" phrase after a quotation with its own attribution: "“I ask you …,” Moreno
     * said, according to the Courier. “…”". The phrase names where the attributed words were reported, not what its
     * source said: the quotation and its cue already say who spoke, and as a report of the source the clause took the
     * quotation's words from the direct quote. Not a quoted fragment of a report ("said they do not believe she ''looks
     * out for people like us,'' according to a poll"), where the source's report is the record, nor an "according to"
     * that opens the sentence.
     */
    private static boolean channelOfAttributedQuote(String text, ReportedSpeech.Found found, List<QuotedSpan> quoted,
            List<Attribution> attributions, QuotedFragments fragments) {
        Attribution attribution = found.attribution();
        if (!attribution.hasCue() || !SpeechCues.isAccordingTo(attribution.sentence(), attribution.cueIndex())
                || found.content().start() >= attribution.cueSpan().start()) {
            return false;
        }
        for (int i = 0; i < quoted.size(); i++) {
            Attribution own = attributions.get(i);
            if (own != null && own.hasCue() && own.speaker() != null && found.content().contains(own.cueSpan())
                    && found.content().overlaps(quoted.get(i).content()) && !fragments.isFragment(quoted.get(i))
                    && !clauseAfterAttribution(text, own.cueSpan().end(), found.content().end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the report goes on past the quotation's own attribution with a clause of its own: "“…,” a farmer told
     * the BBC, and more than 2,000 homes were destroyed, according to the Red Cross" reports the homes, which the
     * "according to" attributes; "“…,” Sanders said in an interview, according to CNN" has nothing after the cue's
     * phrase.
     */
    private static boolean clauseAfterAttribution(String text, int cueEnd, int contentEnd) {
        int comma = text.indexOf(',', cueEnd);
        return comma >= 0 && comma < contentEnd && wordCount(text, new Span(comma + 1, contentEnd)) > 0;
    }

    /**
     * The direct quote without a cue of its own that is all of an "according to" report's content, but for punctuation
     * and its marks: "According to the newspaper, “the county's loose zoning rules …”". The source's words are quoted
     * whole, so the phrase attributes a direct quotation, not a report; null where the content has words of the
     * reporter's outside the quotation (a mixed quote, a report).
     */
    private static Quote wholeQuotationOf(ArticleView view, List<Quote> quotes, ReportedSpeech.Found found) {
        Attribution attribution = found.attribution();
        if (!attribution.hasCue() || !SpeechCues.isAccordingTo(attribution.sentence(), attribution.cueIndex())) {
            return null;
        }
        for (Quote q : quotes) {
            if (q.direct() && q.cue() == null && q.span().overlaps(found.content()) && oneUtterance(view, q)) {
                Span around = found.content().union(q.span());
                String outside = view.text().substring(around.start(), q.span().start())
                        + view.text().substring(q.span().end(), around.end());
                if (onlyPunctuation(outside)) {
                    return q;
                }
            }
        }
        return null;
    }

    /** Reported content that its cue already attributes as a direct quote: "Kerry said: “…”". */
    private static boolean repeatsDirectQuote(ReportedSpeech.Found found, Map<Long, List<Span>> directByCue) {
        for (Span direct : directByCue.getOrDefault(found.attribution().cueKey(), List.of())) {
            if (direct.overlaps(found.content())) {
                return true;
            }
        }
        return false;
    }

    /** @param parts the spans of an interrupted quotation's words, or null for a quote in one part */
    private static Quote quote(ArticleView view, Span content, boolean direct, Attribution attribution,
            List<Span> parts) {
        Span context = contextOf(view, content, attribution);
        String cue = null;
        Span cueSpan = null;
        if (attribution != null && attribution.hasCue()) {
            cueSpan = cueSpanOf(view, attribution);
            cue = cueSpan.of(view.text());
            context = context.union(cueSpan);
        }
        Speaker speaker = attribution == null ? null : attribution.speaker();
        if (speaker != null && speaker.span() != null) {
            context = context.union(speaker.span());
        }
        return new Quote(view.articleId(), content, content.of(view.text()), direct, speaker, cue, cueSpan, context,
                parts);
    }

    private static Span cueSpanOf(ArticleView view, Attribution attribution) {
        Sentence sentence = attribution.sentence();
        int i = attribution.cueIndex();
        if (SpeechCues.isAccordingTo(sentence, i)) {
            return sentence.tokens().get(i).span().union(sentence.tokens().get(i + 1).span());
        }
        return attribution.cueSpan();
    }

    /** The sentences that hold the content and its cue. */
    private static Span contextOf(ArticleView view, Span content, Attribution attribution) {
        Sentence first = view.sentenceAt(content.start());
        Sentence last = view.sentenceAt(Math.max(content.start(), content.end() - 1));
        Span context = content;
        if (first != null) {
            context = context.union(first.span());
        }
        if (last != null) {
            context = context.union(last.span());
        }
        if (attribution != null && attribution.sentence() != null) {
            context = context.union(attribution.sentence().span());
        }
        return context;
    }

    private static int wordCount(String text, Span span) {
        int words = 0;
        boolean inWord = false;
        for (int i = span.start(); i < span.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
