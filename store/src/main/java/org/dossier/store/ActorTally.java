package org.dossier.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.store.ChartRows.ActorCount;
import org.dossier.store.ChartRows.ActorRef;

/**
 * Events counted by actor from rows the database grouped by a party's code and name as stored. Grouping by the
 * stored columns and merging the groups here costs the database one pass over the events; grouping by the actor's
 * id (an expression of code and name) cost it three (the page, the total and the names), each slower.
 */
final class ActorTally {

    static final int AS_ACTOR = 0;
    static final int AS_TARGET = 1;

    private final Map<String, long[]> roles = new HashMap<>();
    private final Map<String, Map<String, Long>> names = new HashMap<>();

    /**
     * A party's actor id: its code, else "name:" and its name in lower case; null when it has neither. The same
     * as {@link StoreCharts#ACTOR_KEY} computes in SQL.
     */
    static String key(String code, String name) {
        if (code != null && !code.isEmpty()) {
            return code;
        }
        return name == null || name.isEmpty() ? null : "name:" + name.toLowerCase(Locale.ROOT);
    }

    /** Counts {@code events} events of a party in a role; returns its key (null for a party naming no one). */
    String add(String code, String name, int role, long events) {
        String key = key(code, name);
        if (key != null) {
            roles.computeIfAbsent(key, k -> new long[2])[role] += events;
            if (name != null && !name.isEmpty()) {
                names.computeIfAbsent(key, k -> new HashMap<>()).merge(name, events, Long::sum);
            }
        }
        return key;
    }

    Set<String> keys() {
        return roles.keySet();
    }

    /** The actor of a key, named by the name its events give it most often (ties: the first alphabetically). */
    ActorRef ref(String key) {
        String best = null;
        long most = -1;
        for (Map.Entry<String, Long> name : names.getOrDefault(key, Map.of()).entrySet()) {
            if (name.getValue() > most || (name.getValue() == most && name.getKey().compareTo(best) < 0)) {
                best = name.getKey();
                most = name.getValue();
            }
        }
        return StoreCharts.ref(key, best);
    }

    /** Every actor counted, most events first (ties by id); keep filters the names and ids. */
    List<ActorCount> ranked(java.util.function.BiPredicate<String, Set<String>> keep) {
        List<ActorCount> counts = new ArrayList<>();
        roles.forEach((key, n) -> {
            if (keep.test(key, names.getOrDefault(key, Map.of()).keySet())) {
                counts.add(new ActorCount(ref(key), n[AS_ACTOR], n[AS_TARGET], n[AS_ACTOR] + n[AS_TARGET]));
            }
        });
        counts.sort(Comparator.comparingLong((ActorCount a) -> -a.events()).thenComparing(a -> a.actor().id()));
        return counts;
    }
}
