package org.dossier.extract.dictionaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The CAMEO verbs by lemma, the patterns of each block, and the synonym sets the patterns use. */
public final class VerbDictionary {

    private final Map<String, List<VerbEntries.Verb>> byLemma = new HashMap<>();
    private final Map<String, List<VerbEntries.Pattern>> byBlock = new HashMap<>();
    private final Map<String, Set<String>> synsets;

    public VerbDictionary(VerbEntries entries) {
        for (VerbEntries.Verb verb : entries.verbs()) {
            byLemma.computeIfAbsent(verb.lemma(), k -> new ArrayList<>()).add(verb);
        }
        for (VerbEntries.Pattern pattern : entries.patterns()) {
            byBlock.computeIfAbsent(pattern.block(), k -> new ArrayList<>()).add(pattern);
        }
        this.synsets = entries.synsets();
    }

    /** The entry of a verb, the phrasal one first ("blow up" before "blow"), or null. */
    public VerbEntries.Verb find(String lemma, String particle) {
        if (particle != null) {
            List<VerbEntries.Verb> phrasal = byLemma.get(lemma + " " + particle);
            if (phrasal != null) {
                return phrasal.get(0);
            }
        }
        List<VerbEntries.Verb> verbs = byLemma.get(lemma);
        return verbs == null ? null : verbs.get(0);
    }

    public boolean contains(String lemma) {
        return byLemma.containsKey(lemma);
    }

    public List<VerbEntries.Pattern> patterns(String block) {
        return byBlock.getOrDefault(block, List.of());
    }

    /** The members of a synonym set ("&amp;military"), lower case; empty when unknown. */
    public Set<String> synset(String name) {
        return synsets.getOrDefault(name, Set.of());
    }

    public int verbCount() {
        return byLemma.size();
    }
}
