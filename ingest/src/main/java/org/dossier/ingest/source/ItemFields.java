package org.dossier.ingest.source;

import java.util.List;
import java.util.stream.Stream;

/**
 * The field names a JSON item (a line of a JSON lines file, an article posted to the API) may give each part of a
 * document under, first name first: crawlers and news datasets name them differently ("link", "published",
 * "content"), and every reader of items takes the same ones.
 */
public final class ItemFields {

    public static final List<String> HTML = List.of("html", "raw_html", "content_html");
    public static final List<String> TEXT = List.of("text", "content", "body", "maintext");
    /** "url_from_first_sentence": the ECB+ corpus's export gives each text's page address under it. */
    public static final List<String> URL = List.of("url", "link", "source_url", "url_from_first_sentence");
    public static final List<String> TITLE = List.of("title");
    public static final List<String> DATE = List.of("date", "published", "date_published", "publish_date", "pubdate");
    public static final List<String> OUTLET = List.of("outlet", "site_name", "sitename", "source_name", "source");
    /** Every name, in the order of the parts above. */
    public static final List<String> ALL = Stream.of(URL, TITLE, TEXT, HTML, DATE, OUTLET).flatMap(List::stream)
            .toList();

    private ItemFields() {}
}
