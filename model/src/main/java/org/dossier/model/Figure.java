package org.dossier.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A number about people that an article reports ("more than 250,000 civilians are trapped").
 *
 * @param articleId the article
 * @param span the supporting words in the article text
 * @param text those words
 * @param value the number, or null for a vague amount ("scores", "hundreds of thousands")
 * @param qualifier "at least", "more than", "about", … or null
 * @param unit who is counted ("civilians", "children", "troops")
 * @param what what happened to them ("killed", "wounded", "trapped", "fled")
 * @param source who reported the number, or null when the article states it itself
 * @param date when, or null
 * @param place where, or null
 */
public record Figure(
        String articleId, Span span, String text, Long value, String qualifier, String unit, String what,
        String source, LocalDate date, Place place)
        implements Serializable {

    public Figure {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    /** The name of where, or null: what the {@code location} fields of the outputs hold. */
    public String location() {
        return place == null ? null : place.name();
    }
}
