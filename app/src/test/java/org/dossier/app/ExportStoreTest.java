package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dossier.output.ArticlesJsonl;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exports from a store read its records only, whatever state its derived data is in. */
class ExportStoreTest {

    @TempDir
    Path dir;

    @Test
    void storiesLeftBehindByAnInterruptedIngestAreBuiltBeforeTheyAreExported() throws Exception {
        Path folder = dir.resolve("store");
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder), notice -> {})) {
            // Articles stored, stories never built: what an ingest killed before its end leaves.
            store.add(ArticlesJsonl.fromLine("{\"id\":\"a1\",\"source\":\"one.txt\",\"title\":\"Port strike\","
                    + "\"published\":\"2021-06-14\",\"text\":\"Dock workers extended their strike on Monday.\"}"));
            store.add(ArticlesJsonl.fromLine("{\"id\":\"b2\",\"source\":\"two.txt\",\"title\":\"Harvest\","
                    + "\"published\":\"2021-08-02\",\"text\":\"Farmers said the corn harvest was poor.\"}"));
        }
        java.nio.file.Files.writeString(folder.resolve("index").resolve("_0.cfs"), "damaged");

        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine commandLine = Main.commandLine();
            commandLine.setErr(new PrintWriter(err, true));
            exit = commandLine.execute("export", "stories", "--store", folder.toString());
        } finally {
            System.setOut(stdout);
        }

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Building the stories first");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).as("every article is in a story").hasSize(2);
    }
}
