package org.dossier.store.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.ingest.fetch.FetchConfig;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.dossier.store.StoreIngest;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * A watcher in a process of its own, storing with the cleaning stage only and printing a line per stored
 * document, so that {@link WatchCrashTest} can kill it (kill -9) while it stores. Arguments: the store folder and
 * the feeds file.
 */
public final class WatchProcessMain {

    private WatchProcessMain() {}

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        DossierEngine engine = DossierEngine.cleaningOnly(EngineConfig.DEFAULT.withStoryDates(false));
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(storeDir), line -> {});
                HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults(FetchConfig.userAgent("test", null))
                        .withHostGap(Duration.ZERO))) {
            FeedWatcher watcher = new FeedWatcher(WatchList.read(Path.of(args[1])), store,
                    () -> new StoreIngest(engine, 1, StoryClusterer.Config.DEFAULT), fetcher,
                    new WatchStateFile(storeDir.resolve(WatchStateFile.NAME)),
                    FeedWatcher.Config.every(Duration.ofMillis(200)), InstantSource.system(), line -> {},
                    (done, total, last) -> {
                        System.out.println("stored " + done);
                        System.out.flush();
                    });
            watcher.run();
        }
    }
}
