package org.dossier.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex",
        header = "Rebuild a store's search index from its database.",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild a store's search index from its database. The index is derived data: a store checks it when "
                    + "opened and rebuilds it by itself when a file is cut short, fails its checksum or has gone "
                    + "missing; this command rebuilds it on demand (after restoring the database from a backup, "
                    + "or when search answers look wrong). Stop a server on the store first.",
            ""},
        footer = {"", "Example:", "  dossier reindex --store out/store"})
final class ReindexCommand implements Callable<Integer> {

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
        try (DossierStore store = DossierStore.open(storeOptions.config(), line -> {
            err.println(line);
            err.flush();
        })) {
            err.println("Rebuilding the search index of " + storeOptions.config().describe() + "...");
            err.flush();
            long articles = store.rebuildIndex(line -> {
                err.println(line);
                err.flush();
            });
            err.println("Indexed " + articles + " article(s): " + store.indexSize() + " searchable items.");
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
