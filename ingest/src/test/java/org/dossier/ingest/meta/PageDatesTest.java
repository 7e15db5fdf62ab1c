package org.dossier.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dossier.model.Sourced;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Publication dates of pages written for these tests, one kind of evidence each. */
class PageDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final String BODY = "<p>The council voted to close the old bridge, officials said.</p>";

    private static Optional<Sourced<LocalDate>> published(String html, String url) {
        return new HtmlMetadata(Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)))
                .published(url, TODAY);
    }

    @Test
    void dateInTheUrlComesFirst() {
        String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2021-03-05T23:30:00Z\"}</script></head><body>" + BODY + "</body></html>";
        assertThat(published(html, "https://news.example/2021/03/06/bridge").orElseThrow())
                .satisfies(d -> assertThat(d.value()).isEqualTo(LocalDate.of(2021, 3, 6)))
                .satisfies(d -> assertThat(d.rule()).isEqualTo("url"));
        assertThat(published(html, null).orElseThrow().value()).isEqualTo(LocalDate.of(2021, 3, 5));
    }

    @Test
    void publicationOutranksModification() {
        String html = "<html><head><meta property=article:modified_time content=2021-04-01>"
                + "<meta property=article:published_time content=2021-03-05T10:00:00+01:00></head><body>" + BODY
                + "</body></html>";
        assertThat(published(html, null).orElseThrow().value()).isEqualTo(LocalDate.of(2021, 3, 5));
    }

    @Test
    void dateInATeaserNamedArticleBoxCounts() {
        String html = "<html><body><div class=\"teaserTyp3 newsSingle\"><div class=header><span class=blue>"
                + "01.02.2022</span> Kategorie: Verband</div>" + BODY + "</div></body></html>";
        assertThat(published(html, null).orElseThrow().value()).isEqualTo(LocalDate.of(2022, 2, 1));
    }

    @Test
    void sidebarDatesAreSkippedButALayoutNamedAfterItsSidebarIsNot() {
        String html = "<html><body><div class=layoutTwoColumnsRightSidebar><div class=content><h1>Bridge</h1>"
                + "<time>25. November 2021 16:11 Uhr</time>" + BODY + "</div></div></body></html>";
        assertThat(published(html, null).orElseThrow().value()).isEqualTo(LocalDate.of(2021, 11, 25));
        String sidebarOnly = "<html><body><div class=content><h1>Bridge</h1>" + BODY + "</div>"
                + "<div class=sidebar><p>Older story, 3 May 2020</p></div></body></html>";
        assertThat(published(sidebarOnly, null)).isEmpty();
    }

    @Test
    void keyedTimestampInAScriptIsTheLastResort() {
        String html = "<html><body>" + BODY + "<script>window.state = {\"modifiedAt\":\"2022-02-01T10:00:00Z\","
                + "\"createdAt\":\"2022-01-31T15:58:43+01:00\"};</script></body></html>";
        assertThat(published(html, null).orElseThrow())
                .satisfies(d -> assertThat(d.value()).isEqualTo(LocalDate.of(2022, 1, 31)))
                .satisfies(d -> assertThat(d.rule()).startsWith("keyed-timestamp"));
    }

    @Test
    void aDateLineOutranksAnEarlierCaptionsDate() {
        String html = "<html><body><div class=entry-content><div style=\"color: #999\"><img src=a.jpg><br>FILE PHOTO:"
                + " The mayor speaks to reporters during a visit to the harbour near Portsmouth, Britain, January 16,"
                + " 2020. John Smith/Pool via REUTERS</div><p>January 18, 2020</p>" + BODY + "</div></body></html>";
        assertThat(published(html, null).orElseThrow().value()).isEqualTo(LocalDate.of(2020, 1, 18));
        String captionOnly = "<html><body><div class=entry-content><div style=\"color: #999\">FILE PHOTO: The mayor"
                + " speaks to reporters during a visit to the harbour near Portsmouth, Britain, January 16, 2020."
                + " John Smith/Pool via REUTERS</div>" + BODY + "</div></body></html>";
        assertThat(published(captionOnly, null).orElseThrow().value()).isEqualTo(LocalDate.of(2020, 1, 16));
    }

    @Test
    void aWireLeadsDateLineOutranksALaterShortDatedLine() {
        String lead = "<p>WASHINGTON, March 3, 2024 — The Senate voted on Sunday to pass the spending bill that keeps"
                + " the government open until the autumn, after weeks of talks between the two parties.</p>";
        String sidebar = "<aside><ul><li>Senate confirms a new judge, January 5, 2023</li></ul></aside>";
        String html = "<html><body><div class=entry-content>" + lead + sidebar + BODY + "</div></body></html>";
        assertThat(published(html, null).orElseThrow().value()).isEqualTo(LocalDate.of(2024, 3, 3));
        // a date told inside the story's sentence still yields to no box beside the story
        String inProse = "<p>The Senate, which had met in a long night session that many senators called the hardest"
                + " of the year, voted on March 3, 2024 to pass the bill.</p>";
        String boxed = "<html><body><div class=entry-content>" + inProse + sidebar + BODY + "</div></body></html>";
        assertThat(published(boxed, null).orElseThrow().value()).isEqualTo(LocalDate.of(2024, 3, 3));
    }

    @Test
    void aUtcTimestampTakesTheSitesDayWhenThePageStatesTheSameInstantWithAnOffset() {
        String head = "<html><head><meta property=article:published_time content=2023-11-09T06:35:29+00:00></head>";
        String html = head + "<body><p>Posted: <time datetime=\"2023-11-08T22:35:29-08:00\">Nov 8, 2023 / 10:35 PM PST"
                + "</time></p>" + BODY + "</body></html>";
        assertThat(published(html, null).orElseThrow().value()).isEqualTo(LocalDate.of(2023, 11, 8));
        // another instant with an offset (a related story's) says nothing of this one's zone
        String otherInstant = head + "<body><time datetime=\"2023-11-08T20:00:00-08:00\">Nov 8</time>" + BODY
                + "</body></html>";
        assertThat(published(otherInstant, null).orElseThrow().value()).isEqualTo(LocalDate.of(2023, 11, 9));
    }

    @Test
    void datesAfterTodayAreImplausible() {
        String html = "<html><head><meta name=date content=2030-01-01></head><body>" + BODY + "</body></html>";
        assertThat(published(html, null)).isEmpty();
    }

    @Test
    void dateInTheTitleOutranksALinkedStorysDate() {
        String html = "<html><head><title>Bridge to close | Harbour Herald | 19.01.2020</title></head><body>"
                + "<div class=teaser><a href=/other><h2>Older story<span class=date>11.07.2017</span></h2></a></div>"
                + BODY + "</body></html>";
        assertThat(published(html, null).orElseThrow())
                .satisfies(d -> assertThat(d.value()).isEqualTo(LocalDate.of(2020, 1, 19)))
                .satisfies(d -> assertThat(d.rule()).isEqualTo("title"));
    }

    @Test
    void dateInsideALinkIsTheLinkedStorys() {
        String html = "<html><body><div class=teaser><a href=/other><span class=date>11.07.2017</span> Older</a>"
                + "</div><ul><li class=meta-date>19.01.2020</li></ul>" + BODY + "</body></html>";
        assertThat(published(html, null).orElseThrow().value()).isEqualTo(LocalDate.of(2020, 1, 19));
    }
}
