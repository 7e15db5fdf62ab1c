package org.dossier.store.watch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * As the status endpoint answers it: {@code watching} (true), {@code started}, {@code interval_seconds},
     * {@code polls}, {@code last_poll} and {@code sources}, each as in the state file (see {@link WatchStateFile}).
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("watching", true);
        node.put("started", started.toString());
        node.put("interval_seconds", interval.toMillis() / 1000.0);
        node.put("polls", polls);
        if (lastPoll != null) {
            node.put("last_poll", lastPoll.toString());
        }
        ArrayNode list = node.putArray("sources");
        sources.forEach(source -> list.add(WatchStateFile.toJson(source)));
        return node;
    }

    /** What the status endpoint answers for a server that watches nothing. */
    public static ObjectNode notWatching() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("watching", false);
        node.putArray("sources");
        return node;
    }
}
