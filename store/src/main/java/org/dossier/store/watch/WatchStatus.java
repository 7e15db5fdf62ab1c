package org.dossier.store.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a watcher reports: when it started, how often it polls, how many polls it has made, and the state of each
 * source in the order of the list.
 */
public record WatchStatus(Instant started, Duration interval, int polls, Instant lastPoll, List<FeedState> sources) {

    public WatchStatus {
        sources = List.copyOf(sources);
    }
}
