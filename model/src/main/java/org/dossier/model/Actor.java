package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A participant in an event.
 *
 * @param name the canonical name ("Russia", "Syrian rebels", "Jean-Marc Ayrault")
 * @param code its CAMEO actor code ("RUS", "SYRREB", "FRAGOV"), or null when it has none
 */
public record Actor(String name, String code) implements Serializable {

    public Actor {
        Objects.requireNonNull(name, "name");
    }
}
