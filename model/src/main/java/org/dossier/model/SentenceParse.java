package org.dossier.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency parse of one sentence. Parsing is the slowest step of the NLP, so only sentences that can hold
 * what a later stage looks for (a speech cue, an event verb) are parsed.
 *
 * @param sentenceIndex the sentence's {@link Sentence#index()}
 * @param arcs one arc per token
 */
public record SentenceParse(int sentenceIndex, List<Dependency> arcs) implements Serializable {

    public SentenceParse {
        arcs = List.copyOf(arcs);
    }

    /** The arc whose dependent is the token, or null. */
    public Dependency arcOf(int token) {
        for (Dependency arc : arcs) {
            if (arc.dependent() == token) {
                return arc;
            }
        }
        return null;
    }

    /** The dependents of a token, in token order. */
    public List<Dependency> dependents(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency arc : arcs) {
            if (arc.head() == head) {
                out.add(arc);
            }
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** The first dependent with one of the relations, or -1. */
    public int dependent(int head, String... relations) {
        for (Dependency arc : dependents(head)) {
            for (String relation : relations) {
                if (arc.relation().equals(relation)) {
                    return arc.dependent();
                }
            }
        }
        return -1;
    }

    /** The smallest and largest token index in the subtree of {@code root}, as {first, last}. */
    public int[] subtreeBounds(int root) {
        int[] bounds = {root, root};
        collectBounds(root, bounds, 0);
        return bounds;
    }

    private void collectBounds(int node, int[] bounds, int depth) {
        if (depth > arcs.size()) {
            return; // a malformed parse with a cycle must not recurse forever
        }
        for (Dependency arc : arcs) {
            if (arc.head() == node) {
                bounds[0] = Math.min(bounds[0], arc.dependent());
                bounds[1] = Math.max(bounds[1], arc.dependent());
                collectBounds(arc.dependent(), bounds, depth + 1);
            }
        }
    }
}
