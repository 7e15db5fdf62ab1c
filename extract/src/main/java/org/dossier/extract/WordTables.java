package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word tables of the extract stages, resources under {@code org/dossier/extract/} named by their path below it
 * ("events/event-nouns.tsv"): tab-separated columns, "#" lines for comments.
 */
public final class WordTables {

    private static final String ROOT = "/org/dossier/extract/";

    private WordTables() {}

    /** The rows of a table, in file order, each split at tabs. */
    public static List<String[]> rows(String path) {
        InputStream in = WordTables.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("resource " + ROOT + path + " is missing from the classpath (it ships "
                    + "in the dossier-extract jar)");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the word table " + path + " cannot be read", e);
        }
        return rows;
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
