package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.engine.BatchRunner;
import org.dossier.engine.DossierEngine;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.ArticleRecords;
import org.dossier.output.ArticlesJsonl;
import org.dossier.output.StoriesJsonl;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local[2] mode on the repository's example corpus, against the batch runner's records. */
class DossierSparkJobIT {

    private static final Path EXAMPLES = Path.of("../examples/aleppo").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    private static SparkSession spark;
    private static DossierSparkJob.Summary summary;
    private static DossierSparkJob.Options options;

    @BeforeAll
    static void runJob() {
        spark = SparkSession.builder().master("local[2]").appName("dossier-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        options = DossierSparkJob.parse(new String[] {"--input", EXAMPLES.toString(), "--out",
            out.resolve("run").toString()});
        summary = DossierSparkJob.run(spark, options);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<JsonNode> lines(String folder) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("run").resolve(folder))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    nodes.add(JSON.readTree(line));
                }
            }
        }
        return nodes;
    }

    /** The records {@code dossier analyze} writes for the example corpus, in its order. */
    private static synchronized List<ArticleRecord> batchRecords() throws Exception {
        if (batchRecords == null) {
            DossierEngine engine = Engines.get(options.engineConfig());
            List<ArticleRecord> records = new ArrayList<>();
            new BatchRunner(engine, 2).run(engine.input(List.of(EXAMPLES)),
                    outcome -> records.add(ArticleRecords.from(outcome)), (done, total, last) -> { });
            batchRecords = List.copyOf(records);
        }
        return batchRecords;
    }

    private static List<ArticleRecord> batchRecords;

    @Test
    void articleRecordsAreThoseOfTheBatchRunner() throws Exception {
        Map<String, JsonNode> expected = new HashMap<>();
        for (ArticleRecord record : batchRecords()) {
            JsonNode node = JSON.readTree(ArticlesJsonl.toLine(record));
            ((ObjectNode) node).remove("source");
            expected.put(node.path("id").asText(), node);
        }

        List<JsonNode> actual = lines("articles");
        assertThat(actual).hasSize(5);
        assertThat(summary.articles()).isEqualTo(5);
        for (JsonNode node : actual) {
            assertThat(node.path("source").asText()).contains("examples/aleppo/");
            ((ObjectNode) node).remove("source");
            assertThat(node).isEqualTo(expected.get(node.path("id").asText()));
        }
        assertThat(actual).anySatisfy(node -> assertThat(node.path("events").size()).isPositive());
    }

    @Test
    void storyRecordsAreThoseOfAnalyze() throws Exception {
        List<JsonNode> expected = new ArrayList<>();
        try (StoryBuilder builder = new StoryBuilder(StoryClusterer.Config.DEFAULT)) {
            batchRecords().forEach(builder::accept);
            for (StoryRecord story : builder.stories()) {
                expected.add(withoutSources(JSON.readTree(StoriesJsonl.toLine(story))));
            }
        }

        List<JsonNode> actual = lines("stories").stream().map(DossierSparkJobIT::withoutSources).toList();
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(summary.linkingSeconds()).isPositive().isLessThan(summary.seconds());
    }

    /** A story's articles name their files as each runner read them (a local path, a Hadoop URI). */
    private static JsonNode withoutSources(JsonNode story) {
        story.path("articles").forEach(article -> ((ObjectNode) article).remove("source"));
        return story;
    }

    @Test
    void aCleaningOnlyRunCountsTheDocumentsAndWritesNothing() {
        DossierSparkJob.Summary cleaned = DossierSparkJob.run(spark, DossierSparkJob.parse(new String[] {"--input",
            EXAMPLES.toString(), "--clean-only"}));
        assertThat(cleaned.articles()).isEqualTo(5);
        assertThat(cleaned.stories()).isZero();
        assertThat(cleaned.inferredDates()).isEqualTo(summary.inferredDates());
    }

    @Test
    void badFilesBecomeErrorRecordsAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(out.resolve("bad-input"));
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0});
        Files.writeString(in.resolve("empty.html"), "");
        Files.copy(EXAMPLES.resolve("002_e240d3303c3f4a61.txt"), in.resolve("good.txt"));

        DossierSparkJob.Summary bad = DossierSparkJob.run(spark, DossierSparkJob.parse(new String[] {"--input",
            in.toString(), "--out", out.resolve("bad-run").toString(), "--no-story-dates"}));

        assertThat(bad.articles()).isEqualTo(3);
        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("bad-run/articles"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part)) {
                    records.add(JSON.readTree(line));
                }
            }
        }
        assertThat(records).filteredOn(r -> !r.path("error").isNull()).hasSize(2)
                .allSatisfy(r -> assertThat(r.path("source").asText()).containsAnyOf("binary.txt", "empty.html"));
        assertThat(records).filteredOn(r -> r.path("source").asText().endsWith("good.txt")).singleElement()
                .satisfies(r -> assertThat(r.path("events").size()).isPositive());
    }

    @Test
    void eventsAndStoriesAreWrittenAsJsonlAndParquet() throws Exception {
        assertThat(lines("events")).hasSize((int) summary.events()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("event").path("cameo").asText()).matches("\\d{3,4}"));
        List<JsonNode> stories = lines("stories");
        assertThat(stories).hasSize((int) summary.stories());
        int articles = 0;
        for (JsonNode story : stories) {
            articles += story.path("articles").size();
        }
        assertThat(articles).isEqualTo(5);
        for (String name : List.of("articles.parquet", "events.parquet", "stories.parquet")) {
            try (Stream<Path> files = Files.list(out.resolve("run").resolve(name))) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(f -> f.endsWith(".parquet"));
            }
        }
        assertThat(spark.read().parquet(out.resolve("run/articles.parquet").toString()).count()).isEqualTo(5);
    }

    /**
     * The schemas Spark inferred when the job made its Parquet from its own JSONL, recorded from a run of the
     * example corpus before the Parquet was made from the records (src/test/resources/parquet-schema).
     */
    private static StructType recordedSchema(String name) throws Exception {
        try (var in = DossierSparkJobIT.class.getResourceAsStream("/parquet-schema/" + name + ".json")) {
            return (StructType) DataType.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Dataset<Row> parquet(String name) {
        return spark.read().parquet(out.resolve("run/" + name + ".parquet").toString());
    }

    @Test
    void parquetKeepsTheColumnsAndTypesItHadWhenReadFromTheJsonl() throws Exception {
        assertThat(parquet("articles").schema()).isEqualTo(recordedSchema("articles"));
        assertThat(parquet("events").schema()).isEqualTo(recordedSchema("events"));

        // One change: no story of the example corpus has a figure conflict, so inference from the JSONL typed the
        // always empty list as strings; the records' schema gives it its elements' columns.
        StructType stories = parquet("stories").schema();
        StructType conflict = (StructType) ((ArrayType) stories.apply("conflicts").dataType()).elementType();
        assertThat(conflict.fieldNames()).containsExactly("date", "place", "unit", "values", "what");
        StructType figure = (StructType) ((ArrayType) conflict.apply("values").dataType()).elementType();
        StructType recordedFigure = (StructType) ((ArrayType) recordedSchema("stories").apply("figures").dataType())
                .elementType();
        assertThat(figure).isEqualTo(recordedFigure);
        StructType recorded = recordedSchema("stories");
        StructType expected = new StructType(java.util.Arrays.stream(recorded.fields())
                .map(f -> f.name().equals("conflicts") ? stories.apply("conflicts") : f)
                .toArray(StructField[]::new));
        assertThat(stories).isEqualTo(expected);
    }

    @Test
    void parquetHoldsTheValuesOfTheJsonl() throws Exception {
        for (String name : List.of("articles", "events", "stories")) {
            List<JsonNode> rows = new ArrayList<>();
            for (String row : parquet(name).toJSON().collectAsList()) {
                rows.add(JSON.readTree(row));
            }
            // Spark's JSON of a row leaves out null columns; the JSONL writes them
            List<JsonNode> jsonl = lines(name).stream().map(DossierSparkJobIT::withoutNulls).toList();
            assertThat(rows).as(name).hasSize(jsonl.size()).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(jsonl);
        }
        assertThat(parquet("articles").where("published is not null").select("published").as(Encoders.STRING())
                .collectAsList()).isNotEmpty().allSatisfy(day -> assertThat(day).matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(parquet("events").selectExpr("event.quad_class").as(Encoders.LONG()).collectAsList())
                .isNotEmpty().allSatisfy(quad -> assertThat(quad).isBetween(1L, 4L));
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    withoutNulls(e.getValue());
                }
            });
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(DossierSparkJobIT::withoutNulls);
        }
        return node;
    }
}
