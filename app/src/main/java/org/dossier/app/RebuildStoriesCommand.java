package org.dossier.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreException;
import org.dossier.stories.cluster.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rebuild-stories",
        header = "Build a store's stories again from all its articles.",
        mixinStandardHelpOptions = true,
        description = {
            "Build a store's stories again from all its articles, clustered as one stream in order of "
                    + "publication, and start the store's story stream over. Ingests and posts add each new "
                    + "article to the stories as it comes, at a cost that does not grow with the store, and a "
                    + "store whose stories were built with other clustering settings is rebuilt by itself at its "
                    + "next ingest; this command rebuilds on demand (after many articles arrived out of order of "
                    + "publication, say). Stop a server on the store first.",
            ""},
        footer = {"", "Example:", "  dossier rebuild-stories --store out/store"})
final class RebuildStoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (storeOptions.missing(err)) {
            return ExitCodes.USAGE;
        }
        try (DossierStore store = DossierStore.openRecords(storeOptions.config())) {
            err.println("Building the stories of " + storeOptions.config().describe() + " again...");
            err.flush();
            long start = System.nanoTime();
            int stories = store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {
                err.println(line);
                err.flush();
            });
            err.printf(java.util.Locale.ROOT, "Stories built again from %,d article(s): %,d, in %.1f s.%n",
                    store.counts().articles(), stories, (System.nanoTime() - start) / 1e9);
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
