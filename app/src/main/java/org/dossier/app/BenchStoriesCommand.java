package org.dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.dossier.engine.DossierEngine;
import org.dossier.ingest.source.InputSource;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.SpanText;
import org.dossier.output.EmbeddingCodec;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.dossier.store.StoreIngest;
import org.dossier.stories.cluster.StoryClusterer;
import org.dossier.stories.cluster.SurfaceNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-stories",
        header = "Measure how long adding articles to a store's stories takes as the store grows.",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the story time of adding articles to stores of different sizes: for each size, fills a new "
                    + "store in a temporary folder with a synthetic stream (the variants of bench-clustering, "
                    + "stored as analyzed articles with their surface names as entities and their base text's "
                    + "lead embedding), its stories grown batch after batch, then closes and opens it as the next "
                    + "ingest would and times bringing the stories up to date after adding --add articles, "
                    + "--batches times. The stream has 1,000 articles a day, and each base text is a story of "
                    + "three days: the texts of a day are the next of them in a round that takes 36 days, each told "
                    + "on three days running, so a text comes back after its story has left the clusterer's "
                    + "30-day window, and stories live as news stories do (about 30 articles each from the 1,163 "
                    + "texts of the bench folder) instead of growing all through the stream. With --posts, then starts the server on the largest store and times "
                    + "POSTs of one article each (analyzed by the full pipeline, stored, stories updated), after "
                    + "--warmup unmeasured ones.",
            ""},
        footer = {"", "Examples:", "  dossier bench-stories --sizes 10000,100000 --add 1000 --posts 20",
            "  dossier bench-stories --sizes 30000,100000 --dir /tmp/stores --reuse"})
final class BenchStoriesCommand implements Callable<Integer> {

    private static final int ARTICLES_PER_DAY = 1_000;
    /** Days the base texts take to go round: more than the clusterer's window, so a text's story has left it. */
    private static final int ROUND_DAYS = 36;
    private static final int FILL_BATCH = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",",
            description = "Store sizes in articles (default: 10000,100000).")
    List<Integer> sizes = List.of(10_000, 100_000);

    @Option(names = "--add", paramLabel = "N", description = "Articles per timed batch (default: ${DEFAULT-VALUE}).")
    int add = 1_000;

    @Option(names = "--batches", paramLabel = "N", description = "Timed batches per size (default: ${DEFAULT-VALUE}).")
    int batches = 3;

    @Option(names = "--posts", paramLabel = "N", description = "Timed POSTs on the largest store; 0 for none "
            + "(default: ${DEFAULT-VALUE}).")
    int posts = 20;

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured POSTs first (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--data", paramLabel = "DIR", description = "The bench folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the stores go (default: a new temporary "
            + "folder, deleted at the end).")
    Path dir;

    @Option(names = "--reuse", negatable = false, description = "Use the stores a run with the same --dir left "
            + "(store-N), adding the articles that follow theirs in the stream, instead of filling new ones.")
    boolean reuse;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || add < 1 || batches < 1 || posts < 0) {
            err.println("error: --sizes, --add and --batches must be positive, --posts not negative");
            return ExitCodes.USAGE;
        }
        List<String> texts = new ArrayList<>(BenchTexts.ecbplus(data).stream().map(BenchTexts.Text::text).toList());
        texts.addAll(BenchTexts.scrapinghubBodies(data).stream().map(BenchTexts.Text::text).toList());
        texts.removeIf(String::isBlank);
        if (texts.size() < 10 * ROUND_DAYS) {
            err.println("error: the bench folder " + data + " has " + texts.size() + " texts; the stream needs the "
                    + "ECB+ and scrapinghub texts of ../shared/bench");
            return ExitCodes.USAGE;
        }
        LeadEmbeddings leads = LeadEmbeddings.load(engineOptions.noEmbeddings, err);
        List<String> embeddings = texts.stream().map(t -> {
            float[] e = leads.of(t);
            return e == null ? null : EmbeddingCodec.encode(e);
        }).toList();
        Path root = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("dossier-bench-stories");
        err.printf(Locale.ROOT, "Stores in %s; stream made from %d texts.%n", root, texts.size());
        err.flush();
        Stream stream = new Stream(texts, embeddings);
        Path largest = null;
        List<Integer> ordered = sizes.stream().sorted().toList();
        int next = 0;
        for (int size : ordered) {
            Path storeDir = root.resolve("store-" + size);
            if (!(reuse && Files.isDirectory(storeDir))) {
                fill(storeDir, size, stream, err);
            }
            try (DossierStore store = DossierStore.open(StoreConfig.embedded(storeDir), err::println)) {
                // The stream's articles are numbered from 0; a reused store holds some beyond its size.
                int first = (int) store.counts().articles();
                long start = System.nanoTime();
                store.updateStories(StoryClusterer.Config.DEFAULT, line -> {});
                double opening = (System.nanoTime() - start) / 1e9;
                List<Double> seconds = new ArrayList<>();
                for (int b = 0; b < batches; b++) {
                    int from = first + b * add;
                    for (int i = from; i < from + add; i++) {
                        store.add(stream.record(i));
                    }
                    store.flush();
                    start = System.nanoTime();
                    store.updateStories(StoryClusterer.Config.DEFAULT, line -> {});
                    seconds.add((System.nanoTime() - start) / 1e9);
                }
                List<Double> single = new ArrayList<>();
                for (int p = 0; p < 5; p++) {
                    store.add(stream.record(first + batches * add + p));
                    start = System.nanoTime();
                    store.updateStories(StoryClusterer.Config.DEFAULT, line -> {});
                    single.add((System.nanoTime() - start) / 1e9);
                }
                out.printf(Locale.ROOT, "store of %,d articles (%,d stories): opening the story stream %.2f s; "
                        + "story time of adding %,d articles: %s s; of adding one: %s s%n", first,
                        store.countStories(), opening, add, seconds(seconds), seconds(single));
                next = first + batches * add + 5;
                out.flush();
            }
            largest = storeDir;
        }
        if (posts > 0) {
            post(largest, next, stream, out, err);
        }
        if (dir == null) {
            deleteTree(root);
        }
        return ExitCodes.OK;
    }

    private static String seconds(List<Double> values) {
        return String.join(", ", values.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
    }

    /** A new store of {@code size} articles of the stream, its stories grown every 10,000 articles. */
    private static void fill(Path storeDir, int size, Stream stream, PrintWriter err) {
        long start = System.nanoTime();
        long storyNanos = 0;
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(storeDir), err::println)) {
            for (int i = 0; i < size; i++) {
                store.add(stream.record(i));
                if ((i + 1) % FILL_BATCH == 0 || i + 1 == size) {
                    store.flush();
                    long stories = System.nanoTime();
                    store.updateStories(StoryClusterer.Config.DEFAULT, line -> {});
                    storyNanos += System.nanoTime() - stories;
                    err.printf(Locale.ROOT, "  %,d articles stored, stories up to date (%.0f s, of which stories "
                            + "%.0f s)%n", i + 1, (System.nanoTime() - start) / 1e9, storyNanos / 1e9);
                    err.flush();
                }
            }
        }
    }

    /** Starts the server on the store and times POSTs of one new article each. */
    private void post(Path storeDir, int next, Stream stream, PrintWriter out, PrintWriter err) throws Exception {
        DossierStore store = DossierStore.open(StoreConfig.embedded(storeDir), err::println);
        DossierEngine engine = engineOptions.load(err);
        StoreIngest ingest = new StoreIngest(engine, 1, StoryClusterer.Config.DEFAULT);
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> timed = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        Map<String, long[]> collectorsBefore = new LinkedHashMap<>();
        try (DossierServer server = DossierServer.start(store, ServerConfig.local(0), () -> ingest)) {
            for (int p = 0; p < warmup + posts; p++) {
                if (p == warmup) {
                    collectorsBefore.putAll(collectors());
                }
                ArticleRecord r = stream.record(next + p);
                Map<String, String> body = new LinkedHashMap<>();
                body.put("title", "Report " + (next + p));
                body.put("text", r.text());
                body.put("date", r.published().toString());
                body.put("outlet", "Bench Wire");
                bodies.add(json.writeValueAsString(body));
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                        .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.getLast())).build();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (response.statusCode() / 100 != 2) {
                    err.println("error: POST answered " + response.statusCode() + ": " + response.body());
                    return;
                }
                if (p >= warmup) {
                    timed.add(seconds);
                }

            }
        } finally {
            store.close();
        }
        // The same articles analyzed again, not stored: the pipeline's share of a POST.
        List<Double> analysis = new ArrayList<>();
        for (String body : bodies.subList(warmup, bodies.size())) {
            long start = System.nanoTime();
            engine.analyze(InputSource.fromJson("bench", body, ServerConfig.DEFAULT_MAX_BODY_BYTES));
            analysis.add((System.nanoTime() - start) / 1e9);
        }
        out.printf(Locale.ROOT, "POST of one article on the store of %,d articles, after %d unmeasured (%d posts): "
                + "%s; the analysis alone of the same articles: %s%n", next, warmup, timed.size(),
                percentiles(timed), percentiles(analysis));
        out.printf(Locale.ROOT, "  each timed POST, in order: %s s%n", String.join(" ",
                timed.stream().map(t -> String.format(Locale.ROOT, "%.2f", t)).toList()));
        out.printf(Locale.ROOT, "  the collector during the timed POSTs (%s): %s%n",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-XX:+Use") || a.startsWith("-Xmx")).toList(),
                collectorsSince(collectorsBefore));
        out.flush();
    }

    /** Each collector's collections and their time so far, as the JVM counts them. */
    private static Map<String, long[]> collectors() {
        Map<String, long[]> now = new LinkedHashMap<>();
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            now.put(bean.getName(), new long[] {bean.getCollectionCount(), bean.getCollectionTime()});
        }
        return now;
    }

    /**
     * What each collector did since {@code before}. A pause-time collector's time is time the application was
     * stopped; a concurrent one's (ZGC's cycles) ran beside it, and its pauses are counted apart.
     */
    private static String collectorsSince(Map<String, long[]> before) {
        List<String> parts = new ArrayList<>();
        collectors().forEach((name, now) -> {
            long[] then = before.getOrDefault(name, new long[2]);
            if (now[0] > then[0]) {
                parts.add(String.format(Locale.ROOT, "%s %d in %d ms", name, now[0] - then[0], now[1] - then[1]));
            }
        });
        return parts.isEmpty() ? "no collection" : String.join(", ", parts);
    }

    private static String percentiles(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %.3f s, 90th percentile %.3f s, max %.3f s",
                sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1,
                        Math.ceil(sorted.length * 0.9) - 1)], sorted[sorted.length - 1]);
    }

    /**
     * The synthetic stream: article i is a variant of a base text (a tenth of its words swapped for another
     * text's, as in bench-clustering) on day i / 3,000; the base texts of a day are {@code 3 * shift} consecutive
     * ones starting {@code shift} further on each day, so each is told on three days running, and the texts go
     * round in 33 days.
     */
    private static final class Stream {
        private final List<String> texts;
        private final List<String> embeddings;
        private final int shift;
        private static final LocalDate START = LocalDate.of(2020, 1, 1);

        Stream(List<String> texts, List<String> embeddings) {
            this.texts = texts;
            this.embeddings = embeddings;
            this.shift = texts.size() / ROUND_DAYS;
        }

        ArticleRecord record(int i) {
            int day = i / ARTICLES_PER_DAY;
            int base = (day * shift + i % (3 * shift)) % texts.size();
            Random random = new Random(i);
            String[] words = texts.get(base).split("\\s+");
            String[] donor = texts.get(random.nextInt(texts.size())).split("\\s+");
            for (int k = 0; k < words.length / 10; k++) {
                words[random.nextInt(words.length)] = donor[random.nextInt(donor.length)];
            }
            String text = String.join(" ", words);
            List<EntityRecord> names = new ArrayList<>();
            for (String name : SurfaceNames.of(text)) {
                names.add(new EntityRecord(name, name, List.of(new SpanText(name, 0, 0))));
            }
            String id = String.format(Locale.ROOT, "%016x", 0x5b000000L + i);
            return new ArticleRecord(id, "bench/" + id, null, null, "Outlet " + i % 7,
                    START.plusDays(day), "stated", null, "en", text, names, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), null, null, null, embeddings.get(base));
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
