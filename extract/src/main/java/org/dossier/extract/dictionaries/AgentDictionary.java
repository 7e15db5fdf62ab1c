package org.dossier.extract.dictionaries;

import java.util.List;
import java.util.Optional;

/** The agent phrases ("rebels", "foreign minister", "warplanes") with the agent code they add to a country. */
public final class AgentDictionary {

    /** A phrase found in a sentence and how many words it covers. */
    public record Match(AgentEntry entry, int length) {}

    private final PhraseIndex<AgentEntry> index;

    public AgentDictionary(List<AgentEntry> entries) {
        this.index = new PhraseIndex<>(entries, AgentEntry::words);
    }

    public Optional<Match> match(List<String> words, int start) {
        List<AgentEntry> found = index.longest(words, start);
        return found.isEmpty() ? Optional.empty() : Optional.of(new Match(found.get(0), found.get(0).words().size()));
    }

    public int size() {
        return index.size();
    }
}
