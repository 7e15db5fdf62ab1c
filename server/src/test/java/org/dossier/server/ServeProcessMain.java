package org.dossier.server;

import java.nio.file.Path;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.dossier.store.StoreIngest;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * A separate process serving a store as {@code dossier serve} does, with posted articles cleaned only (no NLP
 * models to load), printing its port, so that {@link ServerCrashTest} can kill it (kill -9) while it writes.
 */
public final class ServeProcessMain {

    private ServeProcessMain() {}

    public static void main(String[] args) throws Exception {
        DossierStore store = DossierStore.open(StoreConfig.embedded(Path.of(args[0])));
        DossierServer server = DossierServer.start(store, ServerConfig.local(0), () -> new StoreIngest(
                DossierEngine.cleaningOnly(EngineConfig.DEFAULT.withStoryDates(false)), 1,
                StoryClusterer.Config.DEFAULT));
        System.out.println("port " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
