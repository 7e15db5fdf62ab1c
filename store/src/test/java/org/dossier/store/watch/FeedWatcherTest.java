package org.dossier.store.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.ingest.fetch.FetchConfig;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.model.record.ArticleRecord;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.dossier.store.StoreIngest;
import org.dossier.stories.cluster.StoryClusterer;
import org.dossier.testing.LoopbackHttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watcher against feed servers on loopback that publish over time and misbehave in every way the limits guard
 * against, storing with the cleaning stage only (no NLP models): every item is stored exactly once, and a source
 * that fails does not hold up the others.
 */
class FeedWatcherTest {

    private static final long GIGABYTE = 1L << 30;
    private static final long LIMIT = 1024 * 1024;

    private static DossierEngine engine;

    @TempDir
    Path dir;

    private LoopbackHttpServer server;
    private HttpFetcher fetcher;
    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void loadCleaner() {
        engine = DossierEngine.cleaningOnly(EngineConfig.DEFAULT.withStoryDates(false));
    }

    @AfterAll
    static void forget() {
        engine = null;
    }

    @BeforeEach
    void start() throws IOException {
        server = LoopbackHttpServer.start();
        fetcher = new HttpFetcher(FetchConfig.defaults(FetchConfig.userAgent("test", null)).withMaxBodyBytes(LIMIT)
                .withResponseTimeout(Duration.ofMillis(700)).withHostGap(Duration.ZERO));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private FeedWatcher watcher(Path feeds, DossierStore store) throws IOException {
        return watcher(feeds, store, FeedWatcher.Config.every(Duration.ofMinutes(1)));
    }

    private FeedWatcher watcher(Path feeds, DossierStore store, FeedWatcher.Config config) throws IOException {
        return new FeedWatcher(WatchList.read(feeds), store,
                () -> new StoreIngest(engine, 2, StoryClusterer.Config.DEFAULT), fetcher,
                new WatchStateFile(dir.resolve("store").resolve(WatchStateFile.NAME)), config, InstantSource.system(),
                log::add, (d, t, l) -> {});
    }

    private DossierStore openStore() {
        return DossierStore.open(StoreConfig.embedded(dir.resolve("store")), line -> {});
    }

    @Test
    void everyItemIsStoredOnceWhileOtherFeedsFailTimeOutBreakOrOverflow() throws Exception {
        TestFeed news = new TestFeed("Daily News");
        news.publish(new TestFeed.Item("urn:news:1", null, "One", TestFeed.article("n1")))
                .publish(new TestFeed.Item("news-2", server.uri("/pages/2").toString(), "Two", null))
                .publish(new TestFeed.Item(null, server.uri("/loop/a").toString(), "Loop", null))
                .publish(new TestFeed.Item("news-4", server.uri("/pages/flaky").toString(), "Flaky page", null));
        server.route("/news.rss", news);
        server.route("/pages/2", exchange -> LoopbackHttpServer.send(exchange, 200, "text/html; charset=utf-8",
                TestFeed.article("n2")));
        server.route("/loop/a", exchange -> LoopbackHttpServer.redirect(exchange, "/loop/b"));
        server.route("/loop/b", exchange -> LoopbackHttpServer.redirect(exchange, "/loop/a"));
        AtomicInteger flakyPage = new AtomicInteger();
        server.route("/pages/flaky", exchange -> {
            if (flakyPage.incrementAndGet() == 1) {
                LoopbackHttpServer.send(exchange, 503, "text/plain", "busy");
            } else {
                LoopbackHttpServer.send(exchange, 200, "text/html", TestFeed.article("n4"));
            }
        });
        TestFeed flaky = new TestFeed("Flaky").publish(new TestFeed.Item("urn:flaky:1", null, "F",
                TestFeed.article("f1")));
        AtomicInteger flakyFeed = new AtomicInteger();
        server.route("/flaky.rss", exchange -> {
            if (flakyFeed.incrementAndGet() == 1) {
                LoopbackHttpServer.send(exchange, 500, "text/plain", "internal error");
            } else {
                flaky.handle(exchange);
            }
        });
        server.route("/slow.rss", exchange -> {
            LoopbackHttpServer.pause(3_000);
            LoopbackHttpServer.send(exchange, 200, "application/rss+xml", "<rss/>");
        });
        server.route("/broken.rss", exchange -> LoopbackHttpServer.send(exchange, 200, "application/rss+xml",
                news.xml().substring(0, news.xml().length() / 2)));
        server.route("/huge.rss", exchange -> LoopbackHttpServer.stream(exchange, GIGABYTE, false));
        server.route("/error-page.rss", exchange -> LoopbackHttpServer.send(exchange, 200, "text/html",
                "<html><body>We are down</body></html>"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        writeOld(inbox.resolve("local-1.html"), TestFeed.article("l1"));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), String.join("\n",
                "# the sources", server.uri("/news.rss").toString(), server.uri("/flaky.rss").toString(),
                server.uri("/slow.rss").toString(), server.uri("/broken.rss").toString(),
                server.uri("/huge.rss").toString(), server.uri("/error-page.rss").toString(), "", "inbox", ""));

        try (DossierStore store = openStore()) {
            FeedWatcher watcher = watcher(feeds, store);
            FeedWatcher.PollReport first = watcher.poll(true);

            assertThat(first.polled()).isEqualTo(7);
            assertThat(first.failed()).as("flaky, slow, broken, huge, error page").isEqualTo(5);
            // n1, n2, the redirect loop (stored as failed), the local file; the flaky page waits for the next poll
            assertThat(first.newItems()).isEqualTo(4);
            Map<String, FeedState> states = states(watcher);
            assertThat(states.get(server.uri("/news.rss").toString())).satisfies(state -> {
                assertThat(state.newItems()).isEqualTo(3);
                assertThat(state.pending()).isEqualTo(1);
                assertThat(state.lastError()).contains("1 page(s) not fetched").contains("HTTP 503");
                assertThat(state.validators().etag()).as("read whole again while an item waits").isNull();
                assertThat(state.failures()).isZero();
            });
            assertThat(states.get(server.uri("/flaky.rss").toString()).lastError()).endsWith(": HTTP 500");
            assertThat(states.get(server.uri("/slow.rss").toString()).lastError()).contains("within 0.7 s");
            assertThat(states.get(server.uri("/broken.rss").toString()).lastError()).contains("malformed XML");
            assertThat(states.get(server.uri("/huge.rss").toString()).lastError())
                    .contains("body larger than the limit of 1.0 MiB");
            assertThat(states.get(server.uri("/error-page.rss").toString()).lastError())
                    .contains("not an RSS or Atom feed (root element <html>)");
            assertThat(states.get(server.uri("/huge.rss").toString())).satisfies(state -> {
                assertThat(state.failures()).isEqualTo(1);
                assertThat(state.lastSuccess()).isNull();
                assertThat(state.nextPoll()).isAfter(Instant.now().plusSeconds(50));
            });
            assertThat(log).anyMatch(line -> line.startsWith(server.uri("/news.rss") + ": 4 item(s), 3 new"));
            assertThat(log).anyMatch(line -> line.startsWith(server.uri("/slow.rss") + ": failed (1 in a row; "
                    + "next try in 60 s)"));

            news.publish(new TestFeed.Item("urn:news:5", null, "Five", TestFeed.article("n5")));
            writeOld(inbox.resolve("local-2.txt"), "Farmers said the long dry summer had cut the harvest.");
            FeedWatcher.PollReport second = watcher.poll(true);
            assertThat(second.newItems()).as("n4's page, n5, the flaky feed's f1, local-2").isEqualTo(4);
            assertThat(states(watcher).get(server.uri("/flaky.rss").toString())).satisfies(state -> {
                assertThat(state.failures()).isZero();
                assertThat(state.lastError()).isNull();
                assertThat(state.lastSuccess()).isNotNull();
            });
            assertThat(states(watcher).get(server.uri("/huge.rss").toString()).failures()).isEqualTo(2);

            FeedWatcher.PollReport third = watcher.poll(true);
            assertThat(third.newItems()).isZero();
            assertThat(log).contains(server.uri("/news.rss") + ": not modified");
            assertThat(server.requests("/news.rss").getLast().header("If-None-Match")).isNotNull();

            List<ArticleRecord> records = new ArrayList<>();
            store.forEachArticle(records::add);
            Map<String, Long> bySource = records.stream().collect(Collectors.groupingBy(ArticleRecord::source,
                    Collectors.counting()));
            assertThat(bySource.values()).as("nothing stored twice").containsOnly(1L);
            assertThat(bySource.keySet()).containsExactlyInAnyOrder("urn:news:1", server.uri("/news.rss") + "#news-2",
                    server.uri("/loop/a").toString(), server.uri("/news.rss") + "#news-4", "urn:news:5",
                    "urn:flaky:1", inbox.resolve("local-1.html").toString(), inbox.resolve("local-2.txt").toString());
            Map<String, ArticleRecord> bySourceRecord = records.stream().collect(Collectors.toMap(
                    ArticleRecord::source, Function.identity()));
            assertThat(bySourceRecord.get(server.uri("/loop/a").toString()).error()).contains("redirect loop");
            assertThat(bySourceRecord.get(server.uri("/news.rss") + "#news-2").text()).contains("This was report n2");
            assertThat(bySourceRecord.get(server.uri("/news.rss") + "#news-2").url())
                    .isEqualTo(server.uri("/pages/2").toString());
            assertThat(bySourceRecord.get(server.uri("/news.rss") + "#news-4").text()).contains("report n4");
            assertThat(bySourceRecord.get("urn:news:1").outlet()).isEqualTo("Daily News");
        }
    }

    @Test
    void aWatcherRestartedFromAnOlderStateStoresNothingTwiceEvenWhenPagesChanged() throws Exception {
        TestFeed news = new TestFeed("Daily News");
        news.publish(new TestFeed.Item("urn:news:1", null, "One", TestFeed.article("n1")));
        AtomicInteger version = new AtomicInteger(1);
        news.publish(new TestFeed.Item("news-2", server.uri("/pages/2").toString(), "Two", null));
        server.route("/news.rss", news);
        server.route("/pages/2", exchange -> LoopbackHttpServer.send(exchange, 200, "text/html",
                TestFeed.article("n2 version " + version.get())));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), server.uri("/news.rss") + "\n");
        Path stateFile = dir.resolve("store").resolve(WatchStateFile.NAME);
        Path older = dir.resolve("older-state.json");

        try (DossierStore store = openStore()) {
            assertThat(watcher(feeds, store).poll(true).newItems()).isEqualTo(2);
        }
        Files.copy(stateFile, older);
        news.publish(new TestFeed.Item("urn:news:3", null, "Three", TestFeed.article("n3")));
        try (DossierStore store = openStore()) {
            assertThat(watcher(feeds, store).poll(true).newItems()).isEqualTo(1);
        }
        // as if killed after storing n3 but before saving the state: the old validators, a changed page
        Files.copy(older, stateFile, StandardCopyOption.REPLACE_EXISTING);
        version.set(2);
        try (DossierStore store = openStore()) {
            FeedWatcher watcher = watcher(feeds, store);
            assertThat(watcher.poll(true).newItems()).isZero();
            assertThat(log).contains(server.uri("/news.rss") + ": 3 item(s), 0 new");
            assertThat(store.counts().articles()).isEqualTo(3);
        }
        assertThat(server.requests("/pages/2")).as("a stored item's page is not fetched again").hasSize(1);
        // a lost or damaged state costs a full fetch, nothing more
        Files.writeString(stateFile, "{not json");
        try (DossierStore store = openStore()) {
            assertThat(watcher(feeds, store).poll(true).newItems()).isZero();
            assertThat(store.counts().articles()).isEqualTo(3);
        }
        assertThat(log).anyMatch(line -> line.startsWith("warning: cannot read the watch state"));
    }

    @Test
    void aPageThatKeepsFailingIsStoredAsFailedAfterItsLastTryAndNotTriedAgain() throws Exception {
        TestFeed news = new TestFeed("Daily News");
        news.publish(new TestFeed.Item("urn:news:down", server.uri("/pages/down").toString(), "Down", null));
        server.route("/news.rss", news);
        server.route("/pages/down", exchange -> LoopbackHttpServer.send(exchange, 503, "text/plain", "busy"));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), server.uri("/news.rss") + "\n");
        try (DossierStore store = openStore()) {
            FeedWatcher watcher = watcher(feeds, store,
                    new FeedWatcher.Config(Duration.ofMinutes(1), Duration.ofHours(1), 2, 1 << 20));
            assertThat(watcher.poll(true).newItems()).isZero();
            assertThat(watcher.status().sources().getFirst().pending()).isEqualTo(1);
            assertThat(watcher.poll(true).newItems()).isEqualTo(1);
            assertThat(watcher.poll(true).newItems()).isZero();
            ArticleRecord failed = store.article(FeedPoller.idOf("urn:news:down")).orElseThrow();
            assertThat(failed.error()).isEqualTo("the item's page could not be fetched: " + server.uri("/pages/down")
                    + ": HTTP 503 (after 2 tries)");
            assertThat(watcher.status().sources().getFirst().pending()).isZero();
        }
        assertThat(server.requests("/pages/down")).hasSize(2);
    }

    @Test
    void aFileStillBeingWrittenWaitsForTheNextPoll() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("fresh.html"), TestFeed.article("fresh"));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "inbox\n");
        try (DossierStore store = openStore()) {
            FeedWatcher watcher = watcher(feeds, store);
            assertThat(watcher.poll(true).newItems()).isZero();
            assertThat(log).contains(inbox + ": 1 file(s), 0 new, 1 still being written");
            Files.setLastModifiedTime(inbox.resolve("fresh.html"), FileTime.from(Instant.now().minusSeconds(60)));
            assertThat(watcher.poll(true).newItems()).isEqualTo(1);
            assertThat(watcher.poll(true).newItems()).isZero();
            assertThat(store.counts().articles()).isEqualTo(1);
        }
    }

    @Test
    void theWaitDoublesWithEachFailureInARowUpToTheLimit() {
        FeedWatcher.Config config = new FeedWatcher.Config(Duration.ofMinutes(10), Duration.ofHours(1), 3, 1000);
        assertThat(config.wait(0)).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.wait(1)).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.wait(2)).isEqualTo(Duration.ofMinutes(20));
        assertThat(config.wait(3)).isEqualTo(Duration.ofMinutes(40));
        assertThat(config.wait(4)).isEqualTo(Duration.ofHours(1));
        assertThat(config.wait(400)).isEqualTo(Duration.ofHours(1));
        FeedWatcher.Config slow = new FeedWatcher.Config(Duration.ofHours(2), Duration.ofHours(1), 3, 1000);
        assertThat(slow.wait(5)).as("never sooner than the interval").isEqualTo(Duration.ofHours(2));
    }

    private static Map<String, FeedState> states(FeedWatcher watcher) {
        return watcher.status().sources().stream().collect(Collectors.toMap(FeedState::source, Function.identity()));
    }

    private static void writeOld(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }


}
