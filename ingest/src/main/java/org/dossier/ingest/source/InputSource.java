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
 * The documents of files and folders a user names. Folders are walked recursively in name order, taking the
 * files whose names say what they hold; a file named explicitly is read whatever its name. By name:
 * <ul>
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml}, {@code .txt}, {@code .text}, each also gzipped
 *       ({@code .html.gz}): one document;
 *   <li>{@code .warc}, {@code .warc.gz}: the HTML pages of a web archive ({@link WarcItems});
 *   <li>{@code .jsonl}, {@code .ndjson}, also gzipped: one article per line ({@link JsonlItems});
 *   <li>{@code .rss}, {@code .atom}, {@code .xml}: the items of a feed ({@link FeedItems}).
 * </ul>
 * A single document larger than the size limit is refused before it is read, or, inside a compressed file or
 * archive, as soon as it passes the limit. Reading can start over: {@link #items} opens the files afresh.
 */
public final class InputSource {

    /** Large enough for any real article page, small enough that a stray dump cannot exhaust the heap. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    enum Kind {
        HTML, TEXT, WARC, JSONL, FEED, UNKNOWN
    }

    private final List<Path> files;
    private final long maxBytes;

    private InputSource(List<Path> files, long maxBytes) {
        this.files = List.copyOf(files);
        this.maxBytes = maxBytes;
    }

    /** The files the inputs name, in a stable order; a missing input is kept, to be reported. */
    public static InputSource of(List<Path> inputs, long maxBytes) throws IOException {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(f -> kindOf(f) != Kind.UNKNOWN).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return new InputSource(files, maxBytes);
    }

    public List<Path> files() {
        return files;
    }

    /** Every document of every file, lazily, in order; close the stream to close the files. */
    public Stream<SourceItem> items() {
        return files.stream().flatMap(this::itemsOf);
    }

    private Stream<SourceItem> itemsOf(Path file) {
        Kind kind = kindOf(file);
        try {
            return switch (kind) {
                case WARC -> WarcItems.open(file, maxBytes).stream();
                case JSONL -> JsonlItems.open(file, maxBytes).stream();
                case FEED -> FeedItems.open(file, maxBytes).stream();
                case HTML, TEXT, UNKNOWN -> Stream.of(readSingle(file, kind));
            };
        } catch (NoSuchFileException e) {
            return Stream.of(new SourceItem.Unreadable(file.toString(), "no such file or folder"));
        } catch (IOException | RuntimeException e) {
            return Stream.of(new SourceItem.Unreadable(file.toString(), ItemReader.reason(e)));
        }
    }

    /** One document from a file, refusing it unread when it is over the size limit. */
    SourceItem readSingle(Path file, Kind kind) {
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
                return new SourceItem.Unreadable(source, "file too large: " + BoundedRead.megabytes(size)
                        + " exceeds the limit of " + BoundedRead.megabytes(maxBytes) + " (--max-bytes)");
            }
            byte[] content;
            try (var in = Compression.open(file)) {
                content = BoundedRead.read(in, maxBytes);
            }
            RawDocument.Format format = switch (kind) {
                case HTML -> RawDocument.Format.HTML;
                case TEXT -> RawDocument.Format.TEXT;
                default -> RawDocument.Format.UNKNOWN;
            };
            return new SourceItem.Document(RawDocument.of(source, content, format));
        } catch (NoSuchFileException e) {
            return new SourceItem.Unreadable(source, "no such file");
        } catch (AccessDeniedException e) {
            return new SourceItem.Unreadable(source, "permission denied");
        } catch (BoundedRead.TooLarge e) {
            return new SourceItem.Unreadable(source, "decompressed " + e.getMessage());
        } catch (IOException e) {
            return new SourceItem.Unreadable(source, "cannot read: " + ItemReader.reason(e));
        }
    }

    /** Whether a file of this name is one Dossier reads (by extension, .gz allowed). */
    /**
     * One article given as a JSON object with the fields of a JSON lines export ({@code url}, {@code title},
     * {@code text} or {@code html}, {@code date}, {@code outlet}), as a web client posts it.
     */
    public static SourceItem fromJson(String source, String json, long maxBytes) {
        return JsonlItems.item(source, json, maxBytes);
    }

    public static boolean supports(String fileName) {
        return kindOf(Path.of(fileName)) != Kind.UNKNOWN;
    }

    static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".warc") || base.endsWith(".arc")) {
            return Kind.WARC;
        }
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (base.endsWith(".rss") || base.endsWith(".atom") || base.endsWith(".xml")) {
            return Kind.FEED;
        }
        if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (base.endsWith(".txt") || base.endsWith(".text")) {
            return Kind.TEXT;
        }
        return Kind.UNKNOWN;
    }
}
