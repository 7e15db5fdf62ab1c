package org.dossier.extract.events;

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

/** The word tables of event coding in {@code org/dossier/extract/events/}: tab-separated, "#" for comments. */
final class Tsv {

    private static final String FOLDER = "/org/dossier/extract/events/";

    private Tsv() {}

    /** The rows of a table, in file order, each split at tabs. */
    static List<String[]> rows(String name) {
        InputStream in = Tsv.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("resource " + FOLDER + name + " is missing from the classpath (it ships "
                    + "in the dossier-extract jar)");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the event-coding table " + name + " cannot be read", e);
        }
        return rows;
    }

    /** A two-column table as a map from the first column to the second. */
    static Map<String, String> map(String name) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows(name)) {
            map.put(row[0], row[1]);
        }
        return Map.copyOf(map);
    }
}
