package org.dossier.app;

import java.io.IOException;
import java.time.Duration;
import org.dossier.ingest.fetch.FetchConfig;
import org.dossier.ingest.source.InputSource;
import org.dossier.store.watch.FeedWatcher;
import picocli.CommandLine.Option;

/** How a watcher polls and what it allows the servers it reads: the options of watch and of serve --watch. */
final class WatchOptions {

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time between polls of each source, e.g. 30s, 15m, 2h (default: 15m). A source that "
                    + "fails waits twice as long after each failure in a row, up to 6h.")
    Duration interval = FeedWatcher.Config.DEFAULT_INTERVAL;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest wait for a connection (default: 10s).")
    Duration connectTimeout = FetchConfig.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest a whole response, headers and body, may take (default: 30s).")
    Duration responseTimeout = FetchConfig.DEFAULT_RESPONSE_TIMEOUT;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest feed or page read; a larger one is cut off as it arrives (default: "
                    + "${DEFAULT-VALUE}, 16 MiB).")
    long maxBodyBytes = FetchConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--max-redirects", paramLabel = "N",
            description = "Redirects followed per fetch (default: ${DEFAULT-VALUE}); a redirect loop is an error.")
    int maxRedirects = FetchConfig.DEFAULT_MAX_REDIRECTS;

    @Option(names = "--host-gap", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Least time between two requests to the same host (default: 1s).")
    Duration hostGap = FetchConfig.DEFAULT_HOST_GAP;

    @Option(names = "--page-tries", paramLabel = "N",
            description = "Polls that try an item's page that fails with a timeout or a 5xx before the item is "
                    + "stored as failed (default: ${DEFAULT-VALUE}).")
    int pageTries = FeedWatcher.Config.DEFAULT_PAGE_TRIES;

    @Option(names = "--contact", paramLabel = "ADDRESS",
            description = "An e-mail address or web page added to the User-Agent, so that a site can reach you.")
    String contact;

    /** What is wrong with the values, or null: checked before anything is opened or loaded. */
    String problem() {
        if (interval.isZero() || interval.isNegative()) {
            return "--interval must be positive";
        }
        if (connectTimeout.isZero() || connectTimeout.isNegative() || responseTimeout.isZero()
                || responseTimeout.isNegative()) {
            return "--connect-timeout and --timeout must be positive";
        }
        if (hostGap.isNegative()) {
            return "--host-gap must not be negative";
        }
        if (maxBodyBytes <= 0) {
            return "--max-body must be a positive number of bytes, was " + maxBodyBytes;
        }
        if (maxRedirects < 0) {
            return "--max-redirects must not be negative, was " + maxRedirects;
        }
        if (pageTries < 1) {
            return "--page-tries must be at least 1, was " + pageTries;
        }
        if (contact != null && contact.chars().anyMatch(c -> c < ' ' || c > '~')) {
            return "--contact must be printable ASCII (it goes into a header)";
        }
        return null;
    }

    FetchConfig fetchConfig() throws IOException {
        return new FetchConfig(FetchConfig.userAgent(DossierCommand.Version.number(), contact), connectTimeout,
                responseTimeout, maxBodyBytes, maxRedirects, hostGap);
    }

    FeedWatcher.Config watcherConfig(long maxFileBytes) {
        return new FeedWatcher.Config(interval, FeedWatcher.Config.DEFAULT_MAX_BACKOFF, pageTries,
                maxFileBytes > 0 ? maxFileBytes : InputSource.DEFAULT_MAX_BYTES);
    }
}
