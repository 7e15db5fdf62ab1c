package org.dossier.extract.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The word tables of figure reading in {@code org/dossier/extract/figures/}: tab-separated, "#" for comments. */
final class Words {

    private static final String FOLDER = "/org/dossier/extract/figures/";

    private Words() {}

    /** The rows of a table, in file order, each split at tabs. */
    static List<String[]> rows(String name) {
        InputStream in = Words.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("resource " + FOLDER + name + " is missing from the classpath (it ships "
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
            throw new UncheckedIOException("the figure table " + name + " cannot be read", e);
        }
        return rows;
    }

    /** A one-column table as a set. */
    static Set<String> set(String name) {
        return Set.copyOf(rows(name).stream().map(row -> row[0]).toList());
    }
}
