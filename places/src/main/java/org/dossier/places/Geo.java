package org.dossier.places;

/** Distances on the Earth. */
public final class Geo {

    private static final double EARTH_DIAMETER_KM = 12_742;

    private Geo() {}

    /** The great-circle distance in kilometres between two points given in degrees (haversine). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return EARTH_DIAMETER_KM * Math.asin(Math.sqrt(Math.min(1, a)));
    }
}
