package org.dossier.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender a person's first name or title most often has, so that "he" and "she" find a person of their gender:
 * CoreNLP's table of English first names ({@code namegender.combine.txt} in its models jar, which Dossier loads
 * anyway: about 13,800 names of one gender once the 289 it lists both ways are left out), and the titles Mr, Mrs,
 * Ms and Miss. Names it does not know, and unisex ones, have no gender. Quote speakers and event actors read it;
 * without CoreNLP's models on the class path every name is of unknown gender.
 */
public final class NameGenders {

    public enum Gender { MALE, FEMALE }

    private static final String TABLE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Gender> TITLES = Map.of("mr", Gender.MALE, "mr.", Gender.MALE,
            "mrs", Gender.FEMALE, "mrs.", Gender.FEMALE, "ms", Gender.FEMALE, "ms.", Gender.FEMALE,
            "miss", Gender.FEMALE, "sir", Gender.MALE, "lady", Gender.FEMALE);

    private static final class Holder {
        static final Map<String, Gender> FIRST_NAMES = read();
    }

    private NameGenders() {}

    /**
     * The gender of a person named {@code name} ("Hillary Clinton", "Mr. Rove"), or null when unknown. A single
     * word without a title is taken for a surname, which says nothing ("Clinton" is also a man's first name).
     */
    public static Gender of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        Gender title = TITLES.get(first);
        if (title != null || words.length < 2) {
            return title;
        }
        return Holder.FIRST_NAMES.get(first);
    }

    /** The gender a personal pronoun refers to, or null ("they", "it"). */
    public static Gender ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her", "hers" -> Gender.FEMALE;
            default -> null;
        };
    }

    private static Map<String, Gender> read() {
        InputStream in = NameGenders.class.getResourceAsStream(TABLE);
        if (in == null) {
            return Map.of(); // without CoreNLP's models there is no parse to attribute quotes with either
        }
        Map<String, Gender> out = new HashMap<>();
        java.util.Set<String> unisex = new java.util.HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                    Gender before = out.put(f[0].toLowerCase(Locale.ROOT), Gender.valueOf(f[1]));
                    if (before != null && before != Gender.valueOf(f[1])) {
                        unisex.add(f[0].toLowerCase(Locale.ROOT)); // listed both ways: Jordan, Pat, Ashley
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("CoreNLP's name gender table cannot be read", e);
        }
        out.keySet().removeAll(unisex);
        return Map.copyOf(out);
    }
}
