package org.dossier.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The folds of a cross-validation by document, keeping the documents of one story in one fold: documents that
 * tell the same story share its names and verbs, and a model fitted on one of them is surer of the other than of
 * a story it has not seen (the measured part holds other stories than the development part).
 */
final class DocumentFolds {

    private DocumentFolds() {}

    /** The documents of each fold: stories in name order, dealt to the folds in turn. */
    static List<Set<String>> of(Collection<String> documents, Function<String, String> storyOf, int folds) {
        TreeMap<String, Set<String>> byStory = new TreeMap<>();
        for (String document : new TreeSet<>(documents)) {
            byStory.computeIfAbsent(storyOf.apply(document), s -> new TreeSet<>()).add(document);
        }
        List<Set<String>> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            out.add(new HashSet<>());
        }
        int next = 0;
        for (Set<String> story : byStory.values()) {
            out.get(next++ % folds).addAll(story);
        }
        return out;
    }
}
