package org.dossier.store;

import java.util.List;

/** What the store answers with: rows of its tables, each item with the article and offsets that support it. */
public final class StoreRows {

    private StoreRows() {}

    public record StorySummary(String id, int rank, String title, String firstDay, String lastDay, int articles,
            int events, int conflicts) {}

    /** An event as stored: {@code confidence}, {@code datePrecision} and {@code dateBasis} are null for events
     * stored before Dossier had them. */
    public record EventRow(String article, String story, String outlet, String url, String date,
            String datePrecision, String dateBasis, String actor, String actorCode, String action, String cameo,
            String root, int quadClass, double goldstein, String target, String targetCode, String location,
            Double confidence, String text, int start, int end) {}

    public record QuoteRow(String article, String story, String outlet, String published, String speaker,
            String text, boolean direct, int start, int end) {}

    public record FigureRow(String article, String story, String outlet, Long value, String qualifier, String unit,
            String what, String reportedBy, String date, String text, int start, int end) {}

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
     * Which events to list; null fields do not filter. {@code actor} matches a name (contained, any case) or a
     * code prefix of either party; {@code cameo} is a code prefix ("19" for all fights); dates are ISO days,
     * inclusive.
     */
    /** Which events to list; {@code minConfidence} null lists events whatever their confidence. */
    public record EventFilter(String actor, String cameo, String from, String to, String location,
            Double minConfidence, int limit, int offset) {

        public EventFilter {
            if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("min_confidence must be a number from 0 to 1, was " + minConfidence);
            }
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
            }
            if (offset < 0) {
                throw new IllegalArgumentException("offset must not be negative, was " + offset);
            }
        }
    }
}
