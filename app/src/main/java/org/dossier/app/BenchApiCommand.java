package org.dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-api",
        header = "Load-test a running 'dossier serve' at a fixed rate and print latency percentiles.",
        mixinStandardHelpOptions = true,
        description = {
            "Load-test a running 'dossier serve': sends requests at a fixed rate (open loop, so a slow server "
                    + "cannot slow the load down) to the story list, story pages, story search and full-text "
                    + "search, with story ids and search words taken from the store (or, with --events, to the "
                    + "events view with filters and the story page), for a bounded time. Prints "
                    + "requests, errors and latency percentiles per endpoint; latency counts from when a request "
                    + "was due, not when it was sent.",
            ""},
        footer = {"", "Example:", "  dossier serve --store out/store &",
            "  dossier bench-api --url http://127.0.0.1:7070 --rate 200 --seconds 30",
            "  dossier bench-api --events --rate 50 --seconds 60 --p99-target-ms 300"})
final class BenchApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "The server (default: ${DEFAULT-VALUE}).")
    String url = "http://127.0.0.1:7070";

    @Option(names = "--rate", paramLabel = "N", description = "Requests per second (default: ${DEFAULT-VALUE}).")
    int rate = 200;

    @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(names = "--warmup", paramLabel = "S", description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--p99-target-ms", paramLabel = "MS", description = "Target for the 99th percentile "
            + "(default: ${DEFAULT-VALUE}).")
    double target = 200;

    @Option(names = "--events", description = "Load the analyst's pages instead: the events view with one to "
            + "three filters (actor, target, CAMEO root, quad class, country, date range, outlet, confidence) in a "
            + "random sort and one of its first five pages, and the story page (its page, /api/stories/{id}, "
            + "and its map's events), with values taken from the store's events.")
    boolean events;

    private record Sample(String endpoint, long nanos, boolean ok) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (rate < 1 || seconds < 1 || warmup < 0) {
            err.println("error: --rate and --seconds must be positive, --warmup not negative");
            return ExitCodes.USAGE;
        }
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        ExecutorService io = Executors.newFixedThreadPool(32);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        try {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stories?limit=200"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode story : new ObjectMapper().readTree(list.body()).get("stories")) {
                ids.add(story.get("id").asText());
                for (String w : story.path("title").asText("").split("[^\\p{L}]+")) {
                    if (w.length() > 4) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (Exception e) {
            err.println("error: cannot read the story list from " + base + ": " + e.getMessage());
            io.shutdownNow();
            return ExitCodes.FATAL;
        }
        if (ids.isEmpty()) {
            err.println("error: the server holds no stories; ingest some first");
            io.shutdownNow();
            return ExitCodes.FATAL;
        }
        List<String> vocabulary = List.copyOf(new LinkedHashSet<>(words.isEmpty() ? List.of("news") : words));
        EventValues values;
        try {
            values = events ? EventValues.read(http, base) : null;
        } catch (Exception e) {
            err.println("error: cannot read events from " + base + ": " + e.getMessage());
            io.shutdownNow();
            return ExitCodes.FATAL;
        }
        err.printf(Locale.ROOT, "Load: %d requests/s for %d s (after %d s of warm-up) against %s; %d stories, "
                + "%d search words.%n", rate, seconds, warmup, base, ids.size(), vocabulary.size());
        err.flush();

        Random random = new Random(42);
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger outstanding = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        clock.scheduleAtFixedRate(() -> {
            long due = start + sent.getAndIncrement() * periodNanos;
            if (due >= end) {
                return;
            }
            String[] request = events ? pickView(random, ids, values) : pick(random, ids, vocabulary);
            outstanding.incrementAndGet();
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + request[1])).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                        long latency = System.nanoTime() - due;
                        if (due >= measureFrom) {
                            samples.add(new Sample(request[0], latency, failure == null
                                    && response.statusCode() == 200));
                        }
                        outstanding.decrementAndGet();
                    });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        clock.shutdownNow();
        long drainUntil = System.nanoTime() + 15_000_000_000L;
        while (outstanding.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(20);
        }
        io.shutdownNow();
        report(out, List.copyOf(samples));
        return ExitCodes.OK;
    }

    private static String[] pick(Random random, List<String> ids, List<String> words) {
        String word = URLEncoder.encode(words.get(random.nextInt(words.size())), StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> new String[] {"GET /api/stories", "/api/stories?limit=50"};
            case 1 -> new String[] {"GET /api/stories/{id}",
                "/api/stories/" + URLEncoder.encode(ids.get(random.nextInt(ids.size())), StandardCharsets.UTF_8)};
            case 2 -> new String[] {"GET /api/stories?q=", "/api/stories?q=" + word};
            default -> new String[] {"GET /api/search?q=", "/api/search?q=" + word};
        };
    }

    /** Values the events view's filters take in the store: actor codes, target names, countries, outlets, days. */
    record EventValues(List<String> actors, List<String> targets, List<String> countries, List<String> outlets,
            List<String> days) {

        static EventValues read(HttpClient http, String base) throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/events?limit=1000")).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("GET /api/events answered " + page.statusCode());
            }
            java.util.Set<String> actors = new java.util.TreeSet<>();
            java.util.Set<String> targets = new java.util.TreeSet<>();
            java.util.Set<String> countries = new java.util.TreeSet<>();
            java.util.Set<String> outlets = new java.util.TreeSet<>();
            java.util.Set<String> days = new java.util.TreeSet<>();
            for (JsonNode e : new ObjectMapper().readTree(page.body()).get("events")) {
                addText(actors, e.get("actor_code"));
                addText(targets, e.get("target"));
                addText(countries, e.path("place").get("country"));
                addText(outlets, e.get("outlet"));
                addText(days, e.get("date"));
            }
            return new EventValues(List.copyOf(actors), List.copyOf(targets), List.copyOf(countries),
                    List.copyOf(outlets), List.copyOf(days));
        }

        private static void addText(java.util.Set<String> set, JsonNode node) {
            if (node != null && node.isTextual() && !node.asText().isBlank()) {
                set.add(node.asText());
            }
        }
    }

    private static final List<String> SORTS = List.of("date", "-date", "-confidence", "confidence", "cameo", "actor");

    /**
     * A request of the analyst's pages: half the events view (one to three filters, a sort, one of the first five
     * pages of 50), half the story page, whose page and map's events are two requests.
     */
    private static String[] pickView(Random random, List<String> ids, EventValues values) {
        String story = URLEncoder.encode(ids.get(random.nextInt(ids.size())), StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> new String[] {"GET /api/stories/{id}", "/api/stories/" + story};
            case 1 -> new String[] {"GET story map events", "/api/events.geojson?limit=1000&story=" + story};
            default -> new String[] {"GET /api/events?filters", "/api/events?" + viewFilter(random, values)};
        };
    }

    /** One to three filters of the events view, a sort and a page. */
    static String viewFilter(Random random, EventValues values) {
        List<String> filters = new ArrayList<>();
        int wanted = 1 + random.nextInt(3);
        java.util.Set<Integer> kinds = new java.util.LinkedHashSet<>();
        while (kinds.size() < wanted) {
            kinds.add(random.nextInt(8));
        }
        for (int kind : kinds) {
            String filter = switch (kind) {
                case 0 -> param("actor", some(values.actors(), random));
                case 1 -> param("target", some(values.targets(), random));
                case 2 -> "cameo=" + (10 + random.nextInt(10));
                case 3 -> "quad_class=" + (1 + random.nextInt(4));
                case 4 -> param("country", some(values.countries(), random));
                case 5 -> dayRange(random, values.days());
                case 6 -> param("outlet", some(values.outlets(), random));
                default -> "min_confidence=" + (5 + random.nextInt(5)) / 10.0;
            };
            if (filter != null) {
                filters.add(filter);
            }
        }
        filters.add("sort=" + SORTS.get(random.nextInt(SORTS.size())));
        filters.add("limit=50&offset=" + 50 * random.nextInt(5));
        return String.join("&", filters);
    }

    private static String some(List<String> list, Random random) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private static String param(String name, String value) {
        return value == null ? null : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A week or a month from a day events have. */
    private static String dayRange(Random random, List<String> days) {
        String day = some(days, random);
        if (day == null) {
            return null;
        }
        java.time.LocalDate from = java.time.LocalDate.parse(day.substring(0, 10));
        return "from=" + from + "&to=" + from.plusDays(random.nextBoolean() ? 6 : 30);
    }

    private void report(PrintWriter out, List<Sample> samples) {
        Map<String, List<Sample>> byEndpoint = new LinkedHashMap<>();
        byEndpoint.put("all", samples);
        for (Sample s : samples) {
            byEndpoint.computeIfAbsent(s.endpoint(), k -> new ArrayList<>()).add(s);
        }
        out.printf(Locale.ROOT, "%-24s %9s %7s %9s %9s %9s %9s%n", "endpoint", "requests", "errors", "p50 ms",
                "p90 ms", "p99 ms", "max ms");
        double allP99 = 0;
        for (Map.Entry<String, List<Sample>> e : byEndpoint.entrySet()) {
            long[] nanos = e.getValue().stream().mapToLong(Sample::nanos).sorted().toArray();
            long errors = e.getValue().stream().filter(s -> !s.ok()).count();
            double p99 = percentile(nanos, 0.99);
            if (e.getKey().equals("all")) {
                allP99 = p99;
            }
            out.printf(Locale.ROOT, "%-24s %9d %7d %9.1f %9.1f %9.1f %9.1f%n", e.getKey(), nanos.length, errors,
                    percentile(nanos, 0.50), percentile(nanos, 0.90), p99,
                    nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
        }
        out.printf(Locale.ROOT, "achieved %.1f requests/s over %d s; p99 %.1f ms against a target of %.0f ms: %s%n",
                samples.size() / (double) seconds, seconds, allP99, target, allP99 < target ? "met" : "NOT met");
        out.flush();
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
