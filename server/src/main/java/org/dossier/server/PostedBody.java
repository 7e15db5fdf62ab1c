package org.dossier.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Locale;

/**
 * The body of a POST of articles, read up to the byte limit. A larger body is not kept but read on through a
 * streaming parser that counts the articles of its array, so that the refusal can say how many articles it held
 * and how many a request may hold: a batch of 60 articles was refused only for its bytes, and its sender could not
 * tell that the batch was also too long.
 */
final class PostedBody {

    /** How far past the byte limit a body is read to count its articles, as a multiple of the limit. */
    private static final int COUNT_UP_TO = 16;

    private PostedBody() {}

    /**
     * The whole body when it holds at most {@code maxBytes}; else a 413 naming the bytes and the articles it held
     * against both limits.
     */
    static byte[] read(InputStream in, long maxBytes, int maxArticles) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            kept.write(buffer, 0, n);
            if (kept.size() > maxBytes) {
                throw tooLarge(new SequenceInputStream(new ByteArrayInputStream(kept.toByteArray()), in), maxBytes,
                        maxArticles);
            }
        }
        return kept.toByteArray();
    }

    private static ApiError tooLarge(InputStream body, long maxBytes, int maxArticles) {
        Counting counted = new Counting(body, COUNT_UP_TO * Math.max(maxBytes, 1024));
        int articles = -1;
        boolean allRead = false;
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(counted)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                articles = 1;
                parser.skipChildren();
                allRead = true;
            } else if (first == JsonToken.START_ARRAY) {
                articles = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    articles++;
                    parser.skipChildren();
                }
                allRead = true;
            }
        } catch (IOException | RuntimeException e) {
            // cut short, past the counting limit or no JSON: say what was counted so far
        }
        String limits = "a request may hold at most " + maxArticles + " articles and " + size(maxBytes) + " (" + maxBytes
                + " bytes, serve --max-body-bytes)";
        String held = "this one holds " + (articles < 0 ? "" : (allRead ? "" : "at least ") + articles
                + (articles == 1 ? " article in " : " articles in ")) + (allRead ? "" : "more than ")
                + size(counted.bytes);
        String fix = articles > maxArticles ? "send them in batches of at most " + maxArticles + " articles"
                : "send fewer or shorter articles per request";
        return new ApiError(413, limits + "; " + held + ": " + fix);
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** An input that counts the bytes read and ends, as if cut short, after a limit. */
    private static final class Counting extends FilterInputStream {

        private final long limit;
        long bytes;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (bytes >= limit) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (bytes >= limit) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, limit - bytes));
            if (n > 0) {
                bytes += n;
            }
            return n;
        }
    }
}
