package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who a quote is attributed to.
 *
 * @param name the canonical name (of the entity when one was found, else the words of the text)
 * @param entityId the article entity, or null when the speaker is not a named entity ("a rebel source")
 * @param span the words naming the speaker in this attribution ("he", "the minister", "Ayrault"); null when
 *     the speaker carries over from an earlier quote
 */
public record Speaker(String name, String entityId, Span span) implements Serializable {

    public Speaker {
        Objects.requireNonNull(name, "name");
    }
}
