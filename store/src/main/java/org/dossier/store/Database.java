package org.dossier.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.flywaydb.core.api.FlywayException;

/**
 * The store's SQL database: a small connection pool, the schema brought up to date by versioned migrations
 * ({@code org/dossier/store/migration/V*.sql}, and {@link PlacesFromRecords}, {@link StoryPages} and
 * {@link DaysAsDates}, which fill data) when opened, and transactions that either commit whole or leave
 * nothing behind.
 */
final class Database implements AutoCloseable {

    /** Work done inside one transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The longest a compaction may take at a quiet moment; the rest waits for the next. */
    private static final int COMPACT_MILLIS = 500;

    private final HikariDataSource pool;
    private final boolean embedded;
    /**
     * H2 makes a commit visible to other connections a moment before it has written it to the file; reads wait
     * while a commit is under way, so that no reader is shown an article that a crash in that moment would lose.
     * Fair, so that a stream of reads cannot hold a commit back. (A database server makes commits durable before
     * it shows them; for it, the wait is only a little needless care within this process.)
     */
    private final ReentrantReadWriteLock visibility = new ReentrantReadWriteLock(true);

    private Database(HikariDataSource pool, boolean embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    static Database open(StoreConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.effectiveJdbcUrl());
        if (config.user() != null) {
            hikari.setUsername(config.user());
        }
        if (config.password() != null) {
            hikari.setPassword(config.password());
        }
        hikari.setMaximumPoolSize(8);
        hikari.setPoolName("dossier-store");
        hikari.setAutoCommit(false);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreException(openFailure(e, config), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:org/dossier/store/migration")
                    .failOnMissingLocations(true)
                    .javaMigrations(new PlacesFromRecords(), new StoryPages(), new DaysAsDates()).load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot bring the schema of the " + config.describe() + " up to date: "
                    + rootMessage(e), e);
        }
        return new Database(pool, config.embeddedDatabase());
    }

    /** Whether this is the embedded H2 database (else a database server: PostgreSQL). */
    boolean embedded() {
        return embedded;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                Lock commit = visibility.writeLock();
                commit.lock();
                try {
                    connection.commit();
                } finally {
                    commit.unlock();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + rootMessage(e), e);
        }
    }

    /** Runs read-only work. */
    <T> T read(Work<T> work) {
        Lock reading = visibility.readLock();
        reading.lock();
        try (Connection connection = pool.getConnection()) {
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + rootMessage(e), e);
        } finally {
            reading.unlock();
        }
    }

    /** Sets the embedded database's page cache, in MiB; a no-op for a database server. */
    void useCache(int mib) {
        if (!embedded) {
            return;
        }
        try (Connection connection = pool.getConnection();
                java.sql.Statement s = connection.createStatement()) {
            s.execute("SET CACHE_SIZE " + (long) mib * 1024);
        } catch (SQLException e) {
            throw new StoreException("database error: " + rootMessage(e), e);
        }
    }

    /**
     * Wins back the space of old versions in the embedded database's file. Its writes only ever go at the end of
     * the file (see {@link StoreConfig}), so it grows with every commit until compacted: call this with no write
     * in progress. A no-op for a database server.
     */
    void compact() {
        if (!embedded) {
            return;
        }
        try (Connection connection = pool.getConnection()) {
            MVStore file = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getStore().getMvStore();
            synchronized (this) {
                file.setReuseSpace(true);
                try {
                    file.compactFile(COMPACT_MILLIS);
                } finally {
                    file.setReuseSpace(false);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + rootMessage(e), e);
        }
    }

    /** H2's codes for a database file another process holds, and for a damaged file. */
    private static final int H2_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int MVSTORE_FILE_CORRUPT = 6;
    private static final int MVSTORE_FILE_LOCKED = 7;

    /** Why the database cannot be opened, and what to do about it. */
    static String openFailure(Throwable e, StoreConfig config) {
        String cause = rootMessage(e);
        if (!config.embeddedDatabase()) {
            return "cannot open the " + config.describe() + ": " + cause;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = t instanceof SQLException sql ? sql.getErrorCode()
                    : t instanceof MVStoreException mv ? -mv.getErrorCode() : 0;
            if (code == H2_ALREADY_OPEN || code == -MVSTORE_FILE_LOCKED) {
                return "cannot open the " + config.describe() + ": the store is open in another dossier process "
                        + "(a running 'dossier serve' or 'ingest'), and an embedded store takes one process at a "
                        + "time. Stop that process first, or work through the server while it runs: read with its "
                        + "API (GET /api/events?limit=1000&offset=0 pages through the events, /api/stories/ID and "
                        + "/api/articles/ID give whole records; see /openapi.json) and add articles with POST "
                        + "/api/articles";
            }
            if (code == H2_FILE_CORRUPTED || code == -MVSTORE_FILE_CORRUPT
                    || t instanceof java.nio.BufferUnderflowException) {
                return damaged(config, cause);
            }
        }
        return "cannot open the " + config.describe() + ": " + cause;
    }

    static String damaged(StoreConfig config, String cause) {
        return "the database file " + config.dir().resolve("db").resolve("dossier.mv.db") + " is damaged (" + cause
                + "), cut short or overwritten, and cannot be read. Restore the folder " + config.dir().resolve("db")
                + " from a backup (the search index rebuilds itself from it), or ingest the articles again into a "
                + "new store";
    }

    /**
     * Why a database that holds fewer articles than its search index has indexed is refused. H2 opens a file cut
     * short at the newest complete version left in it (the file is written at its end, so older versions stay
     * whole), which can be an older state or an empty one: served, it would lose articles without a word.
     */
    static String wentBack(StoreConfig config, long databaseSeq, long indexedSeq) {
        if (!config.embeddedDatabase()) {
            return "the " + config.describe() + " holds articles up to number " + databaseSeq + ", but the search "
                    + "index in " + config.indexDir() + " has indexed articles up to number " + indexedSeq + ": the "
                    + "database was replaced by an older copy or emptied. Restore it, or if that was meant, delete the "
                    + "folder " + config.indexDir() + " (the store rebuilds it from the database)";
        }
        return "the database file " + config.dir().resolve("db").resolve("dossier.mv.db") + " is damaged: it holds "
                + "articles up to number " + databaseSeq + ", but the search index has indexed articles up to number "
                + indexedSeq + ", so the file was cut short or replaced by an older copy. Restore the folder "
                + config.dir().resolve("db") + " from a backup; if you restored an older backup on purpose, delete the "
                + "folder " + config.indexDir() + " as well (the store rebuilds it from the database)";
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() {
        pool.close();
    }
}
