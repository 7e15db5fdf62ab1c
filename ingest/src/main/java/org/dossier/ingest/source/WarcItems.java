package org.dossier.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.DocumentHints;
import org.dossier.model.RawDocument;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC or WARC.gz file (the format of web archives and Common Crawl's CC-NEWS), read with
 * jwarc: successful HTTP responses and resource records whose content is HTML. Each document's source is the file
 * and the record's byte offset, its URL the record's target.
 */
final class WarcItems extends ItemReader {

    private final Path file;
    private final long maxBytes;
    private final WarcReader reader;
    private int records;

    private WarcItems(Path file, long maxBytes) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.reader = new WarcReader(file);
        this.reader.setLenient(true);
    }

    static ItemReader open(Path file, long maxBytes) throws IOException {
        return new WarcItems(file, maxBytes);
    }

    @Override
    protected SourceItem read() throws IOException {
        while (true) {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                return null;
            }
            records++;
            // jwarc moves its position to a record's start when next() returns it; read before, it is still the
            // previous record's (the source named the record before).
            SourceItem item = item(next.get(), reader.position());
            if (item != null) {
                return item;
            }
        }
    }

    private SourceItem item(WarcRecord record, long offset) throws IOException {
        String source = file + "#" + offset;
        try {
            if (record instanceof WarcResponse response && untyped(response)) {
                return untypedResponse(source, response);
            }
            if (record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)) {
                return httpResponse(source, response);
            }
            if (record instanceof WarcResponse response && isHtml(response.contentType())) {
                // some crawlers store the page alone, without its HTTP message, and type the record as the page
                return document(source, response.target(), response.body().stream());
            }
            if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
                return document(source, resource.target(), resource.body().stream());
            }
            return null;
        } catch (BoundedRead.TooLarge e) {
            return new SourceItem.Unreadable(source, e.getMessage());
        }
    }

    private SourceItem httpResponse(String source, WarcResponse response) throws IOException {
        if (response.http().status() != 200 || !isHtml(response.http().contentType())) {
            return null;
        }
        return document(source, response.target(), response.http().bodyDecoded().stream());
    }

    /** Some crawlers leave out a response record's Content-Type; its block is then most often an HTTP message. */
    private static boolean untyped(WarcResponse response) {
        return response.headers().first("Content-Type").isEmpty();
    }

    private SourceItem untypedResponse(String source, WarcResponse response) throws IOException {
        try {
            return httpResponse(source, response);
        } catch (ParsingException e) {
            return new SourceItem.Unreadable(source, "WARC response record without Content-Type whose block is "
                    + "not an HTTP response: " + e.getMessage());
        }
    }

    private SourceItem document(String source, String url, InputStream body) throws IOException {
        byte[] content = BoundedRead.read(body, maxBytes);
        return new SourceItem.Document(RawDocument.of(source, DocumentHints.url(DocumentHints.isWebAddress(url) ? url
                : null), content, RawDocument.Format.HTML));
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    @Override
    protected String position() {
        return "record " + records + " at byte " + reader.position();
    }

    @Override
    protected String file() {
        return file.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
