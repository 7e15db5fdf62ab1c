package org.dossier.bench.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs extractors over the benchmark sets on one thread and prints each set's metric and pages/s. JVM extractors
 * get an untimed warm-up pass over each set, then timed passes of which the median counts, printed with the
 * slowest and fastest pass (a shared machine's noise moves single passes by a fifth); pages are read and unzipped
 * before timing, for every extractor.
 */
public final class ExtractionBenchmark {

    public static final int DEFAULT_PASSES = 5;
    /** Lost pages named in the report; the rest are counted. */
    private static final int MAX_LISTED_PAGES = 5;

    private final Path benchDir;
    private final List<PageExtractor> extractors;
    private final Optional<ReadabilityRunner> readability;
    private final PrintStream out;
    private final Path dumpDir;
    private final int passes;

    /**
     * @param dumpDir where to write every extraction as JSON lines ({@code <set>.<extractor>.jsonl}), for
     *     studying errors page by page; null for none
     */
    public ExtractionBenchmark(Path benchDir, List<PageExtractor> extractors, Optional<ReadabilityRunner> readability,
            PrintStream out, Path dumpDir, int passes) {
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1: " + passes);
        }
        this.benchDir = benchDir;
        this.extractors = List.copyOf(extractors);
        this.readability = readability;
        this.out = out;
        this.dumpDir = dumpDir;
        this.passes = passes;
    }

    /** The sets found under the bench folder; a missing one is reported and skipped. */
    public List<BenchmarkSet> sets() throws IOException {
        List<BenchmarkSet> sets = new ArrayList<>();
        Path scrapinghub = benchDir.resolve("scrapinghub-article-extraction");
        Path trafilatura = benchDir.resolve("trafilatura-eval");
        Path htmldate = benchDir.resolve("htmldate-eval");
        if (Files.isDirectory(scrapinghub)) {
            sets.add(BenchmarkSet.scrapingHub(scrapinghub));
        }
        if (Files.isDirectory(trafilatura)) {
            sets.add(BenchmarkSet.trafilatura(trafilatura));
        }
        if (Files.isDirectory(htmldate)) {
            sets.add(BenchmarkSet.htmldate(htmldate));
        }
        return sets;
    }

    public void run(List<BenchmarkSet> sets) throws IOException, InterruptedException {
        if (sets.isEmpty()) {
            throw new IOException("no benchmark sets under " + benchDir + " (expected scrapinghub-article-extraction,"
                    + " trafilatura-eval, htmldate-eval)");
        }
        out.println("Single thread, " + Runtime.version() + ", " + ManagementFactory.getOperatingSystemMXBean()
                .getAvailableProcessors() + " CPU(s) available.");
        for (BenchmarkSet set : sets) {
            out.println();
            out.println(set.name() + " (" + set.pages().size() + " pages)");
            Map<String, byte[]> html = load(set);
            Map<String, Map<String, Extraction>> outcomes = new HashMap<>();
            for (PageExtractor extractor : extractors) {
                if (set.scoresDates() && !extractor.findsDates()) {
                    // not scored here, but whether it finds text tells which pages Dossier loses
                    outcomes.put(extractor.name(), runPass(extractor, set, html));
                    continue;
                }
                runPass(extractor, set, html);
                double[] milliseconds = new double[passes];
                Map<String, Extraction> results = null;
                for (int pass = 0; pass < passes; pass++) {
                    long start = System.nanoTime();
                    results = runPass(extractor, set, html);
                    milliseconds[pass] = (System.nanoTime() - start) / 1e6;
                }
                java.util.Arrays.sort(milliseconds);
                int pages = set.pages().size();
                print(extractor.name(), set.score(results), pages, milliseconds[passes / 2],
                        String.format(Locale.ROOT, " (passes %.0f–%.0f)", pages / (milliseconds[passes - 1] / 1000.0),
                                pages / (milliseconds[0] / 1000.0)));
                dump(set, extractor.name(), results);
                outcomes.put(extractor.name(), results);
            }
            printLostPages(set, outcomes);
            if (readability.isPresent() && !set.scoresDates()) {
                ReadabilityRunner.Result result = readability.get().run(set.pages());
                print("readability", set.score(result.extractions()), set.pages().size(), result.milliseconds(), "");
                dump(set, "readability", result.extractions());
            }
        }
    }

    /**
     * Pages where Dossier found no article text at all while boilerpipe found some: the failures that cost a
     * reader a whole article, which averages hide.
     */
    private void printLostPages(BenchmarkSet set, Map<String, Map<String, Extraction>> outcomes) {
        Map<String, Extraction> dossier = outcomes.get(DossierExtractor.NAME);
        Map<String, Extraction> boilerpipe = outcomes.get(BoilerpipeExtractor.NAME);
        if (dossier == null || boilerpipe == null) {
            return;
        }
        List<String> lost = new ArrayList<>();
        for (Page page : set.pages()) {
            if (isBlank(dossier.get(page.id())) && !isBlank(boilerpipe.get(page.id()))) {
                lost.add(page.id());
            }
        }
        out.println(String.format(Locale.ROOT, "  %-12s %d page(s) without text where boilerpipe finds some%s",
                DossierExtractor.NAME, lost.size(), lost.isEmpty() ? "" : ": " + String.join(", ",
                        lost.subList(0, Math.min(lost.size(), MAX_LISTED_PAGES)))
                        + (lost.size() > MAX_LISTED_PAGES ? ", …" : "")));
    }

    private static boolean isBlank(Extraction e) {
        return e == null || e.text() == null || e.text().isBlank();
    }

    private static Map<String, Extraction> runPass(PageExtractor extractor, BenchmarkSet set, Map<String, byte[]> html) {
        Map<String, Extraction> results = new HashMap<>();
        for (Page page : set.pages()) {
            results.put(page.id(), extractor.extract(page, html.get(page.id())));
        }
        return results;
    }

    private static Map<String, byte[]> load(BenchmarkSet set) throws IOException {
        Map<String, byte[]> html = new HashMap<>();
        for (Page page : set.pages()) {
            html.put(page.id(), page.html());
        }
        return html;
    }

    private void dump(BenchmarkSet set, String extractor, Map<String, Extraction> results) throws IOException {
        if (dumpDir == null) {
            return;
        }
        Files.createDirectories(dumpDir);
        String file = set.name().split(" ")[0].toLowerCase(Locale.ROOT) + "." + extractor + ".jsonl";
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (java.io.BufferedWriter writer = Files.newBufferedWriter(dumpDir.resolve(file))) {
            for (Page page : set.pages()) {
                Extraction e = results.get(page.id());
                Map<String, Object> line = new java.util.LinkedHashMap<>();
                line.put("id", page.id());
                line.put("text", e == null ? null : e.text());
                line.put("date", e == null || e.date() == null ? null : e.date().toString());
                writer.write(json.writeValueAsString(line));
                writer.newLine();
            }
        }
    }

    private void print(String extractor, String score, int pages, double milliseconds, String spread) {
        out.println(String.format(Locale.ROOT, "  %-12s %s   %7.1f pages/s%s", extractor, score,
                pages / (milliseconds / 1000.0), spread));
        out.flush();
    }
}
