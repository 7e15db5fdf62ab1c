package org.dossier.store.watch;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dossier.model.DocumentIds;
import org.dossier.testing.LoopbackHttpServer;

/**
 * An RSS feed served by a test server that publishes items over time, answering a conditional GET for an
 * unchanged feed with 304, as a well-behaved news site does.
 */
final class TestFeed implements LoopbackHttpServer.Handler {

    /** An item: with its article's markup, or (html null) only a link to its page. */
    record Item(String guid, String link, String title, String html) {}

    private static final String[] SENTENCES = {
        "The city council met on Tuesday to discuss the new budget for schools and roads.",
        "Officials said the bridge would reopen next month after repairs to its steel frame.",
        "Residents complained about the noise from the construction site near the river.",
        "The mayor promised to hire more teachers and to repair the old library building.",
        "Police reported that traffic on the main highway was heavy throughout the weekend.",
        "A local company announced plans to open a factory that would employ many workers.",
    };

    private final String title;
    private final List<Item> items = new CopyOnWriteArrayList<>();

    TestFeed(String title) {
        this.title = title;
    }

    TestFeed publish(Item item) {
        items.add(item);
        return this;
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    /** An article of a few paragraphs that says which report it is. */
    static String article(String name) {
        StringBuilder html = new StringBuilder("<html><head><title>" + name + "</title></head><body><article>");
        html.append("<h1>Report ").append(name).append("</h1>");
        for (int p = 0; p < 3; p++) {
            html.append("<p>");
            for (int s = 0; s < 4; s++) {
                html.append(SENTENCES[Math.floorMod(name.hashCode() + p * 4 + s, SENTENCES.length)]).append(' ');
            }
            html.append("</p>");
        }
        html.append("<p>This was report ").append(name).append(".</p></article></body></html>");
        return html.toString();
    }

    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>" + title + "</title>\n");
        for (Item item : items) {
            xml.append("<item>");
            if (item.guid() != null) {
                xml.append("<guid isPermaLink=\"false\">").append(item.guid()).append("</guid>");
            }
            if (item.link() != null) {
                xml.append("<link>").append(item.link()).append("</link>");
            }
            xml.append("<title>").append(item.title()).append("</title>");
            if (item.html() != null) {
                xml.append("<content:encoded><![CDATA[").append(item.html()).append("]]></content:encoded>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String xml = xml();
        String etag = "\"" + DocumentIds.of(xml.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackHttpServer.send(exchange, 304, null, "");
            return;
        }
        exchange.getResponseHeaders().set("ETag", etag);
        LoopbackHttpServer.send(exchange, 200, "application/rss+xml", xml);
    }
}
