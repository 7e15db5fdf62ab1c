package org.dossier.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists of the cleaning rules in {@code org/dossier/ingest/clean/}: one entry a line, "#" for comments.
 * Read once per class that uses them, into immutable values.
 */
public final class WordLists {

    private static final String FOLDER = "/org/dossier/ingest/clean/";

    private WordLists() {}

    /** The entries of a list, lower case, in file order. */
    public static List<String> entries(String name) {
        InputStream in = WordLists.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("resource " + FOLDER + name + " is missing from the classpath (it ships "
                    + "in the dossier-ingest jar)");
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry.toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the word list " + name + " cannot be read", e);
        }
        return List.copyOf(entries);
    }
}
