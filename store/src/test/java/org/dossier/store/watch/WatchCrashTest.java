package org.dossier.store.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.dossier.testing.KilledChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 a watcher while it stores the items of a feed that keeps publishing (half of them only links to their
 * pages), twice, then let a watcher finish: every item is in the store exactly once.
 */
class WatchCrashTest {

    @TempDir
    Path dir;

    @Test
    void aWatcherKilledWhileStoringLosesAndDuplicatesNothing() throws Exception {
        TestFeed feed = new TestFeed("Wire");
        try (LoopbackHttpServer server = LoopbackHttpServer.start()) {
            server.route("/wire.rss", feed);
            publish(feed, server, 0, 400);
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), server.uri("/wire.rss") + "\n");
            Path storeDir = dir.resolve("store");

            int storedWhenKilled = runAndKill(storeDir, feeds, 60);
            assertThat(storedWhenKilled).as("the child was killed while storing").isGreaterThanOrEqualTo(60);
            long afterFirstKill = articles(storeDir);
            assertThat(afterFirstKill).as("killed before the end").isBetween(1L, 399L);

            publish(feed, server, 400, 500);
            runAndKill(storeDir, feeds, 20);
            assertThat(articles(storeDir)).isGreaterThanOrEqualTo(afterFirstKill);

            publish(feed, server, 500, 520);
            DossierEngine engine = DossierEngine.cleaningOnly(EngineConfig.DEFAULT.withStoryDates(false));
            try (DossierStore store = DossierStore.open(StoreConfig.embedded(storeDir), line -> {});
                    HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults("test").withHostGap(Duration.ZERO))) {
                FeedWatcher watcher = new FeedWatcher(WatchList.read(feeds), store,
                        () -> new StoreIngest(engine, 2, StoryClusterer.Config.DEFAULT), fetcher,
                        new WatchStateFile(storeDir.resolve(WatchStateFile.NAME)),
                        FeedWatcher.Config.every(Duration.ofMinutes(1)), InstantSource.system(), line -> {},
                        (d, t, l) -> {});
                watcher.poll(true);
                int pagesFetched = server.requests().size();
                assertThat(watcher.poll(true).newItems()).isZero();
                assertThat(server.requests()).as("only the feed, no stored item's page, fetched again")
                        .hasSize(pagesFetched + 1);

                List<ArticleRecord> records = new ArrayList<>();
                store.forEachArticle(records::add);
                Set<String> sources = new HashSet<>();
                for (ArticleRecord record : records) {
                    assertThat(sources.add(record.source())).as("%s stored once", record.source()).isTrue();
                    assertThat(record.failed()).as("%s stored whole", record.source()).isFalse();
                }
                assertThat(records).hasSize(520);
                Set<String> expected = new HashSet<>();
                for (TestFeed.Item item : feed.items()) {
                    expected.add(item.guid());
                }
                assertThat(sources).isEqualTo(expected);
                assertThat(store.storiesStale()).isFalse();
            }
        }
    }

    /** Items {@code from} to {@code to - 1}: the even ones only link to their page, the odd ones carry it. */
    private static void publish(TestFeed feed, LoopbackHttpServer server, int from, int to) {
        for (int i = from; i < to; i++) {
            String html = TestFeed.article("w" + i);
            String guid = "urn:wire:" + i;
            if (i % 2 == 0) {
                server.route("/pages/" + i, exchange -> LoopbackHttpServer.send(exchange, 200, "text/html", html));
                feed.publish(new TestFeed.Item(guid, server.uri("/pages/" + i).toString(), "W" + i, null));
            } else {
                feed.publish(new TestFeed.Item(guid, null, "W" + i, html));
            }
        }
    }

    private static long articles(Path storeDir) {
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(storeDir), line -> {})) {
            return store.counts().articles();
        }
    }

    /** Runs a watcher in another process and kills it (SIGKILL) once it has stored {@code after} documents. */
    private static int runAndKill(Path storeDir, Path feeds, int after) throws Exception {
        return KilledChild.runAndKill(WatchProcessMain.class, after, null, storeDir.toString(),
                feeds.toString());
    }
}
