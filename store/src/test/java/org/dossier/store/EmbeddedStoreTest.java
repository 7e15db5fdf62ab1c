package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The store contract on the embedded H2 database, the default. */
class EmbeddedStoreTest extends StoreContract {

    @Override
    StoreConfig emptyStore(Path dir) {
        return StoreConfig.embedded(dir.resolve("store"));
    }

    @Test
    void keepsEverythingInOneFolder() {
        Path folder = dir.resolve("store");
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder))) {
            store.add(StoreFixtures.harvest());
        }
        assertThat(folder.resolve("db")).isDirectory();
        assertThat(folder.resolve("index")).isDirectory();
    }
}
