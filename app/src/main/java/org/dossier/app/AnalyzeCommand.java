package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.engine.BatchRunner;
import org.dossier.engine.DossierEngine;
import org.dossier.ingest.source.InputSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze",
        header = "Analyze news articles into a source-attributed dossier: articles, stories and a report in a folder.",
        mixinStandardHelpOptions = true,
        description = {
            "Analyze news articles and write a source-attributed dossier. Reads files and folders (recursively): "
                    + ".html/.htm and .txt (also gzipped), web archives (.warc, .warc.gz), JSON lines exports "
                    + "(.jsonl: url, title, text or html, date) and RSS/Atom feeds with article content. The same "
                    + "document twice is analyzed once; text not in English is recorded and skipped. Writes:",
            "  DIR/articles.jsonl  one JSON object per document: id, source, title, outlet, published, dateline, "
                    + "language, clean text, persons/organizations/locations with mentions, quotes with speakers, "
                    + "dates, figures, CAMEO events; offsets point into 'text'; failed documents have an 'error'",
            "  DIR/stories.jsonl   one JSON object per story: its articles (near-copies linked), merged events "
                    + "with their sources, timeline, actors, quotes, figures and conflicts, cited summary",
            "  DIR/report.html     a page to read: the stories, then each article with its entities and quotes "
                    + "highlighted in their sentences",
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
        InputSource input = engineOptions.input(inputs, err);
        if (input == null) {
            return ExitCodes.USAGE;
        }
        if (RunOutput.problemWith(out) != null) {
            err.println("error: " + RunOutput.problemWith(out));
            return ExitCodes.USAGE;
        }
        DossierEngine engine = engineOptions.load(err);
        err.println("Analyzing " + input.files().size() + " file(s) on " + engineOptions.threads + " thread(s)...");
        ProgressReporter progress = new ProgressReporter(err, quiet);
        BatchRunner.Summary summary;
        try (RunOutput output = new RunOutput(out, true)) {
            summary = new BatchRunner(engine, engineOptions.threads).run(input, output::accept, progress);
            output.finish(RunOutput.description(inputs, engine, engineOptions.threads, summary));
            RunOutput.printSummary(err, "Analyzed", summary, progress.elapsedSeconds());
            err.println("Articles: " + output.articlesFile());
            err.println("Report:   " + output.reportFile());
        }
        err.flush();
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.DOCUMENTS_FAILED;
    }
}
