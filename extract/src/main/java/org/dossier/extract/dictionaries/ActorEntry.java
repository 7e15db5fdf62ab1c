package org.dossier.extract.dictionaries;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One phrase of the actor dictionary and the CAMEO code it stands for, within a validity period.
 *
 * @param words the phrase, lower case, one word per element ("bashar", "al-assad")
 * @param code the CAMEO actor code ("SYRGOV")
 * @param from the first day the code applies, or null for always
 * @param until the last day the code applies, or null for always
 * @param name the dictionary's name for the actor ("Bashar Al-Assad"), the same for all its phrases
 */
public record ActorEntry(List<String> words, String code, LocalDate from, LocalDate until, String name) {

    public ActorEntry {
        words = List.copyOf(words);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an actor phrase needs a word");
        }
    }

    /** Whether the code applies on the day; with no day, only codes without an end apply. */
    public boolean validOn(LocalDate day) {
        if (day == null) {
            return until == null;
        }
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    public boolean undated() {
        return from == null && until == null;
    }
}
