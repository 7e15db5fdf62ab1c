package org.dossier.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DocumentHints;
import org.dossier.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The items of an RSS 2.0 or Atom feed that carry their article: {@code content:encoded} or an Atom
 * {@code <content>}, else a description or summary long enough to be the article. Each document keeps the item's
 * link, title and date and the feed's title as its outlet. An item that only links to its page is reported with
 * the link, since Dossier does not fetch pages itself.
 */
final class FeedItems extends ItemReader {

    /** Shorter descriptions are teasers, not articles. */
    private static final int MIN_DESCRIPTION_WORDS = 80;

    private final Path file;
    private final List<Element> entries;
    private final String outlet;
    private int index;

    private FeedItems(Path file, List<Element> entries, String outlet) {
        this.file = file;
        this.entries = entries;
        this.outlet = outlet;
    }

    /** A reader of the feed, or a one-item reader saying why the file is not one. */
    static ItemReader open(Path file, long maxBytes) throws IOException {
        byte[] bytes;
        try (InputStream in = Compression.open(file)) {
            bytes = BoundedRead.read(in, maxBytes);
        }
        Document xml = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        Element root = xml.children().isEmpty() ? null : xml.child(0);
        if (root == null || !(root.normalName().equals("rss") || root.normalName().equals("feed")
                || root.normalName().equals("rdf:rdf"))) {
            throw new IOException("not an RSS or Atom feed (root element "
                    + (root == null ? "missing" : "<" + root.tagName() + ">") + ")");
        }
        List<Element> entries = new ArrayList<>(xml.select("item, entry"));
        Element channelTitle = xml.selectFirst("channel > title, feed > title");
        return new FeedItems(file, entries, channelTitle == null ? null : channelTitle.text().strip());
    }

    @Override
    protected SourceItem read() {
        if (index >= entries.size()) {
            return null;
        }
        Element entry = entries.get(index++);
        String source = file + "#item-" + index;
        String link = link(entry);
        String html = first(entry, "content|encoded", "encoded", "content");
        if (html == null) {
            String description = first(entry, "description", "summary");
            if (description != null && org.dossier.ingest.text.Words.count(Jsoup.parse(description).text())
                    >= MIN_DESCRIPTION_WORDS) {
                html = description;
            }
        }
        if (html == null) {
            return new SourceItem.Unreadable(source, "feed item without the article's text"
                    + (link == null ? "" : "; its page is " + link));
        }
        DocumentHints hints = new DocumentHints(link, first(entry, "title"), first(entry, "pubDate", "published",
                "updated", "dc|date", "date"), outlet);
        return new SourceItem.Document(RawDocument.of(source, hints, html.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML));
    }

    /** The text of the first child element with one of the names, as markup where the feed escaped it. */
    private static String first(Element entry, String... names) {
        for (String name : names) {
            Element e = entry.selectFirst("> " + name);
            if (e != null && !e.wholeText().isBlank()) {
                return e.wholeText().strip();
            }
        }
        return null;
    }

    /** The item's page, when the feed gives it as an http(s) address (a guid is often a URN, never a link). */
    private static String link(Element entry) {
        Element atom = entry.selectFirst("> link[rel=alternate][href], > link[href]");
        String link = atom != null ? atom.attr("href").strip() : first(entry, "link", "guid");
        return DocumentHints.isWebAddress(link) ? link : null;
    }

    @Override
    protected String position() {
        return "item " + index;
    }

    @Override
    protected String file() {
        return file.toString();
    }

    @Override
    public void close() {}
}
