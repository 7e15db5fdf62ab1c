package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.engine.BatchRunner;
import org.dossier.eval.ActorNaming;
import org.dossier.model.record.ArticleRecord;
import org.dossier.output.ArticleRecords;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.cluster.StoryClusterer;
import org.dossier.engine.DossierEngine;
import org.dossier.ingest.source.InputSource;
import org.dossier.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench",
        header = "Measure the analyze pipeline's throughput and peak heap on a corpus.",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the analyze pipeline: runs it over a corpus without writing output, after a warm-up pass, and "
                    + "prints articles/s, tokens/s and peak heap.",
            ""},
        footer = {"", "Example:", "  dossier bench examples/aleppo --repeat 10 --threads 1"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders of articles.")
    List<Path> inputs;

    @Option(names = "--repeat", paramLabel = "N", description = "Timed passes over the corpus (default: ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed passes first, to warm the JVM (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--parse-all",
            description = "Parse every sentence instead of only those that may hold a quote, an event or a figure, "
                    + "to measure what the selection saves.")
    boolean parseAll;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputSource input = engineOptions.input(inputs, err);
        if (input == null) {
            return ExitCodes.USAGE;
        }
        engineOptions.parseAll = parseAll;
        DossierEngine engine = engineOptions.load(err);
        BatchRunner runner = new BatchRunner(engine, engineOptions.threads);
        for (int i = 0; i < warmup; i++) {
            err.println("warm-up pass " + (i + 1) + "/" + warmup);
            runner.run(input, outcome -> { }, (done, total, last) -> { });
        }
        resetPeaks();
        engine.pipeline().resetStageNanos();
        long[] tokens = {0, 0, 0};
        int[] failed = {0};
        int[] skipped = {0};
        long[] storyNanos = {0};
        int stories = 0;
        int documents = 0;
        PartyTally parties = new PartyTally();
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            // Stories are linked as analyze links them: each record in input order as it comes, then assembled.
            try (StoryBuilder builder = new StoryBuilder(StoryClusterer.Config.DEFAULT)) {
                documents += runner.run(input, outcome -> {
                    count(outcome, tokens, failed, skipped);
                    long t0 = System.nanoTime();
                    ArticleRecord record = ArticleRecords.from(outcome);
                    builder.accept(record);
                    storyNanos[0] += System.nanoTime() - t0;
                    parties.add(record);
                }, (d, t, l) -> { }).documents();
                long t0 = System.nanoTime();
                stories = builder.stories().size();
                storyNanos[0] += System.nanoTime() - t0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long sampledPeak = heap.stop();
        int analyzed = documents - failed[0] - skipped[0];
        out.println(String.format(Locale.ROOT, "documents: %d (%d per pass x %d passes): %d articles analyzed, %d "
                + "not analyzed (not English), %d failed; threads: %d", documents, documents / Math.max(1, repeat),
                repeat, analyzed, skipped[0], failed[0], engineOptions.threads));
        // Articles/s counts only the analyzed articles: the skipped ones cost little, and counting them would
        // flatter a multilingual corpus.
        out.println(String.format(Locale.ROOT, "time: %.2f s   articles/s: %.2f (analyzed; all documents read: %.2f/s)"
                + "   tokens/s: %.0f", seconds, analyzed / seconds, documents / seconds, tokens[0] / seconds));
        out.println("per stage (CPU time summed over threads; tokens/s is what one thread of the stage alone does):");
        Map<String, Long> nanos = engine.pipeline().stageNanos();
        long totalNanos = nanos.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> stage : nanos.entrySet()) {
            double stageSeconds = stage.getValue() / 1e9;
            out.println(String.format(Locale.ROOT, "  %-12s %7.2f s  %5.1f%%  %10.0f tokens/s", stage.getKey(),
                    stageSeconds, 100.0 * stage.getValue() / Math.max(1, totalNanos),
                    tokens[0] / Math.max(stageSeconds, 1e-9)));
        }
        out.println(String.format(Locale.ROOT, "  %-12s %7.2f s  (records, near-duplicates, story clustering, merged "
                + "events, summaries; %d stories in the last pass)", "stories", storyNanos[0] / 1e9, stories));
        out.println(String.format(Locale.ROOT, "sentences parsed: %d of %d (%.1f%%)", tokens[2], tokens[1],
                100.0 * tokens[2] / Math.max(1, tokens[1])));
        out.println(parties.line());
        out.println(String.format(Locale.ROOT, "peak heap: %.0f MiB in use at the highest of samples every 50 ms "
                + "(%.0f MiB by the sum of the heap pools' peaks, an upper bound); %.0f MiB at most still in use "
                + "after a collection; max %d MiB", sampledPeak / 1048576.0, peakHeapBytes() / 1048576.0,
                heap.peakAfterCollection() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576));
        out.flush();
        return ExitCodes.OK;
    }

    private static void count(Outcome outcome, long[] tokens, int[] failed, int[] skipped) {
        if (outcome instanceof Outcome.Skipped) {
            skipped[0]++;
            return;
        }
        if (outcome instanceof Outcome.Ok ok) {
            for (Sentence sentence : ok.result().get(Layers.SENTENCES)) {
                tokens[0] += sentence.tokens().size();
            }
            tokens[1] += ok.result().get(Layers.SENTENCES).size();
            tokens[2] += ok.result().getOrEmpty(Layers.PARSES).size();
        } else {
            failed[0]++;
        }
    }

    /** Events and their actors and targets, and those that name no actor (the check the events issue asks). */
    private static final class PartyTally {
        private int events;
        private int parties;
        private final List<String> unnamed = new ArrayList<>();

        synchronized void add(ArticleRecord record) {
            events += record.events().size();
            parties += ActorNaming.parties(record);
            unnamed.addAll(ActorNaming.unnamedParties(record));
        }

        synchronized String line() {
            return String.format(Locale.ROOT, "events: %d; actors and targets that name no actor: %d of %d%s", events,
                    unnamed.size(), parties, unnamed.isEmpty() ? ""
                            : " (" + String.join("; ", unnamed.subList(0, Math.min(5, unnamed.size()))) + ")");
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
