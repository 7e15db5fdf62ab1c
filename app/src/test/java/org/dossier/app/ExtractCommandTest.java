package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.record.ArticleRecord;
import org.dossier.output.ArticlesJsonl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier extract} needs no models, so it is tested end to end here, with bad input among good. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void extractsTextAndMetadataAndReportsBadDocuments() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("page.html"), "<html><head><title>Port strike | Herald</title>"
                + "<meta property=\"og:title\" content=\"Port strike\"><meta property=\"article:published_time\" "
                + "content=\"2021-06-14T08:30:00Z\"></head><body><nav>Home World</nav><article><h1>Port strike</h1>"
                + "<p>ROTTERDAM - Dock workers extended their strike on Monday, leaving more than 40 ships outside "
                + "the port, the union said.</p><script>alert('x')</script><iframe src=\"https://ads.example/\">"
                + "<p>Your browser cannot show frames</p></iframe><p>Managers and staff will meet again on "
                + "Friday to discuss the pay offer, officials said.</p></article></body></html>");
        Files.writeString(in.resolve("broken.html"), "<div><p>An unclosed paragraph about the election results in "
                + "the northern provinces, where turnout was high<p>and <b>nested <i>tags</b></i> broke");
        Files.write(in.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
        Files.writeString(in.resolve("export.jsonl"), "{\"url\": \"https://x.example/a\", \"title\": \"Talks\", "
                + "\"date\": \"2021-06-15\", \"text\": \"Talks resumed in Geneva on Tuesday, diplomats said.\"}\n");
        Path out = dir.resolve("out");

        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("extract", in.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(exit).isEqualTo(ExitCodes.DOCUMENTS_FAILED);
        Map<String, ArticleRecord> records = ArticlesJsonl.read(out.resolve("articles.jsonl")).stream()
                .collect(Collectors.toMap(r -> Path.of(r.source().replaceAll(":\\d+$", "")).getFileName().toString(),
                        Function.identity()));
        assertThat(records).containsOnlyKeys("page.html", "broken.html", "binary.html", "export.jsonl");

        ArticleRecord page = records.get("page.html");
        assertThat(page.title()).isEqualTo("Port strike");
        assertThat(page.published()).hasToString("2021-06-14");
        assertThat(page.dateline()).isEqualTo("ROTTERDAM");
        assertThat(page.text()).contains("Dock workers extended", "Managers and staff").doesNotContain("alert", "Home", "frames");
        assertThat(page.persons()).isEmpty();

        assertThat(records.get("broken.html").text()).contains("An unclosed paragraph", "nested tags");
        assertThat(records.get("binary.html").error()).contains("binary file (PNG image)");
        ArticleRecord jsonl = records.get("export.jsonl");
        assertThat(jsonl.url()).isEqualTo("https://x.example/a");
        assertThat(jsonl.title()).isEqualTo("Talks");
        assertThat(jsonl.published()).hasToString("2021-06-15");

        assertThat(err.toString()).contains("warning:", "binary.html", "Extracted 4 document(s)");
        assertThat(Files.exists(out.resolve("report.html"))).isFalse();
        assertThat(Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8)).contains("clean.v1");
    }

    @Test
    void sameDocumentTwiceIsExtractedOnce() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String text = "Headline\n\nThe first paragraph of the story is long enough to be body text for sure.\n";
        Files.writeString(in.resolve("a.txt"), text);
        Files.writeString(in.resolve("b.txt"), text);
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("extract", in.toString(), "--out", dir.resolve("out").toString())).isZero();
        List<ArticleRecord> records = ArticlesJsonl.read(dir.resolve("out/articles.jsonl"));
        assertThat(records).hasSize(1);
    }
}
