package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One place where an article names an entity.
 *
 * @param articleId the article
 * @param span the name's characters in the article text
 * @param text the name as written
 * @param type the entity type
 */
public record Mention(String articleId, Span span, String text, EntityType type) implements Serializable {

    public Mention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
