package org.dossier.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives. The folder always holds the search index; the records go in the embedded H2 database in
 * the same folder unless a JDBC URL names another database (PostgreSQL for a shared deployment).
 *
 * @param dir the store folder (created if missing)
 * @param jdbcUrl null for the embedded database, else e.g. {@code jdbc:postgresql://host/dossier}
 * @param user database user for a JDBC URL, or null
 * @param password database password for a JDBC URL, or null
 */
public record StoreConfig(Path dir, String jdbcUrl, String user, String password) {

    public StoreConfig {
        Objects.requireNonNull(dir, "dir");
    }

    /** The embedded database's page cache, 256 MiB: the events and their indexes of about 100,000 articles. */
    static final int CACHE_KIB = 256 * 1024;

    public static StoreConfig embedded(Path dir) {
        return new StoreConfig(dir, null, null, null);
    }

    public boolean embeddedDatabase() {
        return jdbcUrl == null;
    }

    /** The URL the connections use; the embedded database keeps its files under {@code DIR/db}. */
    String effectiveJdbcUrl() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        // The database file lock keeps a second process out rather than letting two writers corrupt it.
        // WRITE_DELAY=0: H2 writes each commit to the file before the commit returns. By default it writes
        // committed changes in the background up to a second later, so a process killed then lost articles that
        // readers had already been shown (and clients told were stored). REUSE_SPACE=FALSE: each write goes at
        // the end of the file; written into freed space, whole committed batches were still lost to kill -9 now
        // and then (ServerCrashTest). The space is won back by Database.compact at quiet moments.
        // CACHE_SIZE (KiB): H2 keeps this much of the file's pages decoded in memory; its default (16 MiB) held a
        // fraction of 400,000 events, so each filter that reads every event (a name contained in the actor's)
        // read and decoded the file again (bench-api --events on 100,000 articles).
        // DB_CLOSE_ON_EXIT=FALSE: the store closes the database itself, compacting it first, from the process's
        // shutdown hook; H2's own hook closed it before, and a server stopped with Ctrl-C printed H2's "database
        // has been closed" from the compaction.
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db").resolve("dossier") + ";FILE_LOCK=FILE"
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KIB;
    }

    Path indexDir() {
        return dir.resolve("index");
    }

    /** The URL without its password, for messages. */
    public String describe() {
        return jdbcUrl == null ? "embedded database in " + dir.resolve("db") : jdbcUrl.replaceAll("password=[^&;]*",
                "password=***");
    }
}
