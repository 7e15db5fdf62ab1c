package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.engine.DossierEngine;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreException;
import org.dossier.store.StoreIngest;
import org.dossier.store.watch.FeedWatcher;
import org.dossier.store.watch.WatchList;
import org.dossier.store.watch.WatchStateFile;
import org.dossier.stories.cluster.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "watch",
        header = "Keep a store current from RSS/Atom feeds and folders, storing each new item once.",
        mixinStandardHelpOptions = true,
        description = {
            "Keep a store current from RSS/Atom feeds and folders: polls each source listed in FILE on an "
                    + "interval and stores each new item once, as 'dossier ingest' does (fetching the page an item "
                    + "links to when the feed carries no text). Prints a line per source per poll. A source that "
                    + "fails is reported and tried again later; the others go on. Stopped at any point, even by "
                    + "kill -9, it loses and duplicates nothing when started again. Stop it with Ctrl-C.",
            "",
            "The NLP models load when a poll first finds something new.",
            "",
            "FILE lists one source a line: an http(s) address of a feed, or a folder (relative to FILE's folder); "
                    + "blank lines and lines starting with # are skipped.",
            ""},
        footer = {"", "Examples:", "  dossier watch --store out/store --feeds feeds.txt --interval 10m",
            "  dossier watch --store out/store --feeds feeds.txt --once",
            "", "Exit codes (--once): 0 every source read and every new document analyzed; 1 some source or document "
                    + "failed; 2 invalid command line or feeds file; 3 the store could not be used."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--feeds", required = true, paramLabel = "FILE",
            description = "The list of feeds and folders to watch.")
    Path feeds;

    @Option(names = "--once", description = "Poll every source once, store what is new, and exit.")
    boolean once;

    @Mixin
    WatchOptions watchOptions;

    @Mixin
    EngineOptions engineOptions;

    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String problem = engineOptions.problem() != null ? engineOptions.problem() : watchOptions.problem();
        if (problem != null) {
            err.println("error: " + problem);
            return ExitCodes.USAGE;
        }
        WatchList list;
        try {
            list = WatchList.read(feeds);
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("error: no such feeds file: " + feeds);
            return ExitCodes.USAGE;
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (DossierStore store = DossierStore.open(storeOptions.config(), err::println);
                HttpFetcher fetcher = new HttpFetcher(watchOptions.fetchConfig())) {
            err.println("Store: " + storeOptions.config().describe() + ", holding " + store.counts().articles()
                    + " article(s).");
            FeedWatcher watcher = new FeedWatcher(list, store, () -> {
                DossierEngine engine = engineOptions.load(err);
                err.flush();
                return new StoreIngest(engine, engineOptions.threads, StoryClusterer.Config.DEFAULT);
            }, fetcher,
                    new WatchStateFile(storeOptions.dir.resolve(WatchStateFile.NAME)),
                    watchOptions.watcherConfig(engineOptions.maxBytes), InstantSource.system(), line -> {
                        err.println(line);
                        err.flush();
                    }, new ProgressReporter(err, true));
            err.println("Watching " + list.sources().size() + " source(s)" + (once ? " once" : " every "
                    + DurationConverter.format(watchOptions.interval) + "; stop with Ctrl-C") + ". User-Agent: "
                    + fetcher.config().userAgent());
            err.flush();
            if (once) {
                FeedWatcher.PollReport report = watcher.poll(true);
                boolean documentsFailed = report.ingest() != null && report.ingest().summary().failed() > 0;
                return report.failed() == 0 && !documentsFailed ? ExitCodes.OK : ExitCodes.DOCUMENTS_FAILED;
            }
            // Ctrl-C interrupts the poll, and the JVM waits for the store to be closed (not for this thread,
            // which then blocks in System.exit while the hooks run).
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                main.interrupt();
                try {
                    closed.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "dossier-watch-shutdown"));
            try {
                watcher.run();
            } catch (InterruptedException e) {
                err.println("Stopped.");
                err.flush();
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FATAL;
        } finally {
            closed.countDown();
        }
    }
}
