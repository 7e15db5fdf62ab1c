package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema version that fills new columns from what the store already holds (its records), in Java: no checksum
 * (its work is in code, which may be mended), in the migration's transaction.
 */
abstract class RecordMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    RecordMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Fills what the version adds, over the connection of the migration. */
    abstract void fill(Connection c) throws SQLException;
}
