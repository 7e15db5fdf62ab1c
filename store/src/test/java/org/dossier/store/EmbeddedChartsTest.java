package org.dossier.store;

import java.nio.file.Path;

/** The charts' and actor pages' queries on the embedded H2 database. */
class EmbeddedChartsTest extends ChartsContract {

    @Override
    StoreConfig emptyStore(Path dir) {
        return StoreConfig.embedded(dir.resolve("store"));
    }
}
