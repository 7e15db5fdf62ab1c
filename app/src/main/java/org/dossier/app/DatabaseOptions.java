package org.dossier.app;

import java.nio.file.Path;
import org.dossier.store.StoreConfig;
import picocli.CommandLine.Option;

/** Options that put a store's records in a database server instead of the embedded one. */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Keep the records in this database instead of the embedded one, e.g. "
                    + "jdbc:postgresql://localhost/dossier (the search index stays in the store folder).")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user for --db.")
    String user;

    @Option(names = "--db-password-env", paramLabel = "VAR", defaultValue = "DOSSIER_DB_PASSWORD",
            description = "Environment variable holding the password for --db (default: ${DEFAULT-VALUE}); "
                    + "passwords are not taken on the command line, where other users could see them.")
    String passwordVariable;

    boolean embedded() {
        return jdbcUrl == null;
    }

    StoreConfig store(Path dir) {
        return new StoreConfig(dir, jdbcUrl, user, jdbcUrl == null ? null : System.getenv(passwordVariable));
    }
}
