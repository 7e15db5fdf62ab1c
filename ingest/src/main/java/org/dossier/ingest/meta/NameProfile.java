package org.dossier.ingest.meta;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capitalized words of a text with their counts, a cheap fingerprint of the story it tells (its people,
 * places and organizations) that needs no NLP. Words that are capitalized for other reasons (sentence starts,
 * weekdays, months, pronouns) are left out.
 */
public final class NameProfile {

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[A-Z][\\p{L}'’-]+|[A-Z]{2,})");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "He", "She", "It", "We",
            "They", "I", "But", "And", "Or", "If", "As", "By", "For", "From", "To", "Of", "This", "That", "These",
            "Those", "There", "His", "Her", "Their", "Our", "Its", "After", "Before", "When", "While", "Since",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Mr", "Mrs", "Ms", "Dr", "Also", "Another", "Both", "One", "Two", "Last", "Next", "Some", "All", "Many",
            "More", "Most", "Other", "According", "President", "Minister", "Secretary", "Foreign", "However");

    private NameProfile() {}

    public static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (!NOT_NAMES.contains(m.group())) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Weighted Jaccard similarity: shared counts over combined counts, from 0 (nothing shared) to 1. */
    public static double similarity(Map<String, Integer> a, Map<String, Integer> b) {
        long shared = 0;
        long combined = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            int other = b.getOrDefault(e.getKey(), 0);
            shared += Math.min(e.getValue(), other);
            combined += Math.max(e.getValue(), other);
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                combined += e.getValue();
            }
        }
        return combined == 0 ? 0 : (double) shared / combined;
    }
}
