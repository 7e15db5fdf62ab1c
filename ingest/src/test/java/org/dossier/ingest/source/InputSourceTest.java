package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.ingest.source.ContainerBytes.concat;
import static org.dossier.ingest.source.ContainerBytes.gzip;
import static org.dossier.ingest.source.ContainerBytes.warcResponse;
import static org.dossier.ingest.source.ContainerBytes.warcResponseRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSourceTest {

    private static final String PAGE = "<html><body><p>Dock workers extended their strike on Monday.</p></body></html>";

    @TempDir
    Path dir;

    private List<SourceItem> read(long maxBytes, Path... inputs) throws IOException {
        try (Stream<SourceItem> items = InputSource.of(List.of(inputs), maxBytes).items()) {
            return items.toList();
        }
    }

    private static RawDocument document(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Document.class);
        return ((SourceItem.Document) item).raw();
    }

    private static String reason(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Unreadable.class);
        return ((SourceItem.Unreadable) item).reason();
    }

    @Test
    void walksFoldersInNameOrderTakingArticleFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.html"), PAGE);
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("notes.csv"), "a,b");
        Files.write(dir.resolve("photo.jpg"), new byte[] {1, 2, 3});
        InputSource input = InputSource.of(List.of(dir), 1000);
        assertThat(input.files()).containsExactly(dir.resolve("a.txt"), dir.resolve("b/two.html"));
        List<SourceItem> items = read(1000, dir);
        assertThat(document(items.get(1)).format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(items.get(1).source()).isEqualTo(dir.resolve("b/two.html").toString());
    }

    @Test
    void readsGzippedPages() throws IOException {
        Files.write(dir.resolve("page.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        RawDocument doc = document(read(10_000, dir).get(0));
        assertThat(new String(doc.content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(doc.format()).isEqualTo(RawDocument.Format.HTML);
    }

    @Test
    void corruptGzipIsReportedNotThrown() throws IOException {
        byte[] zipped = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("broken.html.gz"), Arrays.copyOf(zipped, zipped.length / 2));
        assertThat(reason(read(100_000, dir).get(0))).startsWith("cannot read:");
    }

    @Test
    void refusesTooLargeFilesUnreadAndGzipBombsWhileReading() throws IOException {
        Files.write(dir.resolve("big.txt"), new byte[5000]);
        assertThat(reason(read(1000, dir.resolve("big.txt")).get(0))).contains("file too large", "--max-bytes");
        Files.write(dir.resolve("bomb.html.gz"), gzip(new byte[200_000]));
        assertThat(reason(read(1000, dir.resolve("bomb.html.gz")).get(0))).contains("decompressed", "limit");
    }

    @Test
    void refusesA200MegabyteFileWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.html");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: nothing is written, so the test stays fast
        }
        assertThat(reason(read(InputSource.DEFAULT_MAX_BYTES, huge).get(0))).contains("file too large: 200.0 MB");
    }

    @Test
    void missingFileIsReported() throws IOException {
        assertThat(reason(read(1000, dir.resolve("nope.txt")).get(0))).isEqualTo("no such file or folder");
    }

    @Test
    void sameContentSameId() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "identical");
        Files.writeString(dir.resolve("b.txt"), "identical");
        List<SourceItem> items = read(1000, dir);
        assertThat(document(items.get(0)).id()).isEqualTo(document(items.get(1)).id());
    }

    @Test
    void jsonLinesCarryTheirFieldsAndBadLinesAreReported() throws IOException {
        Files.writeString(dir.resolve("export.jsonl"), String.join("\n",
                "{\"url\": \"https://news.example/a\", \"title\": \"Strike\", \"date\": \"2021-06-14\", \"html\": "
                        + "\"<p>Dock workers struck.</p>\"}",
                "",
                "not json at all",
                "{\"url\": \"https://news.example/b\", \"text\": \"Plain text article about the port.\"}",
                "{\"url\": \"https://news.example/c\"}"));
        List<SourceItem> items = read(10_000, dir);
        assertThat(items).hasSize(4);
        RawDocument first = document(items.get(0));
        assertThat(first.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(first.hints().title()).isEqualTo("Strike");
        assertThat(first.hints().published()).isEqualTo("2021-06-14");
        assertThat(first.url()).isEqualTo("https://news.example/a");
        assertThat(first.source()).endsWith("export.jsonl:1");
        assertThat(reason(items.get(1))).startsWith("not a JSON object");
        assertThat(items.get(1).source()).endsWith("export.jsonl:3");
        assertThat(document(items.get(2)).format()).isEqualTo(RawDocument.Format.ARTICLE_TEXT);
        assertThat(reason(items.get(3))).isEqualTo("no 'html' or 'text' field");
    }

    @Test
    void warcResponsesWithHtmlBecomeDocuments() throws IOException {
        byte[] warc = concat(warcResponse("http://news.example/1", "text/html", 200, PAGE),
                warcResponse("http://news.example/style.css", "text/css", 200, "body{}"),
                warcResponse("http://news.example/gone", "text/html", 404, "<p>not found</p>"),
                warcResponse("http://news.example/2", "text/html; charset=utf-8", 200, PAGE.replace("Monday", "Tuesday")));
        Files.write(dir.resolve("crawl.warc"), warc);
        List<SourceItem> items = read(100_000, dir);
        assertThat(items).hasSize(2);
        assertThat(document(items.get(0)).url()).isEqualTo("http://news.example/1");
        assertThat(new String(document(items.get(1)).content(), StandardCharsets.UTF_8)).contains("Tuesday");
        assertThat(items.get(0).source()).startsWith(dir.resolve("crawl.warc") + "#");
    }

    @Test
    void aWarcResponseWithoutContentTypeIsReadAsHttpOrNamedUnreadable() throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE;
        byte[] warc = concat(warcResponseRecord("http://news.example/untyped", null, http),
                warcResponseRecord("http://news.example/odd", null, "not an HTTP message at all"));
        Files.write(dir.resolve("untyped.warc"), warc);
        List<SourceItem> items = read(100_000, dir);
        assertThat(items).hasSize(2);
        assertThat(document(items.get(0)).url()).isEqualTo("http://news.example/untyped");
        assertThat(items.get(1).source()).startsWith(dir.resolve("untyped.warc") + "#");
        assertThat(reason(items.get(1))).startsWith("WARC response record without Content-Type");
    }

    @Test
    void aWarcResponseTypedAsHtmlHoldsThePageWithoutItsHttpMessage() throws IOException {
        byte[] warc = concat(warcResponseRecord("http://news.example/bare", "text/html; charset=utf-8", PAGE),
                warcResponseRecord("http://news.example/picture", "image/png", "not a page"));
        Files.write(dir.resolve("bare.warc"), warc);
        List<SourceItem> items = read(100_000, dir);
        assertThat(items).hasSize(1);
        assertThat(document(items.get(0)).url()).isEqualTo("http://news.example/bare");
        assertThat(new String(document(items.get(0)).content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void jsonAddressesOtherThanHttpAndUnreadableDatesAreRefusedNamingTheField() {
        String text = "\"text\":\"Dock workers extended their strike.\"";
        assertThat(reason(InputSource.fromJson("api:1", "{\"url\":\"=HYPERLINK(\\\"http://evil.example\\\")\","
                + text + "}", 10_000))).startsWith("'url' is not an http or https address: '=HYPERLINK(");
        assertThat(reason(InputSource.fromJson("api:2", "{\"url\":\"javascript:alert(1)\"," + text + "}", 10_000)))
                .startsWith("'url' is not an http or https address");
        assertThat(reason(InputSource.fromJson("api:3", "{\"url\":\"/news/relative\"," + text + "}", 10_000)))
                .startsWith("'url' is not an http or https address");
        assertThat(reason(InputSource.fromJson("api:4", "{\"date\":\"not a day\"," + text + "}", 10_000)))
                .startsWith("'date' is not a date: 'not a day'");
        assertThat(reason(InputSource.fromJson("api:5", "{\"date\":\"2016-13-45\"," + text + "}", 10_000)))
                .startsWith("'date' is not a date");
        RawDocument kept = document(InputSource.fromJson("api:6", "{\"url\":\"HTTPS://news.example/a?b=1\","
                + "\"date\":\"Sat, 08 Oct 2016 14:30:00 GMT\"," + text + "}", 10_000));
        assertThat(kept.url()).isEqualTo("HTTPS://news.example/a?b=1");
    }

    @Test
    void aNulCharacterInsideAJsonTextIsDroppedNotTheArticle() {
        RawDocument doc = document(InputSource.fromJson("api:7", "{\"text\":\"Dock workers\\u0000 extended "
                + "their\\u0007 strike.\\nTalks\\tresume.\"}", 10_000));
        assertThat(new String(doc.content(), StandardCharsets.UTF_8))
                .isEqualTo("Dock workers extended their strike.\nTalks\tresume.");
    }

    @Test
    void feedLinksThatAreNoWebAddressAreNotKept() throws IOException {
        Files.writeString(dir.resolve("odd.atom"), """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
                <entry><title>Talks</title><link rel="alternate" href="javascript:alert(1)"/>
                <content type="html">&lt;p&gt;Talks resumed in Geneva.&lt;/p&gt;</content></entry></feed>""");
        assertThat(document(read(100_000, dir).get(0)).url()).isNull();
    }

    @Test
    void eachWarcRecordIsNamedByItsOwnByteOffsetPlainAndGzipped() throws IOException {
        List<byte[]> records = List.of(warcResponse("http://news.example/1", "text/html", 200, PAGE),
                warcResponse("http://news.example/2", "text/html", 200, PAGE.replace("Monday", "Tuesday")),
                warcResponse("http://news.example/3", "text/html", 200, PAGE.replace("Monday", "Friday and later")));
        List<byte[]> members = new java.util.ArrayList<>();
        for (byte[] record : records) {
            members.add(gzip(record));
        }
        for (var file : List.of(java.util.Map.entry("three.warc", records), java.util.Map.entry("three.warc.gz",
                members))) {
            Files.write(dir.resolve(file.getKey()), concat(file.getValue().toArray(byte[][]::new)));
            List<SourceItem> items = read(100_000, dir.resolve(file.getKey()));
            assertThat(items).hasSize(3);
            long offset = 0;
            for (int i = 0; i < 3; i++) {
                assertThat(items.get(i).source()).as("%s record %d", file.getKey(), i)
                        .isEqualTo(dir.resolve(file.getKey()) + "#" + offset);
                assertThat(document(items.get(i)).url()).isEqualTo("http://news.example/" + (i + 1));
                offset += file.getValue().get(i).length;
            }
        }
    }

    @Test
    void truncatedWarcGzKeepsTheRecordsBeforeTheDamage() throws IOException {
        byte[] first = gzip(warcResponse("http://news.example/1", "text/html", 200, PAGE));
        byte[] second = gzip(warcResponse("http://news.example/2", "text/html", 200, PAGE.repeat(20)));
        byte[] warc = concat(first, Arrays.copyOf(second, second.length / 2));
        Files.write(dir.resolve("cut.warc.gz"), warc);
        List<SourceItem> items = read(100_000, dir);
        assertThat(items).hasSize(2);
        assertThat(document(items.get(0)).url()).isEqualTo("http://news.example/1");
        assertThat(reason(items.get(1))).startsWith("unreadable after record");
        assertThat(items.get(1).source()).isEqualTo(dir.resolve("cut.warc.gz").toString());
    }

    @Test
    void rssItemsWithContentBecomeDocumentsAndLinkOnlyItemsAreReported() throws IOException {
        Files.writeString(dir.resolve("news.rss"), """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Harbour Herald</title>
                <item><title>Port strike</title><link>https://herald.example/strike</link>
                  <pubDate>Mon, 14 Jun 2021 08:30:00 GMT</pubDate>
                  <content:encoded><![CDATA[<p>Dock workers extended their strike on Monday.</p>]]></content:encoded>
                </item>
                <item><title>Short</title><link>https://herald.example/short</link>
                  <description>Just a teaser.</description></item>
                </channel></rss>""");
        List<SourceItem> items = read(100_000, dir);
        RawDocument doc = document(items.get(0));
        assertThat(new String(doc.content(), StandardCharsets.UTF_8)).isEqualTo("<p>Dock workers extended their strike on Monday.</p>");
        assertThat(doc.hints()).satisfies(h -> {
            assertThat(h.title()).isEqualTo("Port strike");
            assertThat(h.url()).isEqualTo("https://herald.example/strike");
            assertThat(h.published()).startsWith("Mon, 14 Jun 2021");
            assertThat(h.outlet()).isEqualTo("Harbour Herald");
        });
        assertThat(reason(items.get(1))).contains("without the article's text", "https://herald.example/short");
    }

    @Test
    void atomEntriesWithEscapedHtmlContent() throws IOException {
        Files.writeString(dir.resolve("feed.atom"), """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
                <entry><title>Talks</title><link rel="alternate" href="https://wire.example/talks"/>
                <published>2021-06-14T08:30:00Z</published>
                <content type="html">&lt;p&gt;Talks resumed in Geneva.&lt;/p&gt;</content></entry></feed>""");
        RawDocument doc = document(read(100_000, dir).get(0));
        assertThat(new String(doc.content(), StandardCharsets.UTF_8)).isEqualTo("<p>Talks resumed in Geneva.</p>");
        assertThat(doc.url()).isEqualTo("https://wire.example/talks");
        assertThat(doc.hints().published()).isEqualTo("2021-06-14T08:30:00Z");
    }

    @Test
    void xmlThatIsNoFeedIsReported() throws IOException {
        Files.writeString(dir.resolve("sitemap.xml"), "<urlset><url><loc>https://x.example/</loc></url></urlset>");
        assertThat(reason(read(100_000, dir).get(0))).contains("not an RSS or Atom feed");
    }
}
