package org.dossier.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.dossier.stories.cluster.ClusterDocument;
import org.dossier.stories.cluster.StoryClusterer;
import org.dossier.stories.cluster.SurfaceNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-clustering",
        header = "Measure the story-clustering stage alone on a synthetic stream.",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the story-clustering stage alone (near-duplicates, candidate retrieval, scoring) on one thread "
                    + "over a synthetic stream: the ECB+ documents and scrapinghub article bodies of the bench "
                    + "folder (or the example corpus when there is none), each reused many times with a tenth of "
                    + "its words swapped for words of another text and a day that advances every 3,000 articles; each "
                    + "variant carries its base text's lead embedding, made once before the timed stream. "
                    + "Prints articles/s, peak heap, the heap kept after garbage collection every 20,000 articles, and "
                    + "how many stories stay in the active window.",
            ""},
        footer = {"", "Example:", "  dossier bench-clustering --articles 100000 --data ../shared/bench"})
final class BenchClusteringCommand implements Callable<Integer> {

    private static final int ARTICLES_PER_DAY = 3_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "Articles in the stream (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--data", paramLabel = "DIR", description = "The bench folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    @Option(names = "--no-embeddings", negatable = false,
            description = "Stream the articles without lead embeddings, for comparison.")
    boolean noEmbeddings;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> texts = BenchTexts.baseTexts(data);
        if (texts.isEmpty()) {
            err.println("error: no texts found in " + data + " nor in examples/aleppo");
            return ExitCodes.USAGE;
        }
        err.printf(Locale.ROOT, "Stream of %,d articles made from %d texts.%n", articles, texts.size());
        // Each base text's lead is embedded once, before the timed stream: in analyze the embedding is made per
        // article on the worker threads, not by the clusterer, and a variant's lead is nearly its base text's.
        LeadEmbeddings leads = LeadEmbeddings.load(noEmbeddings, err);
        List<float[]> embeddings = texts.stream().map(leads::of).toList();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Random random = new Random(42);
        long clusteringNanos = 0;
        int opened = 0;
        int copies = 0;
        int merged = 0;
        long maxRetained = 0;
        try (StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.DEFAULT)) {
            for (int i = 0; i < articles; i++) {
                String text = variant(texts, i, random);
                ClusterDocument doc = new ClusterDocument("a" + i, (long) (i / ARTICLES_PER_DAY), null, text,
                        SurfaceNames.of(text), embeddings.get(i % texts.size()));
                long start = System.nanoTime();
                StoryClusterer.Assignment a = clusterer.add(doc);
                clusteringNanos += System.nanoTime() - start;
                opened += a.score() == 0 && a.duplicateOf() == null ? 1 : 0;
                copies += a.duplicateOf() == null ? 0 : 1;
                merged += a.merges().size();
                if ((i + 1) % 20_000 == 0) {
                    System.gc(); // outside the timed calls: the heap the clusterer keeps, not its garbage
                    Runtime rt = Runtime.getRuntime();
                    long retained = rt.totalMemory() - rt.freeMemory();
                    maxRetained = Math.max(maxRetained, retained);
                    err.printf(Locale.ROOT, "  %,d articles, %,d active stories, heap after GC %.0f MiB%n", i + 1,
                            clusterer.activeStories(), retained / 1048576.0);
                }
            }
            long start = System.nanoTime();
            merged += clusterer.finish().size();
            clusteringNanos += System.nanoTime() - start;
            double seconds = clusteringNanos / 1e9;
            out.printf(Locale.ROOT, "articles: %,d   clustering time: %.1f s   articles/s: %.0f (one thread)%n",
                    articles, seconds, articles / seconds);
            out.printf(Locale.ROOT, "stories opened: %,d   merged into others on a second look: %,d   near-copies "
                    + "linked: %,d   active at the end: %,d%n", opened, merged, copies, clusterer.activeStories());
            out.printf(Locale.ROOT, "peak heap: %.0f MiB (max %d MiB); largest heap after GC at a checkpoint: %.0f MiB%n",
                    BenchCommand.peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576,
                    maxRetained / 1048576.0);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The i-th text of the stream: a base text with a tenth of its words taken from another text. */
    static String variant(List<String> texts, int i, Random random) {
        return variantOf(texts.get(i % texts.size()), texts, random);
    }

    /** The base text with a tenth of its words taken from another of the texts. */
    static String variantOf(String base, List<String> texts, Random random) {
        String[] words = base.split("\\s+");
        String[] donor = texts.get(random.nextInt(texts.size())).split("\\s+");
        for (int k = 0; k < words.length / 10; k++) {
            words[random.nextInt(words.length)] = donor[random.nextInt(donor.length)];
        }
        return String.join(" ", words);
    }
}
