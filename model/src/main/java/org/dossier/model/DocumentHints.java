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
}
