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

@Command(name = "extract",
        header = "Extract the main text and metadata of news pages, without NLP.",
        mixinStandardHelpOptions = true,
        description = {
            "Extract the main text and metadata of news pages, without NLP: fast enough for large crawls. Reads "
                    + "the same inputs as analyze (.html/.htm and .txt, also gzipped; .warc/.warc.gz; .jsonl; "
                    + "RSS/Atom feeds) and writes:",
            "  DIR/articles.jsonl  one JSON object per document: id, source, url, title, outlet, published (with "
                    + "published_confidence), dateline, language and the clean text; entity, quote, figure and "
                    + "event lists stay empty; failed documents have an 'error' and whatever metadata was found",
            "  DIR/run.json        the settings of the run",
            ""},
        footer = {"", "Example:", "  dossier extract crawl.warc.gz pages/ --out out/crawl", "",
            "Exit codes: 0 all documents extracted; 1 some failed (see their 'error' and the warnings); "
                    + "2 invalid command line; 3 the run could not be done."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to read.")
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
        DossierEngine engine = engineOptions.loadCleaner();
        ProgressReporter progress = new ProgressReporter(err, quiet);
        BatchRunner.Summary summary;
        try (RunOutput output = new RunOutput(out, false)) {
            summary = new BatchRunner(engine, engineOptions.threads).run(input, output::accept, progress);
            output.finish(RunOutput.description(inputs, engine, engineOptions.threads, summary));
            RunOutput.printSummary(err, "Extracted", summary, progress.elapsedSeconds());
            err.println("Articles: " + output.articlesFile());
        }
        err.flush();
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.DOCUMENTS_FAILED;
    }
}
