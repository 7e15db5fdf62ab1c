package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a user reads when the embedded database cannot be opened, without H2's own words. */
class OpenFailureTest {

    @Test
    void aStoreOpenInAServerSaysWhatToDoInsteadOfH2sLockMessage() {
        SQLException locked = new SQLException("Database may be already in use: \"/tmp/store/db/dossier.mv.db\". "
                + "Possible solutions: close all other connection(s); use the server mode [90020-224]", "90020",
                90020);
        String message = Database.openFailure(new RuntimeException(locked), StoreConfig.embedded(Path.of("s")));
        assertThat(message).contains("another dossier process", "dossier serve", "Stop that process",
                "GET /api/events", "/openapi.json").doesNotContain("Possible solutions", "90020");
    }
}
