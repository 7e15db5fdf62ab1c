package org.dossier.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;

/** The documents the benchmarks run over: the example corpus, or the folder named by {@code -Djmh.corpus=DIR}. */
final class ExampleCorpus {

    private ExampleCorpus() {}

    static Path folder() {
        String named = System.getProperty("jmh.corpus");
        return named != null ? Path.of(named) : org.dossier.testing.ExampleCorpus.folder();
    }

    static List<SourceItem> items() {
        try (Stream<SourceItem> items = InputSource.of(List.of(folder()), InputSource.DEFAULT_MAX_BYTES).items()) {
            return items.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus cleaned, ready for the first NLP stage. */
    static List<AnnotatedArticle> cleaned(DossierEngine engine) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (SourceItem item : items()) {
            if (engine.clean(item) instanceof Outcome.Ok ok) {
                articles.add(ok.result());
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no article in " + folder() + " could be cleaned");
        }
        return articles;
    }
}
