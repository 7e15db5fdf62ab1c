package org.dossier.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The places module's resources on the classpath: opened as UTF-8, or read as word lists. */
final class Resources {

    private Resources() {}

    /** The resource as UTF-8 text; a resource missing from the classpath is a build error. */
    static Reader open(String name) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " not on the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The stripped lines of a word list, without blank lines and '#' comments. */
    static List<String> lines(Reader reader) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        while ((line = in.readLine()) != null) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /** As {@link #lines(Reader)}, for the resource {@code name}. */
    static List<String> lines(String name) {
        try (Reader reader = open(name)) {
            return lines(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
