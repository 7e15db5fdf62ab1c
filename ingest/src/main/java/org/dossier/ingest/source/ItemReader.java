package org.dossier.ingest.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the documents of one container file (an archive, a feed, an export) one at a time. A failure part-way
 * (a truncated archive, a corrupt gzip stream) becomes one last {@link SourceItem.Unreadable} naming the file,
 * how far it got and why, and the file ends there; the documents read before it stand.
 */
abstract class ItemReader implements Iterator<SourceItem>, Closeable {

    private SourceItem next;
    private boolean done;

    /** The next item, or null at the end of the file. */
    protected abstract SourceItem read() throws IOException;

    /** Where the reader is, for error messages ("record 12 at byte 40960"). */
    protected abstract String position();

    protected abstract String file();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = read();
            } catch (IOException | RuntimeException e) {
                next = new SourceItem.Unreadable(file(), "unreadable after " + position() + ": " + reason(e));
                done = true;
            }
            if (next == null) {
                done = true;
                closeQuietly();
            }
        }
        return next != null;
    }

    @Override
    public final SourceItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceItem item = next;
        next = null;
        if (done) {
            closeQuietly();
        }
        return item;
    }

    /** This reader as a lazy stream that closes the file when the stream is closed. */
    final Stream<SourceItem> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::closeQuietly);
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // Closing a file we only read cannot lose data.
        }
    }

    static String reason(Throwable e) {
        Throwable root = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = root.getMessage();
        String kind = root.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
