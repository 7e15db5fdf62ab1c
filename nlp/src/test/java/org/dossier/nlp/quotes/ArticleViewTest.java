package org.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

    private static List<String> paragraphs(String text) {
        return ArticleView.paragraphs(text).stream().map(p -> p.of(text)).toList();
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertThat(paragraphs("One here.\n\nTwo there.\n\n\nThree.")).containsExactly("One here.", "Two there.",
                "Three.");
    }

    @Test
    void aSingleLineBreakAfterASentencesEndSeparatesParagraphs() {
        assertThat(paragraphs("The crowd cheered.\n\"We will win,\" she said.\nThen she left."))
                .containsExactly("The crowd cheered.", "\"We will win,\" she said.", "Then she left.");
    }

    @Test
    void aLineWrappedInsideASentenceStaysInItsParagraph() {
        assertThat(paragraphs("The senator said the plan\nwould fail. He left.\nthe next day")).containsExactly(
                "The senator said the plan\nwould fail. He left.\nthe next day");
    }

    @Test
    void aNoBreakSpaceBeforeALineBreakAfterASentencesEndStillSeparatesParagraphs() {
        // web copy leaves a no-break space (U+00A0) at a paragraph's end; the view reads it as a plain space
        String text = ArticleView.withPlainSpaces("\"We will win.\"\u00a0\n\"We will not wait.\"");
        assertThat(paragraphs(text)).containsExactly("\"We will win.\" ", "\"We will not wait.\"");
    }

    @Test
    void aTextWithoutBreaksIsOneParagraph() {
        assertThat(ArticleView.paragraphs("Just one.")).containsExactly(new Span(0, 9));
    }
}
