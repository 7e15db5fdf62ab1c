package org.dossier.places;

import org.dossier.model.Span;

/**
 * A place name an article uses, with the words around it that change what it names.
 *
 * @param name the name's own characters ("Aleppo" in "east Aleppo")
 * @param span the mention's characters, with those words ("east Aleppo", "Idlib province")
 * @param text the name as written
 * @param key its look-up key ({@link Names#key})
 * @param role what the words around it make it
 * @param dateline whether it is the article's dateline
 * @param sentence the index of its sentence, or -1
 */
public record Toponym(Span name, Span span, String text, String key, Role role, boolean dateline, int sentence) {

    /** What a name stands for, by the words around it. */
    public enum Role {
        /** A name alone: a place, an admin area or a country. */
        NAME,
        /** Followed by a word for an admin area ("Idlib province"). */
        AREA,
        /** A part of a place or a place near it ("east Aleppo", "Sheik Said district", "near Kettering"). */
        PART,
        /** A demonym standing for its country's territory ("Syrian soil"). */
        TERRITORY
    }
}
