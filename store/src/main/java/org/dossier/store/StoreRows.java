package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.output.IsoDay;

/**
 * What the store answers with: rows of its tables, each item with the article and offsets that support it. Days
 * are {@link LocalDate}s, as the store holds them (DATE columns), written as ISO dates by any mapper ({@link
 * IsoDay}).
 */
public final class StoreRows {

    private StoreRows() {}

    public record StorySummary(String id, int rank, String title, @IsoDay LocalDate firstDay,
            @IsoDay LocalDate lastDay, int articles, int events, int conflicts) {}

    /**
     * An event as stored: {@code confidence}, {@code datePrecision} and {@code dateBasis} are null for events
     * stored before Dossier had them; {@code place} is where it happened (null when the text names no place, only
     * a name when the name was not resolved); {@code source} where its article was read from (a file, a feed's
     * address, "api:..." for a posted one), which exports need and the API's answers leave out.
     */
    public record EventRow(String article, String story, String outlet, String url, @IsoDay LocalDate date,
            String datePrecision, String dateBasis, String actor, String actorCode, String action, String cameo,
            String root, int quadClass, double goldstein, String target, String targetCode, String location,
            PlaceRecord place, Double confidence, String text, int start, int end,
            @com.fasterxml.jackson.annotation.JsonIgnore String source,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
            boolean rejected) {

        /** An event that stands (not rejected). */
        public EventRow(String article, String story, String outlet, String url, LocalDate date, String datePrecision,
                String dateBasis, String actor, String actorCode, String action, String cameo, String root,
                int quadClass, double goldstein, String target, String targetCode, String location,
                PlaceRecord place, Double confidence, String text, int start, int end, String source) {
            this(article, story, outlet, url, date, datePrecision, dateBasis, actor, actorCode, action, cameo, root,
                    quadClass, goldstein, target, targetCode, location, place, confidence, text, start, end, source,
                    false);
        }

        /** An event without where its article was read from. */
        public EventRow(String article, String story, String outlet, String url, LocalDate date, String datePrecision,
                String dateBasis, String actor, String actorCode, String action, String cameo, String root,
                int quadClass, double goldstein, String target, String targetCode, String location,
                PlaceRecord place, Double confidence, String text, int start, int end) {
            this(article, story, outlet, url, date, datePrecision, dateBasis, actor, actorCode, action, cameo, root,
                    quadClass, goldstein, target, targetCode, location, place, confidence, text, start, end, null);
        }
    }

    /** A quote as stored; {@code speakerAnonymous} when its speaker is a person or people the article does not name. */
    public record QuoteRow(String article, String story, String outlet, @IsoDay LocalDate published, String speaker,
            String text, boolean direct, int start, int end, boolean speakerAnonymous) {}

    /** A figure as stored; {@code place} as an event's. */
    public record FigureRow(String article, String story, String outlet, Long value, String qualifier, String unit,
            String what, String reportedBy, @IsoDay LocalDate date, PlaceRecord place, String text, int start,
            int end) {}

    /**
     * A search hit with the story its article belongs to; {@code marks} are the spans of the excerpt that hold a
     * word of the query.
     */
    public record SearchHit(String kind, String article, String story, String title, String excerpt, int start,
            int end, float score, List<SearchIndex.Mark> marks) {}

    /** A page of a list, with how many items the list holds in all (whatever the page's limit and offset). */
    public record Page<T>(List<T> items, long total) {}

    public record Counts(long articles, long analyzed, long failed, long skipped, long stories, long events,
            long quotes, long figures) {}

    /**
     * Which events to list, in which order; null fields do not filter. {@code actor} matches a name (contained,
     * any case) or a code prefix of either party; {@code target} the same of the target alone; {@code cameo} is a
     * code prefix ("19" for all fights, "1" for the root codes 10 to 19); {@code quadClass} one of CAMEO's four
     * classes (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict); {@code from}
     * and {@code to} are days, inclusive; {@code location} is contained (any case) in the place the text names or
     * the place it was resolved to; {@code outlet} is the article's outlet (whole, any case); {@code minConfidence} null lists events
     * whatever their confidence; {@code story} keeps the events of one story's articles; {@code place} filters by
     * where they happened. {@code limit} and {@code offset} are the page (an export reads every matching event).
     * {@code withRejected} lists the events analysts marked wrong too, each marked {@code rejected}.
     */
    public record EventFilter(String actor, String target, String cameo, Integer quadClass, LocalDate from,
            LocalDate to, String location, String outlet, Double minConfidence, String story, PlaceFilter place,
            EventSort sort, int limit, int offset, boolean withRejected) {

        /** A filter of the events as corrected, without the rejected ones. */
        public EventFilter(String actor, String target, String cameo, Integer quadClass, LocalDate from, LocalDate to,
                String location, String outlet, Double minConfidence, String story, PlaceFilter place,
                EventSort sort, int limit, int offset) {
            this(actor, target, cameo, quadClass, from, to, location, outlet, minConfidence, story, place, sort,
                    limit, offset, false);
        }

        /** A filter on actors, codes, days, location, confidence, story and place, in date order. */
        public EventFilter(String actor, String cameo, LocalDate from, LocalDate to, String location,
                Double minConfidence, String story, PlaceFilter place, int limit, int offset) {
            this(actor, null, cameo, null, from, to, location, null, minConfidence, story, place, EventSort.DEFAULT,
                    limit, offset);
        }

        /** A filter with no condition on stories and places. */
        public EventFilter(String actor, String cameo, LocalDate from, LocalDate to, String location,
                Double minConfidence, int limit, int offset) {
            this(actor, cameo, from, to, location, minConfidence, null, PlaceFilter.ANY, limit, offset);
        }

        public EventFilter {
            java.util.Objects.requireNonNull(place, "place");
            java.util.Objects.requireNonNull(sort, "sort");
            if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("min_confidence must be a number from 0 to 1, was " + minConfidence);
            }
            if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
                throw new IllegalArgumentException("quad_class must be 1, 2, 3 or 4 (verbal cooperation, material "
                        + "cooperation, verbal conflict, material conflict), was " + quadClass);
            }
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
            }
            if (offset < 0) {
                throw new IllegalArgumentException("offset must not be negative, was " + offset);
            }
        }
    }

    /**
     * The order of a list of events: by day, confidence, CAMEO code or actor's name, ascending or descending.
     * Events without the value (undated, stored without a confidence, no actor) come last either way; events that
     * tie keep the order of their articles and of the events within each.
     */
    public record EventSort(Key key, boolean descending) {

        public enum Key { date, confidence, cameo, actor }

        /** Oldest first. */
        public static final EventSort DEFAULT = new EventSort(Key.date, false);

        public EventSort {
            java.util.Objects.requireNonNull(key, "key");
        }

        /** A sort as a parameter names it: a key ("confidence"), with a leading "-" for descending ("-date"). */
        public static EventSort parse(String value) {
            boolean descending = value.startsWith("-");
            String name = descending ? value.substring(1) : value;
            for (Key key : Key.values()) {
                if (key.name().equals(name.strip().toLowerCase(java.util.Locale.ROOT))) {
                    return new EventSort(key, descending);
                }
            }
            throw new IllegalArgumentException("sort must be date, confidence, cameo or actor, with a leading - for "
                    + "descending order (e.g. -confidence), was '" + value + "'");
        }

        /** The parameter's form of this sort, as {@link #parse} reads it. */
        @Override
        public String toString() {
            return (descending ? "-" : "") + key.name();
        }
    }

    /**
     * Which places to keep. {@code country} is an ISO 3166-1 alpha-2 code (any case); {@code admin1} a GeoNames
     * first-level admin code ("09" for Aleppo governorate), which is only unique within a country, so it needs the
     * country; {@code near} a circle on the ground; {@code located} keeps only places with coordinates. A place
     * resolved to an admin area or a country has that area's centre as its coordinates, and {@code near} reads
     * those.
     */
    public record PlaceFilter(String country, String admin1, Near near, boolean located) {

        public static final PlaceFilter ANY = new PlaceFilter(null, null, null, false);

        public PlaceFilter {
            if (country != null) {
                if (!country.matches("[A-Za-z]{2}")) {
                    throw new IllegalArgumentException("country must be a two-letter ISO 3166-1 code such as SY, was '"
                            + country + "'");
                }
                country = country.toUpperCase(java.util.Locale.ROOT);
            }
            if (admin1 != null) {
                if (!admin1.matches("[A-Za-z0-9]{1,20}")) {
                    throw new IllegalArgumentException("admin1 must be a GeoNames admin1 code of letters and digits "
                            + "such as 09 or CA, was '" + admin1 + "'");
                }
                if (country == null) {
                    throw new IllegalArgumentException("admin1 needs country: an admin1 code (" + admin1 + ") names "
                            + "an area only within its country");
                }
                admin1 = admin1.toUpperCase(java.util.Locale.ROOT);
            }
        }

        /** The same filter, keeping only places with coordinates. */
        public PlaceFilter withCoordinates() {
            return new PlaceFilter(country, admin1, near, true);
        }
    }

    /** The places within {@code km} kilometres (great-circle) of a point. */
    public record Near(double lat, double lon, double km) {

        /** Half the Earth's circumference: every point is nearer than that. */
        static final double MAX_KM = 20_038;

        public Near {
            if (!(lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("near's latitude must be from -90 to 90, was " + lat);
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("near's longitude must be from -180 to 180, was " + lon);
            }
            if (!(km > 0 && km <= MAX_KM)) {
                throw new IllegalArgumentException("near's distance must be more than 0 and at most " + (int) MAX_KM
                        + " km, was " + km);
            }
        }
    }
}
