package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.testing.LoopbackHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The watch command's contract without loading a model: usage errors, and a poll that finds nothing new. */
class WatchCommandTest {

    @TempDir
    Path dir;

    private record Result(int exitCode, String err) {}

    private static Result run(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return new Result(commandLine.execute(args), err.toString());
    }

    @Test
    void aBadFeedsFileOrOptionIsRefusedBeforeTheStoreIsMade() throws Exception {
        String store = dir.resolve("store").toString();
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# news\nhttps://example.org/feed.rss\n"
                + "ftp://example.org/feed\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing yet\n\n");

        Result badLine = run("watch", "--store", store, "--feeds", feeds.toString());
        Result noList = run("watch", "--store", store, "--feeds", empty.toString());
        Result missing = run("watch", "--store", store, "--feeds", dir.resolve("gone.txt").toString());
        Result interval = run("watch", "--store", store, "--feeds", empty.toString(), "--interval", "soon");
        Result zero = run("watch", "--store", store, "--feeds", empty.toString(), "--interval", "0s");
        Result body = run("watch", "--store", store, "--feeds", empty.toString(), "--max-body", "0");

        assertThat(badLine.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badLine.err()).contains(feeds + " line 3: 'ftp://example.org/feed' is neither an http(s) "
                + "address nor a path");
        assertThat(noList.err()).contains(empty + " lists no feed or folder");
        assertThat(missing.err()).contains("no such feeds file: " + dir.resolve("gone.txt"));
        assertThat(interval.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(interval.err()).contains("'soon' is no duration");
        assertThat(zero.err()).contains("--interval must be positive");
        assertThat(body.err()).contains("--max-body must be a positive number of bytes, was 0");
        assertThat(Files.exists(dir.resolve("store"))).as("nothing created").isFalse();
    }

    @Test
    void aPollThatFindsNothingNewReportsEachSourceWithoutLoadingTheModels() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start()) {
            server.route("/down.rss", exchange -> LoopbackHttpServer.send(exchange, 500, "text/plain", "down"));
            Files.createDirectories(dir.resolve("inbox"));
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), server.uri("/down.rss") + "\ninbox\n");
            Path store = dir.resolve("store");

            Result once = run("watch", "--store", store.toString(), "--feeds", feeds.toString(), "--once",
                    "--contact", "ops@example.org");

            assertThat(once.exitCode()).as("a source failed").isEqualTo(ExitCodes.DOCUMENTS_FAILED);
            assertThat(once.err()).contains(server.uri("/down.rss") + ": failed (1 in a row; next try in 15 min): "
                    + "HTTP 500", dir.resolve("inbox") + ": 0 file(s), 0 new").doesNotContain("Loading NLP models");
            assertThat(server.requests("/down.rss").getFirst().header("User-Agent"))
                    .matches("Dossier/\\S+ \\(feed watcher; \\+ops@example.org\\)");
            assertThat(Files.readString(store.resolve("watch-state.json"))).contains("\"last_error\" : \""
                    + server.uri("/down.rss") + ": HTTP 500\"");
        }
    }
}
