package org.dossier.store;

import java.nio.file.Path;
import java.util.List;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.ingest.source.InputSource;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * A separate process that ingests a folder into a store without the NLP, printing a line per stored document, so
 * that {@link StoreCrashTest} can kill it (kill -9) part-way.
 */
public final class IngestProcessMain {

    private IngestProcessMain() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path input = Path.of(args[1]);
        DossierEngine engine = DossierEngine.cleaningOnly(EngineConfig.DEFAULT.withStoryDates(false));
        try (DossierStore target = DossierStore.open(StoreConfig.embedded(store))) {
            new StoreIngest(engine, 1, StoryClusterer.Config.DEFAULT).ingest(
                    InputSource.of(List.of(input), InputSource.DEFAULT_MAX_BYTES), target,
                    (done, total, last) -> {
                        System.out.println("stored " + done);
                        System.out.flush();
                    }, line -> {});
        }
        System.out.println("finished");
    }
}
