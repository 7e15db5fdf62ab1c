package org.dossier.model.record;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An analyzed article as it is written and stored: one line of {@code articles.jsonl}, a row of the store.
 * Offsets ({@code start}, {@code end}) are character offsets into {@code text}: {@code text.substring(start, end)}
 * is the item's text. Later versions may add fields; these keep their names. {@code embedding} is the sentence
 * embedding of the title and lead that story clustering compares (Base64 of int8 values, output's
 * {@code EmbeddingCodec}), or null when embeddings were off. Serializable, so that a cluster's tasks pass records
 * and not their JSON. Its JSON (snake_case names, fields in the order of the file format) is written by output's
 * {@code RecordJson}.
 */
public record ArticleRecord(
        String id,
        String source,
        String url,
        String title,
        String outlet,
        LocalDate published,
        String publishedConfidence,
        String dateline,
        String language,
        String text,
        List<EntityRecord> persons,
        List<EntityRecord> organizations,
        List<EntityRecord> locations,
        List<QuoteRecord> quotes,
        List<DateRecord> dates,
        List<FigureRecord> figures,
        List<EventRecord> events,
        String error,
        String errorStage,
        String skipped,
        String embedding,
        List<PlaceMentionRecord> places) implements Serializable {

    /** A record without place mentions. */
    public ArticleRecord(String id, String source, String url, String title, String outlet, LocalDate published,
            String publishedConfidence, String dateline, String language, String text, List<EntityRecord> persons,
            List<EntityRecord> organizations, List<EntityRecord> locations, List<QuoteRecord> quotes,
            List<DateRecord> dates, List<FigureRecord> figures, List<EventRecord> events, String error,
            String errorStage, String skipped, String embedding) {
        this(id, source, url, title, outlet, published, publishedConfidence, dateline, language, text, persons,
                organizations, locations, quotes, dates, figures, events, error, errorStage, skipped, embedding, null);
    }

    /** A record without an embedding. */
    public ArticleRecord(String id, String source, String url, String title, String outlet, LocalDate published,
            String publishedConfidence, String dateline, String language, String text, List<EntityRecord> persons,
            List<EntityRecord> organizations, List<EntityRecord> locations, List<QuoteRecord> quotes,
            List<DateRecord> dates, List<FigureRecord> figures, List<EventRecord> events, String error,
            String errorStage, String skipped) {
        this(id, source, url, title, outlet, published, publishedConfidence, dateline, language, text, persons,
                organizations, locations, quotes, dates, figures, events, error, errorStage, skipped, null, null);
    }

    public ArticleRecord {
        places = listOrEmpty(places);
        persons = listOrEmpty(persons);
        organizations = listOrEmpty(organizations);
        locations = listOrEmpty(locations);
        quotes = listOrEmpty(quotes);
        dates = listOrEmpty(dates);
        figures = listOrEmpty(figures);
        events = listOrEmpty(events);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The same record read from another place (a Spark job names files by their Hadoop path). */
    public ArticleRecord withSource(String value) {
        return new ArticleRecord(id, value, url, title, outlet, published, publishedConfidence, dateline, language,
                text, persons, organizations, locations, quotes, dates, figures, events, error, errorStage, skipped,
                embedding, places);
    }

    public boolean failed() {
        return error != null;
    }

    public record EntityRecord(String id, String name, List<SpanText> mentions) implements Serializable {}

    public record SpanText(String text, int start, int end) implements Serializable {}

    public record QuoteRecord(
            String speaker,
            String text,
            boolean direct,
            String cue,
            int start,
            int end,
            String speakerEntity,
            Integer speakerStart,
            Integer speakerEnd,
            Integer cueStart,
            Integer cueEnd,
            int contextStart,
            int contextEnd,
            List<SpanText> parts,
            boolean speakerAnonymous) implements Serializable {

        /** A quote whose speaker, if any, is named or not judged anonymous. */
        public QuoteRecord(String speaker, String text, boolean direct, String cue, int start, int end,
                String speakerEntity, Integer speakerStart, Integer speakerEnd, Integer cueStart, Integer cueEnd,
                int contextStart, int contextEnd, List<SpanText> parts) {
            this(speaker, text, direct, cue, start, end, speakerEntity, speakerStart, speakerEnd, cueStart, cueEnd,
                    contextStart, contextEnd, parts, false);
        }

        /** A quote in one part (no {@code parts}). */
        public QuoteRecord(String speaker, String text, boolean direct, String cue, int start, int end,
                String speakerEntity, Integer speakerStart, Integer speakerEnd, Integer cueStart, Integer cueEnd,
                int contextStart, int contextEnd) {
            this(speaker, text, direct, cue, start, end, speakerEntity, speakerStart, speakerEnd, cueStart, cueEnd,
                    contextStart, contextEnd, null);
        }
    }

    /** A date expression: {@code value} is its TIMEX3 value, {@code date} the day it resolves to, if any. */
    public record DateRecord(String text, String value, LocalDate date, String precision, int start, int end)
            implements Serializable {}

    /**
     * Where something is: {@code precision} 1 a place, 2 part of or near a place, 3 a first-level admin area, 4 a
     * country; a name the text gives that could not be resolved has only its {@code name}.
     */
    public record PlaceRecord(
            String name,
            Long geonamesId,
            String country,
            String admin1,
            Double lat,
            Double lon,
            Integer precision) implements Serializable {}

    /** A place name of the text and the place it was resolved to. */
    public record PlaceMentionRecord(String text, int start, int end, PlaceRecord place) implements Serializable {}

    public record FigureRecord(Long value, String qualifier, String unit, String what, String source,
            LocalDate date, String location, String text, int start, int end, PlaceRecord place)
            implements Serializable {

        /** A figure without a resolved place. */
        public FigureRecord(Long value, String qualifier, String unit, String what, String source, LocalDate date,
                String location, String text, int start, int end) {
            this(value, qualifier, unit, what, source, date, location, text, start, end, null);
        }
    }

    /**
     * An event. {@code location} is the name of where it happened, {@code place} that place resolved. {@code date}
     * is the day, or the first day of the period {@code datePrecision} says ("week", "month", "year");
     * {@code dateBasis} says what it rests on ("stated", "relative", "reported"); {@code confidence} how likely the
     * record is right.
     */
    public record EventRecord(
            LocalDate date,
            String datePrecision,
            String dateBasis,
            String actor,
            String actorCode,
            String action,
            String cameo,
            String root,
            int quadClass,
            double goldstein,
            String target,
            String targetCode,
            String location,
            Double confidence,
            String text,
            int start,
            int end,
            PlaceRecord place) implements Serializable {

        /** An event without a resolved place. */
        public EventRecord(LocalDate date, String datePrecision, String dateBasis, String actor, String actorCode,
                String action, String cameo, String root, int quadClass, double goldstein, String target,
                String targetCode, String location, Double confidence, String text, int start, int end) {
            this(date, datePrecision, dateBasis, actor, actorCode, action, cameo, root, quadClass, goldstein, target,
                    targetCode, location, confidence, text, start, end, null);
        }
    }
}
