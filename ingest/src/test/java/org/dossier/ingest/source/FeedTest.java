package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedTest {

    private static Feed parse(String xml) throws IOException {
        return Feed.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void entriesKeepTheirGuidLinkAndTextOrItsAbsence() throws IOException {
        Feed feed = parse("""
                <rss version="2.0"><channel><title>Wire</title>
                <item><guid isPermaLink="false">wire-17</guid><link>https://wire.example/a</link><title>A</title>
                <pubDate>Wed, 12 Oct 2016 08:00:00 GMT</pubDate><description>short teaser</description></item>
                <item><title>B</title><link>javascript:alert(1)</link>
                <content:encoded><![CDATA[<p>Talks resumed.</p>]]></content:encoded></item>
                </channel></rss>""");
        assertThat(feed.title()).isEqualTo("Wire");
        assertThat(feed.problems()).isEmpty();
        assertThat(feed.entries()).hasSize(2);
        Feed.FeedEntry first = feed.entries().get(0);
        assertThat(first.guid()).isEqualTo("wire-17");
        assertThat(first.hints().url()).isEqualTo("https://wire.example/a");
        assertThat(first.hints().outlet()).isEqualTo("Wire");
        assertThat(first.html()).as("a teaser is no article").isNull();
        Feed.FeedEntry second = feed.entries().get(1);
        assertThat(second.guid()).isNull();
        assertThat(second.hints().url()).isNull();
        assertThat(second.html()).isEqualTo("<p>Talks resumed.</p>");
    }

    @Test
    void anAtomEntryIdIsItsGuid() throws IOException {
        Feed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><id>tag:wire,2016:1</id>
                <link rel="alternate" href="https://wire.example/1"/><title>T</title></entry></feed>""");
        assertThat(feed.entries().getFirst().guid()).isEqualTo("tag:wire,2016:1");
        assertThat(feed.entries().getFirst().hints().url()).isEqualTo("https://wire.example/1");
    }

    @Test
    void aFeedCutShortOrBrokenInsideATagHasProblemsAndAnHtmlPageIsNoFeed() throws IOException {
        assertThat(parse("<rss><channel><item><title>a</title></item>").problems())
                .containsExactly("the feed ends before </rss> (cut short?)");
        assertThat(parse("<rss><channel><item><title>a</ti").problems()).hasSize(2);
        assertThatThrownBy(() -> parse("<html><body>Internal error</body></html>")).isInstanceOf(IOException.class)
                .hasMessage("not an RSS or Atom feed (root element <html>)");
        assertThatThrownBy(() -> parse("")).hasMessage("not an RSS or Atom feed (root element missing)");
    }
}
