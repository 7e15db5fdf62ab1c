package org.dossier.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/** What a fetch gave: the body, word that nothing changed since the validators sent, or why there is neither. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    /**
     * A successful (2xx) response read whole, within the size limit.
     *
     * @param uri where the body came from, after redirects
     * @param contentType the {@code Content-Type} header, or null
     * @param validators for a conditional GET next time
     */
    record Fetched(URI uri, int status, String contentType, Validators validators, byte[] body)
            implements FetchResult {
        public Fetched {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(validators, "validators");
            Objects.requireNonNull(body, "body");
        }

        /** Whether the server said the body is a web page (or said nothing, leaving it to the cleaner to sniff). */
        public boolean isHtml() {
            if (contentType == null) {
                return true;
            }
            String type = contentType.toLowerCase(java.util.Locale.ROOT);
            return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
        }
    }

    /** 304: the resource has not changed since the version the validators name. */
    record NotModified(URI uri) implements FetchResult {}

    /**
     * No body: the reason, naming the address, and whether trying again later may help (a timeout or a 503 may
     * pass; a 404, a redirect loop or a body over the limit will not).
     */
    record Failed(String reason, boolean retryable) implements FetchResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
