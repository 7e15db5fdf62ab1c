package org.dossier.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.ingest.meta.DateEvidence;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;
import org.dossier.model.Article;
import org.dossier.model.Sourced;
import org.dossier.nlp.NlpModels;
import org.dossier.output.ArticleRecord;
import org.dossier.output.ArticleRecords;
import org.dossier.output.ArticlesJsonl;
import org.dossier.stories.build.StoriesJsonl;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.build.StoryRecord;
import org.dossier.stories.cluster.StoryClusterer;
import scala.Tuple2;

/**
 * {@code dossier analyze} as a Spark job. Stage 1 reads every file of the inputs (any Hadoop path: local, HDFS,
 * S3), cleans its documents and infers missing publication dates across the batch, as the batch runner does;
 * stage 2 runs the per-article pipeline in {@code mapPartitions}, with the models loaded once per executor;
 * documents seen twice (same bytes) are kept once, the first in input order; stage 3 links the articles into
 * stories in one ordered pass. It writes, under the output path, {@code articles/}, {@code events/} and
 * {@code stories/} as JSONL and {@code articles.parquet}, {@code events.parquet}, {@code stories.parquet}.
 */
public final class DossierSparkJob {

    /** What to run on: input paths, output path, and the engine settings of {@code dossier analyze}. */
    public record Options(List<String> inputs, String out, long maxBytes, boolean storyDates) implements Serializable {

        EngineConfig engineConfig() {
            return EngineConfig.DEFAULT.withMaxBytes(maxBytes).withStoryDates(storyDates);
        }
    }

    /** Counts of what the job wrote. */
    public record Summary(long articles, long events, long stories) {}

    /** One analyzed document: where it stood in the input (for order and for duplicates) and its record. */
    record Analyzed(String order, String id, String json) implements Serializable {}

    private DossierSparkJob() {}

    public static void main(String[] args) throws IOException {
        Options options = parse(args);
        NlpModels.tokensRegexWarning().ifPresent(System.err::println);
        SparkSession spark = SparkSession.builder().appName("dossier").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Summary summary = run(spark, options);
            System.err.printf(Locale.ROOT, "Wrote %d articles, %d events, %d stories to %s%n", summary.articles(),
                    summary.events(), summary.stories(), options.out());
        } finally {
            spark.stop();
        }
    }

    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        long maxBytes = InputSource.DEFAULT_MAX_BYTES;
        boolean storyDates = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> inputs.addAll(List.of(args[++i].split(",")));
                case "--out" -> out = args[++i];
                case "--max-bytes" -> maxBytes = Long.parseLong(args[++i]);
                case "--no-story-dates" -> storyDates = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: "
                        + "--input PATH[,PATH...] --out PATH [--max-bytes N] [--no-story-dates]");
            }
        }
        if (inputs.isEmpty() || out == null) {
            throw new IllegalArgumentException("usage: --input PATH[,PATH...] --out PATH [--max-bytes N] "
                    + "[--no-story-dates]");
        }
        return new Options(List.copyOf(inputs), out, maxBytes, storyDates);
    }

    public static Summary run(SparkSession spark, Options options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", options.inputs()))
                .filter(file -> InputSource.supports(LocalCopy.fileName(file._1())));

        Map<String, Sourced<LocalDate>> inferred = new HashMap<>();
        if (options.storyDates()) {
            DateEvidence evidence = DateEvidence.empty();
            files.mapPartitions(it -> cleaned(it, options)).collect().forEach(evidence::add);
            inferred.putAll(evidence.infer());
        }
        Broadcast<Map<String, Sourced<LocalDate>>> dates = jsc.broadcast(inferred);

        JavaRDD<Analyzed> analyzed = files.mapPartitions(it -> analyzed(it, options, dates.value()));
        JavaRDD<Analyzed> unique = analyzed.mapToPair(a -> new Tuple2<>(a.id(), a))
                .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b)
                .values()
                .sortBy(Analyzed::order, true, Math.max(1, analyzed.getNumPartitions()));
        JavaRDD<String> articles = unique.map(Analyzed::json).cache();
        JavaRDD<String> events = articles.flatMap(DossierSparkJob::eventLines);
        JavaRDD<String> stories = articles.coalesce(1).mapPartitions(DossierSparkJob::storyLines);

        long[] counts = {write(spark, articles, options.out(), "articles"), write(spark, events, options.out(),
                "events"), write(spark, stories, options.out(), "stories")};
        articles.unpersist();
        return new Summary(counts[0], counts[1], counts[2]);
    }

    private static long write(SparkSession spark, JavaRDD<String> lines, String out, String name) {
        Dataset<String> json = spark.createDataset(lines.rdd(), Encoders.STRING()).cache();
        json.write().mode("overwrite").text(out + "/" + name);
        long count = json.count();
        if (count > 0) {
            spark.read().json(json).write().mode("overwrite").parquet(out + "/" + name + ".parquet");
        }
        json.unpersist();
        return count;
    }

    private static Iterator<Article> cleaned(Iterator<Tuple2<String, PortableDataStream>> files, Options options)
            throws IOException {
        // The executor's engine: its models load once here and serve the analysis pass that follows.
        DossierEngine cleaner = Engines.get(options.engineConfig());
        List<Article> out = new ArrayList<>();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            try (LocalCopy copy = new LocalCopy(file._1(), file._2())) {
                for (SourceItem item : copy.items(options.maxBytes())) {
                    if (cleaner.clean(item) instanceof Outcome.Ok ok) {
                        out.add(ok.result().article());
                    }
                }
            } catch (UncheckedIOException e) {
                // an unreadable file has no dates to lend; the analysis pass records its error
            }
        }
        return out.iterator();
    }

    private static Iterator<Analyzed> analyzed(Iterator<Tuple2<String, PortableDataStream>> files, Options options,
            Map<String, Sourced<LocalDate>> dates) throws IOException {
        DossierEngine engine = Engines.get(options.engineConfig());
        List<Analyzed> out = new ArrayList<>();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            LocalCopy copy;
            try {
                copy = new LocalCopy(file._1(), file._2());
            } catch (UncheckedIOException e) {
                // One unreadable file is one error record naming it; the rest of the batch goes on.
                ArticleRecord failed = ArticleRecords.from(engine.analyze(new SourceItem.Unreadable(file._1(),
                        "cannot read: " + e.getCause().getMessage()), dates));
                out.add(new Analyzed(file._1() + "#000000000", failed.id(), ArticlesJsonl.toLine(failed)));
                continue;
            }
            try (copy) {
                List<SourceItem> items = copy.items(options.maxBytes());
                for (int i = 0; i < items.size(); i++) {
                    ArticleRecord record = ArticleRecords.from(engine.analyze(items.get(i), dates));
                    String source = record.source() == null ? file._1()
                            : record.source().replace(copy.localName(), file._1());
                    out.add(new Analyzed(file._1() + String.format(Locale.ROOT, "#%09d", i), record.id(),
                            ArticlesJsonl.toLine(record.withSource(source))));
                }
            }
        }
        return out.iterator();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Iterator<String> eventLines(String articleJson) throws IOException {
        ArticleRecord article = JSON.readValue(articleJson, ArticleRecord.class);
        List<String> lines = new ArrayList<>();
        for (ArticleRecord.EventRecord event : article.events()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("article", article.id());
            row.put("outlet", article.outlet());
            row.put("url", article.url() != null ? article.url() : article.source());
            row.put("event", event);
            lines.add(JSON.writeValueAsString(row));
        }
        return lines.iterator();
    }

    /** The second stage: the articles in input order through the online story clusterer. */
    private static Iterator<String> storyLines(Iterator<String> articles) throws IOException {
        try (StoryBuilder builder = new StoryBuilder(StoryClusterer.Config.DEFAULT)) {
            while (articles.hasNext()) {
                builder.accept(JSON.readValue(articles.next(), ArticleRecord.class));
            }
            List<StoryRecord> stories = builder.stories();
            StringWriter out = new StringWriter();
            StoriesJsonl.write(out, stories);
            return out.toString().lines().iterator();
        }
    }
}
