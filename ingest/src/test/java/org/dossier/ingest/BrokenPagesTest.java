package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.core.StageException;
import org.dossier.model.Article;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Pages written for these tests, each broken the way real pages are, and what a reader's browser shows of them:
 * the article, with its offsets into the raw page intact.
 */
class BrokenPagesTest {

    private static final String BODY = TestPages.BODY;

    private static Article clean(String html) throws StageException {
        return TestPages.clean(html);
    }

    private static void assertOffsetsPointIntoTheRawPage(Article article) {
        int at = article.text().indexOf("Dock workers");
        Span raw = article.offsets().toSource(new Span(at, at + "Dock workers".length()));
        assertThat(raw.of(article.rawText())).isEqualTo("Dock workers");
    }

    @Test
    void unclosedTitleDoesNotSwallowThePage() throws StageException {
        Article article = clean("<html><head><title>Port strike &amp; talks\n<meta charset=utf-8>"
                + "<link rel=stylesheet href=a.css></head>\n" + BODY);
        assertThat(article.text()).contains("Dock workers extended their strike", "without an agreement");
        assertThat(article.metadata().titleText()).isEqualTo("Port strike & talks");
        assertOffsetsPointIntoTheRawPage(article);
    }

    @Test
    void titleClosedOnlyByALaterTitleTagIsCutAtTheFirstTag() throws StageException {
        Article article = clean("<html><head><title>Port strike<meta name=x content=y></head>" + BODY
                .replace("</body>", "<svg><title>Logo</title></svg></body>"));
        assertThat(article.text()).contains("Dock workers extended their strike");
        assertThat(article.metadata().titleText()).isEqualTo("Port strike");
    }

    @Test
    void unclosedScriptAndStyleDoNotSwallowThePage() throws StageException {
        assertThat(clean("<html><head><title>Strike</title><script src=app.js></head>" + BODY).text())
                .contains("Dock workers extended their strike");
        assertThat(clean("<html><head><style>.story{color:red}</head>" + BODY).text())
                .contains("Dock workers extended their strike");
        Article article = clean("<html><head><script>var a = 1;\n" + BODY);
        assertThat(article.text()).contains("Dock workers extended their strike").doesNotContain("var a");
        assertOffsetsPointIntoTheRawPage(article);
    }

    @Test
    void scriptThatEndsTheDocumentIsNoArticle() throws StageException {
        String page = "<html><head><title>Strike</title></head>" + BODY.replace("</body></html>", "")
                + "<script>track('page view'); if (a < b) { go(); }";
        assertThat(clean(page).text()).contains("Dock workers").doesNotContain("track", "go()");
    }

    @Test
    void bodyInsideTheHeadIsTheBody() throws StageException {
        Article article = clean("<html><head><title>Strike</title>" + BODY.replace("</html>", "") + "</head></html>");
        assertThat(article.text()).contains("Dock workers extended their strike", "without an agreement");
    }

    @Test
    void pageWhoseEveryBlockIsRejectedFallsBackToItsDensestText() throws StageException {
        // the article is printed twice (a print and a screen copy), so every paragraph is a "repeated line"
        String story = "<div class=copy><p>Dock workers extended their strike on Monday, leaving more than forty "
                + "ships waiting outside the port, the union said.</p></div>";
        Article article = clean("<html><head><title>Strike</title></head><body><ul class=menu><li><a href=/>Home"
                + "</a><li><a href=/w>World</a></ul>" + story + story + "</body></html>");
        assertThat(article.text()).contains("Dock workers extended their strike").doesNotContain("Home");
    }

    @Test
    void longJapaneseParagraphIsNoIntroductionOfALinkList() throws StageException {
        String paragraph = "<p>今年の4月に新卒で販売業に就職したものです。毎月15日区切りでシフトの方が出るのですが、"
                + "今日予定が出て確認したところ、希望した休みが入っていませんでした。店長に相談するべきでしょうか。</p>";
        Article article = clean("<html><head><title>質問</title></head><body><div class=question>" + paragraph
                + "<ul><li><a href=/a>関連する質問</a><li><a href=/b>もっと見る</a></ul></div></body></html>");
        assertThat(article.text()).contains("今年の4月に新卒で販売業に就職したものです。");
    }

    @Test
    void videoPageWithoutProseIsTheArticleItsOwnSummaryDescribes() throws StageException {
        String summary = "Dock workers extended their strike on Monday &amp; more than forty ships waited outside "
                + "the port, the union said.";
        Article article = clean("<html><head><title>Strike video</title><meta property=og:description content=\""
                + summary + "\"><meta name=description content=\"Port news.\"></head><body><ul class=menu>"
                + "<li><a href=/>Home</a><li><a href=/w>World</a></ul><div class=player></div></body></html>");
        assertThat(article.text()).isEqualTo("Dock workers extended their strike on Monday & more than forty ships "
                + "waited outside the port, the union said.");
        assertOffsetsPointIntoTheRawPage(article);
        int ships = article.text().indexOf("ships");
        assertThat(article.offsets().toSource(new Span(ships, ships + 5)).of(article.rawText())).isEqualTo("ships");
    }

    @Test
    void shortSummaryIsNoArticle() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clean("<html><head><title>Home</title>"
                + "<meta property=og:description content=\"The latest news from the port.\"></head><body>"
                + "<ul><li><a href=/>Home</a></ul></body></html>"))
                .isInstanceOf(StageException.class).hasMessageContaining("no article text");
    }
}
