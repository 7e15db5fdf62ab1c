package org.dossier.store.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The sources a watcher polls, read from a file with one per line: an http(s) address of an RSS or Atom feed, or
 * a local folder (or file) of inputs, relative to the file's own folder. Blank lines and lines starting with
 * {@code #} are skipped; a source listed twice is polled once.
 */
public record WatchList(List<Source> sources) {

    public WatchList {
        sources = List.copyOf(sources);
    }

    /** Something polled: a feed, or a folder. */
    public sealed interface Source permits Feed, Folder {
        /** How the source is named in the state, the progress lines and the status: the address or the path. */
        String name();
    }

    public record Feed(URI uri) implements Source {
        public Feed {
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String name() {
            return uri.toString();
        }
    }

    public record Folder(Path path) implements Source {
        public Folder {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /**
     * Reads the list.
     *
     * @throws IllegalArgumentException naming the line, for a line that is neither an http(s) address nor a path
     */
    public static WatchList read(Path file) throws IOException {
        Path base = file.toAbsolutePath().getParent();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Source source = parse(line, base, file + " line " + (i + 1));
            sources.putIfAbsent(source.name(), source);
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no feed or folder");
        }
        return new WatchList(new ArrayList<>(sources.values()));
    }

    private static Source parse(String line, Path base, String where) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(line);
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException(where + ": '" + line + "' has no host name");
                }
                return new Feed(uri);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(where + ": '" + line + "' is not a valid address ("
                        + e.getReason() + ")");
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException(where + ": '" + line + "' is neither an http(s) address nor a path");
        }
        return new Folder(base.resolve(line).normalize());
    }
}
