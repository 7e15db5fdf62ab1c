package org.dossier.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.eval.attribution.PolnearSplit;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DocumentIds;
import org.dossier.model.OffsetMap;
import org.dossier.model.Sourced;

/** PolNeAR's train documents analyzed as they are, for the commands that score Dossier against its attributions. */
final class PolnearRuns {

    /** The publication day in a PolNeAR file name: "nyt_2016-10-02_…". */
    private static final Pattern FILE_DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    private PolnearRuns() {}

    /** What a command reads of one document: its analysis and its gold. */
    interface Analysis<T> {
        T of(PolnearSplit.Document document) throws Exception;
    }

    /**
     * The document's text as an article, not cleaned, so that offsets are the gold's; English, published on the day
     * its file name gives.
     */
    static Article articleOf(PolnearSplit.Document document, String text) {
        ArticleMetadata metadata = ArticleMetadata.EMPTY.withLanguage("en");
        Matcher date = FILE_DATE.matcher(document.name());
        if (date.find()) {
            metadata = metadata.withPublished(Sourced.at(LocalDate.parse(date.group(1)), null, "file name"),
                    ArticleMetadata.DateConfidence.STATED);
        }
        return new Article(DocumentIds.of(text.getBytes(StandardCharsets.UTF_8)), document.name(), null, text, text,
                OffsetMap.identity(), metadata);
    }

    /** Analyzes the documents on {@code threads} threads and hands each result on in document order. */
    static <T> void inOrder(List<PolnearSplit.Document> documents, int threads, Analysis<T> analysis,
            Consumer<T> each, PrintWriter err) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (PolnearSplit.Document document : documents) {
                futures.add(pool.submit(() -> analysis.of(document)));
            }
            int done = 0;
            for (Future<T> future : futures) {
                each.accept(future.get());
                if (++done % 50 == 0) {
                    err.printf(Locale.ROOT, "  %d/%d documents%n", done, documents.size());
                    err.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
