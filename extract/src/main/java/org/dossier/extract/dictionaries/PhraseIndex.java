package org.dossier.extract.dictionaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the longest dictionary phrase that starts at a word of a sentence. Phrases are indexed by their first
 * word, longest first, so a lookup costs a hash probe and a few comparisons.
 *
 * @param <E> the dictionary's entry type
 */
final class PhraseIndex<E> {

    private final Map<String, List<E>> byFirstWord = new HashMap<>();
    private final Function<E, List<String>> wordsOf;

    PhraseIndex(List<E> entries, Function<E, List<String>> wordsOf) {
        this.wordsOf = wordsOf;
        for (E entry : entries) {
            byFirstWord.computeIfAbsent(wordsOf.apply(entry).get(0), k -> new ArrayList<>()).add(entry);
        }
        Comparator<E> longestFirst = Comparator.comparingInt(e -> -wordsOf.apply(e).size());
        byFirstWord.values().forEach(list -> list.sort(longestFirst));
    }

    /** The entries whose phrase matches {@code words} from {@code start}, all of the longest matching length. */
    List<E> longest(List<String> words, int start) {
        List<E> candidates = byFirstWord.get(words.get(start));
        if (candidates == null) {
            return List.of();
        }
        List<E> found = new ArrayList<>();
        int length = -1;
        for (E entry : candidates) {
            List<String> phrase = wordsOf.apply(entry);
            if (length >= 0 && phrase.size() < length) {
                break;
            }
            if (matches(phrase, words, start)) {
                length = phrase.size();
                found.add(entry);
            }
        }
        return found;
    }

    private static boolean matches(List<String> phrase, List<String> words, int start) {
        if (start + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!phrase.get(i).equals(words.get(start + i))) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }
}
