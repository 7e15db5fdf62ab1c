package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where on Earth a text places something, resolved against the gazetteer (GeoNames places, countries and
 * first-level admin areas), or only the name a text gives when it cannot be resolved with confidence.
 *
 * @param name the place's name: the gazetteer's for a city (also when the text names a part of it, "east
 *     Aleppo") or a country; the text's for an admin area ("Idlib") or for a part of a city the gazetteer knows as
 *     such ("Brooklyn", "West Jerusalem"); the name as written when unresolved
 * @param geonamesId the GeoNames id of the populated place (of the city a part of it belongs to); null for an
 *     admin area, a country, and an unresolved name
 * @param country the ISO 3166-1 alpha-2 code, or null when unresolved
 * @param admin1 the GeoNames code of the first-level admin area ("09" for Aleppo governorate, "CA" for
 *     California), or null for a country or when unknown
 * @param lat latitude in degrees (the place's, the admin area's or the country's centre), or null when unresolved
 * @param lon longitude in degrees, or null when unresolved
 * @param precision how closely the coordinates place it, or null when unresolved
 */
public record Place(String name, Long geonamesId, String country, String admin1, Double lat, Double lon,
        Precision precision) implements Serializable {

    /** ACLED-like geo-precision codes. */
    public enum Precision {
        /** The place itself (a city, town or village). */
        PLACE(1),
        /** Part of a place or near it ("east Aleppo", "the outskirts of Paris"): the place's coordinates. */
        NEAR_PLACE(2),
        /** A first-level admin area ("Idlib province", "California"). */
        ADMIN1(3),
        /** A country. */
        COUNTRY(4);

        private final int code;

        Precision(int code) {
            this.code = code;
        }

        /** The code: 1 place, 2 part of or near a place, 3 admin area, 4 country. */
        public int code() {
            return code;
        }

        public static Precision of(int code) {
            for (Precision p : values()) {
                if (p.code == code) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no place precision " + code + " (1 place, 2 part of or near a place, "
                    + "3 admin area, 4 country)");
        }
    }

    public Place {
        Objects.requireNonNull(name, "name");
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("a place has both coordinates or neither: " + name);
        }
        if (precision != null && (country == null || lat == null)) {
            throw new IllegalArgumentException("a resolved place needs a country and coordinates: " + name);
        }
    }

    /** A name that could not be resolved: no country, no coordinates. */
    public static Place unresolved(String name) {
        return new Place(name, null, null, null, null, null, null);
    }

    public boolean resolved() {
        return precision != null;
    }

    /** The same place under another name, with another precision ("east Aleppo": Aleppo, part of a place). */
    public Place as(String newName, Precision newPrecision) {
        return new Place(newName, geonamesId, country, admin1, lat, lon, newPrecision);
    }
}
