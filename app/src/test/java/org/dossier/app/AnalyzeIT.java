package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.eval.ActorNaming;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.ArticleRecord.SpanText;
import org.dossier.output.ArticlesJsonl;
import org.dossier.testing.ExampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End to end: {@code dossier analyze} on the example corpus mixed with bad input, in one run (the models load
 * once). Good articles must come out whole; each bad one must get an error naming its reason; the run goes on.
 */
class AnalyzeIT {

    @TempDir
    static Path dir;

    private static int exitCode;
    private static String stderr;
    private static Map<String, ArticleRecord> bySource;
    private static Path out;

    @BeforeAll
    static void analyze() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> examples = Files.list(ExampleCorpus.folder())) {
            for (Path example : examples.toList()) {
                Files.copy(example, corpus.resolve(example.getFileName()));
            }
        }
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(corpus.resolve("big.txt"), "word ".repeat(50_000).getBytes(StandardCharsets.US_ASCII));
        Files.copy(ExampleCorpus.folder().resolve("002_e240d3303c3f4a61.txt"), corpus.resolve("copy-of-002.txt"));
        Files.writeString(corpus.resolve("german.txt"), "Streik im Hafen\n\nDie Hafenarbeiter haben ihren Streik am "
                + "Montag verlängert. Mehr als vierzig Schiffe warten vor dem Hafen, teilte die Gewerkschaft mit. Die "
                + "Hafenbehörde rechnet mit Verspätungen von bis zu zehn Tagen für den Containerverkehr.\n");
        Files.write(corpus.resolve("latin1.txt"), ("Café owners protest\n\nThe owners of the café in Zürich said on "
                + "Monday that the new rules were “unfair” and would close businesses across the city.\n")
                .getBytes(Charset.forName("windows-1252")));
        out = dir.resolve("out");

        CommandLine commandLine = Main.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        exitCode = commandLine.execute("analyze", corpus.toString(), "--out", out.toString(), "--max-bytes", "100000");
        stderr = err.toString();
        List<ArticleRecord> records = ArticlesJsonl.read(out.resolve("articles.jsonl"));
        bySource = records.stream().collect(Collectors.toMap(r -> Path.of(r.source()).getFileName().toString(),
                Function.identity()));
    }

    @Test
    void failedDocumentsSetTheExitCodeAndEveryDocumentHasALine() {
        assertThat(exitCode).isEqualTo(ExitCodes.DOCUMENTS_FAILED);
        assertThat(bySource).hasSize(10).doesNotContainKey("copy-of-002.txt");
        assertThat(stderr).contains("1 duplicate(s) skipped", "1 not analyzed (not English)");
    }

    @Test
    void textNotInEnglishIsRecordedAndSkipped() {
        ArticleRecord german = bySource.get("german.txt");
        assertThat(german.error()).isNull();
        assertThat(german.skipped()).contains("'de'", "English");
        assertThat(german.language()).isEqualTo("de");
        assertThat(german.text()).contains("Hafenarbeiter");
        assertThat(german.persons()).isEmpty();
    }

    @Test
    void everyExampleHasTitleBodyAndValidOffsets() {
        for (ArticleRecord record : examplesOnly()) {
            assertThat(record.error()).as("error of %s", record.source()).isNull();
            assertThat(record.title()).as("title of %s", record.source()).isNotBlank();
            assertThat(record.text().length()).as("body of %s", record.source()).isGreaterThan(1000);
            assertThat(record.language()).isEqualTo("en");
            for (EntityRecord entity : concat(record.persons(), record.organizations(), record.locations())) {
                for (SpanText mention : entity.mentions()) {
                    assertThat(record.text().substring(mention.start(), mention.end())).isEqualTo(mention.text());
                }
            }
            for (QuoteRecord quote : record.quotes()) {
                assertThat(record.text().substring(quote.start(), quote.end())).isEqualTo(quote.text());
                assertThat(quote.contextStart()).isLessThanOrEqualTo(quote.start());
                assertThat(quote.contextEnd()).isGreaterThanOrEqualTo(quote.end());
            }
        }
    }

    @Test
    void everyEventActorAndTargetOfTheExamplesNamesAnActor() {
        for (ArticleRecord record : examplesOnly()) {
            assertThat(ActorNaming.unnamedParties(record)).as("parties naming no actor in %s", record.source())
                    .isEmpty();
        }
    }

    @Test
    void everyEventOfTheExamplesWhoseSentenceNamesAResolvedPlaceHasOne() {
        for (ArticleRecord record : examplesOnly()) {
            for (ArticleRecord.EventRecord event : record.events()) {
                String text = record.text();
                int from = Math.max(text.lastIndexOf(". ", event.start()), text.lastIndexOf('\n', event.start()));
                int dot = text.indexOf(". ", event.end());
                int line = text.indexOf('\n', event.end());
                int to = Math.min(dot < 0 ? text.length() : dot, line < 0 ? text.length() : line);
                boolean named = record.places().stream().anyMatch(p -> p.start() > from && p.start() < to
                        && p.place() != null && p.place().precision() != null);
                if (named) {
                    assertThat(event.place()).as("the place of '%s' in %s", event.text(), record.source())
                            .isNotNull();
                    assertThat(event.place().precision()).isNotNull();
                }
            }
        }
    }

    @Test
    void everyExampleQuotesSomebodyByName() {
        for (ArticleRecord record : examplesOnly()) {
            assertThat(record.quotes()).as("quotes of %s", record.source())
                    .anyMatch(q -> q.speaker() != null && q.speakerEntity() != null);
            assertThat(record.persons()).as("persons of %s", record.source()).isNotEmpty();
        }
    }

    @Test
    void badInputGetsAReasonAndAWarning() {
        assertThat(bySource.get("empty.txt").error()).isEqualTo("empty file (0 bytes)");
        assertThat(bySource.get("image.html").error()).contains("binary file (PNG image)");
        assertThat(bySource.get("big.txt").error()).contains("file too large");
        assertThat(stderr).contains("warning: ", "empty.txt", "image.html", "big.txt");
    }

    @Test
    void nonUtf8TextIsDecoded() {
        ArticleRecord latin1 = bySource.get("latin1.txt");
        assertThat(latin1.error()).isNull();
        assertThat(latin1.title()).isEqualTo("Café owners protest");
        assertThat(latin1.text()).contains("café in Zürich", "“unfair”");
    }

    @Test
    void storiesLinkTheExamplesAndListEveryAnalyzedArticleOnce() throws Exception {
        List<com.fasterxml.jackson.databind.JsonNode> stories = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) {
            stories.add(json.readTree(line));
        }
        java.util.Map<String, String> storyOf = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode story : stories) {
            for (com.fasterxml.jackson.databind.JsonNode article : story.path("articles")) {
                assertThat(storyOf.put(article.path("id").asText(), story.path("id").asText())).isNull();
            }
            assertThat(story.path("summary").size()).isBetween(1, 8);
        }
        // The four October 2016 examples are one story; the December one is two months later.
        java.util.Set<String> october = new java.util.HashSet<>();
        for (String name : List.of("000_0381eaaf0ac90429.txt", "001_49603202833be986.txt",
                "002_e240d3303c3f4a61.txt", "003_7d8e7eb2e866b5d7.txt")) {
            october.add(storyOf.get(bySource.get(name).id()));
        }
        assertThat(october).hasSize(1).doesNotContainNull();
        assertThat(Files.readString(out.resolve("report.html"))).contains("<h2>Stories</h2>");
    }

    @Test
    void reportAndRunDescriptionAreWritten() throws Exception {
        String report = Files.readString(out.resolve("report.html"));
        for (ArticleRecord record : examplesOnly()) {
            assertThat(report).contains(record.id());
        }
        assertThat(report).contains("<mark class=\"quote\"", "<mark class=\"speaker\"", "file too large");
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"stages\"", "quotes.v1", "\"documents\" : 10");
        assertThat(stderr).contains("Report:", "report.html");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    private static List<ArticleRecord> examplesOnly() {
        List<ArticleRecord> records = bySource.values().stream()
                .filter(r -> r.source().matches(".*/\\d{3}_[0-9a-f]{16}\\.txt")).toList();
        assertThat(records).hasSize(5);
        return records;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
