package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract without loading any model: help, usage errors, eval input checks. */
class CommandLineTest {

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommand() {
        Result result = run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("analyze", "extract", "eval", "bench", "bench-extract");
        for (String command : new String[] {"analyze", "extract", "eval", "bench", "bench-extract"}) {
            Result help = run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: dossier " + command, "Example:");
        }
    }

    @Test
    void helpGroupsTheCommandsAnalystsNeedFirstEachWithAWholeSentence() {
        String help = run("--help").out();
        int analyst = help.indexOf("Commands:");
        int benchmarks = help.indexOf("Benchmarks and evaluations:");
        assertThat(analyst).isPositive().isLessThan(benchmarks);
        for (String command : new String[] {"analyze", "ingest", "serve", "export"}) {
            assertThat(help.indexOf("\n  " + command + " ")).as(command).isBetween(analyst, benchmarks);
        }
        for (String command : new String[] {"eval", "bench", "eval-cameo", "bench-api", "eval-clustering"}) {
            assertThat(help.indexOf("\n  " + command + " ")).as(command).isGreaterThan(benchmarks);
        }
        CommandLine commandLine = Main.commandLine();
        java.util.Set<String> grouped = new java.util.HashSet<>();
        CommandGroups.GROUPS.values().forEach(grouped::addAll);
        assertThat(grouped).as("every command is in a group").containsAll(commandLine.getSubcommands().keySet());
        commandLine.getSubcommands().forEach((name, sub) -> {
            String[] header = sub.getCommandSpec().usageMessage().header();
            String summary = header.length > 0 ? String.join(" ", header)
                    : sub.getCommandSpec().usageMessage().description()[0];
            assertThat(summary).as("the summary of " + name).endsWith(".").doesNotEndWith(":.")
                    .hasSizeLessThan(120);
        });
    }

    @Test
    void badValuesAndMissingInputsAreRefusedBeforeAnythingLoads() throws Exception {
        Path input = Files.writeString(dir.resolve("a.txt"), "Dock workers extended their strike.");
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        String out = dir.resolve("out").toString();

        Result threads = run("analyze", input.toString(), "--threads", "0", "--out", out);
        Result bytes = run("extract", input.toString(), "--max-bytes", "-5", "-o", out);
        Result missing = run("analyze", dir.resolve("no-such.txt").toString(), "--out", out);
        Result outIsFile = run("extract", input.toString(), "-o", file.toString());

        assertThat(threads.exitCode()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads must be at least 1, was 0").doesNotContain("Loading");
        assertThat(bytes.err()).contains("--max-bytes must be a positive number of bytes, was -5");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder: " + dir.resolve("no-such.txt"));
        assertThat(outIsFile.exitCode()).isEqualTo(2);
        assertThat(outIsFile.err()).contains("--out " + file + " is a file");
        assertThat(Files.exists(dir.resolve("out"))).as("nothing written").isFalse();

        Result some = run("extract", input.toString(), dir.resolve("gone.txt").toString(), "-o", out);
        assertThat(some.err()).contains("warning: no such file or folder: " + dir.resolve("gone.txt"),
                "going on with the other inputs");
        assertThat(Files.readString(dir.resolve("out").resolve("articles.jsonl")))
                .as("the batch went on").contains("Dock workers extended their strike.");
    }

    @Test
    void calibratingOnJudgedEventsThatAreMissingOrMalformedIsRefusedBeforeAnythingLoads() throws Exception {
        Path malformed = Files.writeString(dir.resolve("judged.json"),
                "{\"events\": [{\"id\": \"a\", \"source\": \"x.html\", \"start\": 0, \"end\": 9, \"cameo\": \"190\", "
                + "\"judgment\": \"maybe\"}]}");
        Path fine = Files.writeString(dir.resolve("fine.json"),
                "{\"events\": [{\"id\": \"a\", \"source\": \"x.html\", \"start\": 0, \"end\": 9, \"cameo\": \"190\", "
                + "\"judgment\": \"right\"}]}");

        Result missing = run("calibrate-events", "--judged", dir.resolve("none.json").toString());
        Result bad = run("calibrate-events", "--judged", malformed.toString());
        Result noData = run("calibrate-events", "--judged", fine.toString(), "--data", dir.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("judged events " + dir.resolve("none.json") + " not found");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("is not a file of judged events", "a judgment is right or wrong, was maybe");
        assertThat(noData.exitCode()).isEqualTo(2);
        assertThat(noData.err()).contains(dir.resolve("x.html") + " not found").doesNotContain("Loading");
    }

    @Test
    void noCommandIsAUsageErrorAndServingNoStoreIsRefused() {
        Result none = run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: dossier");

        Path missing = dir.resolve("no-such-store");
        Result serve = run("serve", "--store", missing.toString());
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).contains("no store at " + missing, "dossier ingest INPUT... --store");
        assertThat(Files.exists(missing)).as("nothing created").isFalse();
    }

    @Test
    void aFileWhoseNameBeginsWithADashIsNamedNotTakenForAMissingInput() throws Exception {
        Path file = Path.of("-dossier-test-leading.txt"); // relative: only then can a file name begin with '-'
        Files.writeString(file, "Dock workers extended their strike.");
        try {
            Result result = run("analyze", file.toString(), "--out", dir.resolve("out").toString());
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("'-dossier-test-leading.txt' looks like an option, but it is a file",
                    "./-dossier-test-leading.txt").doesNotContain("Missing required parameter");
            Result typo = run("analyze", "--thread", "2", "x.txt");
            assertThat(typo.err()).as("an unknown option that is no file keeps picocli's message")
                    .doesNotContain("looks like an option");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void evalQuotesNeedsAPolnearCheckout() {
        Result result = run("eval-quotes", "--polnear", dir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("holds no PolNeAR train split", "networkdynamics/PolNeAR");
    }

    @Test
    void evalQuotesNamesItsSpeechCueLists() {
        Result result = run("eval-quotes", "--polnear", dir.toString(), "--speech-cues", "standard");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--speech-cues is hand-made or wordnet");
    }

    @Test
    void evalFigureSourcesNeedsAPolnearCheckout() {
        Result result = run("eval-figure-sources", "--polnear", dir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("holds no PolNeAR train split", "networkdynamics/PolNeAR");
    }

    @Test
    void reindexOfAMissingStoreIsAUsageError() {
        Result result = run("reindex", "--store", dir.resolve("nothing").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no store at");
    }

    @Test
    void rebuildStoriesOfAMissingStoreIsAUsageError() {
        Result result = run("rebuild-stories", "--store", dir.resolve("nothing").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no store at");
    }

    @Test
    void rebuildStoriesBuildsTheStoriesOfAStore() {
        Path store = dir.resolve("store");
        try (org.dossier.store.DossierStore opened = org.dossier.store.DossierStore.open(
                org.dossier.store.StoreConfig.embedded(store), line -> {})) {
            for (int i = 0; i < 3; i++) {
                String text = "Floods in the valley town of Arden forced " + (100 + i) + " families from their homes.";
                opened.add(new org.dossier.model.record.ArticleRecord("f00000000000000" + i, "t/" + i, null, null, null,
                        java.time.LocalDate.of(2024, 5, i + 1), "stated", null, "en", text, null, null, null, null,
                        null, null, null, null, null, null));
            }
        }
        Result result = run("rebuild-stories", "--store", store.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("Stories built again from 3 article(s): 1,");
    }

    @Test
    void versionNamesTheProject() {
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("dossier ");
    }

    @Test
    void analyzeWithoutOutputFolderIsAUsageError() {
        Result result = run("analyze", "examples");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void analyzeOfAFolderWithoutArticlesSaysSo() throws Exception {
        Files.writeString(dir.resolve("notes.csv"), "a,b");
        Result result = run("analyze", dir.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no article files");
    }

    @Test
    void evalNeedsAnAnalyzeRun() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"articles\": []}");
        Result result = run("eval", "--gold", gold.toString(), "--out", dir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("articles.jsonl not found", "run 'dossier analyze");
    }

    @Test
    void evalPrintsEveryField() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), """
                {"articles": [{"file": "a.txt", "title": "T", "body_first_line": "x", "body_last_line": "x",
                  "persons": [{"name": "Ana", "mentions": ["Ana"]}], "quotes": []}]}""");
        Files.writeString(dir.resolve("articles.jsonl"), "{\"id\":\"1\",\"source\":\"a.txt\",\"title\":\"T\","
                + "\"text\":\"x\",\"persons\":[{\"name\":\"Ana\",\"mentions\":[]}]}\n");
        Result result = run("eval", "--gold", gold.toString(), "--out", dir.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("body lines kept", "boilerplate lines removed", "title", "outlet",
                "published", "dateline", "persons", "organizations", "locations", "quotes", "quote speaker",
                "figures", "events");
        assertThat(result.out()).containsPattern("persons\\s+P 1\\.000  R 1\\.000  F1 1\\.000");
    }
}
