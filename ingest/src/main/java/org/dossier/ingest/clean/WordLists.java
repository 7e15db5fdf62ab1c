package org.dossier.ingest.clean;

import java.util.List;
import org.dossier.core.ResourceLines;

/**
 * The word lists of the cleaning rules in {@code org/dossier/ingest/clean/}: one entry a line, "#" for comments.
 * Read once per class that uses them, into immutable values.
 */
public final class WordLists {

    private static final String FOLDER = "/org/dossier/ingest/clean/";

    private WordLists() {}

    /** The entries of a list, lower case, in file order. */
    public static List<String> entries(String name) {
        return ResourceLines.read(WordLists.class, FOLDER + name).stream()
                .map(entry -> entry.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
