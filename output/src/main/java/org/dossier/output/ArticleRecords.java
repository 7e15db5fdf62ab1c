package org.dossier.output;

import java.util.ArrayList;
import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.model.Actor;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateExpression;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.FieldLimits;
import org.dossier.model.Figure;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PlaceMention;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.DateRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.dossier.model.record.ArticleRecord.PlaceMentionRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.ArticleRecord.SpanText;

/** Converts pipeline outcomes to wire records. */
public final class ArticleRecords {

    private ArticleRecords() {}

    public static ArticleRecord from(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Ok ok -> from(ok.result(), null);
            case Outcome.Skipped skipped -> from(skipped.result(), skipped.reason());
            case Outcome.Failed failed -> failed(failed);
        };
    }

    /** A failed document: its id, source and error, and any metadata found before it failed. */
    private static ArticleRecord failed(Outcome.Failed failed) {
        ArticleMetadata meta = failed.metadata() == null ? ArticleMetadata.EMPTY : failed.metadata();
        return new ArticleRecord(failed.documentId(), failed.source(), failed.url(), title(meta), outlet(meta),
                meta.publishedDate(), confidence(meta), meta.datelineCity(), meta.language(), null, null, null,
                null, null, null, null, null, failed.reason(), failed.stage(), null);
    }

    private static String title(ArticleMetadata meta) {
        return FieldLimits.cut(meta.titleText(), FieldLimits.TITLE);
    }

    private static String outlet(ArticleMetadata meta) {
        return FieldLimits.cut(meta.outletName(), FieldLimits.OUTLET);
    }

    private static String confidence(ArticleMetadata meta) {
        return meta.publishedConfidence() == null ? null : meta.publishedConfidence().name().toLowerCase();
    }

    public static ArticleRecord from(AnnotatedArticle annotated) {
        return from(annotated, null);
    }

    /** @param skipped why the article was not analyzed further, or null */
    public static ArticleRecord from(AnnotatedArticle annotated, String skipped) {
        Article article = annotated.article();
        ArticleMetadata meta = article.metadata();
        List<Entity> entities = annotated.getOrEmpty(Layers.ENTITIES);
        return new ArticleRecord(article.id(), article.source(), article.url(), title(meta), outlet(meta),
                meta.publishedDate(), confidence(meta), meta.datelineCity(), meta.language(), article.text(),
                entities(entities, EntityType.PERSON), entities(entities, EntityType.ORGANIZATION),
                entities(entities, EntityType.LOCATION),
                annotated.getOrEmpty(Layers.QUOTES).stream().filter(q -> !q.stance())
                        .map(q -> quote(q, article.text())).toList(),
                annotated.getOrEmpty(Layers.DATES).stream().map(ArticleRecords::date).toList(),
                annotated.getOrEmpty(Layers.FIGURES).stream().map(ArticleRecords::figure).toList(),
                annotated.getOrEmpty(Layers.EVENTS).stream().map(ArticleRecords::event).toList(),
                null, null, skipped,
                annotated.getOrEmpty(Layers.EMBEDDINGS).stream().findFirst()
                        .map(e -> EmbeddingCodec.encode(e.vector())).orElse(null),
                annotated.getOrEmpty(Layers.PLACES).stream().map(ArticleRecords::placeMention).toList());
    }

    private static List<EntityRecord> entities(List<Entity> entities, EntityType type) {
        List<EntityRecord> out = new ArrayList<>();
        for (Entity entity : entities) {
            if (entity.type() == type) {
                List<SpanText> mentions = entity.mentions().stream().map(ArticleRecords::mention).toList();
                out.add(new EntityRecord(entity.id(), entity.name(), mentions));
            }
        }
        return out;
    }

    private static SpanText mention(Mention m) {
        return new SpanText(m.text(), m.span().start(), m.span().end());
    }

    private static QuoteRecord quote(Quote q, String text) {
        Span speakerSpan = q.speaker() == null ? null : q.speaker().span();
        return new QuoteRecord(q.speaker() == null ? null : FieldLimits.cut(q.speaker().name(), FieldLimits.SPEAKER),
                q.text(), q.direct(), q.cue(),
                q.span().start(), q.span().end(), q.speaker() == null ? null : q.speaker().entityId(),
                speakerSpan == null ? null : speakerSpan.start(), speakerSpan == null ? null : speakerSpan.end(),
                q.cueSpan() == null ? null : q.cueSpan().start(), q.cueSpan() == null ? null : q.cueSpan().end(),
                q.context().start(), q.context().end(), q.parts().size() < 2 ? null : q.parts().stream()
                        .map(p -> new SpanText(p.of(text), p.start(), p.end())).toList(),
                q.speaker() != null && q.speaker().anonymous());
    }

    private static DateRecord date(DateExpression d) {
        return new DateRecord(d.text(), d.timex(), d.date(), d.precision().name().toLowerCase(),
                d.span().start(), d.span().end());
    }

    private static FigureRecord figure(Figure f) {
        return new FigureRecord(f.value(), f.qualifier(), f.unit(), f.what(), f.source(), f.date(),
                f.location(), f.text(), f.span().start(), f.span().end(), place(f.place()));
    }

    private static EventRecord event(Event e) {
        return new EventRecord(e.date(), lowerCase(e.datePrecision()), lowerCase(e.dateBasis()),
                name(e.actor()), code(e.actor()), e.action(), e.cameo(), e.root(), e.quadClass(), e.goldstein(),
                name(e.target()), code(e.target()), e.location(), e.confidence(), e.text(), e.span().start(),
                e.span().end(), place(e.place()));
    }

    private static PlaceMentionRecord placeMention(PlaceMention m) {
        return new PlaceMentionRecord(m.text(), m.span().start(), m.span().end(), place(m.place()));
    }

    /** The wire record of a place, or null for none. */
    public static PlaceRecord place(Place p) {
        if (p == null) {
            return null;
        }
        return new PlaceRecord(p.name(), p.geonamesId(), p.country(), p.admin1(), p.lat(), p.lon(),
                p.precision() == null ? null : p.precision().code());
    }

    private static String lowerCase(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String name(Actor actor) {
        return actor == null ? null : actor.name();
    }

    private static String code(Actor actor) {
        return actor == null ? null : actor.code();
    }
}
