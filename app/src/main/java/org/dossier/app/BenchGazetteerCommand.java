package org.dossier.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.dossier.places.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-gazetteer",
        mixinStandardHelpOptions = true,
        header = "Measure how long the gazetteer takes to load and the heap it keeps.",
        description = {"Load the gazetteer built into the application and print how long it takes and the heap it "
                + "keeps (the heap in use after a full collection, with it and without it)."})
final class BenchGazetteerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", description = "Loads to time (default: ${DEFAULT-VALUE}); the first "
            + "is the cold one.")
    int runs = 3;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1) {
            spec.commandLine().getErr().println("error: --runs must be at least 1, was " + runs);
            return ExitCodes.USAGE;
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Gazetteer kept = null;
        for (int run = 1; run <= runs; run++) {
            kept = null;
            long before = usedAfterGc(memory);
            long start = System.nanoTime();
            kept = load();
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = usedAfterGc(memory);
            out.printf(Locale.ROOT, "load %d: %.2f s, %d places, %d countries, %d admin areas, heap kept %.0f MiB%n",
                    run, seconds, kept.placeCount(), kept.countryCount(), kept.areaCount(),
                    (after - before) / (1024.0 * 1024.0));
        }
        out.printf(Locale.ROOT, "max heap of this JVM: %.0f MiB%n", memory.getHeapMemoryUsage().getMax() / 1048576.0);
        out.flush();
        return kept == null ? ExitCodes.USAGE : ExitCodes.OK;
    }

    /** A fresh gazetteer from the resource (not the shared one, so each run reads it). */
    private static Gazetteer load() throws IOException {
        ClassLoader loader = Gazetteer.class.getClassLoader();
        try (InputStream data = loader.getResourceAsStream(Gazetteer.RESOURCE);
                Reader tsv = new InputStreamReader(new GZIPInputStream(data, 1 << 16), StandardCharsets.UTF_8);
                Reader aliases = new InputStreamReader(loader.getResourceAsStream(Gazetteer.ALIASES),
                        StandardCharsets.UTF_8);
                Reader words = new InputStreamReader(loader.getResourceAsStream(Gazetteer.AREA_WORDS),
                        StandardCharsets.UTF_8)) {
            return Gazetteer.read(tsv, aliases, words);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
