package org.dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.Outcome;
import org.dossier.engine.BatchRunner;
import org.dossier.engine.DossierEngine;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.ArticleRecords;
import org.dossier.output.ArticlesJsonl;
import org.dossier.output.HtmlReport;
import org.dossier.output.StoriesJsonl;
import org.dossier.output.StoryHtml;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * The files of one analyze run in its output folder. Each is written to a temporary file and moved into place
 * when complete, so an interrupted run never leaves a half-written file where a good one was.
 */
final class RunOutput implements AutoCloseable {

    /** The report stays readable; beyond this many articles it lists the first ones and says so. */
    static final int REPORT_LIMIT = 2000;

    private final Path dir;
    private final boolean analyzed;
    private final Path articlesTemp;
    private final BufferedWriter articles;
    private final List<ArticleRecord> reported = new ArrayList<>();
    /** Null for a run without NLP ({@code extract}): its records hold no names or events to link stories by. */
    private final StoryBuilder stories;
    private int written;

    /** @param analyzed whether the records went through the NLP: then {@code stories.jsonl} and the report too */
    /** Why {@code dir} cannot be an output folder (a file is there), or null. */
    static String problemWith(Path dir) {
        return Files.exists(dir) && !Files.isDirectory(dir)
                ? "--out " + dir + " is a file; name a folder (it is created if missing)" : null;
    }

    RunOutput(Path dir, boolean analyzed) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.analyzed = analyzed;
        this.stories = analyzed ? new StoryBuilder(StoryClusterer.Config.DEFAULT) : null;
        this.articlesTemp = dir.resolve(ArticlesJsonl.FILE_NAME + ".partial");
        this.articles = Files.newBufferedWriter(articlesTemp, StandardCharsets.UTF_8);
    }

    Path articlesFile() {
        return dir.resolve(ArticlesJsonl.FILE_NAME);
    }

    Path reportFile() {
        return dir.resolve(HtmlReport.FILE_NAME);
    }

    void accept(Outcome outcome) {
        ArticleRecord record = ArticleRecords.from(outcome);
        ArticlesJsonl.write(articles, record);
        written++;
        if (analyzed) {
            stories.accept(record);
            if (reported.size() < REPORT_LIMIT) {
                reported.add(record);
            }
        }
    }

    /** Moves the articles file into place and writes the report and the run description. */
    void finish(Map<String, Object> runDescription) throws IOException {
        articles.close();
        Files.move(articlesTemp, articlesFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Map<String, Object> run = new LinkedHashMap<>(runDescription);
        run.put("documents", written);
        if (analyzed) {
            List<StoryRecord> storyRecords = stories.stories();
            writeAtomically(dir.resolve(StoriesJsonl.FILE_NAME), out -> StoriesJsonl.write(out, storyRecords));
            writeAtomically(reportFile(), out -> HtmlReport.write(out, reported, StoryHtml.section(storyRecords)));
            run.put("report_articles", reported.size());
            run.put("stories", storyRecords.size());
        }
        writeAtomically(dir.resolve("run.json"), out -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out, run));
    }

    /** What {@code run.json} says of a run before its counts: when, from what, with which stages and settings. */
    static Map<String, Object> description(List<Path> inputs, DossierEngine engine, int threads,
            BatchRunner.Summary summary) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("finished", java.time.Instant.now().toString());
        run.put("inputs", inputs.stream().map(Path::toString).toList());
        run.put("stages", engine.stageNames());
        run.put("config", engine.config());
        run.put("threads", threads);
        run.put("summary", summary);
        return run;
    }

    static void printSummary(java.io.PrintWriter err, String verb, BatchRunner.Summary summary,
            double seconds) {
        err.println(String.format(java.util.Locale.ROOT, "%s %d document(s) in %.1f s (%.2f/s): %d failed, %d not "
                + "analyzed (not English), %d duplicate(s) skipped.", verb, summary.documents(), seconds,
                summary.documents() / Math.max(seconds, 1e-9), summary.failed(), summary.skipped(),
                summary.duplicates()));
    }

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static void writeAtomically(Path target, Content content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        try {
            if (stories != null) {
                stories.close();
            }
            articles.close();
            Files.deleteIfExists(articlesTemp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
