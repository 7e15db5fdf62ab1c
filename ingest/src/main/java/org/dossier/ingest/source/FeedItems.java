package org.dossier.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.RawDocument;

/**
 * The items of a feed file ({@link Feed}) that carry their article, as documents that keep the item's link, title
 * and date and the feed's title as their outlet. An item that only links to its page is reported with the link,
 * since reading a file fetches nothing ({@code dossier watch} does).
 */
final class FeedItems extends ItemReader {

    private final Path file;
    private final List<Feed.FeedEntry> entries;
    private int index;

    private FeedItems(Path file, List<Feed.FeedEntry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** A reader of the feed, or a one-item reader saying why the file is not one. */
    static ItemReader open(Path file, long maxBytes) throws IOException {
        byte[] bytes;
        try (InputStream in = Compression.open(file)) {
            bytes = BoundedRead.read(in, maxBytes);
        }
        return new FeedItems(file, Feed.parse(bytes).entries());
    }

    @Override
    protected SourceItem read() {
        if (index >= entries.size()) {
            return null;
        }
        Feed.FeedEntry entry = entries.get(index++);
        String source = file + "#item-" + index;
        if (entry.html() == null) {
            String link = entry.hints().url();
            return new SourceItem.Unreadable(source, "feed item without the article's text"
                    + (link == null ? "" : "; its page is " + link));
        }
        return new SourceItem.Document(RawDocument.of(source, entry.hints(),
                entry.html().getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML));
    }

    @Override
    protected String position() {
        return "item " + index;
    }

    @Override
    protected String file() {
        return file.toString();
    }

    @Override
    public void close() {}
}
