package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.core.Outcome;
import org.dossier.engine.BatchRunner;
import org.dossier.engine.DossierEngine;
import org.dossier.eval.GoldSet;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;

/** The documents a gold of events names (by benchmark path and document id), found and analyzed. */
final class GoldDocuments {

    private GoldDocuments() {}

    /** The files a gold of events names, under {@code data}; null, with an error, when one is missing. */
    static List<Path> files(GoldSet gold, Path goldFile, Path data, PrintWriter err) {
        Set<Path> files = new LinkedHashSet<>();
        for (GoldSet.Article article : gold.articles()) {
            if (article.id() == null || article.file() == null) {
                err.println("error: " + goldFile + " is not a gold of events (its articles need an id and a file); "
                        + "pass --out DIR with an analyze run to score instead");
                return null;
            }
            String file = article.file();
            int hash = file.indexOf('#');
            Path path = data.resolve(hash < 0 ? file : file.substring(0, hash));
            if (!Files.isRegularFile(path)) {
                err.println("error: " + path + " not found; pass --data DIR (the folder holding the benchmark sets "
                        + "the gold names)");
                return null;
            }
            files.add(path);
        }
        return new ArrayList<>(files);
    }

    /** Analyzes the gold's documents in those files (and no others), handing each outcome to the sink. */
    static void analyze(GoldSet gold, List<Path> files, DossierEngine engine, int threads, long maxBytes,
            PrintWriter err, Consumer<Outcome> sink) throws IOException, InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        gold.articles().forEach(a -> ids.add(a.id()));
        InputSource input = InputSource.of(files, maxBytes);
        err.printf(Locale.ROOT, "Analyzing the %d gold document(s) in %d file(s) on %d thread(s)...%n", ids.size(),
                files.size(), threads);
        new BatchRunner(engine, threads).run(input,
                item -> !(item instanceof SourceItem.Document d && ids.contains(d.raw().id())), sink,
                new ProgressReporter(err, false));
    }
}
