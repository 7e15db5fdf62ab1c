package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A document as a source delivered it: undecoded bytes and where they came from.
 *
 * @param id a stable id derived from the bytes (see {@link DocumentIds})
 * @param source the path as given, or the archive and record it came from
 * @param hints what the source states about the document (address, title, date); never null
 * @param content the bytes
 * @param format what the source says the bytes are; {@link Format#UNKNOWN} lets the cleaner sniff
 */
public record RawDocument(String id, String source, DocumentHints hints, byte[] content, Format format)
        implements Serializable {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hints, "hints");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
    }

    public static RawDocument of(String source, byte[] content, Format format) {
        return new RawDocument(DocumentIds.of(content), source, DocumentHints.NONE, content, format);
    }

    public static RawDocument of(String source, String url, byte[] content, Format format) {
        return new RawDocument(DocumentIds.of(content), source, DocumentHints.url(url), content, format);
    }

    public static RawDocument of(String source, DocumentHints hints, byte[] content, Format format) {
        return new RawDocument(DocumentIds.of(content), source, hints, content, format);
    }

    /** The page's address, or null. */
    public String url() {
        return hints.url();
    }

    public enum Format {
        /** A plain-text copy of a page, furniture and all. */
        TEXT,
        /** Article text a source already took out of its page (an export's text field): all of it is the article. */
        ARTICLE_TEXT,
        HTML,
        UNKNOWN
    }

    // Records compare arrays by identity; two documents are the same when their ids (content hashes) are.
    @Override
    public boolean equals(Object o) {
        return o instanceof RawDocument other && id.equals(other.id) && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + source.hashCode();
    }

    @Override
    public String toString() {
        return "RawDocument[" + id + ", " + source + ", " + content.length + " bytes, " + format + "]";
    }
}
