package org.dossier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layer;
import org.dossier.model.DateExpression;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Figure;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;

/** Asserts that every item of every layer points into the article text, at its own words. */
public final class SpanChecks {

    private SpanChecks() {}

    public static void assertValid(AnnotatedArticle annotated) {
        String text = annotated.article().text();
        String id = annotated.id();
        for (Layer<?> layer : annotated.layers()) {
            List<?> items = annotated.get(layer);
            for (Object item : items) {
                checkItem(text, id, item);
            }
        }
    }

    private static void checkItem(String text, String id, Object item) {
        switch (item) {
            case Sentence s -> {
                inBounds(text, s.span(), s);
                for (Token t : s.tokens()) {
                    inBounds(text, t.span(), t);
                    assertThat(s.span().contains(t.span())).as("token %s inside sentence %s", t, s.span()).isTrue();
                }
            }
            case Mention m -> {
                assertThat(m.articleId()).isEqualTo(id);
                assertText(text, m.span(), m.text(), m);
            }
            case Entity e -> e.mentions().forEach(m -> checkItem(text, id, m));
            case DateExpression d -> {
                assertThat(d.articleId()).isEqualTo(id);
                assertText(text, d.span(), d.text(), d);
            }
            case Quote q -> {
                assertThat(q.articleId()).isEqualTo(id);
                assertText(text, q.span(), q.text(), q);
                assertThat(q.parts()).as("parts of %s", q).allMatch(p -> q.span().contains(p)).isSorted();
                inBounds(text, q.context(), q);
                if (q.cueSpan() != null) {
                    assertText(text, q.cueSpan(), q.cue(), q);
                }
                if (q.speaker() != null && q.speaker().span() != null) {
                    inBounds(text, q.speaker().span(), q);
                }
            }
            case Figure f -> {
                assertThat(f.articleId()).isEqualTo(id);
                assertText(text, f.span(), f.text(), f);
            }
            case Event e -> {
                assertThat(e.articleId()).isEqualTo(id);
                assertText(text, e.span(), e.text(), e);
            }
            default -> { }
        }
    }

    public static void assertText(String text, Span span, String expected, Object item) {
        inBounds(text, span, item);
        assertThat(span.of(text)).as("text at %s of %s", span, item).isEqualTo(expected);
    }

    private static void inBounds(String text, Span span, Object item) {
        assertThat(span.end()).as("end of %s within text of length %d", item, text.length())
                .isLessThanOrEqualTo(text.length());
    }
}
