package org.dossier.extract.dictionaries;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO verb dictionary: verbs grouped in blocks, the patterns that refine a block's code by the words
 * around the verb, and the synonym sets patterns refer to.
 *
 * @param verbs every verb with its block and code
 * @param patterns every pattern with its block
 * @param synsets synonym sets by name ("&amp;MILITARY"), each a set of lower-case phrases
 */
public record VerbEntries(List<Verb> verbs, List<Pattern> patterns, Map<String, Set<String>> synsets) {

    public VerbEntries {
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
        synsets = Map.copyOf(synsets);
    }

    /** "---" in the dictionary: the verb or pattern codes no event. */
    public static final String NO_EVENT = "---";

    /**
     * @param block the block's name ("BLAME")
     * @param lemma the verb, lower case; a phrasal verb has its particle after a space ("blow up")
     * @param code its CAMEO event code, or {@link #NO_EVENT}
     */
    public record Verb(String block, String lemma, String code) {}

    /**
     * @param block the block whose verbs the pattern refines
     * @param before words that must precede the verb, lower case ("lift" in "- LIFT *")
     * @param after words that must follow it, in order ("of", "torture" in "- * (OF TORTURE)")
     * @param code the CAMEO event code when the pattern matches, or {@link #NO_EVENT}
     */
    public record Pattern(String block, List<String> before, List<String> after, String code) {

        public Pattern {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** How many words the pattern needs: the more, the more specific. */
        public int size() {
            return before.size() + after.size();
        }
    }
}
