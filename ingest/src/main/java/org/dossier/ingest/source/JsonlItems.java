package org.dossier.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dossier.ingest.meta.HtmlMetadata;
import org.dossier.model.DocumentHints;
import org.dossier.model.RawDocument;

/**
 * Articles exported as JSON lines, one object per line with {@code html} or {@code text} and, when known,
 * {@code url}, {@code title}, {@code date} (also {@code published}, {@code date_published}) and {@code outlet}
 * (also {@code source}, {@code site_name}). A line that is not such an object is reported and skipped; the rest
 * of the file is read.
 */
final class JsonlItems extends ItemReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final long maxBytes;
    private final BufferedReader lines;
    private int lineNumber;

    private JsonlItems(Path file, long maxBytes) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.lines = new BufferedReader(new InputStreamReader(Compression.open(file), StandardCharsets.UTF_8));
    }

    static ItemReader open(Path file, long maxBytes) throws IOException {
        return new JsonlItems(file, maxBytes);
    }

    @Override
    protected SourceItem read() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                return item(file + ":" + lineNumber, line, maxBytes);
            }
        }
        return null;
    }

    static SourceItem item(String source, String line, long maxBytes) {
        if (line.length() > maxBytes) {
            return new SourceItem.Unreadable(source, "line longer than the limit of "
                    + BoundedRead.megabytes(maxBytes) + " (--max-bytes)");
        }
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new SourceItem.Unreadable(source, "not a JSON object: " + e.getOriginalMessage());
        }
        if (record == null || !record.isObject()) {
            return new SourceItem.Unreadable(source, "not a JSON object");
        }
        String html = text(record, ItemFields.HTML);
        String text = text(record, ItemFields.TEXT);
        if (html == null && text == null) {
            return new SourceItem.Unreadable(source, "no 'html' or 'text' field");
        }
        DocumentHints hints = new DocumentHints(text(record, ItemFields.URL), text(record, ItemFields.TITLE),
                text(record, ItemFields.DATE), text(record, ItemFields.OUTLET));
        String refused = refusedHint(hints);
        if (refused != null) {
            return new SourceItem.Unreadable(source, refused);
        }
        byte[] content = withoutControlCharacters(html != null ? html : text).getBytes(StandardCharsets.UTF_8);
        return new SourceItem.Document(RawDocument.of(source, hints, content,
                html != null ? RawDocument.Format.HTML : RawDocument.Format.ARTICLE_TEXT));
    }

    /**
     * Why a stated field cannot be taken, or null: a url that is not an http(s) address would become a link in
     * exports and the web UI; a date that cannot be read would be dropped without a word.
     */
    private static String refusedHint(DocumentHints hints) {
        if (hints.url() != null && !DocumentHints.isWebAddress(hints.url())) {
            return "'url' is not an http or https address: '" + shorten(hints.url()) + "' (give the page's full "
                    + "address, or leave the field out)";
        }
        if (hints.published() != null && HtmlMetadata.parseSourceDate(hints.published()).isEmpty()) {
            return "'date' is not a date: '" + shorten(hints.published()) + "' (write it as 2016-10-08, "
                    + "2016-10-08T14:30:00Z or Sat, 08 Oct 2016 14:30:00 GMT, or leave the field out)";
        }
        return null;
    }

    /**
     * The text without NUL and the other C0 control characters but tab, line feed, form feed and carriage return.
     * A JSON string is text already: a stray {@code \u0000} in it is a scraper's slip, and left in it would make
     * the binary sniffer refuse the whole article.
     */
    static String withoutControlCharacters(String value) {
        StringBuilder kept = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
            if (control && kept == null) {
                kept = new StringBuilder(value.length()).append(value, 0, i);
            } else if (!control && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? value : kept.toString();
    }

    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }

    private static String text(JsonNode record, java.util.List<String> names) {
        for (String name : names) {
            JsonNode value = record.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    @Override
    protected String position() {
        return "line " + lineNumber;
    }

    @Override
    protected String file() {
        return file.toString();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
