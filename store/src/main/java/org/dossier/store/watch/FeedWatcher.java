package org.dossier.store.watch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dossier.engine.BatchRunner;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.ingest.source.InputSource;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreIngest;

/**
 * Keeps a store current from the sources of a {@link WatchList}. Each poll reads every source that is due, hands
 * all that is new to {@link StoreIngest} in one batch (the path {@code dossier ingest} takes: each article stored
 * whole in one transaction, the stories updated at the end), and only then saves the sources' state, so that:
 * <ul>
 *   <li>nothing is lost: a feed's validators move on only once its items are stored, so a watcher killed
 *       before that fetches the whole feed again rather than hearing "not modified";
 *   <li>nothing is stored twice: a feed item's document id comes from its guid or link (see {@link FeedPoller}),
 *       and the store passes over ids it holds, whether the last run stored them a moment before it was killed
 *       or an hour ago.
 * </ul>
 * A source that fails (an error status, a timeout, broken XML, a body over the limit) is reported and tried again
 * at a later poll, waiting twice as long after each failure in a row, and the other sources go on.
 */
public final class FeedWatcher {

    /**
     * @param interval time between polls of a source
     * @param maxBackoff the longest wait after failures in a row (never shorter than the interval)
     * @param pageTries polls that may try an item's page that fails for a reason that may pass
     * @param maxBytes the size limit for files of watched folders
     */
    public record Config(Duration interval, Duration maxBackoff, int pageTries, long maxBytes) {

        public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
        public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(6);
        public static final int DEFAULT_PAGE_TRIES = 3;

        public Config {
            if (interval.isZero() || interval.isNegative()) {
                throw new IllegalArgumentException("the interval must be positive, was " + interval);
            }
            if (pageTries < 1) {
                throw new IllegalArgumentException("page tries must be at least 1, was " + pageTries);
            }
        }

        public static Config every(Duration interval) {
            return new Config(interval, DEFAULT_MAX_BACKOFF, DEFAULT_PAGE_TRIES, InputSource.DEFAULT_MAX_BYTES);
        }

        Duration wait(int failures) {
            if (failures == 0) {
                return interval;
            }
            Duration cap = maxBackoff.compareTo(interval) > 0 ? maxBackoff : interval;
            Duration wait = interval.multipliedBy(1L << Math.min(failures - 1, 20));
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    /** What one poll did: sources polled and failed, items handed to the store, and what the ingest said. */
    public record PollReport(int polled, int failed, int newItems, StoreIngest.Result ingest) {}

    private final WatchList list;
    private final DossierStore store;
    private final Supplier<StoreIngest> ingest;
    private StoreIngest loaded;
    private final WatchStateFile stateFile;
    private final Config config;
    private final InstantSource clock;
    private final Consumer<String> log;
    private final BatchRunner.Progress progress;
    private final FeedPoller feeds;
    private final FolderPoller folders;
    private final Map<String, FeedState> states = new LinkedHashMap<>();
    private final Instant started;
    private volatile WatchStatus status;
    private int polls;
    private Instant lastPoll;

    /**
     * @param ingest gives the ingest when there is first something new to store (it loads the NLP models, which
     *     a poll that finds nothing new need not wait for)
     */
    public FeedWatcher(WatchList list, DossierStore store, Supplier<StoreIngest> ingest, HttpFetcher fetcher,
            WatchStateFile stateFile, Config config, InstantSource clock, Consumer<String> log,
            BatchRunner.Progress progress) {
        this.list = list;
        this.store = store;
        this.ingest = ingest;
        this.stateFile = stateFile;
        this.config = config;
        this.clock = clock;
        this.log = log;
        this.progress = progress;
        this.feeds = new FeedPoller(fetcher, store::contains, config.pageTries());
        this.folders = new FolderPoller(config.maxBytes(), clock);
        this.started = clock.instant();
        Map<String, FeedState> saved = stateFile.load(log);
        for (WatchList.Source source : list.sources()) {
            FeedState state = saved.getOrDefault(source.name(), FeedState.fresh(source.name()));
            // a run with a shorter interval than the last one polls on its own schedule
            Instant latest = started.plus(config.wait(state.failures()));
            if (state.nextPoll() != null && state.nextPoll().isAfter(latest)) {
                state = new FeedState(state.source(), state.lastPoll(), state.lastSuccess(), state.newItems(),
                        state.totalItems(), state.pending(), state.lastError(), state.failures(), latest,
                        state.validators());
            }
            states.put(source.name(), state);
        }
        publish();
    }

    /** The state of every source, for a status page; safe to call from any thread. */
    public WatchStatus status() {
        return status;
    }

    /** Polls until interrupted: each source when it is due, sleeping in between. */
    public void run() throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                poll(false);
            } catch (IOException e) {
                // the items are stored; with the old state the next poll reads the feeds whole again
                log.accept("warning: cannot save the watch state " + stateFile.file() + ": " + e.getMessage());
            }
            Instant next = states.values().stream().map(FeedState::nextPoll).filter(java.util.Objects::nonNull)
                    .min(Instant::compareTo).orElse(clock.instant().plus(config.interval()));
            Duration wait = Duration.between(clock.instant(), next);
            if (!wait.isNegative() && !wait.isZero()) {
                Thread.sleep(wait);
            }
        }
        throw new InterruptedException();
    }

    /**
     * Polls the sources that are due (or all of them), stores what is new, and saves the state.
     *
     * @throws IOException when the state cannot be saved (the items are stored all the same)
     */
    public PollReport poll(boolean all) throws InterruptedException, IOException {
        Instant now = clock.instant();
        List<WatchList.Source> due = list.sources().stream()
                .filter(source -> all || states.get(source.name()).due(now)).toList();
        if (due.isEmpty()) {
            return new PollReport(0, 0, 0, null);
        }
        Map<WatchList.Source, SourcePoll> results = new LinkedHashMap<>();
        for (WatchList.Source source : due) {
            FeedState state = states.get(source.name());
            SourcePoll result;
            try {
                result = switch (source) {
                    case WatchList.Feed feed -> feeds.poll(feed.uri(), state.validators());
                    case WatchList.Folder folder -> folders.poll(folder.path());
                };
            } catch (RuntimeException e) {
                // a bug or a surprise in one source must not stop the others
                result = SourcePoll.failure(source.name() + ": internal error: " + e);
            }
            results.put(source, result);
        }
        int newItems = results.values().stream().mapToInt(SourcePoll::count).sum();
        StoreIngest.Result stored = null;
        if (newItems > 0) {
            List<SourcePoll> polled = List.copyOf(results.values());
            if (loaded == null) {
                loaded = ingest.get();
            }
            stored = loaded.ingest(() -> polled.stream().flatMap(p -> p.items().get()), store, progress, log);
            polled.forEach(p -> p.onStored().run());
        }
        Instant done = clock.instant();
        int failed = 0;
        for (Map.Entry<WatchList.Source, SourcePoll> entry : results.entrySet()) {
            FeedState before = states.get(entry.getKey().name());
            FeedState after = next(before, entry.getValue(), now, done);
            states.put(after.source(), after);
            failed += entry.getValue().failed() ? 1 : 0;
            log.accept(line(entry.getKey(), entry.getValue(), after, done));
        }
        polls++;
        lastPoll = now;
        publish();
        stateFile.save(states.values());
        if (stored != null) {
            log.accept(String.format(Locale.ROOT, "Stored %d new document(s) (%d failed, %d not English); the "
                    + "store holds %d article(s) in %s.", stored.added(), stored.summary().failed(),
                    stored.summary().skipped(), store.counts().articles(), stored.stories() < 0 ? "unchanged stories"
                    : stored.stories() + (stored.stories() == 1 ? " story" : " stories")));
        }
        return new PollReport(results.size(), failed, newItems, stored);
    }

    private FeedState next(FeedState before, SourcePoll poll, Instant polledAt, Instant done) {
        int failures = poll.failed() ? before.failures() + 1 : 0;
        return new FeedState(before.source(), polledAt, poll.failed() ? before.lastSuccess() : done, poll.count(),
                before.totalItems() + poll.count(), poll.pending(), poll.error(), failures,
                done.plus(config.wait(failures)), poll.validators() != null ? poll.validators()
                : before.validators());
    }

    private String line(WatchList.Source source, SourcePoll poll, FeedState state, Instant now) {
        String name = source.name();
        if (poll.failed()) {
            String error = poll.error().startsWith(name + ": ") ? poll.error().substring(name.length() + 2)
                    : poll.error();
            return String.format(Locale.ROOT, "%s: failed (%d in a row; next try in %s): %s", name, state.failures(),
                    human(Duration.between(now, state.nextPoll())), error);
        }
        if (poll.notModified()) {
            return name + ": not modified";
        }
        String what = source instanceof WatchList.Folder ? "file(s)" : "item(s)";
        String line = String.format(Locale.ROOT, "%s: %d %s, %d new", name, poll.seen(), what, poll.count());
        if (poll.pending() > 0) {
            line += source instanceof WatchList.Folder ? ", " + poll.pending() + " still being written"
                    : "; " + poll.error();
        }
        return line;
    }

    private void publish() {
        status = new WatchStatus(started, config.interval(), polls, lastPoll, new ArrayList<>(states.values()));
    }

    static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
}
