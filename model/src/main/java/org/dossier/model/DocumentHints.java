package org.dossier.model;

import java.io.Serializable;

/**
 * What a container states about a document besides its bytes: a JSONL export's fields, a feed item's title and
 * date, a WARC record's address. The cleaner prefers these to what it reads from the page. Every field may be
 * null.
 *
 * @param url the page's address
 * @param title the headline
 * @param published the publication date as the source wrote it (ISO, RFC 822 or free text)
 * @param outlet the publisher, such as a feed's title
 */
public record DocumentHints(String url, String title, String published, String outlet) implements Serializable {

    public static final DocumentHints NONE = new DocumentHints(null, null, null, null);

    public static DocumentHints url(String url) {
        return new DocumentHints(url, null, null, null);
    }

    /**
     * Whether the value is an absolute http or https address with a host: the only kind Dossier keeps as a
     * document's {@code url}, since exports and the web UI offer it as a link ({@code javascript:}, {@code data:}
     * or a spreadsheet formula must never become one).
     */
    public static boolean isWebAddress(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_URL_LENGTH || value.chars().anyMatch(
                c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The longest address kept: browsers and servers commonly stop at about 8,000 characters. */
    public static final int MAX_URL_LENGTH = 8192;
}
