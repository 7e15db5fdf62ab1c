package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
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

    /**
     * The train documents from {@code skip} on, at most {@code limit} of them (in name order); null, with the reason
     * on {@code err}, when the folder holds no PolNeAR train split.
     */
    static List<PolnearSplit.Document> trainSlice(Path polnear, int skip, int limit, PrintWriter err) {
        List<PolnearSplit.Document> documents;
        try {
            documents = PolnearSplit.train(polnear);
        } catch (IOException e) {
            err.println("error: " + e.getMessage() + "; pass --polnear DIR, a checkout of "
                    + "https://github.com/networkdynamics/PolNeAR");
            return null;
        }
        int from = Math.min(skip, documents.size());
        return documents.subList(from, (int) Math.min((long) from + limit, documents.size()));
    }

    /** The engine with the default configuration, loaded once for a run over {@code documents} documents. */
    static DossierEngine loadEngine(int documents, int threads, PrintWriter err) {
        err.print("Loading NLP models... ");
        err.flush();
        DossierEngine engine = DossierEngine.load(EngineConfig.DEFAULT);
        err.println("done. Scoring " + documents + " train documents on " + threads + " thread(s).");
        err.flush();
        return engine;
    }

    /** The report's first line: which checkout, and which documents were left out. */
    static String header(Path polnear, int skip) {
        return "PolNeAR train split (" + polnear + ")" + (skip > 0 ? ", without its first " + skip + " documents" : "");
    }

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
