package org.dossier.store.watch;

import java.time.Instant;
import java.util.Objects;
import org.dossier.ingest.fetch.Validators;

/**
 * What a watcher knows of one source: what its status shows, and what the next poll needs (validators for a
 * conditional GET, when it is due after failures).
 *
 * @param source the feed's address or the folder's path
 * @param lastPoll when it was last polled; null before the first poll
 * @param lastSuccess when a poll last succeeded (a 304 counts); null when none has
 * @param newItems items the last poll handed to the store
 * @param totalItems items handed to the store since the state was created
 * @param pending items of the last poll whose page could not be fetched, tried again at the next poll
 * @param lastError why the last poll failed, or what went wrong with some of its pages; null when nothing did
 * @param failures polls in a row that failed; each doubles the wait before the next (up to a limit)
 * @param nextPoll when the source is next due
 * @param validators of the feed's last version read whole, for a conditional GET
 */
public record FeedState(String source, Instant lastPoll, Instant lastSuccess, int newItems, long totalItems,
        int pending, String lastError, int failures, Instant nextPoll, Validators validators) {

    public FeedState {
        Objects.requireNonNull(source, "source");
        validators = validators == null ? Validators.NONE : validators;
    }

    /** A source never polled, due at once. */
    public static FeedState fresh(String source) {
        return new FeedState(source, null, null, 0, 0, 0, null, 0, null, Validators.NONE);
    }

    public boolean due(Instant now) {
        return nextPoll == null || !now.isBefore(nextPoll);
    }
}
