package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.ingest.source.InputSource;
import org.dossier.nlp.NlpModels;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline. */
final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analyzed in parallel (default: the number of CPU cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}, 32 MiB).")
    long maxBytes = InputSource.DEFAULT_MAX_BYTES;

    @Option(names = "--no-story-dates", negatable = false,
            description = "Do not infer missing publication dates from dated articles of the same story in the "
                    + "batch (by default an undated article takes a story-mate's date when both leads name the "
                    + "same weekday and the mate's stated date falls on it).")
    boolean noStoryDates;

    @Option(names = "--numbers-everywhere", negatable = false,
            description = "Run CoreNLP's tagger of numbers and dates (SUTime) on every sentence, not only on those "
                    + "with a digit or a number or time word. Slower, the same tags; for comparison.")
    boolean numbersEverywhere;

    @Option(names = "--no-embeddings", negatable = false,
            description = "Do not embed each article's title and lead with the sentence-embedding model "
                    + "(all-MiniLM-L6-v2): stories are then linked by words, names and dates alone, and events are "
                    + "coded on every page, as if each were news of public life (the page-kind model reads the "
                    + "embedding).")
    boolean noEmbeddings;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    double minConfidence;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Leave out events the event model gives a probability below P (0-1) of being right (actor, "
                    + "action and words): of events at 0.8, about 8 in 10 are right on Dossier's development data "
                    + "(default: 0, every event the model keeps).")
    void minConfidence(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
                    "--min-confidence must be a number from 0 to 1, was " + value);
        }
        minConfidence = value;
    }

    /** Set by commands that offer it (bench --parse-all), not an option of every command. */
    boolean parseAll;

    EngineConfig config() {
        EngineConfig base = EngineConfig.DEFAULT;
        return base.withMaxBytes(maxBytes).withStoryDates(!noStoryDates).withParseAll(parseAll)
                .withNlp(base.nlp().withNumbersEverywhere(numbersEverywhere).withEmbeddings(!noEmbeddings))
                .withMinEventConfidence(minConfidence);
    }

    /**
     * The documents the inputs name; null, with an error on stderr, when an option is out of range, no input
     * exists or they name no readable file: said before the models load, not after. Inputs that do not exist
     * beside others that do are named in a warning, and the batch goes on.
     */
    InputSource input(List<Path> inputs, PrintWriter err) throws IOException {
        String problem = problem();
        if (problem != null) {
            err.println("error: " + problem);
            return null;
        }
        List<Path> missing = inputs.stream().filter(p -> !java.nio.file.Files.exists(p)).toList();
        String named = missing.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "));
        if (!missing.isEmpty() && missing.size() == inputs.size()) {
            err.println("error: no such file or folder: " + named);
            return null;
        }
        if (!missing.isEmpty()) {
            // the batch goes on with the others; each missing one is recorded as a failed document too
            err.println("warning: no such file or folder: " + named + "; going on with the other inputs");
        }
        InputSource input = InputSource.of(inputs, maxBytes);
        if (input.files().isEmpty()) {
            err.println("error: no article files (.html, .txt, .warc, .jsonl, .rss, …) found in " + inputs);
            return null;
        }
        return input;
    }

    /** What is wrong with the options' values, or null: checked before anything is read or loaded. */
    String problem() {
        if (threads < 1) {
            return "--threads must be at least 1, was " + threads;
        }
        if (maxBytes <= 0) {
            return "--max-bytes must be a positive number of bytes, was " + maxBytes;
        }
        return null;
    }

    DossierEngine load(PrintWriter err) {
        return load(err, Dictionaries.standard());
    }

    /** The engine with these event dictionaries, for commands that code events with them beside the engine. */
    DossierEngine load(PrintWriter err, Dictionaries dictionaries) {
        long start = System.nanoTime();
        err.print("Loading NLP models... ");
        err.flush();
        DossierEngine engine = DossierEngine.load(config(), dictionaries);
        err.println(String.format(Locale.ROOT, "done in %.1f s.", (System.nanoTime() - start) / 1e9));
        NlpModels.tokensRegexWarning().ifPresent(err::println);
        return engine;
    }

    DossierEngine loadCleaner() {
        return DossierEngine.cleaningOnly(config());
    }
}
