package org.dossier.app;

import java.nio.file.Path;
import org.dossier.store.StoreConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options that name a store: its folder, and optionally a database server instead of the embedded one. */
final class StoreOptions {

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store folder: the embedded database and the search index (ingest creates it when "
                    + "missing; serve, export and reindex need it to exist).")
    Path dir;

    @Mixin
    DatabaseOptions database;

    StoreConfig config() {
        return database.store(dir);
    }
}
