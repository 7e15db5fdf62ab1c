package org.dossier.spark;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.ingest.meta.DateEvidence;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;
import org.dossier.model.Sourced;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.nlp.NlpModels;
import org.dossier.output.ArticleRecords;
import org.dossier.output.ArticlesJsonl;
import org.dossier.output.RecordJson;
import org.dossier.output.StoriesJsonl;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.build.StoryGroups;
import org.dossier.stories.build.StoryLinker;
import org.dossier.stories.cluster.StoryClusterer;
import scala.Tuple2;

/**
 * {@code dossier analyze} as a Spark job, with nothing of an article's text on the driver. Stage 1 cleans the
 * documents of every file of the inputs (any Hadoop path: local, HDFS, S3) on the executors and gathers their
 * publication-date evidence ({@link DateEvidence}, a monoid: each partition's, merged by the weekday of the lead);
 * each weekday's evidence is inferred on an executor and only the inferred dates come to the driver, which
 * broadcasts them. Stage 2 runs the per-article pipeline in {@code mapPartitions}, with the models loaded once per
 * executor; documents seen twice (same bytes) are kept once, the first in input order. Stage 3 links the articles
 * into stories in one ordered task that reads only what linking needs of each article ({@link StoryLinker.Input});
 * the executors then assemble each story's record from its articles. It writes, under the output path, {@code
 * articles/}, {@code events/} and {@code stories/} as JSONL and {@code articles.parquet}, {@code events.parquet},
 * {@code stories.parquet}; both are made from the records on the executors ({@link RecordRows} for the Parquet),
 * and nothing written is read back. With {@code --clean-only} it runs stage 1 alone and writes nothing.
 */
public final class DossierSparkJob {

    private static final String USAGE = "usage: --input PATH[,PATH...] --out PATH [--max-bytes N] [--no-story-dates] "
            + "[--clean-only]";

    /**
     * What to run on: input paths, output path, the engine settings of {@code dossier analyze}, and whether to
     * stop after cleaning and date inference.
     */
    public record Options(List<String> inputs, String out, long maxBytes, boolean storyDates, boolean cleanOnly)
            implements Serializable {

        EngineConfig engineConfig() {
            return EngineConfig.DEFAULT.withMaxBytes(maxBytes).withStoryDates(storyDates);
        }
    }

    /**
     * What the job did: records written (documents cleaned, for a cleaning-only run), publication dates inferred,
     * and the seconds the story linking task and the whole job took.
     */
    public record Summary(long articles, long events, long stories, long inferredDates, double linkingSeconds,
            double seconds) {

        /** Story linking's share of the job's time, 0 to 1. */
        public double linkingShare() {
            return seconds > 0 ? linkingSeconds / seconds : 0;
        }
    }

    /**
     * One analyzed document: where it stood in the input (for order and for duplicates) and its record, which stays
     * a record until it is written.
     */
    record Analyzed(String order, ArticleRecord record) implements Serializable {}

    /**
     * Where the linking task put an article: its story's number (stories are numbered largest first, as {@code
     * dossier analyze} numbers them) and the article it repeats, if any.
     */
    record Link(String articleId, int story, String duplicateOf) implements Serializable {}

    /** A line of {@code events/}: one event of an article, with the article's id, outlet and address. */
    @JsonPropertyOrder({"article", "outlet", "url", "event"})
    public record EventLine(String article, String outlet, String url, ArticleRecord.EventRecord event)
            implements Serializable {

        private static final ObjectMapper JSON = RecordJson.mapper();

        String toLine() {
            try {
                return JSON.writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialize an event of article " + article, e);
            }
        }
    }

    private static final RecordRows<ArticleRecord> ARTICLE_ROWS = RecordRows.of(ArticleRecord.class);
    private static final RecordRows<EventLine> EVENT_ROWS = RecordRows.of(EventLine.class);
    private static final RecordRows<StoryRecord> STORY_ROWS = RecordRows.of(StoryRecord.class);

    private DossierSparkJob() {}

    public static void main(String[] args) throws IOException {
        Options options = parse(args);
        DriverHeap heap = DriverHeap.watch();
        NlpModels.tokensRegexWarning().ifPresent(System.err::println);
        SparkSession spark = SparkSession.builder().appName("dossier").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Summary summary = run(spark, options);
            if (options.cleanOnly()) {
                System.err.printf(Locale.ROOT, "Cleaned %d documents and inferred %d publication dates in %.1f s "
                        + "(nothing written: --clean-only)%n", summary.articles(), summary.inferredDates(),
                        summary.seconds());
            } else {
                System.err.printf(Locale.ROOT, "Wrote %d articles, %d events, %d stories to %s in %.1f s "
                        + "(%d publication dates inferred)%n", summary.articles(), summary.events(),
                        summary.stories(), options.out(), summary.seconds(), summary.inferredDates());
                System.err.printf(Locale.ROOT, "Story linking (one task) took %.1f s, %.1f%% of the job's time%n",
                        summary.linkingSeconds(), 100 * summary.linkingShare());
            }
            System.err.println(heap.report());
        } finally {
            spark.stop();
        }
    }

    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        long maxBytes = InputSource.DEFAULT_MAX_BYTES;
        boolean storyDates = true;
        boolean cleanOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> inputs.addAll(List.of(value(args, ++i).split(",")));
                case "--out" -> out = value(args, ++i);
                case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i));
                case "--no-story-dates" -> storyDates = false;
                case "--clean-only" -> cleanOnly = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
        }
        if (inputs.isEmpty() || (out == null && !cleanOnly)) {
            throw new IllegalArgumentException(USAGE);
        }
        return new Options(List.copyOf(inputs), out, maxBytes, storyDates, cleanOnly);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
        }
        return args[i];
    }

    public static Summary run(SparkSession spark, Options options) {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", options.inputs()))
                .filter(file -> InputSource.supports(LocalCopy.fileName(file._1())));

        LongAccumulator cleaned = jsc.sc().longAccumulator("documents cleaned");
        Map<String, Sourced<LocalDate>> inferred = options.storyDates() || options.cleanOnly()
                ? inferDates(files, options, cleaned) : Map.of();
        if (options.cleanOnly()) {
            return new Summary(cleaned.value(), 0, 0, inferred.size(), 0, seconds(start));
        }
        Broadcast<Map<String, Sourced<LocalDate>>> dates = jsc.broadcast(inferred);

        JavaRDD<Analyzed> analyzed = files.mapPartitions(it -> analyzed(it, options, dates.value()));
        JavaRDD<Analyzed> unique = analyzed.mapToPair(a -> new Tuple2<>(a.record().id(), a))
                .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b)
                .values()
                .sortBy(Analyzed::order, true, Math.max(1, analyzed.getNumPartitions()))
                .cache();
        JavaRDD<ArticleRecord> articles = unique.map(Analyzed::record);
        JavaRDD<EventLine> events = articles.flatMap(DossierSparkJob::eventLines);
        long articleCount = write(spark, articles, ARTICLE_ROWS, ArticlesJsonl::toLine, options.out(), "articles");
        long eventCount = write(spark, events, EVENT_ROWS, EventLine::toLine, options.out(), "events");

        // The one task that cannot be spread: articles in input order (coalesce keeps the sorted partitions'
        // order) through the online clusterer, reading only what linking needs of each.
        LongAccumulator linkingNanos = jsc.sc().longAccumulator("story linking ns");
        JavaRDD<Link> links = articles.flatMap(DossierSparkJob::linkInput)
                .coalesce(1)
                .mapPartitions(inputs -> link(inputs, linkingNanos))
                .cache();
        links.count();
        JavaRDD<StoryRecord> stories = articles.mapToPair(a -> new Tuple2<>(a.id(), a))
                .join(links.mapToPair(link -> new Tuple2<>(link.articleId(), link)))
                .mapToPair(joined -> new Tuple2<>(joined._2()._2().story(), joined._2()))
                .groupByKey()
                .sortByKey()
                .map(story -> story(story._1(), story._2()));
        long storyCount = write(spark, stories, STORY_ROWS, StoriesJsonl::toLine, options.out(), "stories");
        links.unpersist();
        unique.unpersist();
        return new Summary(articleCount, eventCount, storyCount, inferred.size(),
                linkingNanos.value() / 1e9, seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Cleans every document on the executors and gathers its date evidence; each weekday's evidence is merged and
     * inferred on an executor, and only the inferred dates (an id, a date and a span each) reach the driver.
     */
    private static Map<String, Sourced<LocalDate>> inferDates(JavaPairRDD<String, PortableDataStream> files,
            Options options, LongAccumulator cleaned) {
        JavaPairRDD<DayOfWeek, DateEvidence> byWeekday = files.mapPartitionsToPair(it -> {
            DateEvidence evidence = evidence(it, options, cleaned);
            List<Tuple2<DayOfWeek, DateEvidence>> parts = new ArrayList<>();
            evidence.byWeekday().forEach((day, part) -> parts.add(new Tuple2<>(day, part)));
            return parts.iterator();
        });
        Map<String, Sourced<LocalDate>> inferred = byWeekday
                .aggregateByKey(DateEvidence.empty(), DateEvidence::merge, DateEvidence::merge)
                .values()
                .flatMapToPair(part -> part.infer().entrySet().stream()
                        .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .collectAsMap();
        return new HashMap<>(inferred);
    }

    /**
     * Writes the records as JSONL under {@code out/name} and as Parquet under {@code out/name.parquet}. Each record
     * becomes its line and its row on the executor that holds it; the Parquet is made from the rows, with the
     * records' own schema, so no JSON is read back. The pairs are cached so the records are made once for both.
     */
    private static <T extends Record> long write(SparkSession spark, JavaRDD<T> records, RecordRows<T> rows,
            Function<T, String> toLine, String out, String name) {
        JavaRDD<Tuple2<String, Row>> written = records.map(r -> new Tuple2<>(toLine.call(r), rows.toRow(r)))
                .cache();
        spark.createDataset(written.map(Tuple2::_1).rdd(), Encoders.STRING()).write().mode("overwrite")
                .text(out + "/" + name);
        spark.createDataFrame(written.map(Tuple2::_2), rows.schema()).write().mode("overwrite")
                .parquet(out + "/" + name + ".parquet");
        long count = written.count();
        written.unpersist();
        return count;
    }

    /** A partition's date evidence: only a profile of each article stays, never its text. */
    private static DateEvidence evidence(Iterator<Tuple2<String, PortableDataStream>> files, Options options,
            LongAccumulator cleaned) {
        // The executor's engine: its models load once here and serve the analysis pass that follows.
        DossierEngine cleaner = Engines.get(options.engineConfig());
        DateEvidence evidence = DateEvidence.empty();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            try (LocalCopy copy = new LocalCopy(file._1(), file._2())) {
                for (SourceItem item : copy.items(options.maxBytes())) {
                    cleaned.add(1);
                    if (cleaner.clean(item) instanceof Outcome.Ok ok) {
                        evidence.add(ok.result().article());
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // an unreadable file has no dates to lend; the analysis pass records its error
            }
        }
        return evidence;
    }

    /** The partition's records, file by file as they are asked for, so a partition's output is never all held. */
    private static Iterator<Analyzed> analyzed(Iterator<Tuple2<String, PortableDataStream>> files, Options options,
            Map<String, Sourced<LocalDate>> dates) {
        DossierEngine engine = Engines.get(options.engineConfig());
        return new Iterator<>() {
            private Iterator<Analyzed> current = List.<Analyzed>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = analyzedFile(files.next(), engine, options, dates).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Analyzed next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static List<Analyzed> analyzedFile(Tuple2<String, PortableDataStream> file, DossierEngine engine,
            Options options, Map<String, Sourced<LocalDate>> dates) {
        List<Analyzed> out = new ArrayList<>();
        LocalCopy copy;
        try {
            copy = new LocalCopy(file._1(), file._2());
        } catch (UncheckedIOException e) {
            // One unreadable file is one error record naming it; the rest of the batch goes on.
            ArticleRecord failed = ArticleRecords.from(engine.analyze(new SourceItem.Unreadable(file._1(),
                    "cannot read: " + e.getCause().getMessage()), dates));
            out.add(new Analyzed(file._1() + "#000000000", failed));
            return out;
        }
        try (copy) {
            List<SourceItem> items = copy.items(options.maxBytes());
            for (int i = 0; i < items.size(); i++) {
                ArticleRecord record = ArticleRecords.from(engine.analyze(items.get(i), dates));
                String source = record.source() == null ? file._1()
                        : record.source().replace(copy.localName(), file._1());
                out.add(new Analyzed(file._1() + String.format(Locale.ROOT, "#%09d", i), record.withSource(source)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file._1(), e);
        }
        return out;
    }

    /** The records of {@code events/}: each event of the article with the article's id, outlet and address. */
    private static Iterator<EventLine> eventLines(ArticleRecord article) {
        List<EventLine> lines = new ArrayList<>();
        for (ArticleRecord.EventRecord event : article.events()) {
            lines.add(new EventLine(article.id(), article.outlet(),
                    article.url() != null ? article.url() : article.source(), event));
        }
        return lines.iterator();
    }

    /** What story linking reads of an article; none for articles that belong to no story. */
    private static Iterator<StoryLinker.Input> linkInput(ArticleRecord article) {
        return StoryLinker.Input.linkable(article) ? List.of(StoryLinker.Input.of(article)).iterator()
                : Collections.emptyIterator();
    }

    /** The linking task: every input in input order through the online clusterer; times the linking itself. */
    static Iterator<Link> link(Iterator<StoryLinker.Input> inputs, LongAccumulator nanos) throws IOException {
        List<StoryLinker.Input> received = new ArrayList<>();
        inputs.forEachRemaining(received::add);
        try (StoryLinker<StoryLinker.Input> linker = StoryLinker.ofInputs(StoryClusterer.Config.DEFAULT)) {
            long start = System.nanoTime();
            StoryGroups<StoryLinker.Input> groups = new StoryGroups<>(StoryLinker.Input::id);
            groups.addAll(linker.add(received));
            groups.apply(linker.finish());
            List<List<StoryLinker.Input>> stories = groups.largestFirst();
            nanos.add(System.nanoTime() - start);
            List<Link> links = new ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                for (StoryLinker.Input input : stories.get(i)) {
                    links.add(new Link(input.id(), i + 1, groups.duplicateOf().get(input.id())));
                }
            }
            return links.iterator();
        }
    }

    /** One story's record, put together on an executor from its articles' records. */
    private static StoryRecord story(int story, Iterable<Tuple2<ArticleRecord, Link>> articles) {
        List<ArticleRecord> records = new ArrayList<>();
        Map<String, String> duplicateOf = new HashMap<>();
        for (Tuple2<ArticleRecord, Link> article : articles) {
            records.add(article._1());
            if (article._2().duplicateOf() != null) {
                duplicateOf.put(article._2().articleId(), article._2().duplicateOf());
            }
        }
        return StoryBuilder.assemble("story-" + story, records, duplicateOf);
    }
}
