package org.dossier.app;

import java.io.PrintWriter;
import java.nio.file.Files;
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

    /**
     * Whether the embedded store this names is not there, said on {@code err} with how to make one: commands that
     * read a store refuse to make an empty one (a typo in the path would serve nothing).
     */
    boolean missing(PrintWriter err) {
        return missing(database, dir, err);
    }

    static boolean missing(DatabaseOptions database, Path dir, PrintWriter err) {
        if (database.embedded() && !Files.isDirectory(dir)) {
            err.println("error: no store at " + dir + "; make one with 'dossier ingest INPUT... --store " + dir + "'");
            return true;
        }
        return false;
    }
}
