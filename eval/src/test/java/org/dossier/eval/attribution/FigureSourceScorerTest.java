package org.dossier.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dossier.eval.attribution.FigureSourceTally.Verdict;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class FigureSourceScorerTest {

    private static final String TEXT = "The agency said the governor reported that 40 people died. "
            + "Some 12 homes burned. He said 30 people fled. Police said 7 people were arrested. "
            + "It is believed 5 people were hurt.";

    private static final FigureSourceScorer SCORER = new FigureSourceScorer(new SpeechCueList("test",
            Set.of("said", "reported")));

    private static Span span(String part) {
        int at = TEXT.indexOf(part);
        return new Span(at, at + part.length());
    }

    private static GoldAttribution attribution(String source, String cue, String content) {
        return new GoldAttribution(source == null ? List.of() : List.of(span(source)), List.of(span(cue)),
                List.of(span(content)));
    }

    private static final List<GoldAttribution> GOLD = List.of(
            attribution("The agency", "said", "the governor reported that 40 people died"),
            attribution("the governor", "reported", "40 people died"),
            attribution("He", "said 30", "30 people fled"),
            attribution("Police", "said 7", "7 people were arrested"),
            attribution(null, "believed", "5 people were hurt"));

    private static Verdict verdict(String figure, String source) {
        FigureSourceTally tally = new FigureSourceTally();
        SCORER.score("doc", TEXT, GOLD, List.of(new SystemFigure(span(figure), figure, source)),
                CorefNames.none(), tally);
        return tally.lines().getFirst().verdict();
    }

    @Test
    void aFigureInNestedAttributionsIsToldByTheInnermost() {
        assertThat(verdict("40 people died", "governor")).isEqualTo(Verdict.RIGHT);
        assertThat(verdict("40 people died", "agency")).isEqualTo(Verdict.WRONG);
        assertThat(verdict("40 people died", null)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void aNamedSourceMatchesByAShareNameWord() {
        assertThat(verdict("7 people", "Police")).isEqualTo(Verdict.RIGHT);
        assertThat(verdict("7 people", "Jane Roe")).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aNarratorsFigureHasNoSourceAndAnAttributionWithoutOneIsCountedApart() {
        assertThat(verdict("12 homes", null)).isEqualTo(Verdict.NONE);
        assertThat(verdict("12 homes", "Police")).isEqualTo(Verdict.EXTRA);
        assertThat(verdict("5 people", null)).isEqualTo(Verdict.SOURCELESS_NONE);
        assertThat(verdict("5 people", "Police")).isEqualTo(Verdict.SOURCELESS_GIVEN);
    }

    @Test
    void anUnresolvedPronounSourceIsComparedAsWritten() {
        assertThat(verdict("30 people", "he")).isEqualTo(Verdict.RIGHT);
        assertThat(verdict("30 people", "Jane Roe")).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aFigureIsMarkedByWhetherItsAttributionHasASpeechCue() {
        FigureSourceTally tally = new FigureSourceTally();
        SCORER.score("doc", TEXT, GOLD, List.of(new SystemFigure(span("7 people"), "7", "Police"),
                new SystemFigure(span("5 people"), "5", null)), CorefNames.none(), tally);
        assertThat(tally.lines()).extracting(FigureSourceTally.Line::speech).containsExactly(true, false);
        assertThat(tally.speechCount(Verdict.RIGHT)).isEqualTo(1);
        assertThat(tally.speechCount(Verdict.SOURCELESS_NONE)).isZero();
    }

    @Test
    void aRelativeSourceAfterAnAppositionIsTheNameBeforeIt() {
        String text = "Aid came late, said Jane Roe, the director of the Acme Partnership for Peace, who also said "
                + "that six people died.";
        int who = text.indexOf("who");
        int six = text.indexOf("six people");
        GoldAttribution gold = new GoldAttribution(List.of(new Span(who, who + 3)),
                List.of(new Span(who + 9, who + 13)), List.of(new Span(text.indexOf("that six"), text.length() - 1)));
        FigureSourceTally tally = new FigureSourceTally();
        SCORER.score("doc", text, List.of(gold), List.of(new SystemFigure(new Span(six, six + 10), "six people",
                "Jane Roe")), CorefNames.none(), tally);
        assertThat(tally.lines().getFirst().verdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void accuracyCountsExtraSourcesAsErrors() {
        FigureSourceTally tally = new FigureSourceTally();
        SCORER.score("doc", TEXT, GOLD, List.of(new SystemFigure(span("7 people"), "7", "Police"),
                new SystemFigure(span("12 homes"), "12", "Police")), CorefNames.none(), tally);
        assertThat(tally.accuracy()).isEqualTo(0.5);
    }
}
