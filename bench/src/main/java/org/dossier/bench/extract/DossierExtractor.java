package org.dossier.bench.extract;

import org.dossier.core.StageException;
import org.dossier.ingest.ArticleCleaner;
import org.dossier.ingest.meta.LanguageIdentifier;
import org.dossier.model.Article;
import org.dossier.model.RawDocument;

/** Dossier's cleaner, as {@code dossier extract} runs it: decoding, main content, metadata. */
public final class DossierExtractor implements PageExtractor {

    public static final String NAME = "dossier";

    private final ArticleCleaner cleaner = new ArticleCleaner(LanguageIdentifier.load());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean findsDates() {
        return true;
    }

    @Override
    public Extraction extract(Page page, byte[] html) {
        try {
            Article article = cleaner.clean(RawDocument.of(page.id(), page.url(), html, RawDocument.Format.HTML));
            return new Extraction(article.text(), article.metadata().publishedDate());
        } catch (StageException e) {
            // A page without article text may still have a date, as `dossier extract` reports.
            return new Extraction(null, e.partial() == null ? null : e.partial().publishedDate());
        }
    }
}
