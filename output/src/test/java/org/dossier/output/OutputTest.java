package org.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.record.ArticleRecord;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {

    private static final String HOSTILE = "<script>alert('x')</script> said the <b>mayor</b>.";
    private static final String TEXT = "\"We will rebuild,\" Mayor Ana Ruiz said. " + HOSTILE;

    @TempDir
    Path dir;

    private static AnnotatedArticle annotated() {
        Article article = Articles.of(TEXT);
        Span name = span("Ana Ruiz");
        Mention mention = new Mention(article.id(), name, "Ana Ruiz", EntityType.PERSON);
        Entity person = new Entity("e1", "Ana Ruiz", EntityType.PERSON, List.of(mention));
        Span content = span("We will rebuild");
        Quote quote = new Quote(article.id(), content, "We will rebuild", true, new Speaker("Ana Ruiz", "e1", name),
                "said", span("said"), new Span(0, TEXT.indexOf(HOSTILE) - 1));
        Span hostile = span("<script>alert('x')</script>");
        Quote hostileQuote = new Quote(article.id(), hostile, hostile.of(TEXT), false,
                new Speaker("<img src=x onerror=alert(1)>", null, null), null, null, span(HOSTILE));
        return AnnotatedArticle.of(article).with(Layers.ENTITIES, List.of(person))
                .with(Layers.QUOTES, List.of(quote, hostileQuote));
    }

    private static Span span(String part) {
        int at = TEXT.indexOf(part);
        return new Span(at, at + part.length());
    }

    @Test
    void recordsCarryOffsetsIntoTheirText() {
        ArticleRecord record = ArticleRecords.from(new Outcome.Ok(annotated()));
        assertThat(record.persons()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Ana Ruiz");
            assertThat(TEXT.substring(p.mentions().get(0).start(), p.mentions().get(0).end())).isEqualTo("Ana Ruiz");
        });
        ArticleRecord.QuoteRecord quote = record.quotes().get(0);
        assertThat(TEXT.substring(quote.start(), quote.end())).isEqualTo(quote.text());
        assertThat(quote.speaker()).isEqualTo("Ana Ruiz");
        assertThat(record.error()).isNull();
    }

    @Test
    void aStanceShownIsNoQuoteOfTheRecord() {
        // "expressed sympathy with …" is kept in the quotes layer for the event coder, marked a stance: no quote
        AnnotatedArticle annotated = annotated();
        List<Quote> records = new java.util.ArrayList<>(annotated.get(Layers.QUOTES));
        records.set(1, records.get(1).asStance());
        ArticleRecord record = ArticleRecords.from(new Outcome.Ok(annotated.with(Layers.QUOTES, records)));
        assertThat(record.quotes()).extracting(ArticleRecord.QuoteRecord::text).containsExactly("We will rebuild");
    }

    @Test
    void aTitleOfMegabytesIsCutAndMarkedInTheRecord() {
        Article article = Articles.of(TEXT);
        article = article.withMetadata(new org.dossier.model.ArticleMetadata(org.dossier.model.Sourced.at(
                "T".repeat(3_000_000), null, "title"), org.dossier.model.Sourced.at("O".repeat(500), null, "meta"),
                null, null, null, null));
        ArticleRecord record = ArticleRecords.from(new Outcome.Ok(AnnotatedArticle.of(article)));
        assertThat(record.title()).hasSize(org.dossier.model.FieldLimits.TITLE).endsWith(" [cut]");
        assertThat(record.outlet()).hasSize(org.dossier.model.FieldLimits.OUTLET).endsWith(" [cut]");
    }

    @Test
    void jsonLinesRoundTripAndKeepNullFields() throws IOException {
        ArticleRecord ok = ArticleRecords.from(new Outcome.Ok(annotated()));
        ArticleRecord failed = ArticleRecords.from(new Outcome.Failed("abc", "bad.html", "clean.v1", "binary file"));
        String line = ArticlesJsonl.toLine(ok);
        assertThat(line).contains("\"outlet\":null", "\"published\":null", "\"figures\":[]", "\"events\":[]",
                "\"error\":null");
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, line + "\n" + ArticlesJsonl.toLine(failed) + "\n");
        List<ArticleRecord> read = ArticlesJsonl.read(file);
        assertThat(read).containsExactly(ok, failed);
        assertThat(read.get(1).failed()).isTrue();
        assertThat(read.get(1).errorStage()).isEqualTo("clean.v1");
    }

    @Test
    void unreadableLineIsNamed() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, "{\"id\":\"a\"}\nnot json\n");
        assertThatThrownBy(() -> ArticlesJsonl.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void reportEscapesArticleTextAndHighlightsQuotes() throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(out, List.of(ArticleRecords.from(new Outcome.Ok(annotated())),
                ArticleRecords.from(new Outcome.Failed("abc", "<bad>.html", "read", "empty file (0 bytes)"))));
        String html = out.toString();
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>mayor</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .contains("<mark class=\"quote\" title=\"direct quote\">We will rebuild</mark>")
                .contains("<mark class=\"speaker\" title=\"speaker: Ana Ruiz\">Ana Ruiz</mark>")
                .contains("&lt;bad&gt;.html: empty file (0 bytes)");
    }

    @Test
    void reportListsSkippedDocumentsApartFromAnalyzedOnes() throws IOException {
        AnnotatedArticle german = AnnotatedArticle.of(Articles.of("Die Stadt wird wieder aufgebaut, sagte sie."));
        StringWriter out = new StringWriter();
        HtmlReport.write(out, List.of(ArticleRecords.from(new Outcome.Ok(annotated())),
                ArticleRecords.from(new Outcome.Skipped(german, "nlp", "language de: the NLP reads English only"))));
        String html = out.toString();
        assertThat(html).contains("1 articles analyzed, 1 not analyzed, 0 failed")
                .contains("<h2>Documents not analyzed</h2>")
                .contains("language de: the NLP reads English only")
                .doesNotContain("<h2>Documents that could not be analyzed</h2>");
        assertThat(html.split("<article ", -1)).hasSize(2);
    }
}
