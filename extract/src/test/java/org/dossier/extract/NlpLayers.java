package org.dossier.extract;


import org.dossier.core.AnnotatedArticle;
import org.dossier.core.StageException;
import org.dossier.model.Article;
import org.dossier.nlp.parse.SentenceSelector;
import org.dossier.nlp.NlpConfig;
import org.dossier.nlp.NlpModels;
import org.dossier.nlp.corenlp.CoreNlpAnnotator;
import org.dossier.nlp.entities.EntityResolver;
import org.dossier.nlp.parse.SelectiveParser;
import org.dossier.nlp.quotes.QuoteExtractor;
import org.dossier.places.PlaceResolver;

/**
 * The NLP layers the extractors read, made by the real stages. The models load once per test JVM: failsafe runs
 * all of the module's *IT classes in one JVM.
 */
public final class NlpLayers {

    private static NlpModels models;

    private static PlaceResolver places;

    private NlpLayers() {}

    private static synchronized PlaceResolver places() {
        if (places == null) {
            places = PlaceResolver.standard();
        }
        return places;
    }

    private static synchronized NlpModels models() {
        if (models == null) {
            models = NlpModels.load(NlpConfig.DEFAULT);
        }
        return models;
    }

    /** Sentences, entities, places, dates, parses of the sentences the selector picks (with the quotes'), quotes. */
    public static AnnotatedArticle of(Article article, SentenceSelector parseSelector) throws StageException {
        AnnotatedArticle annotated = new CoreNlpAnnotator(models()).apply(AnnotatedArticle.of(article));
        annotated = new EntityResolver().apply(annotated);
        annotated = places().apply(annotated);
        annotated = new SelectiveParser(models(), QuoteExtractor.parseSelector().or(parseSelector)).apply(annotated);
        return new QuoteExtractor().apply(annotated);
    }
}
