package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.engine.BatchRunner;
import org.dossier.engine.DossierEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyze news articles (.txt and .html files, or folders of them, read recursively) and write a "
                    + "source-attributed dossier:",
            "  DIR/articles.jsonl  one JSON object per document: id, source, title, outlet, published, dateline, "
                    + "language, clean text, persons/organizations/locations with mentions, quotes with speakers, "
                    + "dates; offsets point into 'text'; failed documents have an 'error'",
            "  DIR/report.html     a page to read: each article with its entities and quotes highlighted in their "
                    + "sentences",
            "  DIR/run.json        the settings and stages of the run",
            ""},
        footer = {"", "Example:", "  dossier analyze examples/aleppo --out out/aleppo", "",
            "Exit codes: 0 all documents analyzed; 1 some documents failed (see their 'error' and the warnings); "
                    + "2 invalid command line; 3 the run could not be done."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to analyze.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Folder for the output files (created if missing; earlier output is replaced).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and the final summary.")
    boolean quiet;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = engineOptions.articleFiles(inputs, err);
        if (files.isEmpty()) {
            return ExitCodes.USAGE;
        }
        DossierEngine engine = engineOptions.load(err);
        err.println("Analyzing " + files.size() + " document(s) on " + engineOptions.threads + " thread(s)...");
        ProgressReporter progress = new ProgressReporter(err, quiet);
        int failed;
        try (RunOutput output = new RunOutput(out)) {
            failed = new BatchRunner(engine, engineOptions.threads).run(files, output::accept, progress);
            output.finish(description(engine, files.size()));
            err.println(String.format(Locale.ROOT, "Analyzed %d document(s), %d failed, in %.1f s (%.2f articles/s).",
                    files.size(), failed, progress.elapsedSeconds(), files.size() / progress.elapsedSeconds()));
            err.println("Articles: " + output.articlesFile());
            err.println("Report:   " + output.reportFile());
        }
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.DOCUMENTS_FAILED;
    }

    private Map<String, Object> description(DossierEngine engine, int documents) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("finished", Instant.now().toString());
        run.put("inputs", inputs.stream().map(Path::toString).toList());
        run.put("stages", engine.stageNames());
        run.put("config", engine.config());
        run.put("threads", engineOptions.threads);
        run.put("input_documents", documents);
        return run;
    }
}
