package org.dossier.stories.cluster;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names read off capitalization, for texts that have not been through the NLP (benchmark streams): runs of
 * capitalized words that do not open a sentence. Analyzed articles use their entities instead.
 */
public final class SurfaceNames {

    private static final Pattern NAME = Pattern.compile(
            "(?<![.!?]\\s)(?<!^)\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:of\\s+|al-\\s*)?\\p{Lu}[\\p{L}'’-]+)*)",
            Pattern.MULTILINE);
    private static final Set<String> COMMON = Set.of("The", "A", "An", "It", "He", "She", "They", "We", "I", "In",
            "On", "At", "But", "And", "Mr", "Mrs", "Ms", "Dr", "This", "That", "There", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");

    private SurfaceNames() {}

    public static Set<String> of(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!COMMON.contains(name) && name.length() > 2) {
                names.add(name.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
