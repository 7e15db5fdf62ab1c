package org.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Pages written for these tests, each with one way pages hide or surround their article. */
class MainContentTest {

    private static final String PARAGRAPH = "<p>The council voted on Tuesday to close the old bridge, which engineers "
            + "say has been unsafe for years, and to build a new one by 2027, officials said.</p>";

    private static String selectedText(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        MainContent.Selection selection = MainContent.of(page);
        return selection.roots().stream().map(Element::text).collect(Collectors.joining(" "));
    }

    @Test
    void leadBoxBeforeTheBodyIsPartOfTheArticle() {
        String html = "<html><body><nav><a href=/>Home</a></nav><article><header><h1>Bridge to close</h1>"
                + "<div class=excerpt><p>The city will replace its oldest crossing over the river, a decision that has been "
                + "years in the making.</p>"
                + "</div></header><div class=entry-content>" + PARAGRAPH.repeat(4) + "</div></article></body></html>";
        assertThat(selectedText(html)).contains("years in the making", "The council voted");
    }

    @Test
    void shortPostWithLongDiscussionIsStillThePost() {
        String comment = "<li class=comment><div class=comment-body><p>I drive over that bridge every day, and I "
                + "have always wondered, honestly, how long it would last before somebody did something.</p></div></li>";
        String html = "<html><body><main><article><div class=entry-content>" + PARAGRAPH + PARAGRAPH
                + "</div></article><div class=comments-area><ul class=comment-list>" + comment.repeat(15)
                + "</ul></div></main></body></html>";
        assertThat(selectedText(html)).contains("The council voted").doesNotContain("I drive over that bridge");
    }

    @Test
    void textBetweenLineBreaksInAMixedDivIsTheArticle() {
        String prose = "The council voted on Tuesday to close the old bridge, which engineers say has been unsafe, "
                + "and to build a new one by 2027.<br><br>Work starts in spring, and traffic will be diverted, "
                + "the mayor said.<br>";
        String html = "<html><body><div class=row><div class=col><p class=title>Bridge to close</p><small>05/10/2018"
                + "</small><br>" + prose + "<div class=row><a href=#>Facebook</a></div></div></div>"
                + "<div class=footer><div class=col>City Hall, 1 Main Street, open Monday to Friday</div></div>"
                + "</body></html>";
        assertThat(selectedText(html)).contains("Work starts in spring").doesNotContain("City Hall");
    }

    @Test
    void camelCaseCookieBannerIsFurniture() {
        String consent = "<p>We use cookies, and some of them are essential, while others help us improve this "
                + "website, your experience, and our offers, as described below.</p>";
        String html = "<html><body><div class=BorlabsCookie>" + consent.repeat(6) + "</div><div class=story>"
                + PARAGRAPH.repeat(4) + "</div></body></html>";
        assertThat(selectedText(html)).contains("The council voted").doesNotContain("We use cookies");
    }

    @Test
    void replyFormsAndDiscussionWidgetsAreComments() {
        String comment = "<div class=entry><p>I drive over that bridge every day, and I have always wondered, "
                + "honestly, how long it would last before somebody did something about it, to be fair.</p></div>";
        String html = "<html><body><div class=post>" + PARAGRAPH.repeat(2) + "</div><div class=discussion>"
                + comment.repeat(8) + "</div><div id=respond><p>Leave a reply. Your email address will not be "
                + "published, and required fields are marked, as they always are on this site.</p></div>"
                + "<div id=disqus_thread>" + comment.replace("I drive", "We drive").repeat(8) + "</div></body></html>";
        assertThat(selectedText(html)).contains("The council voted")
                .doesNotContain("I drive over that bridge", "We drive over", "Leave a reply");
    }

    @Test
    void rowOfTeaserCardsIsNotTheArticleWhateverItIsCalled() {
        String card = "<li><a href=/n%d>Harbour strike spreads to two more ports in the north</a><span>ROTTERDAM: Dock "
                + "workers in two more ports joined the strike on Monday, and the union said more would...</span></li>";
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            cards.append(card.formatted(i));
        }
        String html = "<html><body><div class=main><div class=box><b>Latest</b><ul>" + cards + "</ul></div>"
                + "<div class=story>" + PARAGRAPH.repeat(6) + "</div></div></body></html>";
        assertThat(selectedText(html)).contains("The council voted").doesNotContain("Harbour strike spreads");
    }

    @Test
    void paragraphsThatCiteSourcesAreNoTeasers() {
        String cited = "<p><a href=/report>The city engineers' report</a> says the old bridge has been unsafe for "
                + "years, and the council voted on Tuesday to close it, officials said.</p>";
        String html = "<html><body><div class=story>" + cited.repeat(5) + "</div></body></html>";
        assertThat(selectedText(html)).contains("The city engineers' report says");
    }

    @Test
    void aPageThatIsAnIndexOfStoriesKeepsItsCards() {
        String card = "<article class=teaser><h2><a href=/n%d>Harbour strike spreads to two more ports</a></h2>"
                + "<p>Dock workers in two more ports joined the strike on Monday, the union said.</p></article>";
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            cards.append(card.formatted(i));
        }
        assertThat(selectedText("<html><body><main>" + cards + "</main></body></html>"))
                .contains("Dock workers in two more ports");
    }

    @Test
    void boxesOfExcerptsCutShortAreTeasersEvenWithoutHeadlines() {
        String box = "<article class='postbox post-%d category-news'><a href=/p%d><img src=a.jpg></a><p>The mayor "
                + "said on Monday that the new ferry terminal would open in the spring, and that the old one, which has "
                + "served the island for forty years, would be turned into a museum, a library and …</p></article>";
        StringBuilder boxes = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            boxes.append(box.formatted(i, i));
        }
        String html = "<html><body><article class=post><div class=entry>" + PARAGRAPH.repeat(6) + "</div>"
                + "<h3>You may also like</h3>" + boxes + "</article></body></html>";
        assertThat(selectedText(html)).contains("The council voted").doesNotContain("new ferry terminal");
    }

    @Test
    void aBriefingOfLinkedItemsWrittenOutIsTheArticle() {
        String item = "<li><a href=/n%d>T-Mobile's chief executive is stepping down</a> in May, the company said "
                + "on Monday. He led the carrier for seven years and will stay on its board.</li>";
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            items.append(item.formatted(i));
        }
        String html = "<html><body><nav><a href=/>Home</a></nav><div class=post-content><p>Good morning! Here is the "
                + "tech roundup worth reading this Tuesday.</p><ol>" + items + "</ol></div><footer>Copyright 2019, "
                + "all rights reserved by the publisher of this site and its partners</footer></body></html>";
        assertThat(selectedText(html)).contains("is stepping down in May");
    }

    @Test
    void commentSectionsAreRecognizedInOtherLanguagesButNotInAPostsCategories() {
        String comment = "<div class=kommentar-item><p>Ich fahre jeden Tag über diese Brücke, und ich habe mich "
                + "immer gefragt, wie lange sie noch hält, bevor jemand etwas unternimmt, ehrlich gesagt.</p></div>";
        String html = "<html><body><div class='post category-kommentar tag-comments'><div>" + PARAGRAPH.repeat(2)
                + "</div><div class=kommentare>" + comment.repeat(8) + "</div></div></body></html>";
        assertThat(selectedText(html)).contains("The council voted").doesNotContain("Ich fahre jeden Tag");
    }

    @Test
    void liveCommentaryThatIsThePageIsNotDroppedAsComments() {
        String minute = "<li><b>%d'</b> Lorient press high and win the ball back in midfield, but the cross from "
                + "the right wing is too long for everybody in the box, and the keeper collects it.</li>";
        StringBuilder minutes = new StringBuilder();
        for (int i = 1; i < 12; i++) {
            minutes.append(minute.formatted(i));
        }
        String html = "<html><body><div class=match><h1>Lorient - Lens</h1><div class=live-match-comments><ul>"
                + minutes + "</ul></div></div></body></html>";
        assertThat(selectedText(html)).contains("Lorient press high");
    }
}
