package org.dossier.extract.dictionaries;

import java.util.List;
import java.util.Objects;

/**
 * One phrase of the agent dictionary: a kind of actor that takes its country from the words around it
 * ("rebels", "foreign minister", "warplane").
 *
 * @param words the phrase, lower case, one word per element
 * @param code the CAMEO agent code that follows a country code ("REB", "GOV", "MIL")
 */
public record AgentEntry(List<String> words, String code) {

    public AgentEntry {
        words = List.copyOf(words);
        Objects.requireNonNull(code, "code");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an agent phrase needs a word");
        }
    }
}
