package org.dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An entity of one article: all mentions of one person, organization or place, under a canonical name.
 *
 * @param id an id unique within the article, such as {@code e3}
 * @param name the canonical name: the longest form the article uses, without titles
 * @param type the entity type
 * @param mentions every mention, in text order
 */
public record Entity(String id, String name, EntityType type, List<Mention> mentions) implements Serializable {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + name + " has no mentions");
        }
    }
}
