package org.dossier.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.testing.LoopbackHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher's limits against a server on loopback that misbehaves in each way they guard against. */
class HttpFetcherTest {

    private static final long LIMIT = 1024 * 1024;
    private static final long GIGABYTE = 1L << 30;

    private LoopbackHttpServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackHttpServer.start();
        fetcher = new HttpFetcher(config());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    /** A timeout far above a loopback answer's time, so that a busy machine does not fail the other tests. */
    private static FetchConfig config() {
        return FetchConfig.defaults(FetchConfig.userAgent("9.9-test", "ops@example.org"))
                .withMaxBodyBytes(LIMIT).withResponseTimeout(Duration.ofSeconds(10)).withHostGap(Duration.ZERO)
                .withMaxRedirects(3);
    }

    @Test
    void aPageComesWithItsValidatorsAndAnUnchangedOneIsA304() throws Exception {
        server.route("/feed", exchange -> {
            String etag = "\"v1\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackHttpServer.send(exchange, 304, null, "");
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Wed, 12 Oct 2016 08:00:00 GMT");
            LoopbackHttpServer.send(exchange, 200, "application/rss+xml", "<rss/>");
        });

        FetchResult first = fetcher.fetch(server.uri("/feed"), Validators.NONE);
        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        FetchResult.Fetched fetched = (FetchResult.Fetched) first;
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(fetched.validators()).isEqualTo(new Validators("\"v1\"", "Wed, 12 Oct 2016 08:00:00 GMT"));
        assertThat(fetched.isHtml()).isFalse();

        assertThat(fetcher.fetch(server.uri("/feed"), fetched.validators()))
                .isInstanceOf(FetchResult.NotModified.class);
        LoopbackHttpServer.Request conditional = server.requests("/feed").get(1);
        assertThat(conditional.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(conditional.header("If-Modified-Since")).isEqualTo("Wed, 12 Oct 2016 08:00:00 GMT");
        assertThat(conditional.header("User-Agent")).isEqualTo("Dossier/9.9-test (feed watcher; +ops@example.org)");
        assertThat(server.requests("/feed").getFirst().header("If-None-Match")).isNull();
    }

    @Test
    void aGigabyteBodyIsCutOffAtTheLimitWithoutBeingRead() throws Exception {
        AtomicLong chunkedWritten = new AtomicLong();
        AtomicLong declaredWritten = new AtomicLong();
        server.route("/chunked", exchange -> chunkedWritten.set(LoopbackHttpServer.stream(exchange, GIGABYTE, false)));
        server.route("/declared", exchange -> declaredWritten.set(LoopbackHttpServer.stream(exchange, GIGABYTE, true)));

        long start = System.nanoTime();
        FetchResult chunked = fetcher.fetch(server.uri("/chunked"), Validators.NONE);
        FetchResult declared = fetcher.fetch(server.uri("/declared"), Validators.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(chunked).isInstanceOfSatisfying(FetchResult.Failed.class, failed -> {
            assertThat(failed.reason()).startsWith(server.uri("/chunked") + ": ")
                    .contains("body larger than the limit of 1.0 MiB");
            assertThat(failed.retryable()).isFalse();
        });
        assertThat(declared).isInstanceOfSatisfying(FetchResult.Failed.class, failed ->
                assertThat(failed.reason()).contains("body of 1024.0 MiB larger than the limit of 1.0 MiB"));
        assertThat(millis).as("neither body was read through").isLessThan(10_000);
        awaitUntil(() -> chunkedWritten.get() > 0 && declaredWritten.get() >= 0);
        assertThat(chunkedWritten.get()).as("the server was stopped soon after the limit")
                .isLessThan(64 * LIMIT);
    }

    @Test
    void aRedirectLoopAndTooManyRedirectsAreErrorsAndARedirectIsFollowed() throws Exception {
        server.route("/a", exchange -> LoopbackHttpServer.redirect(exchange, "/b"));
        server.route("/b", exchange -> LoopbackHttpServer.redirect(exchange, server.uri("/a").toString()));
        for (int i = 1; i <= 10; i++) {
            String next = "/hop" + (i + 1);
            server.route("/hop" + i, exchange -> LoopbackHttpServer.redirect(exchange, next));
        }
        server.route("/old", exchange -> LoopbackHttpServer.redirect(exchange, "new?x=1"));
        server.route("/new", exchange -> LoopbackHttpServer.send(exchange, 200, "text/html", "<p>moved</p>"));

        assertThat(fetcher.fetch(server.uri("/a"), Validators.NONE)).isInstanceOfSatisfying(
                FetchResult.Failed.class, failed -> {
                    assertThat(failed.reason()).contains("redirect loop").contains("/a");
                    assertThat(failed.retryable()).isFalse();
                });
        assertThat(server.requests("/a")).hasSize(1);
        assertThat(fetcher.fetch(server.uri("/hop1"), Validators.NONE)).isInstanceOfSatisfying(
                FetchResult.Failed.class, failed -> assertThat(failed.reason()).contains("more than 3 redirects"));
        assertThat(server.requests("/hop5")).isEmpty();
        assertThat(fetcher.fetch(server.uri("/old"), Validators.NONE)).isInstanceOfSatisfying(
                FetchResult.Fetched.class, fetched -> {
                    assertThat(fetched.uri()).isEqualTo(server.uri("/new?x=1"));
                    assertThat(fetched.isHtml()).isTrue();
                });
    }

    @Test
    void aSlowServerATricklingBodyAndAClosedPortTimeOutOrFailRetryably() throws Exception {
        server.route("/slow", exchange -> {
            LoopbackHttpServer.pause(5_000);
            LoopbackHttpServer.send(exchange, 200, "text/html", "late");
        });
        server.route("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    LoopbackHttpServer.pause(100);
                }
            }
        });

        try (HttpFetcher impatient = new HttpFetcher(config().withResponseTimeout(Duration.ofMillis(800)))) {
            for (String path : List.of("/slow", "/trickle")) {
                long start = System.nanoTime();
                FetchResult result = impatient.fetch(server.uri(path), Validators.NONE);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(result).as(path).isInstanceOfSatisfying(FetchResult.Failed.class, failed -> {
                    assertThat(failed.reason()).contains("within 0.8 s");
                    assertThat(failed.retryable()).isTrue();
                });
                assertThat(millis).as(path).isBetween(700L, 4_000L);
            }
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, failed -> assertThat(failed.retryable()).isTrue());
    }

    @Test
    void serverErrorsAreRetryableAndMissingPagesAreNot() throws Exception {
        server.route("/broken", exchange -> LoopbackHttpServer.send(exchange, 500, "text/plain", "oops"));
        server.route("/busy", exchange -> LoopbackHttpServer.send(exchange, 429, "text/plain", "later"));

        assertThat(fetcher.fetch(server.uri("/broken"), Validators.NONE)).isEqualTo(
                new FetchResult.Failed(server.uri("/broken") + ": HTTP 500", true));
        assertThat(fetcher.fetch(server.uri("/busy"), Validators.NONE)).isEqualTo(
                new FetchResult.Failed(server.uri("/busy") + ": HTTP 429", true));
        assertThat(fetcher.fetch(server.uri("/gone"), Validators.NONE)).isEqualTo(
                new FetchResult.Failed(server.uri("/gone") + ": HTTP 404", false));
        assertThat(fetcher.fetch(URI.create("ftp://127.0.0.1/x"), Validators.NONE)).isInstanceOfSatisfying(
                FetchResult.Failed.class, failed -> assertThat(failed.reason()).contains("not an http(s) address"));
    }

    @Test
    void requestsToOneHostAreSpacedByTheGapEvenFromSeveralThreads() throws Exception {
        server.route("/p", exchange -> LoopbackHttpServer.send(exchange, 200, "text/html", "<p>x</p>"));
        Duration gap = Duration.ofMillis(150);
        try (HttpFetcher spaced = new HttpFetcher(config().withHostGap(gap))) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<FetchResult>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    results.add(pool.submit(() -> spaced.fetch(server.uri("/p"), Validators.NONE)));
                }
                for (Future<FetchResult> result : results) {
                    assertThat(result.get()).isInstanceOf(FetchResult.Fetched.class);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        List<Long> times = server.requests("/p").stream().map(LoopbackHttpServer.Request::nanoTime).sorted().toList();
        assertThat(times).hasSize(6);
        // The server logs a request some time after it left, and on a loaded machine that delay varies: one gap can
        // look short when the request before it was logged late. The spacing shows in the span of all six (it cannot
        // shrink by more than one such delay) and in no two requests arriving together.
        assertThat((times.get(times.size() - 1) - times.get(0)) / 1_000_000).as("span of six requests")
                .isGreaterThanOrEqualTo(5 * gap.toMillis() - 60);
        for (int i = 1; i < times.size(); i++) {
            assertThat((times.get(i) - times.get(i - 1)) / 1_000_000).as("gap before request %d", i)
                    .isGreaterThanOrEqualTo(gap.toMillis() / 2);
        }
    }


    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
    }
}
