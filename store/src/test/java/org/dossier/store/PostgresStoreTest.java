package org.dossier.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The store contract on a real PostgreSQL server, named by {@code DOSSIER_TEST_POSTGRES_URL} (a JDBC URL with
 * user and password). {@code .ci/run} installs and starts one and sets it; elsewhere the test is skipped unless
 * {@code DOSSIER_REQUIRE_POSTGRES=1} says it must run.
 */
class PostgresStoreTest extends StoreContract {

    private static final String SCHEMA = "dossier_test";

    @Override
    StoreConfig emptyStore(Path dir) throws Exception {
        String url = System.getenv("DOSSIER_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("DOSSIER_REQUIRE_POSTGRES"))) {
                fail("DOSSIER_REQUIRE_POSTGRES=1 but DOSSIER_TEST_POSTGRES_URL is not set");
            }
            assumeTrue(false, "DOSSIER_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        return new StoreConfig(dir.resolve("store"), withSchema, null, null);
    }
}
