package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.StageException;
import org.dossier.ingest.meta.LanguageIdentifier;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;
import org.dossier.model.Article;
import org.dossier.model.RawDocument;
import org.dossier.model.Span;
import org.dossier.testing.ExampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private static ArticleCleaner cleaner;

    @BeforeAll
    static void loadLanguageProfiles() {
        cleaner = new ArticleCleaner(LanguageIdentifier.load());
    }

    @Test
    void cleansHtmlPageAndMapsWordsBackToMarkup() throws Exception {
        String html = resource("html/article.html");
        Article article = cleaner.clean(RawDocument.of("article.html", html.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML));

        assertThat(article.metadata().titleText()).isEqualTo("Port strike enters second week");
        assertThat(article.metadata().outletName()).isEqualTo("Harbour Herald");
        assertThat(article.metadata().publishedDate()).isEqualTo(LocalDate.of(2021, 6, 14));
        assertThat(article.metadata().datelineCity()).isEqualTo("ROTTERDAM");
        assertThat(article.metadata().language()).isEqualTo("en");
        assertThat(article.text())
                .startsWith("ROTTERDAM – Dock workers extended their strike")
                .contains("“We will stay out until the company talks to us,” said union leader Anna de Vries.")
                .contains("Managers & staff met on Sunday.")
                .contains("expected delays of up to ten days for container traffic.")
                .doesNotContain("Home", "trackPageView", "Photo: Jane Roe", "Most read", "Strike talks collapse",
                        "Tweet", "font-family", "©");

        Matcher words = Pattern.compile("[A-Za-z]{4,}").matcher(article.text());
        int checked = 0;
        while (words.find()) {
            Span raw = article.offsets().toSource(new Span(words.start(), words.end()));
            assertThat(raw.of(article.rawText())).as("raw text of '%s'", words.group()).isEqualTo(words.group());
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void examplesHaveTitleBodyAndExactOffsets() throws IOException, StageException {
        List<SourceItem> items;
        try (var stream = InputSource.of(List.of(ExampleCorpus.folder()), InputSource.DEFAULT_MAX_BYTES).items()) {
            items = stream.toList();
        }
        assertThat(items).hasSizeGreaterThanOrEqualTo(5);
        for (SourceItem item : items) {
            Path file = Path.of(item.source());
            Article article = cleaner.clean(((SourceItem.Document) item).raw());
            assertThat(article.metadata().titleText()).as("title of %s", file).isNotBlank();
            assertThat(article.text().length()).as("body of %s", file).isGreaterThan(1000);
            assertThat(article.metadata().language()).isEqualTo("en");
            int start = 0;
            for (String paragraph : article.text().split("\n\n")) {
                int at = article.text().indexOf(paragraph, start);
                Span raw = article.offsets().toSource(new Span(at, at + paragraph.length()));
                assertThat(raw.of(article.rawText())).isEqualTo(paragraph);
                start = at + paragraph.length();
            }
            assertThat(article.text()).doesNotContain("photo credit", "Leave a Reply", "Sign in", "More from World",
                    "READ MORE");
        }
    }

    @Test
    void documentWithOnlyBoilerplateIsAnError() {
        RawDocument doc = RawDocument.of("junk.txt", "Share Tweet Email\n(photo credit: AP)\n"
                .getBytes(StandardCharsets.UTF_8), RawDocument.Format.TEXT);
        assertThatThrownBy(() -> cleaner.clean(doc)).isInstanceOf(StageException.class)
                .hasMessageContaining("no article text found");
    }

    @Test
    void extractedArticleTextIsKeptWholeThoughAPageCopyWouldLoseIt() throws StageException {
        byte[] text = "GENEVA - Talks resumed on Tuesday.\nShare this\n".getBytes(StandardCharsets.UTF_8);
        Article article = cleaner.clean(RawDocument.of("export.jsonl:1", text, RawDocument.Format.ARTICLE_TEXT));
        assertThat(article.text()).contains("Talks resumed on Tuesday.", "Share this");
        assertThat(article.metadata().datelineCity()).isEqualTo("GENEVA");
        assertThatThrownBy(() -> cleaner.clean(RawDocument.of("copy.txt", text, RawDocument.Format.TEXT)))
                .isInstanceOf(StageException.class);
    }

    @Test
    void anExtractedTextWithoutADateLineTakesTheDateOfItsAddress() throws StageException {
        byte[] undated = "GENEVA - Talks resumed on Tuesday, officials said.\n".getBytes(StandardCharsets.UTF_8);
        String url = "http://news.example/2013/09/09/20401724-talks-resume";
        Article article = cleaner.clean(RawDocument.of("export.jsonl:1", url, undated,
                RawDocument.Format.ARTICLE_TEXT));
        assertThat(article.metadata().publishedDate()).isEqualTo(LocalDate.of(2013, 9, 9));
        // the text's own date line outranks the address (a print edition's day, another version's)
        byte[] dated = "Published: November 10, 2011\nGENEVA - Talks resumed on Tuesday, officials said.\n"
                .getBytes(StandardCharsets.UTF_8);
        Article withDateLine = cleaner.clean(RawDocument.of("export.jsonl:2",
                "http://news.example/2011/11/11/world/talks", dated, RawDocument.Format.ARTICLE_TEXT));
        assertThat(withDateLine.metadata().publishedDate()).isEqualTo(LocalDate.of(2011, 11, 10));
    }

    @Test
    void brokenMarkupStillYieldsText() throws StageException {
        String html = "<html><body><div><p>Unclosed paragraph about the election results in the north"
                + "<p>Another one with <b>bold <i>nested</b> tags</i> and &bogus; entities &amp more text here."
                + "<table><tr><td>cell";
        Article article = cleaner.clean(RawDocument.of("broken.html", html.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML));
        assertThat(article.text()).contains("Unclosed paragraph about the election results", "bold nested tags");
    }

    @Test
    void sourceHintsOutrankThePage() throws StageException {
        String html = "<html><head><title>Page title</title></head><body><p>Dock workers extended their strike on "
                + "Monday, leaving more than forty ships waiting outside the port, the union said.</p></body></html>";
        org.dossier.model.DocumentHints hints = new org.dossier.model.DocumentHints("https://herald.example/strike",
                "Feed title", "Mon, 14 Jun 2021 08:30:00 GMT", "Harbour Herald");
        Article article = cleaner.clean(RawDocument.of("feed.rss#item-1", hints, html.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML));
        assertThat(article.metadata().titleText()).isEqualTo("Feed title");
        assertThat(article.metadata().publishedDate()).isEqualTo(LocalDate.of(2021, 6, 14));
        assertThat(article.metadata().outletName()).isEqualTo("Harbour Herald");
        assertThat(article.url()).isEqualTo("https://herald.example/strike");
    }

    @Test
    void germanTextIsIdentified() throws StageException {
        String text = "Streik im Hafen\n\nDie Hafenarbeiter haben ihren Streik am Montag verlängert. Mehr als vierzig "
                + "Schiffe warten vor dem Hafen, teilte die Gewerkschaft mit. Die Hafenbehörde rechnet mit "
                + "Verspätungen von bis zu zehn Tagen für den Containerverkehr.";
        Article article = cleaner.clean(RawDocument.of("de.txt", text.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.TEXT));
        assertThat(article.metadata().language()).isEqualTo("de");
    }

    @Test
    void sniffsHtmlWithoutExtension() {
        assertThat(ArticleCleaner.looksLikeHtml("  <!DOCTYPE html><html>")).isTrue();
        assertThat(ArticleCleaner.looksLikeHtml("Plain text about <b> tags")).isFalse();
    }


    private static String resource(String name) throws IOException {
        try (InputStream in = ArticleCleanerTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
