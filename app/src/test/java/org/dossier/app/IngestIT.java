package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.dossier.store.StoreRows;
import org.dossier.testing.ExampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier ingest} twice over the example corpus, then {@code dossier export} from the store. */
class IngestIT {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = commandLine.execute(args);
        } finally {
            System.setOut(stdout);
        }
        return new String[] {String.valueOf(code), err.toString(), captured.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void ingestsOnlyNewDocumentsAndExportsFromTheStore() throws Exception {
        Path store = dir.resolve("store");
        Path examples = ExampleCorpus.folder();
        String[] first = run("ingest", examples.toString(), "--store", store.toString(), "--threads", "2");
        assertThat(first[0]).as(first[1]).isEqualTo("0");
        assertThat(first[1]).contains("Added 5 new document(s)", "The store holds 5 document(s)");

        String[] again = run("ingest", examples.toString(), "--store", store.toString());
        assertThat(again[0]).isEqualTo("0");
        assertThat(again[1]).contains("Added 0 new document(s)", "5 already in the store");

        try (DossierStore opened = DossierStore.open(StoreConfig.embedded(store))) {
            StoreRows.Counts counts = opened.counts();
            assertThat(counts.analyzed()).isEqualTo(5);
            assertThat(counts.events()).isPositive();
            assertThat(counts.quotes()).isPositive();
            StoreRows.StorySummary largest = opened.stories(1, 0).getFirst();
            assertThat(largest.articles()).as("the four October articles tell one story").isEqualTo(4);
            assertThat(opened.search("Ayrault", null, 5)).isNotEmpty();
        }

        String[] events = run("export", "events", "--store", store.toString());
        assertThat(events[0]).as(events[1]).isEqualTo("0");
        assertThat(events[2].lines().findFirst()).contains(ExportCommand.BYTE_ORDER_MARK
                + "day,actor1_name,actor1_code,event_code,event_root,quad_class,goldstein,actor2_name,actor2_code,"
                        + "location,source_url,num_sources,story,text,confidence,date_basis,source_file,"
                        + "action_geo_precision,action_geo_fullname,action_geo_country_code,action_geo_adm1_code,"
                        + "action_geo_lat,action_geo_long,action_geo_feature_id");
        assertThat(events[2].lines().count()).isGreaterThan(10);
        String row = events[2].lines().skip(1).findFirst().orElseThrow();
        String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertThat(cells).hasSize(24);
        assertThat(cells[16]).as("text files have no web address: no file path in source_url, but in source_file")
                .endsWith(".txt").doesNotContain("api:");
        assertThat(row.indexOf(".txt")).as("the file only in source_file").isEqualTo(row.lastIndexOf(".txt"));
        assertThat(events[2].lines().skip(1).map(r -> r.split(",", -1)).filter(r -> r[r.length - 3].length() > 0))
                .as("events of the Aleppo articles with coordinates").isNotEmpty();
        String[] articles = run("export", "articles", "--store", store.toString());
        assertThat(articles[2].lines().count()).isEqualTo(5);
        assertThat(run("export", "events", "--store", dir.resolve("none").toString())[0]).isEqualTo("2");
    }
}
