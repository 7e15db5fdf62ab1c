package org.dossier.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.core.ResourceLines;

/**
 * The word tables of the extract stages, resources under {@code org/dossier/extract/} named by their path below it
 * ("events/event-nouns.tsv"): tab-separated columns, "#" lines for comments.
 */
public final class WordTables {

    private static final String ROOT = "/org/dossier/extract/";

    private WordTables() {}

    /** The rows of a table, in file order, each split at tabs. */
    public static List<String[]> rows(String path) {
        return ResourceLines.read(WordTables.class, ROOT + path).stream().map(line -> line.split("\t")).toList();
    }

    /** The first column of a table as a set. */
    public static Set<String> set(String path) {
        return Set.copyOf(rows(path).stream().map(row -> row[0]).toList());
    }

    /** A table of two or more columns as a map from the first column to the second. */
    public static Map<String, String> map(String path) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows(path)) {
            map.put(row[0], row[1]);
        }
        return Map.copyOf(map);
    }
}
