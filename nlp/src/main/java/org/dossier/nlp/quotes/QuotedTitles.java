package org.dossier.nlp.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.ResourceLines;

/**
 * Tells a quoted title ("The Lantern Keepers", "The Rachel Maddow Show") from quoted speech: every word
 * capitalized but the small ones of {@code title-small-words.txt}, and no sentence's end punctuation. News quotes
 * titles of books, shows, groups and slogans in quotation marks; with no speech cue to attribute them they are no
 * one's words.
 */
final class QuotedTitles {

    private static final Set<String> SMALL_WORDS = read();
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’]*\\s*$");

    private QuotedTitles() {}

    /** Whether the quoted words read as a title. */
    static boolean isTitle(String quoted) {
        String words = quoted.strip();
        if (SENTENCE_END.matcher(words).find()) {
            return false;
        }
        Matcher word = WORD.matcher(words);
        int capitalized = 0;
        while (word.find()) {
            String w = word.group();
            if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            capitalized++;
        }
        return capitalized >= 2;
    }

    private static Set<String> read() {
        return Set.copyOf(ResourceLines.read(QuotedTitles.class, "title-small-words.txt"));
    }
}
