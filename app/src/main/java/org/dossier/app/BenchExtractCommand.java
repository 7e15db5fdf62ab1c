package org.dossier.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.bench.extract.BoilerpipeExtractor;
import org.dossier.bench.extract.DossierExtractor;
import org.dossier.bench.extract.ExtractionBenchmark;
import org.dossier.bench.extract.PageExtractor;
import org.dossier.bench.extract.ReadabilityRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-extract",
        header = "Benchmark the cleaning stage (main text, publication date) on the public sets.",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the cleaning stage (main text and publication date, no NLP) on the public sets in the bench "
                    + "folder, with each set's own metric, single-threaded after a warm-up pass:",
            "  scrapinghub-article-extraction  word 4-gram shingle precision/recall/F1 of the article body",
            "  trafilatura-eval                segments that must / must not appear: precision/recall/F1",
            "  htmldate-eval                   publication date: precision/recall/F",
            "boilerpipe (ArticleExtractor) and Mozilla Readability (Node.js, jsdom) run on the same pages for "
                    + "comparison; the table shows pages/s for each.",
            ""},
        footer = {"", "Example:", "  dossier bench-extract --data ../shared/bench"})
final class BenchExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The bench folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    @Option(names = "--no-readability", description = "Skip Mozilla Readability (needs Node.js).")
    boolean noReadability;

    @Option(names = "--no-boilerpipe", description = "Skip boilerpipe.")
    boolean noBoilerpipe;

    @Option(names = "--passes", paramLabel = "N",
            description = "Timed passes per set and extractor after the warm-up; the median counts "
                    + "(default: ${DEFAULT-VALUE}).")
    int passes = ExtractionBenchmark.DEFAULT_PASSES;

    @Option(names = "--dump", paramLabel = "DIR",
            description = "Also write every extraction to DIR/<set>.<extractor>.jsonl, to study errors page by page.")
    Path dump;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            spec.commandLine().getErr().println("error: bench folder " + data + " not found; pass --data DIR");
            return ExitCodes.USAGE;
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        List<PageExtractor> extractors = new ArrayList<>();
        extractors.add(new DossierExtractor());
        if (!noBoilerpipe) {
            extractors.add(new BoilerpipeExtractor());
        }
        Optional<ReadabilityRunner> readability = noReadability ? Optional.empty()
                : ReadabilityRunner.prepare(toolDir(), System.err);
        ExtractionBenchmark benchmark = new ExtractionBenchmark(data, extractors, readability, out, dump, passes);
        benchmark.run(benchmark.sets());
        return ExitCodes.OK;
    }

    /** tools/readability of the Dossier checkout: from the launcher's dossier.home, else the working folder. */
    private static Path toolDir() {
        return BenchTexts.home().resolve("tools/readability").toAbsolutePath();
    }
}
