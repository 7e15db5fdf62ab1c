package org.dossier.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreException;
import org.dossier.store.StoreRows;
import org.dossier.stories.cluster.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-store",
        header = "Fill a new store with synthetic analyzed articles (no NLP), for bench-api.",
        mixinStandardHelpOptions = true,
        description = {
            "Fill a new store with N synthetic articles, made without any NLP model: texts of the bench folder "
                    + "(ECB+ and scrapinghub bodies; else the example corpus) with a tenth of their words swapped, "
                    + "as bench-clustering streams them, each with 2 to 6 events, a quote and sometimes a figure "
                    + "on its own sentences, parties, CAMEO codes and places drawn from small word lists, 40 "
                    + "outlets and a day that advances every 3,000 articles. Then the stories are built as ingest "
                    + "builds them. The articles are stand-ins of the right shape and spread for load tests, not "
                    + "analysis results.",
            ""},
        footer = {"", "Example:", "  dossier bench-store --store /tmp/store-100k --synthetic 100000",
            "  dossier serve --store /tmp/store-100k &",
            "  dossier bench-api --rate 50 --seconds 60 --events"})
final class BenchStoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--synthetic", paramLabel = "N", description = "Articles to make (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--data", paramLabel = "DIR", description = "The bench folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random choices (default: "
            + "${DEFAULT-VALUE}); the same seed makes the same store.")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1) {
            err.println("error: --synthetic must be at least 1, was " + articles);
            return ExitCodes.USAGE;
        }
        if (Files.exists(store.dir) && (!Files.isDirectory(store.dir) || hasFiles(store.dir))) {
            err.println("error: " + store.dir + " exists and is not an empty folder; bench-store fills a new store "
                    + "(name a folder that does not exist yet)");
            return ExitCodes.USAGE;
        }
        List<String> texts = BenchTexts.baseTexts(data);
        if (texts.isEmpty()) {
            err.println("error: no texts found in " + data + " nor in examples/aleppo");
            return ExitCodes.USAGE;
        }
        SyntheticArticles synthetic = new SyntheticArticles(texts);
        Random random = new Random(seed);
        long start = System.nanoTime();
        try (DossierStore opened = DossierStore.open(store.config(), err::println)) {
            for (int i = 0; i < articles; i++) {
                opened.add(synthetic.article(i, random));
                if ((i + 1) % 10_000 == 0) {
                    err.printf(Locale.ROOT, "  %,d articles stored (%.0f/s)%n", i + 1,
                            (i + 1) / ((System.nanoTime() - start) / 1e9));
                    err.flush();
                }
            }
            opened.flush();
            double stored = (System.nanoTime() - start) / 1e9;
            err.println("Building the stories.");
            err.flush();
            long clustering = System.nanoTime();
            int stories = opened.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
            double built = (System.nanoTime() - clustering) / 1e9;
            StoreRows.Counts counts = opened.counts();
            out.printf(Locale.ROOT, "%s: %,d articles (%,d events, %,d quotes, %,d figures) stored in %.0f s, "
                    + "%,d stories built in %.0f s%n", store.dir, counts.articles(), counts.events(),
                    counts.quotes(), counts.figures(), stored, stories, built);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean hasFiles(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }
}
