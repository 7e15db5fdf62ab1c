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
import picocli.CommandLine.Option;

/**
 * The gold a command scores or fits on, and where the documents of a gold of events are: read, checked, found
 * and analyzed (only the documents the gold names, of the files it names).
 */
final class GoldOptions {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold annotations.")
    Path gold;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the documents of a gold of events are (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    /** The gold; null, with an error naming the file and the reason, when it is missing or not gold. */
    GoldSet read(PrintWriter err) {
        if (!Files.isRegularFile(gold)) {
            err.println("error: gold file " + gold + " not found");
            return null;
        }
        try {
            return GoldSet.read(gold);
        } catch (IOException e) {
            err.println("error: gold file " + gold + " cannot be read as gold annotations: " + e.getMessage());
            return null;
        }
    }

    /** The files a gold of events names, under --data; null, with an error, when one is missing. */
    List<Path> files(GoldSet goldSet, PrintWriter err) {
        Set<Path> files = new LinkedHashSet<>();
        for (GoldSet.Article article : goldSet.articles()) {
            if (article.id() == null || article.file() == null) {
                err.println("error: " + gold + " is not a gold of events (its articles need an id and a file); "
                        + "pass --out DIR with an analyze run to score instead");
                return null;
            }
            Path path = fileUnder(data, article.file());
            if (!Files.isRegularFile(path)) {
                err.println("error: " + path + " not found; pass --data DIR (the folder holding the benchmark sets "
                        + "the gold names)");
                return null;
            }
            files.add(path);
        }
        return new ArrayList<>(files);
    }

    /** The file a gold names ("ecbplus-story-clustering/documents.jsonl#12_4ecb": the JSON lines file) under data. */
    static Path fileUnder(Path data, String file) {
        int hash = file.indexOf('#');
        return data.resolve(hash < 0 ? file : file.substring(0, hash));
    }

    /** Analyzes the gold's documents in those files (and no others), handing each outcome to the sink. */
    static void analyze(GoldSet goldSet, List<Path> files, DossierEngine engine, EngineOptions options,
            PrintWriter err, Consumer<Outcome> sink) throws IOException, InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        goldSet.articles().forEach(a -> ids.add(a.id()));
        analyze(ids, files, engine, options, err, sink);
    }

    /** Analyzes the documents of those ids in those files (and no others), handing each outcome to the sink. */
    static void analyze(Set<String> ids, List<Path> files, DossierEngine engine, EngineOptions options,
            PrintWriter err, Consumer<Outcome> sink) throws IOException, InterruptedException {
        InputSource input = InputSource.of(files, options.maxBytes);
        err.printf(Locale.ROOT, "Analyzing the %d gold document(s) in %d file(s) on %d thread(s)...%n", ids.size(),
                files.size(), options.threads);
        new BatchRunner(engine, options.threads).run(input,
                item -> !(item instanceof SourceItem.Document d && ids.contains(d.raw().id())), sink,
                new ProgressReporter(err, false));
    }
}
