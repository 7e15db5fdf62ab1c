package org.dossier.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;

/**
 * A file of a Hadoop path, copied to the executor's local disk under its own name, so Dossier's readers (which
 * know WARC, JSONL, feeds, gzip and HTML by name and content) read it as {@code dossier analyze} would.
 */
final class LocalCopy implements AutoCloseable {

    private final Path dir;
    private final Path file;

    LocalCopy(String uri, PortableDataStream stream) {
        try {
            dir = Files.createTempDirectory("dossier-spark");
            file = dir.resolve(fileName(uri));
            try (InputStream in = stream.open()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + uri + " to local disk", e);
        }
    }

    static String fileName(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.isEmpty() ? "input" : name;
    }

    /** The documents of the file; their sources name the local copy (see {@link #localName()}). */
    List<SourceItem> items(long maxBytes) throws IOException {
        try (Stream<SourceItem> items = InputSource.of(List.of(file), maxBytes).items()) {
            return items.toList();
        }
    }

    String localName() {
        return file.toString();
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is the executor's to clean; the job's result does not depend on it
        }
    }
}
