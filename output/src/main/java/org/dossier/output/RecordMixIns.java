package org.dossier.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;

/**
 * Jackson's annotations for the records of the model, which cannot carry them: every record's components are
 * written in snake_case ({@code publishedConfidence} as {@code published_confidence}), and where the file formats
 * order fields otherwise than the record declares them (a field added later in the record, written beside its
 * kin in the file), the order is given here. These are the names and orders the records carried as annotations
 * when they lived in this module; {@code RecordJsonTest} pins the JSON they give.
 */
final class RecordMixIns {

    /** Each record class and the mix-in that gives it its JSON. */
    static final Map<Class<?>, Class<?>> MIX_INS = Map.ofEntries(
            Map.entry(ArticleRecord.class, Article.class),
            Map.entry(ArticleRecord.EntityRecord.class, SnakeCase.class),
            Map.entry(ArticleRecord.SpanText.class, SnakeCase.class),
            Map.entry(ArticleRecord.QuoteRecord.class, Quote.class),
            Map.entry(ArticleRecord.DateRecord.class, SnakeCase.class),
            Map.entry(ArticleRecord.PlaceRecord.class, Place.class),
            Map.entry(ArticleRecord.PlaceMentionRecord.class, PlaceMention.class),
            Map.entry(ArticleRecord.FigureRecord.class, Figure.class),
            Map.entry(ArticleRecord.EventRecord.class, Event.class),
            Map.entry(StoryRecord.class, Story.class),
            Map.entry(StoryRecord.Source.class, SnakeCase.class),
            Map.entry(StoryRecord.StoryArticle.class, StoryArticle.class),
            Map.entry(StoryRecord.MergedEvent.class, MergedEvent.class),
            Map.entry(StoryRecord.TimelineEntry.class, SnakeCase.class),
            Map.entry(StoryRecord.ActorRoles.class, SnakeCase.class),
            Map.entry(StoryRecord.QuoteEntry.class, QuoteEntry.class),
            Map.entry(StoryRecord.FigureEntry.class, FigureEntry.class),
            Map.entry(StoryRecord.FigureConflict.class, SnakeCase.class),
            Map.entry(StoryRecord.SummarySentence.class, SnakeCase.class));

    private RecordMixIns() {}

    /** A record whose fields are written in the order it declares them. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    interface SnakeCase {}

    /** Every field, null or not, so that a line always has them all. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "source", "url", "title", "outlet", "published", "published_confidence", "dateline",
        "language", "text", "persons", "organizations", "locations", "places", "quotes", "dates", "figures", "events",
        "error", "error_stage", "skipped", "embedding"})
    interface Article {}

    /** {@code parts} only for a quote in more than one part. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"speaker", "text", "direct", "cue", "start", "end"})
    interface Quote {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<ArticleRecord.SpanText> parts();
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"name", "geonames_id", "country", "admin1", "lat", "lon", "precision"})
    interface Place {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"text", "start", "end", "place"})
    interface PlaceMention {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"value", "qualifier", "unit", "what", "source", "date", "location", "place", "text", "start",
        "end"})
    interface Figure {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"date", "date_precision", "date_basis", "actor", "actor_code", "action", "cameo", "root",
        "quad_class", "goldstein", "target", "target_code", "location", "place", "confidence", "text", "start", "end"})
    interface Event {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"id", "title", "articles", "timeline", "events", "actors", "quotes", "figures", "conflicts",
        "summary"})
    interface Story {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"id", "title", "outlet", "published", "source", "duplicate_of"})
    interface StoryArticle {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"date", "date_basis", "actor", "actor_code", "action", "cameo", "root", "quad_class",
        "goldstein", "target", "target_code", "location", "place", "confidence", "corroboration", "outlets",
        "sources"})
    interface MergedEvent {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"speaker", "text", "direct", "date", "source"})
    interface QuoteEntry {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"value", "qualifier", "unit", "what", "reported_by", "date", "place", "source"})
    interface FigureEntry {}
}
