package org.dossier.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.engine.DossierEngine;
import org.dossier.ingest.source.InputSource;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreException;
import org.dossier.store.StoreIngest;
import org.dossier.store.StoreRows;
import org.dossier.stories.cluster.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest",
        header = "Add articles to a store, analyzing only those it does not hold yet.",
        mixinStandardHelpOptions = true,
        description = {
            "Add articles to a store, for 'dossier serve' and 'dossier export'. Reads the same inputs as analyze. "
                    + "Only documents the store does not hold yet (by content hash) are analyzed; each is stored "
                    + "whole as soon as it is done, and the stories are brought up to date at the end (the new "
                    + "articles clustered, the stories they join written again). An ingest that was "
                    + "interrupted (even by kill -9) is finished by running it again. Documents that fail are "
                    + "stored with their error and not retried.",
            ""},
        footer = {"", "Examples:", "  dossier ingest examples/aleppo --store out/store",
            "  dossier ingest feeds/*.warc.gz --store out/store --db jdbc:postgresql://localhost/dossier --db-user dossier",
            "", "Exit codes: 0 all new documents analyzed; 1 some failed; 2 invalid command line; 3 the store could "
                    + "not be used."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to add.")
    List<Path> inputs;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and the final summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        InputSource input = engineOptions.input(inputs, err);
        if (input == null) {
            return ExitCodes.USAGE;
        }
        try (DossierStore store = DossierStore.open(storeOptions.config(), err::println)) {
            err.println("Store: " + storeOptions.config().describe() + ", holding " + store.counts().articles()
                    + " article(s).");
            DossierEngine engine = engineOptions.load(err);
            err.println("Ingesting " + input.files().size() + " file(s) on " + engineOptions.threads
                    + " thread(s)...");
            ProgressReporter progress = new ProgressReporter(err, quiet);
            StoreIngest.Result result = new StoreIngest(engine, engineOptions.threads, StoryClusterer.Config.DEFAULT)
                    .ingest(input, store, progress, line -> {
                        err.println(line);
                        err.flush();
                    });
            StoreRows.Counts counts = store.counts();
            err.println(String.format(Locale.ROOT, "Added %d new document(s) in %.1f s: %d failed, %d not analyzed "
                    + "(not English); %d already in the store, %d duplicate(s) in the input.", result.added(),
                    progress.elapsedSeconds(), result.summary().failed(), result.summary().skipped(),
                    result.summary().known(), result.summary().duplicates()));
            err.println("The store holds " + counts.articles() + " document(s) (" + counts.analyzed()
                    + " analyzed) in " + counts.stories() + " stories, with " + counts.events() + " events, "
                    + counts.quotes() + " quotes and " + counts.figures() + " figures.");
            err.println("Browse it: dossier serve --store " + storeOptions.dir);
            err.flush();
            return result.summary().failed() == 0 ? ExitCodes.OK : ExitCodes.DOCUMENTS_FAILED;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
