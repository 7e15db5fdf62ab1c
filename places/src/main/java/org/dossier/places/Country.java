package org.dossier.places;

import java.util.List;

/**
 * A country of the gazetteer.
 *
 * @param code ISO 3166-1 alpha-2
 * @param name its common English name
 * @param lat latitude of its centre
 * @param lon longitude of its centre
 * @param names other names (official name, other spellings)
 * @param demonyms its English demonyms ("Syrian")
 */
public record Country(String code, String name, double lat, double lon, List<String> names, List<String> demonyms) {

    public Country {
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
    }
}
