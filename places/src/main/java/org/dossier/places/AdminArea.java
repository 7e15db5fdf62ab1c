package org.dossier.places;

import java.util.List;

/**
 * A first-level admin area of the gazetteer.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param code the GeoNames admin1 code its places carry; empty for a subdivision whose code they do not give
 * @param name its name
 * @param lat latitude of its centre
 * @param lon longitude of its centre
 * @param names other names: subdivisions the source lists within it (French departments in their region)
 */
public record AdminArea(String country, String code, String name, double lat, double lon, List<String> names) {

    public AdminArea {
        names = List.copyOf(names);
    }
}
