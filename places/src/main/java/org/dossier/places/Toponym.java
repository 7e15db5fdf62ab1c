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
 * @param untagged whether it was found by the gazetteer in words NER did not tag as a location (capitalized words
 *     it left untagged, or an organization's name): such a name is kept only where the article's other names
 *     support its reading, never left as an unresolved name
 * @param within the admin area or country the text puts it in ("Hammond, Indiana"), or null
 */
public record Toponym(Span name, Span span, String text, String key, Role role, boolean dateline, int sentence,
        boolean untagged, Within within) {

    /** A name NER tagged (or the dateline). */
    public Toponym(Span name, Span span, String text, String key, Role role, boolean dateline, int sentence) {
        this(name, span, text, key, role, dateline, sentence, false, null);
    }

    public Toponym(Span name, Span span, String text, String key, Role role, boolean dateline, int sentence,
            boolean untagged) {
        this(name, span, text, key, role, dateline, sentence, untagged, null);
    }

    public Toponym withDateline() {
        return new Toponym(name, span, text, key, role, true, sentence, untagged, within);
    }

    public Toponym asUntagged() {
        return new Toponym(name, span, text, key, role, dateline, sentence, true, within);
    }

    public Toponym within(Within area) {
        return new Toponym(name, span, text, key, role, dateline, sentence, untagged, area);
    }

    /**
     * Where the words after a name put it: a country (ISO 3166-1 alpha-2) and, for an admin area, its GeoNames
     * admin1 code, else null.
     */
    public record Within(String country, String admin1) {}

    /** What a name stands for, by the words around it. */
    public enum Role {
        /** A name alone: a place, an admin area or a country. */
        NAME,
        /** Followed by a word for an admin area ("Idlib province"). */
        AREA,
        /** A part of a place or a place near it ("east Aleppo", "Sheik Said district", "near Kettering"). */
        PART,
        /** Said to be a city or town ("the town of Saraqeb", "Idlib city"): the populated place, not its area. */
        CITY,
        /** A demonym standing for its country's territory ("Syrian soil"). */
        TERRITORY
    }
}
