package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dossier.output.ArticlesJsonl;
import org.dossier.store.Correction;
import org.dossier.store.DossierStore;
import org.dossier.store.NewCorrection;
import org.dossier.store.StoreConfig;
import org.dossier.stories.cluster.StoryClusterer;
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

    @Test
    void exportsLeaveOutRejectedEventsAndCarryCorrectedActors() throws Exception {
        Path folder = dir.resolve("corrected");
        String text = "Rebels shelled the airport on Monday. The army bombed the old town on Monday.";
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder), notice -> {})) {
            store.add(ArticlesJsonl.fromLine("{\"id\":\"a1\",\"source\":\"one.txt\",\"title\":\"Shelling\","
                    + "\"published\":\"2021-06-14\",\"text\":\"" + text + "\",\"events\":["
                    + event("2021-06-14", "rebels", "REB", "195", text, "Rebels shelled the airport") + ","
                    + event("2021-06-14", "army", "MIL", "195", text, "The army bombed the old town") + "]}"));
            store.flush();
            store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
            int shelled = text.indexOf("Rebels shelled the airport");
            int bombed = text.indexOf("The army bombed the old town");
            store.correct(new NewCorrection(Correction.Kind.reject, new Correction.ItemKey("a1",
                    Correction.ItemKind.event, shelled, shelled + 26), null, null, null, "no shelling, a fire"));
            store.correct(new NewCorrection(Correction.Kind.set_actor, new Correction.ItemKey("a1",
                    Correction.ItemKind.event, bombed, bombed + 28), null, "Syrian Arab Army", "SYRMIL", null));
        }
        String events = export("events", "--store", folder.toString());
        assertThat(events.lines().skip(1)).singleElement().satisfies(row -> assertThat(row)
                .contains("Syrian Arab Army", "SYRMIL").doesNotContain("army,MIL"));
        assertThat(events).doesNotContain("Rebels shelled");
        String articles = export("articles", "--store", folder.toString());
        assertThat(ArticlesJsonl.fromLine(articles.strip()).events()).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("Syrian Arab Army"));
    }

    private static String event(String date, String actor, String code, String cameo, String text, String words) {
        int start = text.indexOf(words);
        return "{\"date\":\"" + date + "\",\"actor\":\"" + actor + "\",\"actor_code\":\"" + code + "\","
                + "\"action\":\"bomb\",\"cameo\":\"" + cameo + "\",\"root\":\"" + cameo.substring(0, 2) + "\","
                + "\"quad_class\":4,\"goldstein\":-10.0,\"text\":\"" + words + "\",\"start\":" + start
                + ",\"end\":" + (start + words.length()) + "}";
    }

    private static String export(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine commandLine = Main.commandLine();
            commandLine.setErr(new PrintWriter(err, true));
            String[] all = new String[args.length + 1];
            all[0] = "export";
            System.arraycopy(args, 0, all, 1, args.length);
            assertThat(commandLine.execute(all)).as(err.toString()).isZero();
        } finally {
            System.setOut(stdout);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
