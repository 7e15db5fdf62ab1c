package org.dossier.store;

import java.nio.file.Path;

/** The charts' and actor pages' queries on PostgreSQL, where {@link PostgresStoreTest} finds one (else skipped). */
class PostgresChartsTest extends ChartsContract {

    @Override
    StoreConfig emptyStore(Path dir) throws Exception {
        return new PostgresStoreTest().emptyStore(dir);
    }
}
