package org.dossier.ingest.fetch;

/**
 * What a server said identifies the version it sent, for a conditional GET next time: {@code ETag} (sent back as
 * {@code If-None-Match}) and {@code Last-Modified} (sent back as {@code If-Modified-Since}). Either may be null.
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
