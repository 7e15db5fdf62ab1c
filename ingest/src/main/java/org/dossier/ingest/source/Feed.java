package org.dossier.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.ingest.text.Words;
import org.dossier.model.DocumentHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom feed as parsed: its title, its entries, and what was wrong with its XML. The
 * parser is lenient, as feeds in the wild need (an undeclared {@code &nbsp;}, a stray {@code &}): reading a feed
 * file takes what it can, while a watcher, which would keep a truncated item for good, refuses a feed that has
 * {@link #problems}.
 *
 * @param title the feed's title, the outlet of its items; null when it has none
 * @param entries the items or entries, in feed order
 * @param problems parse errors, and the root element not closed at the end (a body cut short); empty when well
 *     formed as far as the parser can tell
 */
public record Feed(String title, List<FeedEntry> entries, List<String> problems) {

    /** Shorter descriptions are teasers, not articles. */
    private static final int MIN_DESCRIPTION_WORDS = 80;
    private static final int MAX_PROBLEMS = 5;

    public Feed {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /**
     * One item of a feed.
     *
     * @param guid the item's {@code guid} or Atom {@code id}, or null
     * @param hints its link (an http(s) address only), title, date and the feed's title as outlet
     * @param html the article as markup: {@code content:encoded} or Atom {@code <content>}, else a description or
     *     summary long enough to be the article; null when the item only links to its page
     */
    public record FeedEntry(String guid, DocumentHints hints, String html) {}

    /**
     * Parses a feed (decoded as UTF-8, as feeds nearly always are).
     *
     * @throws IOException when the document is no RSS or Atom feed (its root element says what it is)
     */
    public static Feed parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Parser parser = Parser.xmlParser().setTrackErrors(MAX_PROBLEMS);
        Document xml = Jsoup.parse(text, "", parser);
        Element root = xml.children().isEmpty() ? null : xml.child(0);
        if (root == null || !(root.normalName().equals("rss") || root.normalName().equals("feed")
                || root.normalName().equals("rdf:rdf"))) {
            throw new IOException("not an RSS or Atom feed (root element "
                    + (root == null ? "missing" : "<" + root.tagName() + ">") + ")");
        }
        List<String> problems = new ArrayList<>();
        for (ParseError error : parser.getErrors()) {
            problems.add(error.toString());
        }
        if (!text.stripTrailing().toLowerCase(Locale.ROOT).endsWith("</" + root.normalName() + ">")) {
            problems.add("the feed ends before </" + root.tagName() + "> (cut short?)");
        }
        Element channelTitle = xml.selectFirst("channel > title, feed > title");
        String outlet = channelTitle == null ? null : channelTitle.text().strip();
        List<FeedEntry> entries = new ArrayList<>();
        for (Element entry : xml.select("item, entry")) {
            entries.add(entry(entry, outlet));
        }
        return new Feed(outlet, entries, problems);
    }

    private static FeedEntry entry(Element entry, String outlet) {
        String html = first(entry, "content|encoded", "encoded", "content");
        if (html == null) {
            String description = first(entry, "description", "summary");
            if (description != null && Words.count(Jsoup.parse(description).text()) >= MIN_DESCRIPTION_WORDS) {
                html = description;
            }
        }
        DocumentHints hints = new DocumentHints(link(entry), first(entry, "title"), first(entry, "pubDate",
                "published", "updated", "dc|date", "date"), outlet);
        return new FeedEntry(first(entry, "guid", "id"), hints, html);
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
}
