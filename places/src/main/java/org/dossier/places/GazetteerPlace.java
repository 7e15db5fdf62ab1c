package org.dossier.places;

/**
 * A populated place of the gazetteer (a GeoNames entry of 500+ people, or the seat of an admin area).
 *
 * @param geonamesId its GeoNames id
 * @param name its name
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 the GeoNames code of its first-level admin area, or empty
 * @param feature the GeoNames feature code (PPL, PPLA, PPLC, PPLX for a section of a place, ...)
 * @param population people living there
 * @param lat latitude
 * @param lon longitude
 * @param parentId for a section of a place (PPLX), the id of the place it is part of; 0 otherwise
 */
public record GazetteerPlace(long geonamesId, String name, String country, String admin1, String feature,
        int population, double lat, double lon, long parentId) {

    public boolean capital() {
        return feature.equals("PPLC");
    }

    /** The seat of a first-level admin area (or a capital). */
    public boolean adminSeat() {
        return feature.equals("PPLA") || feature.equals("PPLC");
    }

    public boolean section() {
        return feature.equals("PPLX");
    }
}
