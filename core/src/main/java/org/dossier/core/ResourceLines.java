package org.dossier.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a word list or table shipped as a resource: UTF-8, one entry a line, blank lines and "#" comment
 * lines left out, each line stripped. The one reader of the stages' word lists.
 */
public final class ResourceLines {

    private ResourceLines() {}

    /**
     * The entries of the resource, in file order.
     *
     * @param owner the class the name is resolved against ({@link Class#getResourceAsStream}: relative to its
     *     package, or absolute with a leading "/")
     * @throws IllegalStateException when the resource is not on the classpath, naming it and the jar it ships in
     */
    public static List<String> read(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " of " + owner.getPackageName() + " is missing from "
                    + "the classpath (it ships in the jar of " + owner.getSimpleName() + ")");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the resource " + name + " cannot be read", e);
        }
        return lines;
    }
}
