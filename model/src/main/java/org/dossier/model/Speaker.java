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
 * @param anonymous whether the speaker is a person or people the article does not name ("a rebel source",
 *     "officials familiar with the talks"): an analyst weighs such a claim differently from a named one
 */
public record Speaker(String name, String entityId, Span span, boolean anonymous) implements Serializable {

    public Speaker {
        Objects.requireNonNull(name, "name");
    }

    /** A named speaker, or one whose words were not judged (a pronoun, a name): not anonymous. */
    public Speaker(String name, String entityId, Span span) {
        this(name, entityId, span, false);
    }
}
