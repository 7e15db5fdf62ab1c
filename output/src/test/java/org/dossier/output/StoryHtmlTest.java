package org.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.model.record.StoryRecord.Source;
import org.dossier.model.record.StoryRecord.SummarySentence;
import org.junit.jupiter.api.Test;

class StoryHtmlTest {

    @Test
    void anEventLineSaysWhatIsUnknownInWords() {
        MergedEvent undated = new MergedEvent(null, null, null, null, "ATTACK/BOMB", "190", "19", 4, -10, "Syria",
                "SYR", null, 0.6, 2, List.of(), List.of());
        MergedEvent whole = new MergedEvent(LocalDate.of(2016, 10, 10), "stated", "Russia", "RUS", "CONDEMN", "111",
                "11", 3, -2, null, null, null, 0.5, 2, List.of("Al Jazeera"), List.of());

        assertThat(StoryHtml.eventLine(undated)).isEqualTo("undated · someone unnamed ATTACK/BOMB Syria");
        assertThat(StoryHtml.eventLine(whole)).isEqualTo("2016-10-10 · Russia CONDEMN");
    }

    @Test
    void aQuoteOfAnAnonymousSpeakerSaysSoInTheReport() throws Exception {
        ArticleRecord a = RecordJsonTest.fullArticle();
        List<ArticleRecord.QuoteRecord> quotes = List.of(a.quotes().getFirst(), new ArticleRecord.QuoteRecord(
                "rebel source", "We will rebuild", true, "said", 1, 16, null, null, null, null, null, 0, 42, null,
                true));
        ArticleRecord unnamed = new ArticleRecord(a.id(), a.source(), a.url(), a.title(), a.outlet(), a.published(),
                a.publishedConfidence(), a.dateline(), a.language(), a.text(), a.persons(), a.organizations(),
                a.locations(), quotes, List.of(), List.of(), List.of(), null, null, null, null, List.of());
        java.io.StringWriter report = new java.io.StringWriter();
        HtmlReport.write(report, List.of(unnamed));
        assertThat(report.toString()).contains("<b>rebel source</b> <span class=\"tag\">anonymous</span>")
                .contains("<b>Ana Ruiz</b> <span class=\"tag\">direct</span>");

        Source source = new Source("a1", "Outlet", "the road is shut", 0, 16);
        StoryRecord story = new StoryRecord("story-1", "Road shut",
                List.of(new StoryRecord.StoryArticle("a1", "t", "Outlet", LocalDate.of(2016, 10, 10), "a.txt", null)),
                List.of(), List.of(), List.of(),
                List.of(new StoryRecord.QuoteEntry("rebel source", "the road is shut", false, null, source, true)),
                List.of(), List.of(), List.of());
        assertThat(StoryHtml.section(List.of(story))).contains("<b>rebel source</b> (anonymous): the road is shut");
    }

    @Test
    void aStorysTitleAndSummaryAreEscaped() {
        Source source = new Source("a1", "Outlet", "x", 0, 1);
        StoryRecord story = new StoryRecord("story-1", "<script>alert(1)</script>",
                List.of(new StoryRecord.StoryArticle("a1", "t", "Outlet", LocalDate.of(2016, 10, 10), "a.txt", null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SummarySentence("Troops <b>moved</b>.", List.of("a1"), List.of(source))));

        String html = StoryHtml.section(List.of(story));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>moved")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("1 article(s), 0 event(s)");
    }
}
