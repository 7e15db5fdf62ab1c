package org.dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.dossier.model.DocumentHints;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.output.ArticlesJsonl;
import org.dossier.output.EventsCsv;
import org.dossier.output.RecordJson;
import org.dossier.output.StoriesJsonl;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreException;
import org.dossier.stories.cluster.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export",
        header = "Export a store's or an analyze run's events (CSV or JSONL), articles or stories.",
        mixinStandardHelpOptions = true,
        description = {
            "Export from a store (--store) or an analyze run's folder (--out) to standard output. 'events': the "
                    + "events merged across articles, one row per event, as CSV with GDELT-like columns (day, actor "
                    + "1 name and code, CAMEO event code, root, QuadClass, Goldstein, actor 2 name and code, "
                    + "location, source URL (http or https, else empty), number of sources, story, supporting text, "
                    + "confidence, what the day rests on: stated, relative or reported, the source file, and the "
                    + "place as GDELT's ActionGeo fields: precision, name, country code, ADM1 code, latitude, "
                    + "longitude, GeoNames id) or as JSONL. 'articles' and "
                    + "'stories': every record as JSONL, in the format of articles.jsonl and stories.jsonl.",
            ""},
        footer = {"", "Examples:", "  dossier export events --store out/store --format csv > events.csv",
            "  dossier export events --store out/store --spreadsheet > events-for-excel.csv",
            "  dossier export articles --store out/store > articles.jsonl",
            "  dossier export events --out out/aleppo --format jsonl > events.jsonl"})
final class ExportCommand implements Callable<Integer> {

    enum What { events, articles, stories }

    enum Format { csv, jsonl }

    static final char BYTE_ORDER_MARK = EventsCsv.BYTE_ORDER_MARK;

    /**
     * Where an article came from, as the CSV gives it: its web address when it has an http(s) one (never a file
     * path or the API's "api:item-44"), and the file it was read from, when it was read from one.
     */
    record Origin(String url, String file) {

        static Origin of(ArticleRecord article) {
            String url = DocumentHints.isWebAddress(article.url()) ? article.url() : null;
            return new Origin(url, EventsCsv.sourceFile(article.source()));
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to export: events, articles or stories.")
    What what;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "The output folder of an analyze run (holding articles.jsonl and stories.jsonl).")
    Path out;

    @Option(names = "--store", paramLabel = "DIR", description = "A store made by 'dossier ingest'.")
    Path store;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
    Format format = Format.csv;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Only events at least this likely to be right (0-1; of events at 0.8, about 8 in 10 are "
                    + "right on Dossier's development data). Events stored without a confidence are left out too.")
    Double minConfidence;

    @Option(names = "--spreadsheet",
            description = "CSV to open in a spreadsheet: CAMEO codes are written as =\"010\", which Excel, Google "
                    + "Sheets and LibreOffice keep as text with its leading zero (a plain 010 becomes the number "
                    + "10). Other CSV readers would read the formula: leave it off for them.")
    boolean spreadsheet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            err.println("error: --min-confidence must be a number from 0 to 1, was " + minConfidence);
            return ExitCodes.USAGE;
        }
        if ((out == null) == (store == null)) {
            err.println("error: name either a store (--store DIR) or an analyze run's folder (--out DIR)");
            return ExitCodes.USAGE;
        }
        if (spreadsheet && (what != What.events || format != Format.csv)) {
            err.println("error: --spreadsheet is for the events CSV (export events --format csv)");
            return ExitCodes.USAGE;
        }
        if (what != What.events && format == Format.csv && formatGiven()) {
            err.println("error: " + what + " export as JSONL only");
            return ExitCodes.USAGE;
        }
        return store != null ? fromStore(err) : fromRun();
    }

    private boolean formatGiven() {
        return spec.commandLine().getParseResult().hasMatchedOption("--format");
    }

    private Integer fromStore(PrintWriter err) throws Exception {
        if (StoreOptions.missing(database, store, err)) {
            return ExitCodes.USAGE;
        }
        PrintWriter stdout = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (DossierStore opened = DossierStore.openRecords(database.store(store))) {
            if (what != What.articles && opened.storiesStale()) {
                // An interrupted ingest leaves articles its stories do not hold yet: build them rather than
                // export stories that leave those articles out.
                err.println("Building the stories first: articles were added since they were last built (an "
                        + "interrupted ingest?).");
                err.flush();
                opened.updateStories(StoryClusterer.Config.DEFAULT, line -> {});
            }
            switch (what) {
                case articles -> opened.forEachArticle(a -> stdout.println(ArticlesJsonl.toLine(a)));
                case stories -> opened.forEachStory(s -> stdout.println(StoriesJsonl.toLine(s)));
                case events -> {
                    Map<String, Origin> urls = new HashMap<>();
                    opened.forEachArticle(a -> urls.put(a.id(), Origin.of(a)));
                    List<StoryRecord> stories = new java.util.ArrayList<>();
                    opened.forEachStory(stories::add);
                    write(stories, urls, stdout);
                }
            }
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private Integer fromRun() throws Exception {
        Path stories = out.resolve(StoriesJsonl.FILE_NAME);
        Path articles = out.resolve(ArticlesJsonl.FILE_NAME);
        if (!Files.isRegularFile(stories) || !Files.isRegularFile(articles)) {
            spec.commandLine().getErr().println("error: " + out + " holds no analyze run (articles.jsonl and "
                    + "stories.jsonl); run 'dossier analyze ... --out " + out + "' first");
            return ExitCodes.USAGE;
        }
        if (what != What.events) {
            Files.copy(what == What.articles ? articles : stories, System.out);
            System.out.flush();
            return ExitCodes.OK;
        }
        Map<String, Origin> urls = new HashMap<>();
        for (ArticleRecord a : ArticlesJsonl.read(articles)) {
            urls.put(a.id(), Origin.of(a));
        }
        PrintWriter stdout = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        write(StoriesJsonl.read(stories), urls, stdout);
        stdout.flush();
        return ExitCodes.OK;
    }

    void write(List<StoryRecord> stories, Map<String, Origin> origins, Writer w) throws java.io.IOException {
        ObjectMapper json = RecordJson.mapper();
        EventsCsv csv = new EventsCsv(w, spreadsheet);
        if (format == Format.csv) {
            csv.header();
        }
        for (StoryRecord story : stories) {
            for (MergedEvent e : story.events()) {
                if (minConfidence != null && (e.confidence() == null || e.confidence() < minConfidence)) {
                    continue;
                }
                if (format == Format.jsonl) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("story", story.id());
                    row.put("event", e);
                    w.write(json.writeValueAsString(row) + "\n");
                    continue;
                }
                Origin origin = origins.getOrDefault(e.sources().getFirst().article(), new Origin(null, null));
                csv.write(new EventsCsv.Row(Objects.toString(e.date(), null), e.actor(), e.actorCode(), e.cameo(),
                        e.root(), e.quadClass(),
                        e.goldstein(), e.target(), e.targetCode(), e.location(), origin.url(), e.corroboration(),
                        story.id(), e.sources().getFirst().text(), e.confidence(), e.dateBasis(), origin.file(),
                        e.place()));
            }
        }
    }

    /** A CAMEO code cell (see {@link EventsCsv#code}). */
    String code(String value) {
        return new EventsCsv(Writer.nullWriter(), spreadsheet).code(value);
    }
}
