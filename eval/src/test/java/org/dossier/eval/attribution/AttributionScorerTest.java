package org.dossier.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

    private static final String TEXT = "“We will win,” said Donald Trump. He added that the wall would be built. "
            + "Voters think the race is close. Mr. Trump 😀 told reporters the polls were wrong.";

    private static Span span(String part) {
        int at = TEXT.indexOf(part);
        return new Span(at, at + part.length());
    }

    /** Brat offsets count code points; the emoji before the last attribution is two Java chars. */
    private static String ann() {
        int emoji = TEXT.indexOf("😀");
        int told = TEXT.codePointCount(0, TEXT.indexOf("told"));
        int wrong = TEXT.codePointCount(0, TEXT.indexOf("the polls were wrong"));
        int mr = TEXT.codePointCount(0, emoji) - "Mr. Trump ".length();
        return String.join("\n",
                "T1\tContent 0 14\t“We will win,”",
                "T2\tCue 15 19\tsaid",
                "T3\tSource 20 32\tDonald Trump",
                "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3",
                at("T4", "Source", "He"), at("T5", "Cue", "added"), at("T6", "Content", "that the wall would be built"),
                "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
                at("T7", "Source", "Voters"), at("T8", "Cue", "think"), at("T9", "Content", "the race is close"),
                "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
                "T10\tSource " + mr + " " + (mr + 9) + "\tMr. Trump",
                "T11\tCue " + told + " " + (told + 4) + "\ttold",
                "T12\tContent " + wrong + " " + (wrong + 20) + "\tthe polls were wrong",
                "E4\tAttribution:T11 Content:T12 Cue:T11 Source:T10", "");
    }

    private static String at(String id, String type, String part) {
        int start = TEXT.indexOf(part);
        return id + "\t" + type + " " + start + " " + (start + part.length()) + "\t" + part;
    }

    @Test
    void bratOffsetsInCodePointsBecomeTheTextsCharacters() {
        List<GoldAttribution> gold = BratAttributions.parse(ann(), TEXT);
        assertThat(gold).hasSize(4);
        assertThat(GoldAttribution.textOf(TEXT, gold.get(3).content())).isEqualTo("the polls were wrong");
        assertThat(GoldAttribution.textOf(TEXT, gold.get(3).source())).isEqualTo("Mr. Trump");
    }

    @Test
    void countsRecallByKindPrecisionAndSpeakers() {
        List<GoldAttribution> gold = BratAttributions.parse(ann(), TEXT);
        List<SystemQuote> system = List.of(
                new SystemQuote(span("“We will win,”"), true, "Donald Trump", span("Donald Trump")),
                new SystemQuote(span("the wall would be built"), false, "Hillary Clinton", null),
                new SystemQuote(span("the polls were wrong"), false, "Donald Trump", null),
                new SystemQuote(span("Voters think"), true, null, null));
        AttributionTally tally = new AttributionTally();

        AttributionScorer.standard().score("doc", TEXT, gold, system, CorefNames.none(), tally);

        assertThat(tally.recall(AttributionTally.Kind.DIRECT)).isEqualTo(1.0);
        assertThat(tally.recall(AttributionTally.Kind.REPORTED_SPEECH)).isEqualTo(1.0);
        assertThat(tally.recall(AttributionTally.Kind.REPORTED_OTHER)).isZero();
        assertThat(tally.directPrecision()).isEqualTo(0.5); // "Voters think" is no quotation
        assertThat(tally.reportedSpeechPrecision()).isEqualTo(1.0);
        // right by span, wrong name for "He" (no coreference given), right by surname for "Mr. Trump"
        assertThat(tally.speakerAccuracy()).isEqualTo(2.0 / 3);
    }

    @Test
    void aMissSaysWhetherAQuoteOverlapsItAndWhetherAnotherAttributionTookIt() {
        String text = "Ames said the tax would rise and warned that the deficit would grow. Then he left.";
        String ann = String.join("\n", at(text, "T1", "Cue", "said"),
                at(text, "T2", "Content", "the tax would rise and warned that the deficit would grow"),
                "E1\tAttribution:T1 Content:T2 Cue:T1", at(text, "T3", "Cue", "warned"),
                at(text, "T4", "Content", "that the deficit would grow"), "E2\tAttribution:T3 Content:T4 Cue:T3",
                at(text, "T5", "Cue", "left"), at(text, "T6", "Content", "Then he"),
                "E3\tAttribution:T5 Content:T6 Cue:T5", "");
        int from = text.indexOf("the tax");
        Span one = new Span(from, text.indexOf(". Then"));
        AttributionTally tally = new AttributionTally();
        AttributionScorer.standard().score("doc", text, BratAttributions.parse(ann, text),
                List.of(new SystemQuote(one, false, "Ames", null)), CorefNames.none(), tally);

        assertThat(tally.misses).containsExactly(
                "doc missed reported_speech: warned | that the deficit would grow [overlaps a reported quote, 1.00, "
                        + "matched to another]");
    }

    @Test
    void anExtraQuoteSaysWhichGoldAttributionOverlapsItAndWhetherAnotherQuoteTookIt() {
        // the gold joins two quotations into one attribution; Dossier keeps them as two quotes
        String text = "“We will win,” said Ames. “The polls are wrong.” Then he left.";
        String ann = String.join("\n", at(text, "T1", "Cue", "said"),
                at(text, "T2", "Content", "“We will win,”"), at(text, "T3", "Content", "“The polls are wrong.”"),
                "E1\tAttribution:T1 Content:T2 Content:T3 Cue:T1", "");
        List<SystemQuote> system = List.of(new SystemQuote(span(text, "We will win"), true, "Ames", null),
                new SystemQuote(span(text, "The polls are wrong."), true, "Ames", null),
                new SystemQuote(span(text, "Then he left"), true, null, null));
        AttributionTally tally = new AttributionTally();
        AttributionScorer.standard().score("doc", text, BratAttributions.parse(ann, text), system,
                CorefNames.none(), tally);

        assertThat(tally.misses).containsExactly(
                "doc extra direct: The polls are wrong. (speaker Ames) [overlaps gold direct, 1.00, matched to another]",
                "doc extra direct: Then he left (speaker null)");
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    @Test
    void aPronounSourceIsReadAsItsCoreferenceName() throws Exception {
        List<GoldAttribution> gold = BratAttributions.parse(ann(), TEXT).subList(1, 2);
        CorefNames coref = CorefNames.read(new ByteArrayInputStream(corenlp().getBytes(StandardCharsets.UTF_8)));
        AttributionTally tally = new AttributionTally();
        AttributionScorer.standard().score("doc", TEXT, gold,
                List.of(new SystemQuote(span("the wall would be built"), false, "Trump", null)), coref, tally);
        assertThat(tally.speakerAccuracy()).isEqualTo(1.0);
    }

    @Test
    void aRelativePronounSourceIsReadAsTheWordsBeforeIt() {
        String text = "Lund did not mention Ned Alder, who announced he is leaving the race.";
        int who = text.indexOf("who");
        int cue = text.indexOf("announced");
        int content = text.indexOf("he is");
        String ann = String.join("\n", "T1\tSource " + who + " " + (who + 3) + "\twho",
                "T2\tCue " + cue + " " + (cue + 9) + "\tannounced",
                "T3\tContent " + content + " " + (text.length() - 1) + "\the is leaving the race",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1", "");
        List<GoldAttribution> gold = BratAttributions.parse(ann, text);
        Span said = new Span(content, text.length() - 1);
        AttributionTally right = new AttributionTally();
        AttributionScorer.standard().score("doc", text, gold, List.of(new SystemQuote(said, false, "Ned Alder", null)),
                CorefNames.none(), right);
        AttributionTally wrong = new AttributionTally();
        AttributionScorer.standard().score("doc", text, gold, List.of(new SystemQuote(said, false, "Lund", null)),
                CorefNames.none(), wrong);

        assertThat(right.speakerAccuracy()).isEqualTo(1.0);
        assertThat(wrong.speakerAccuracy()).isZero();
    }

    @Test
    void aQuotationIntroducedByThatIsDirectButAMixedQuoteIsReported() {
        assertThat(kindOf("Lund said that “we’re all on one side.”", "that “we’re all on one side.”"))
                .isEqualTo(AttributionTally.Kind.DIRECT);
        assertThat(kindOf("Moreno said that Lund has “dodged every blow.”", "that Lund has “dodged every blow.”"))
                .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        assertThat(kindOf("Moreno said that “dairy farmers” “do a splendid job.”",
                "that “dairy farmers” “do a splendid job.”")).isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
    }

    @Test
    void aQuotationWithTheReportersWordsAfterItIsAMixedQuote() {
        assertThat(kindOf("Lund said “the tide is turning our way” despite a weak quarter.",
                "“the tide is turning our way” despite a weak quarter"))
                        .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        assertThat(kindOf("Lund said “the tide is turning our way.”", "“the tide is turning our way.”"))
                .isEqualTo(AttributionTally.Kind.DIRECT);
    }

    @Test
    void theReportersWordsBetweenTwoQuotationsMakeAMixedQuoteWhateverTheMarks() {
        assertThat(kindOf("Moreno said that ''rents will fall'' and that ''wages will rise.''",
                "that ''rents will fall'' and that ''wages will rise.''"))
                .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        assertThat(kindOf("Moreno said that “rents will fall” and that “wages will rise.”",
                "that “rents will fall” and that “wages will rise.”")).isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        assertThat(kindOf("Moreno said that ''rents will fall by spring.''", "that ''rents will fall by spring.''"))
                .isEqualTo(AttributionTally.Kind.DIRECT);
    }

    @Test
    void aConjunctionOrSentenceAdverbBeforeAWholeQuotationLeavesItDirect() {
        assertThat(kindOf("But “we never asked for a recount,” Lund said.", "But “we never asked for a recount,”"))
                .isEqualTo(AttributionTally.Kind.DIRECT);
        assertThat(kindOf("Of course ''the mill stays open,'' Weir said.", "Of course ''the mill stays open,''"))
                .isEqualTo(AttributionTally.Kind.DIRECT);
        assertThat(kindOf("As for the bridge, “it can wait,” Weir said.", "As for the bridge, “it can wait,”"))
                .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
    }

    @Test
    void theAttributionsOwnSourceAndCueAndTheMarksAtItsEdgesAreNoWordsOfTheReporters() {
        String text = "“We will win,” Lund said. “They know it.”";
        String ann = String.join("\n", at(text, "T1", "Content", text), at(text, "T2", "Cue", "said"),
                at(text, "T3", "Source", "Lund"), "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3", "");
        assertThat(AttributionScorer.standard().kind(text, BratAttributions.parse(ann, text).get(0)))
                .isEqualTo(AttributionTally.Kind.DIRECT);
        assertThat(kindOf("Lund said, “the vote is ours.”", "the vote is ours."))
                .isEqualTo(AttributionTally.Kind.DIRECT);
    }

    @Test
    void aQuotationOfSeveralParagraphsWithOneInsideItAndASecondCueBetweenPiecesStaysDirect() {
        String text = "Lund wrote:\n\n\"The board met at noon.\n\n\"It voted twice, and “no” both times.\"";
        assertThat(kindOf(text, text.substring(text.indexOf('"')), ":")).isEqualTo(AttributionTally.Kind.DIRECT);
        String added = "“We will build it,” Lund said. “It will stand,” he added. “Soon.”";
        String ann = String.join("\n", at(added, "T1", "Content", added), at(added, "T2", "Cue", "said"),
                at(added, "T3", "Source", "Lund"), "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3", "");
        assertThat(AttributionScorer.standard().kind(added, BratAttributions.parse(ann, added).get(0)))
                .isEqualTo(AttributionTally.Kind.DIRECT);
        assertThat(kindOf("Ames said: “The road is closed.” But “the bridge stays open.”",
                "“The road is closed.” But “the bridge stays open.”")).isEqualTo(AttributionTally.Kind.DIRECT);
        assertThat(kindOf("Officials said “the pool opens in June,” Ames wrote.",
                "“the pool opens in June,” Ames wrote"))
                .isEqualTo(AttributionTally.Kind.DIRECT);
    }

    @Test
    void theCuesOwnTopicAfterAQuotationIsPartOfTheAttributionNotTheReportersWords() {
        String text = "“It will never pay for itself,” Ames said of the new bridge.";
        String ann = String.join("\n", at(text, "T1", "Content", "“It will never pay for itself,”"),
                at(text, "T4", "Content", "of the new bridge"), at(text, "T2", "Cue", "said"),
                at(text, "T3", "Source", "Ames"), "E1\tAttribution:T2 Content:T1 Content2:T4 Cue:T2 Source:T3", "");
        assertThat(AttributionScorer.standard().kind(text, BratAttributions.parse(ann, text).get(0)))
                .isEqualTo(AttributionTally.Kind.DIRECT);
        assertThat(kindOfWhole("“We saw it coming,” Ames says about the flood, “and did nothing.”", "says"))
                .isEqualTo(AttributionTally.Kind.DIRECT);
        // the reporter's words after the topic, or the quoted words as the topic, stay a mixed quote
        assertThat(kindOfWhole("“It will never pay,” Ames said of the bridge, which the county opened in May.", "said"))
                .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        assertThat(kindOfWhole("Ames spoke of the “new dawn” for the town.", "spoke"))
                .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        assertThat(kindOfWhole("Ames spoke of the “new dawn.”", "spoke"))
                .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
    }

    /** The kind of an attribution whose content spans the whole text, with its cue and the source "Ames". */
    private static AttributionTally.Kind kindOfWhole(String text, String cue) {
        String ann = String.join("\n", at(text, "T1", "Content", text), at(text, "T2", "Cue", cue),
                at(text, "T3", "Source", "Ames"), "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3", "");
        return AttributionScorer.standard().kind(text, BratAttributions.parse(ann, text).get(0));
    }

    @Test
    void aSpeechVerbIsASpeechCueInEveryForm() {
        for (String cue : List.of("calling", "noting", "urging", "insisting", "vowing")) {
            String text = "Ames spoke, " + cue + " the city a model of good government.";
            assertThat(kindOf(text, "the city a model of good government", cue)).as(cue)
                    .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        }
        assertThat(kindOf("Ames hoped the city would be a model.", "the city would be a model", "hoped"))
                .isEqualTo(AttributionTally.Kind.REPORTED_OTHER);
    }

    @Test
    void aVerbOfCommunicationByWordNetIsASpeechCueInTheWordNetViewOnly() {
        AttributionScorer wordNet = new AttributionScorer(SpeechCueList.wordNet());
        assertThat(kindOf(wordNet, "Ames accused the board of hiding the deficit.", "hiding the deficit", "accused"))
                .isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        assertThat(kindOf(wordNet, "Ames pointed out the deficit had doubled.", "the deficit had doubled",
                "pointed out")).isEqualTo(AttributionTally.Kind.REPORTED_SPEECH);
        assertThat(kindOf(wordNet, "A poll shows the deficit worries voters.", "the deficit worries voters", "shows"))
                .isEqualTo(AttributionTally.Kind.REPORTED_OTHER);
        assertThat(kindOf("Ames accused the board of hiding the deficit.", "hiding the deficit", "accused"))
                .isEqualTo(AttributionTally.Kind.REPORTED_OTHER);
    }

    private static AttributionTally.Kind kindOf(String text, String content) {
        return kindOf(text, content, "said");
    }

    private static AttributionTally.Kind kindOf(String text, String content, String cue) {
        return kindOf(AttributionScorer.standard(), text, content, cue);
    }

    private static AttributionTally.Kind kindOf(AttributionScorer scorer, String text, String content, String cue) {
        String ann = String.join("\n", at(text, "T1", "Content", content), at(text, "T2", "Cue", cue),
                "E1\tAttribution:T2 Content:T1 Cue:T2", "");
        return scorer.kind(text, BratAttributions.parse(ann, text).get(0));
    }

    private static String at(String text, String id, String type, String part) {
        int start = text.indexOf(part);
        return id + "\t" + type + " " + start + " " + (start + part.length()) + "\t" + part;
    }

    @Test
    void namesMatchBySharedNameWordOrHeadWord() {
        assertThat(AttributionScorer.sameSpeaker("Mr. Trump", "Donald J. Trump")).isTrue();
        assertThat(AttributionScorer.sameSpeaker("Sen. Ted Cruz", "Cruz")).isTrue();
        assertThat(AttributionScorer.sameSpeaker("Hillary Clinton", "Donald Trump")).isFalse();
        assertThat(AttributionScorer.sameSpeaker("campaign officials", "officials")).isTrue();
        assertThat(AttributionScorer.sameSpeaker("the media", "police")).isFalse();
        assertThat(AttributionScorer.sameSpeaker("Trump", "he")).isFalse();
    }

    /** CoreNLP XML: sentence 1 "Donald Trump ..." and sentence 2 "He ...", one chain whose representative is 1. */
    private static String corenlp() {
        int donald = TEXT.indexOf("Donald");
        int he = TEXT.indexOf("He added");
        return "<root><document><sentences>"
                + "<sentence id=\"1\"><tokens>" + token(1, donald, donald + 6) + token(2, donald + 7, donald + 12)
                + "</tokens></sentence>"
                + "<sentence id=\"2\"><tokens>" + token(1, he, he + 2) + "</tokens></sentence>"
                + "</sentences><coreference><coreference>"
                + "<mention representative=\"true\"><sentence>1</sentence><start>1</start><end>3</end><head>2</head>"
                + "<text>Donald Trump</text></mention>"
                + "<mention><sentence>2</sentence><start>1</start><end>2</end><head>1</head><text>He</text></mention>"
                + "</coreference></coreference></document></root>";
    }

    private static String token(int id, int begin, int end) {
        return "<token id=\"" + id + "\"><word>w</word><CharacterOffsetBegin>" + begin + "</CharacterOffsetBegin>"
                + "<CharacterOffsetEnd>" + end + "</CharacterOffsetEnd></token>";
    }
}
