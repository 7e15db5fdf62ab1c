package org.dossier.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.core.ArticleStage;
import org.dossier.core.Outcome;
import org.dossier.core.Pipeline;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.extract.events.EventExtractor;
import org.dossier.extract.events.EventModel;
import org.dossier.extract.events.PageKindModel;
import org.dossier.extract.figures.FigureExtractor;
import org.dossier.ingest.ArticleCleaner;
import org.dossier.ingest.meta.LanguageIdentifier;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata.DateConfidence;
import org.dossier.model.DocumentIds;
import org.dossier.model.Sourced;
import org.dossier.nlp.NlpModels;
import org.dossier.nlp.corenlp.CoreNlpAnnotator;
import org.dossier.nlp.embed.LeadEmbedder;
import org.dossier.nlp.entities.EntityResolver;
import org.dossier.nlp.parse.SelectiveParser;
import org.dossier.nlp.parse.SentenceSelector;
import org.dossier.nlp.quotes.QuoteExtractor;
import org.dossier.places.PlaceResolver;

/**
 * The loaded Dossier pipeline. Create one per process (or Spark executor) with {@link #load}: it holds the NLP
 * models. {@link #analyze} is thread-safe.
 *
 * <pre>{@code
 * DossierEngine engine = DossierEngine.load(EngineConfig.DEFAULT);
 * try (var items = engine.input(List.of(Path.of("article.html"))).items()) {
 *     items.map(engine::analyze).forEach(System.out::println);
 * }
 * }</pre>
 */
public final class DossierEngine {

    private final EngineConfig config;
    private final Pipeline pipeline;

    /** An engine around any pipeline; {@link #load} builds the standard one. */
    DossierEngine(EngineConfig config, Pipeline pipeline) {
        this.config = config;
        this.pipeline = pipeline;
    }

    public static DossierEngine load(EngineConfig config) {
        return load(config, Dictionaries.standard());
    }

    /** An engine that codes events with other dictionaries, such as PETRARCH's validation ones. */
    public static DossierEngine load(EngineConfig config, Dictionaries dictionaries) {
        NlpModels models = NlpModels.load(config.nlp());
        return new DossierEngine(config, standardPipeline(LanguageIdentifier.load(), models, dictionaries,
                config.parseAll(), eventModel(config)));
    }

    /** An engine that only cleans (text and metadata, as {@code dossier extract} does): no models to load. */
    public static DossierEngine cleaningOnly(EngineConfig config) {
        return new DossierEngine(config, Pipeline.builder().cleaner(new ArticleCleaner(LanguageIdentifier.load()))
                .build());
    }

    /** Dossier's event model, keeping no event below the configured confidence. */
    static EventModel eventModel(EngineConfig config) {
        return EventModel.standard().withMinimumConfidence(config.minEventConfidence());
    }

    /**
     * Clean → annotate → entities → places → parse the sentences quotes, events and figures need → quotes → embedding
     * of the lead (unless embeddings are off), for the kind of page events need and for story clustering → events →
     * figures.
     */
    static Pipeline standardPipeline(LanguageIdentifier languages, NlpModels models, Dictionaries dictionaries,
            boolean parseAll, EventModel eventModel) {
        EventExtractor events = new EventExtractor(dictionaries, eventModel);
        FigureExtractor figures = new FigureExtractor();
        SentenceSelector parseSelector = parseAll ? sentence -> true
                : QuoteExtractor.parseSelector().or(events::mayHoldEvent).or(figures::mayHoldFigure);
        Pipeline.Builder pipeline = Pipeline.builder()
                .cleaner(new ArticleCleaner(languages))
                .stage(new CoreNlpAnnotator(models))
                .stage(new EntityResolver())
                .stage(PlaceResolver.standard())
                .stage(new SelectiveParser(models, parseSelector))
                .stage(new QuoteExtractor());
        if (models.encoder() != null) {
            // Before the events: the lead's embedding tells a page of public life from the others.
            requireEncoderOf(PageKindModel.standard(), models.encoder().name());
            pipeline.stage(new LeadEmbedder(models.encoder()));
        }
        return pipeline.stage(events).stage(figures).build();
    }

    /**
     * Refuses a page-kind model fitted on another encoder's vectors: it would take every page for news without a
     * word (it judges only embeddings of its own model), and events of other pages would come back unnoticed.
     */
    static void requireEncoderOf(PageKindModel kinds, String encoder) {
        if (!kinds.encoder().equals(encoder)) {
            throw new IllegalStateException("the page-kind model reads embeddings of " + kinds.encoder()
                    + " but the sentence encoder is " + encoder + ": refit it with dossier train-page-kinds");
        }
    }

    public EngineConfig config() {
        return config;
    }

    /** The documents of files and folders, read with this engine's size limit. */
    public InputSource input(List<Path> inputs) throws IOException {
        return InputSource.of(inputs, config.maxBytes());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The names of the cleaner and the stages, in order, for the saved run configuration. */
    public List<String> stageNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(pipeline.cleaner().name()),
                pipeline.stages().stream().map(ArticleStage::name)).toList();
    }

    /** Analyzes one item of a source; an unreadable item becomes a failed outcome. */
    public Outcome analyze(SourceItem item) {
        return analyze(item, Map.of());
    }

    /**
     * Analyzes one item, giving it the publication date inferred for it across the batch when its own text states
     * none.
     */
    public Outcome analyze(SourceItem item, Map<String, Sourced<LocalDate>> inferredDates) {
        return analyzeCleaned(clean(item), inferredDates);
    }

    /** Analyzes what {@link #clean} gave for an item: a cleaned article goes through the NLP stages. */
    public Outcome analyzeCleaned(Outcome cleaned, Map<String, Sourced<LocalDate>> inferredDates) {
        if (!(cleaned instanceof Outcome.Ok ok)) {
            return cleaned;
        }
        Article article = ok.result().article();
        Sourced<LocalDate> inferred = inferredDates.get(article.id());
        if (inferred != null && article.metadata().publishedDate() == null) {
            article = article.withMetadata(article.metadata().withPublished(inferred, DateConfidence.INFERRED));
        }
        return pipeline.process(article);
    }

    /** Cleans one item without the NLP: the article, or why there is none. */
    public Outcome clean(SourceItem item) {
        return switch (item) {
            case SourceItem.Document document -> pipeline.clean(document.raw());
            case SourceItem.Unreadable unreadable -> new Outcome.Failed(
                    DocumentIds.of(unreadable.source().getBytes(StandardCharsets.UTF_8)),
                    unreadable.source(), "read", unreadable.reason());
        };
    }
}
