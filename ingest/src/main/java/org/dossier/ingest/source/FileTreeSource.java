package org.dossier.ingest.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.model.RawDocument;

/**
 * Reads documents from files and folders. Folders are walked recursively in name order, taking the files whose
 * extension says they are articles ({@code .txt}, {@code .html}, {@code .htm}, …); a file named explicitly is
 * read whatever its extension. A file larger than the size limit is refused before any byte is read.
 */
public final class FileTreeSource {

    /** Large enough for any real article page, small enough that a stray dump cannot exhaust the heap. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;

    public FileTreeSource(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The files the inputs name, in a stable order; a missing input is returned too, to be reported. */
    public List<Path> list(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(FileTreeSource::isArticleFile).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    public SourceItem read(Path file) {
        String source = file.toString();
        try {
            if (!Files.exists(file)) {
                return new SourceItem.Unreadable(source, "no such file or folder");
            }
            if (!Files.isRegularFile(file)) {
                return new SourceItem.Unreadable(source, "not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return new SourceItem.Unreadable(source, "file too large: " + megabytes(size)
                        + " exceeds the limit of " + megabytes(maxBytes) + " (--max-bytes)");
            }
            return new SourceItem.Document(RawDocument.of(source, Files.readAllBytes(file), formatOf(file)));
        } catch (NoSuchFileException e) {
            return new SourceItem.Unreadable(source, "no such file");
        } catch (AccessDeniedException e) {
            return new SourceItem.Unreadable(source, "permission denied");
        } catch (IOException e) {
            return new SourceItem.Unreadable(source, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new SourceItem.Unreadable(source, "not enough memory to read the file; lower --max-bytes");
        }
    }

    static boolean isArticleFile(Path file) {
        return formatOf(file) != RawDocument.Format.UNKNOWN;
    }

    static RawDocument.Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return RawDocument.Format.HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return RawDocument.Format.TEXT;
        }
        return RawDocument.Format.UNKNOWN;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
