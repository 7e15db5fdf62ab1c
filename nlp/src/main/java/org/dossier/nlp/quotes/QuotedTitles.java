package org.dossier.nlp.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells a quoted title ("Guardians of the Galaxy", "The Rachel Maddow Show") from quoted speech: every word
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
        try (InputStream in = QuotedTitles.class.getResourceAsStream("title-small-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("title-small-words.txt is missing from the quotes package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read title-small-words.txt", e);
        }
    }
}
