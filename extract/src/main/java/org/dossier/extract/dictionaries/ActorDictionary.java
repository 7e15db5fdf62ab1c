package org.dossier.extract.dictionaries;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The actor phrases (countries, international organizations, non-state groups, people) with their codes. */
public final class ActorDictionary {

    /** A phrase found in a sentence: the entry whose code applies, and how many words it covers. */
    public record Match(ActorEntry entry, int length) {}

    private final PhraseIndex<ActorEntry> index;

    public ActorDictionary(List<ActorEntry> entries) {
        this.index = new PhraseIndex<>(entries, ActorEntry::words);
    }

    /**
     * The longest phrase starting at {@code start}, with the code that applies on {@code day}: a code dated to
     * include the day beats an undated one ("Bashar al-Assad" is SYRGOV from 2000, SYRELI before); with no day,
     * the latest open-ended code.
     */
    public Optional<Match> match(List<String> words, int start, LocalDate day) {
        List<ActorEntry> candidates = index.longest(words, start);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Comparator<ActorEntry> preference = Comparator.comparing((ActorEntry e) -> e.undated())
                .thenComparing(e -> e.from() == null ? LocalDate.MIN : e.from(), Comparator.reverseOrder());
        return candidates.stream().filter(e -> e.validOn(day)).sorted(preference).findFirst()
                .map(e -> new Match(e, e.words().size()));
    }

    public int size() {
        return index.size();
    }
}
