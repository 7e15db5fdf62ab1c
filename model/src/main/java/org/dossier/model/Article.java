package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A cleaned news article.
 *
 * @param id a stable id: a hash of the raw document's bytes, so the same document always gets the same id
 * @param source where the document came from: the path as given, or the archive and record
 * @param url the address the page was published at, when known (from a WARC record, a feed, a JSONL field or
 *     the page's canonical link); may be null
 * @param rawText the decoded raw document (plain text or HTML)
 * @param text the clean body; every span of every extracted item points into it
 * @param offsets maps offsets in {@code text} back to {@code rawText}
 * @param metadata title, outlet, dates and language
 */
public record Article(
        String id, String source, String url, String rawText, String text, OffsetMap offsets,
        ArticleMetadata metadata)
        implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The clean text a span covers. */
    public String textOf(Span span) {
        return span.of(text);
    }

    public Article withMetadata(ArticleMetadata newMetadata) {
        return new Article(id, source, url, rawText, text, offsets, newMetadata);
    }
}
