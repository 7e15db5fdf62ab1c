package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One place name of an article and the place it was resolved to.
 *
 * @param articleId the article
 * @param span the name's characters in the article text, with words that make it a part of the place ("east
 *     Aleppo", "Sheik Said district") or an admin area ("Idlib province")
 * @param text those characters
 * @param place the place; {@link Place#resolved()} is false when the name stays a name
 */
public record PlaceMention(String articleId, Span span, String text, Place place) implements Serializable {

    public PlaceMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
    }
}
