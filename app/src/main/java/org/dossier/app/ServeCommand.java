package org.dossier.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.engine.DossierEngine;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
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

@Command(name = "serve",
        header = "Serve a store: the web UI and the REST API.",
        mixinStandardHelpOptions = true,
        description = {
            "Serve a store: the web UI (stories with search, story pages with timeline, quotes, figures and "
                    + "conflicts, articles with the sentence behind each item highlighted) and the REST API, "
                    + "described at /openapi.json. Binds to 127.0.0.1 unless told otherwise; bound elsewhere it "
                    + "needs a token, which POST /api/articles then requires (Authorization: Bearer TOKEN). The NLP "
                    + "models load on the first POST, so a server that is only read starts in seconds. Stop it with "
                    + "Ctrl-C.",
            ""},
        footer = {"", "Examples:", "  dossier serve --store out/store",
            "  dossier serve --store out/store --watch feeds.txt --interval 10m",
            "  DOSSIER_TOKEN=... dossier serve --store out/store --host 0.0.0.0 --port 8080"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--token-env", paramLabel = "VAR", defaultValue = "DOSSIER_TOKEN",
            description = "Environment variable holding the token that write endpoints need (default: "
                    + "${DEFAULT-VALUE}); required when --host is not a loopback address.")
    String tokenVariable;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A host name clients use to reach the server (repeatable), e.g. behind a reverse proxy. "
                    + "Requests are answered only for localhost, IP addresses and these names, so that no web page "
                    + "can reach the server through a name of its own (DNS rebinding).")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    @Option(names = "--max-body-bytes", paramLabel = "BYTES",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes = ServerConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--cache-mb", paramLabel = "MIB",
            description = "The embedded database's page cache while serving, in MiB (default: ${DEFAULT-VALUE}). "
                    + "Events read from the cache cost no decoding of the file: on 100,000 articles a filter of "
                    + "several conditions took half the time with 1,024 MiB as with 256. It comes out of the "
                    + "server's heap (4 GiB by default), which models for posted articles share.")
    int cacheMib = 1024;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--watch", paramLabel = "FILE",
            description = "Also watch the feeds and folders listed in FILE, as 'dossier watch' does, with the "
                    + "options of watch; their state is shown at /api/watch.")
    Path watchList;

    @Mixin
    WatchOptions watchOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        WatchList watched = null;
        if (watchList != null) {
            String problem = watchOptions.problem();
            if (problem != null) {
                err.println("error: " + problem);
                return ExitCodes.USAGE;
            }
            try {
                watched = WatchList.read(watchList);
            } catch (java.nio.file.NoSuchFileException e) {
                err.println("error: no such feeds file: " + watchList);
                return ExitCodes.USAGE;
            } catch (java.io.IOException | IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, System.getenv(tokenVariable), maxBodyBytes,
                    ServerConfig.DEFAULT_MAX_ARTICLES, allowedHosts);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (storeOptions.missing(err)) {
            return ExitCodes.USAGE;
        }
        if (cacheMib < 16) {
            err.println("error: --cache-mb must be at least 16, was " + cacheMib);
            return ExitCodes.USAGE;
        }
        DossierStore store;
        try {
            store = DossierStore.open(storeOptions.config(), line -> {
                err.println(line);
                err.flush();
            });
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        store.useCache(cacheMib);
        // The events view's columns in memory: the view's filters and sorts at tens of requests a second.
        err.println(store.useEventIndex());
        err.flush();
        // One engine for posted articles and watched feeds: the models load once, on the first need.
        Supplier<StoreIngest> ingest = new Supplier<>() {
            private StoreIngest loaded;

            @Override
            public synchronized StoreIngest get() {
                if (loaded == null) {
                    DossierEngine engine = engineOptions.load(err);
                    err.flush();
                    loaded = new StoreIngest(engine, 1, StoryClusterer.Config.DEFAULT);
                }
                return loaded;
            }
        };
        HttpFetcher fetcher = watched == null ? null : new HttpFetcher(watchOptions.fetchConfig());
        FeedWatcher watcher = watched == null ? null : new FeedWatcher(watched, store, ingest, fetcher,
                new WatchStateFile(storeOptions.dir.resolve(WatchStateFile.NAME)),
                watchOptions.watcherConfig(engineOptions.maxBytes), InstantSource.system(), line -> {
                    err.println(line);
                    err.flush();
                }, (done, total, last) -> {});
        DossierServer server;
        try {
            server = DossierServer.start(store, config, ingest, watcher == null ? null : watcher::status);
        } catch (RuntimeException e) {
            store.close();
            err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.FATAL;
        }
        Thread watching = watcher == null ? null : new Thread(() -> {
            try {
                watcher.run();
            } catch (InterruptedException e) {
                // the server is stopping
            } catch (RuntimeException e) {
                err.println("error: the feed watcher stopped: " + e.getMessage());
                err.flush();
            }
        }, "dossier-watch");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (watching != null) {
                watching.interrupt();
                try {
                    watching.join(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                fetcher.close();
            }
            store.close();
            stopped.countDown();
        }, "dossier-shutdown"));
        if (watching != null) {
            watching.setDaemon(true);
            watching.start();
        }
        var counts = store.counts();
        err.println("Serving " + counts.articles() + " article(s) in " + counts.stories() + " stories from "
                + storeOptions.config().describe());
        err.println("Web UI:  " + server.url());
        err.println("API:     " + server.url() + "openapi.json");
        if (watched != null) {
            err.println("Watching " + watched.sources().size() + " source(s) every "
                    + DurationConverter.format(watchOptions.interval) + "; status at " + server.url() + "api/watch");
        }
        err.println("Writes:  " + (config.writesNeedToken() ? "need the token" : "open on loopback")
                + ". Stop with Ctrl-C.");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
