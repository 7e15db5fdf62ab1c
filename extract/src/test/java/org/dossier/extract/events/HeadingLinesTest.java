package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class HeadingLinesTest {

    /** The spans of the sentences of a made-up text whose sentences are given one by one, joined by {@code glue}. */
    private static List<Span> spans(StringBuilder text, String glue, String... sentences) {
        List<Span> out = new ArrayList<>();
        for (String s : sentences) {
            if (!text.isEmpty()) {
                text.append(glue);
            }
            out.add(new Span(text.length(), text.length() + s.length()));
            text.append(s);
        }
        return out;
    }

    @Test
    void theOpeningLinesWithoutAStopAreHeadings() {
        StringBuilder text = new StringBuilder();
        List<Span> sentences = spans(text, "\n\n", "Baker charged with arson after town hall burns",
                "Updated 4:08 PM", "A baker was charged on Monday with setting fire to the town hall.",
                "Police said he had been angry for weeks.");

        assertThat(HeadingLines.openingRun(text.toString(), sentences)).isEqualTo(new Span(0, sentences.get(1).end()));
    }

    @Test
    void aBodyThatOpensWithAStoppedSentenceHasNoHeadings() {
        StringBuilder text = new StringBuilder();
        List<Span> sentences = spans(text, "\n\n", "A baker was charged on Monday with setting fire to the town hall.",
                "Crosshead without a stop", "Police said he had been angry for weeks.");

        assertThat(HeadingLines.openingRun(text.toString(), sentences)).isNull();
    }

    @Test
    void aSentenceThatSharesItsParagraphOrEndsInAQuotedStopIsNoHeading() {
        StringBuilder shared = new StringBuilder();
        List<Span> inOne = spans(shared, " ", "The baker was charged", "Police said so.", "He denied it.");
        StringBuilder quoted = new StringBuilder();
        List<Span> stopped = spans(quoted, "\n\n", "The mayor said the fire was \"a tragedy. \"",
                "Police said so.", "He denied it.");

        assertThat(HeadingLines.openingRun(shared.toString(), inOne)).isNull();
        assertThat(HeadingLines.openingRun(quoted.toString(), stopped)).isNull();
    }

    @Test
    void aTextNoneOfWhoseSentencesEndsWithAStopHasNoHeadings() {
        StringBuilder text = new StringBuilder();
        List<Span> sentences = spans(text, "\n\n", "Baker charged with arson", "Town hall burns", "Police say so");

        assertThat(HeadingLines.openingRun(text.toString(), sentences)).isNull();
    }
}
