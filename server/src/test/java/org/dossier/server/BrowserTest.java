package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dossier.store.StoreFixtures;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in a real browser: following a timeline event to its sentence, and a hostile article. */
class BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 1000);
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, server);
    }

    private void open(String path) {
        browser.get(server.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
    }

    @Test
    void clickingATimelineEventShowsItsSourceSentenceHighlighted() {
        open("/story.html?id=story-aaaa000000000001");
        assertThat(browser.findElements(By.cssSelector("#timeline-axis .marker"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#figures tr.conflict"))).as("conflicting figures").hasSize(2);
        WebElement event = browser.findElement(By.cssSelector(".timeline-entry.event a.source-link"));
        String expected = event.getDomAttribute("title");
        event.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
        assertThat(browser.getCurrentUrl()).contains("/article.html");
        WebElement mark = browser.findElement(By.id("highlight"));
        assertThat(mark.getText()).isNotBlank().isEqualTo(expected);
        assertThat(browser.findElement(By.id("article-text")).getText()).contains(mark.getText());
        String sentence = browser.findElement(By.id("sentence")).getText();
        assertThat(sentence).as("the whole sentence around the event is shaded").contains(mark.getText())
                .endsWith(".").hasSizeGreaterThan(mark.getText().length());

        // Any item clicked on the article page moves the highlight to its words.
        WebElement quote = browser.findElement(By.cssSelector("#quotes a.item-link"));
        String quoted = quote.getText();
        quote.click();
        assertThat(browser.findElement(By.id("highlight")).getText()).isEqualTo(quoted);
    }

    @Test
    void theMapShowsAStorysEventsOverCountriesAndAClickShowsTheEventAndItsWords() throws Exception {
        open("/story.html?id=story-aaaa000000000001");
        WebElement map = browser.findElement(By.id("map"));
        assertThat(map.getDomAttribute("data-map")).isEqualTo("ready");
        assertThat(browser.findElements(By.cssSelector("#map path.map-country"))).as("country outlines")
                .hasSizeGreaterThan(100);
        List<WebElement> points = browser.findElements(By.cssSelector("#map circle.event-point"));
        assertThat(points).as("both reports of the strike are at Aleppo's coordinates").singleElement()
                .extracting(p -> p.getDomAttribute("data-place")).isEqualTo("Aleppo");
        String[] box = browser.findElement(By.cssSelector("#map svg")).getDomAttribute("viewBox").split(" ");
        double x = Double.parseDouble(points.getFirst().getDomAttribute("cx"));
        double y = Double.parseDouble(points.getFirst().getDomAttribute("cy"));
        assertThat(x).as("the point is on the map").isBetween(0.0, Double.parseDouble(box[2]));
        assertThat(y).isBetween(0.0, Double.parseDouble(box[3]));
        Path shots = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);

        points.getFirst().click();
        WebElement detail = browser.findElement(By.id("map-detail"));
        assertThat(detail.findElement(By.cssSelector(".map-place")).getText()).isEqualTo("Aleppo");
        assertThat(detail.findElements(By.cssSelector(".map-event"))).hasSize(2);
        assertThat(detail.getText()).contains("SY", "Warplanes bombed a hospital", "was bombed by warplanes",
                "CAMEO 195");
        java.nio.file.Files.copy(browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                shots.resolve("story-map.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        WebElement words = detail.findElement(By.cssSelector(".map-event-words a.source-link"));
        String said = words.getText();
        words.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
        assertThat(browser.findElement(By.id("highlight")).getText()).isEqualTo(said);
    }

    @Test
    void theMapPageShowsTheEventsOfItsFilter() {
        open("/map.html?country=sy&actor=MIL");
        assertThat(browser.findElement(By.cssSelector("#map-filter input[name=country]")).getDomProperty("value"))
                .isEqualTo("sy");
        assertThat(browser.findElements(By.cssSelector("#map circle.event-point"))).hasSize(1);
        browser.findElement(By.cssSelector("#map circle.event-point")).click();
        assertThat(browser.findElements(By.cssSelector("#map-detail .map-event"))).hasSize(2);

        open("/map.html?country=US&actor=");
        assertThat(browser.findElement(By.id("map")).getDomAttribute("data-map")).isEqualTo("empty");
        assertThat(browser.findElements(By.cssSelector("#map path.map-country"))).hasSizeGreaterThan(100);
        assertThat(browser.findElement(By.id("map-detail")).getText()).contains("No event");

        open("/map.html?near=1,2");
        assertThat(browser.findElement(By.id("status")).getText()).contains("near");
    }

    @Test
    void moreStoriesIsOfferedOnlyWhileThereAreMoreAndLoadsThem() {
        open("/");
        int stories = browser.findElements(By.cssSelector("#stories .story")).size();
        assertThat(stories).isPositive();
        assertThat(browser.findElement(By.id("more")).isDisplayed()).as("every story is shown").isFalse();

        open("/?limit=1");
        assertThat(browser.findElements(By.cssSelector("#stories .story"))).hasSize(1);
        WebElement more = browser.findElement(By.id("more"));
        assertThat(more.isDisplayed()).isTrue();
        for (int shown = 2; shown <= stories; shown++) {
            more.click();
            int expected = shown;
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.findElements(
                    By.cssSelector("#stories .story")).size() == expected);
        }
        assertThat(more.isDisplayed()).as("no more stories to load").isFalse();
    }

    @Test
    void searchListsOnlyMatchingQuotesWithTheirWordsHighlighted() {
        open("/?q=war+crimes");
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits .hit"));
        assertThat(hits).isNotEmpty();
        for (WebElement hit : hits) {
            assertThat(hit.findElements(By.cssSelector("mark.term"))).as(hit.getText()).isNotEmpty();
        }
        assertThat(browser.findElements(By.cssSelector("#hits mark.term"))).extracting(WebElement::getText)
                .allMatch(word -> word.equalsIgnoreCase("war") || word.equalsIgnoreCase("crime"));

        open("/?q=*");
        assertThat(browser.findElement(By.id("status")).getText()).contains("holds no word");
        assertThat(browser.findElements(By.cssSelector("#stories .story, #hits .hit"))).isEmpty();
    }

    @Test
    void anArticleWithoutAnOutletIsCitedByItsTitle() {
        String text = "Ferry crews joined the harbour strike on Wednesday, the union said. \"We will not sail until "
                + "the talks resume,\" said Anna Berg, a union spokeswoman.";
        String id = "ffff000000000006";
        server.store.add(StoreFixtures.record(id, "Harbour strike spreads to the ferries", null, "2016-10-05", text,
                List.of(), List.of(), List.of(), List.of(StoreFixtures.quote(text, "Anna Berg",
                        "We will not sail until the talks resume")), List.of(), List.of()));
        server.store.flush();
        server.store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
        open("/story.html?id=" + server.store.storyOf(id).orElseThrow());
        List<WebElement> citations = browser.findElements(By.cssSelector("a.source-link"));
        assertThat(citations).isNotEmpty();
        assertThat(citations).extracting(WebElement::getText).allMatch(label -> !label.contains(id))
                .anyMatch(label -> label.contains("Harbour strike spreads to the ferries"));
    }

    @Test
    void theEventsViewFiltersByCameoPagesAndKeepsItsFilterInTheAddress() throws Exception {
        String text = "The envoy visited Kyiv on Tuesday for talks. The minister visited Warsaw on Wednesday. "
                + "A delegation will travel to Oslo to meet the mediators.";
        String id = "dddd000000000007";
        server.store.add(StoreFixtures.record(id, "Envoys on the road", "Courier", "2016-10-04", text, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(
                        visit(StoreFixtures.event(text, "The envoy visited Kyiv", "2016-10-04", "envoy", "GOV",
                                "042", "Ukraine", "UKR", null, 0.8)),
                        visit(StoreFixtures.event(text, "The minister visited Warsaw", "2016-10-05", "minister",
                                "GOV", "042", "Poland", "POL", null, 0.7)),
                        visit(StoreFixtures.event(text, "A delegation will travel to Oslo", null, "delegation",
                                "GOV", "043", "Norway", "NOR", null, 0.6)))));
        server.store.flush();
        server.store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});

        open("/events.html?limit=2");
        WebElement cameo = browser.findElement(By.cssSelector("#events-filter input[name=cameo]"));
        assertThat(browser.findElement(By.cssSelector("label:has(input[name=cameo])")).getText()).contains("CAMEO");
        cameo.sendKeys("04");
        cameo.submit();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("cameo=04"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
        assertThat(browser.findElement(By.id("range")).getText()).isEqualTo("1–2 of 3");
        List<String> codes = new java.util.ArrayList<>(cameoCodes());
        assertThat(codes).hasSize(2);
        assertThat(browser.findElement(By.id("prev")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("map-link")).getDomAttribute("href")).contains("cameo=04")
                .doesNotContain("limit");
        String firstPage = browser.findElement(By.id("events")).getText();

        browser.findElement(By.id("next")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("offset=2"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
        assertThat(browser.findElement(By.id("range")).getText()).isEqualTo("3–3 of 3");
        assertThat(browser.findElement(By.id("next")).isDisplayed()).as("no page after the last").isFalse();
        assertThat(browser.findElement(By.id("prev")).isDisplayed()).isTrue();
        codes.addAll(cameoCodes());
        assertThat(codes).containsExactlyInAnyOrder("042", "042", "043");
        assertThat(firstPage + browser.findElement(By.id("events")).getText())
                .contains("undated", "Courier", "Ukraine", "Poland", "Norway");

        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
        assertThat(browser.getCurrentUrl()).contains("cameo=04", "limit=2", "offset=2");
        assertThat(cameoField(browser).getDomProperty("value")).isEqualTo("04");
        assertThat(browser.findElement(By.id("range")).getText()).isEqualTo("3–3 of 3");

        open("/events.html");
        Path shots = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Files.copy(browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                shots.resolve("events-view.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        WebElement words = browser.findElement(By.cssSelector("#events .event-words a.source-link"));
        String said = words.getText();
        words.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
        assertThat(browser.findElement(By.id("highlight")).getText()).isEqualTo(said);

        open("/events.html?cameo=99");
        assertThat(browser.findElement(By.id("status")).getText()).contains("No event matches");
        assertThat(browser.findElement(By.id("events-table")).isDisplayed()).isFalse();
        open("/events.html?from=2016-13-01");
        assertThat(browser.findElement(By.id("status")).getText()).contains("parameter 'from'", "2016-13-01");
    }

    @Test
    void aCorrectionMadeInTheEventsViewAndOnTheStoryPageSurvivesReIngestAndCanBeUndone() throws Exception {
        String text = "Militants attacked a police post near Tikrit on Friday. Police arrested two men in Samarra on "
                + "Friday. \"We held the post all night,\" said Ali Hassan, a police officer.";
        String id = "eeee000000000008";
        org.dossier.model.record.ArticleRecord article = StoreFixtures.record(id, "Police post attacked", "Tigris Post",
                "2016-10-07", text, List.of(), List.of(), List.of(), List.of(StoreFixtures.quote(text, "Ali Hassan",
                        "We held the post all night")), List.of(), List.of(
                        StoreFixtures.event(text, "Militants attacked a police post", "2016-10-07", "militants",
                                "REB", "190", "police", "COP", null, 0.7),
                        StoreFixtures.event(text, "Police arrested two men", "2016-10-07", "police", "COP", "173",
                                "men", null, null, 0.6)));
        server.store.add(article);
        server.store.flush();
        server.store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
        String story = server.store.storyOf(id).orElseThrow();

        open("/events.html?story=" + story);
        assertThat(browser.findElement(By.id("range")).getText()).isEqualTo("1–2 of 2");
        WebElement attacked = eventRow("Militants attacked");
        attacked.findElement(By.cssSelector("details.correction summary")).click();
        attacked.findElement(By.cssSelector("button.correction-reject")).click();
        reloaded(attacked);
        assertThat(browser.findElement(By.id("range")).getText()).as("the rejected event is left out")
                .isEqualTo("1–1 of 1");
        WebElement withRejected = browser.findElement(By.cssSelector("#events-filter input[name=rejected]"));
        assertThat(withRejected.findElement(By.xpath("..")).getText()).contains("Rejected events too");
        withRejected.click();
        browser.findElement(By.cssSelector("#events-filter button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("rejected=true"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
        assertThat(browser.findElement(By.id("range")).getText()).as("asked for: the rejected event is listed")
                .isEqualTo("1–2 of 2");
        assertThat(eventRow("Militants attacked").getDomAttribute("class")).contains("rejected-row");
        assertThat(eventRow("Militants attacked").findElement(By.cssSelector(".tag.rejected")).getText())
                .isEqualToIgnoringCase("rejected");
        assertThat(eventRow("Police arrested").findElements(By.cssSelector(".tag.rejected"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#events-filter input[name=rejected]")).isSelected())
                .as("the checkbox kept from the address").isTrue();
        open("/events.html?story=" + story);

        WebElement arrested = eventRow("Police arrested");
        arrested.findElement(By.cssSelector("details.correction summary")).click();
        assertThat(arrested.findElement(By.cssSelector("label:has(input[name=actor])")).getText()).contains("Actor");
        WebElement actor = arrested.findElement(By.cssSelector("input[name=actor]"));
        assertThat(actor.getDomProperty("value")).isEqualTo("police");
        actor.clear();
        actor.sendKeys("Iraqi police");
        WebElement code = arrested.findElement(By.cssSelector("input[name=actor_code]"));
        code.clear();
        code.sendKeys("IRQCOP");
        Path shots = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Files.copy(browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                shots.resolve("event-correction.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        arrested.findElement(By.cssSelector("form.correction-fields button[type=submit]")).click();
        reloaded(arrested);
        assertThat(eventRow("Police arrested").getText()).contains("Iraqi police", "IRQCOP");

        open("/story.html?id=" + story);
        assertThat(browser.findElement(By.id("meta")).getText()).contains("1 merged event(s)");
        assertThat(browser.findElements(By.cssSelector("#timeline .timeline-entry.event"))).extracting(WebElement::getText)
                .singleElement().asString().contains("Police arrested").doesNotContain("Militants attacked");
        WebElement quote = browser.findElement(By.cssSelector("#quotes li.quote"));
        quote.findElement(By.cssSelector("details.correction summary")).click();
        WebElement speaker = quote.findElement(By.cssSelector("input[name=speaker]"));
        speaker.clear();
        speaker.sendKeys("Ali Hassan, police officer", org.openqa.selenium.Keys.ENTER);
        reloaded(quote);
        assertThat(browser.findElement(By.cssSelector("#quotes li.quote .speaker")).getText())
                .isEqualTo("Ali Hassan, police officer");

        // The same article again (refused as a duplicate of the stored one) and the stories rebuilt from the
        // analysis: the corrections, kept apart from it, still apply.
        assertThat(server.store.add(article)).isFalse();
        server.store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
        open("/events.html?story=" + story);
        assertThat(browser.findElement(By.id("range")).getText()).isEqualTo("1–1 of 1");
        assertThat(eventRow("Police arrested").getText()).contains("Iraqi police");
        open("/story.html?id=" + story);
        assertThat(browser.findElement(By.cssSelector("#quotes li.quote .speaker")).getText())
                .isEqualTo("Ali Hassan, police officer");

        open("/corrections.html");
        List<WebElement> history = browser.findElements(By.cssSelector("#corrections tr.correction-row"));
        assertThat(history).extracting(r -> r.getDomAttribute("data-kind")).as("newest first")
                .containsSubsequence("set_speaker", "set_actor", "reject");
        WebElement rejectRow = browser.findElement(By.cssSelector("#corrections tr.correction-row[data-kind=reject]"));
        assertThat(rejectRow.getText()).contains("Militants attacked a police post", "left out");
        java.nio.file.Files.copy(browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                shots.resolve("corrections.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        rejectRow.findElement(By.cssSelector("button.correction-undo")).click();
        reloaded(rejectRow);
        assertThat(browser.findElement(By.cssSelector("#corrections tr.correction-row[data-kind=reject]")).getText())
                .contains("undone");
        open("/events.html?story=" + story);
        assertThat(browser.findElement(By.id("range")).getText()).as("undone: the event is back").isEqualTo("1–2 of 2");
        assertThat(eventRow("Police arrested").getText()).as("the other correction still applies")
                .contains("Iraqi police");
    }

    private static WebElement eventRow(String words) {
        return browser.findElements(By.cssSelector("#events tr.event-row")).stream()
                .filter(r -> r.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no event row with '" + words + "'"));
    }

    /** Waits for the page to load again after a correction (the element was of the page before). */
    private static void reloaded(WebElement before) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(PageGone.of(before));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
    }

    /** The fixture's event as a visit (the fixture makes every event a bombing). */
    private static org.dossier.model.record.ArticleRecord.EventRecord visit(org.dossier.model.record.ArticleRecord.EventRecord e) {
        return new org.dossier.model.record.ArticleRecord.EventRecord(e.date(), e.datePrecision(), e.dateBasis(), e.actor(),
                e.actorCode(), "make a visit", e.cameo(), e.root(), 1, 1.9, e.target(), e.targetCode(),
                e.location(), e.confidence(), e.text(), e.start(), e.end());
    }

    private static WebElement cameoField(ChromeDriver browser) {
        return browser.findElement(By.cssSelector("#events-filter input[name=cameo]"));
    }

    private static List<String> cameoCodes() {
        return browser.findElements(By.cssSelector("#events tr.event-row .cameo")).stream().map(WebElement::getText)
                .toList();
    }

    @Test
    void aHostileArticleCannotRunScript() throws Exception {
        String hostile = "<img src=x onerror=\"window.__xss='img'\"><script>window.__xss='script'</script>";
        // A url that is no web address is refused at the door now; the rest of the article comes in.
        HttpResponse<String> refused = server.post("/api/articles", "application/json", JSON.writeValueAsString(
                Map.of("url", "javascript:window.__xss='url'", "text", "Officials said the page was hostile.")), null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        Map<String, String> article = Map.of(
                "title", "Breaking " + hostile,
                "outlet", "<b onmouseover=\"window.__xss='outlet'\">Evil Times</b>",
                "date", "2016-10-06",
                "text", "Officials said the hostile page was published on Thursday. " + hostile
                        + " Residents of the town said they had seen nothing like it. \"<svg onload=window.__xss='q'>\" "
                        + "said the mayor of the town, adding that the council would meet again next week.");
        HttpResponse<String> posted = server.post("/api/articles", "application/json",
                JSON.writeValueAsString(article), null);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(posted.body()).get("articles").get(0);
        String id = result.get("id").asText();

        open("/?q=hostile");
        assertThat(browser.findElements(By.cssSelector("#stories .story-title"))).isNotEmpty();
        assertNoScriptRan();
        open("/story.html?id=" + result.get("story").asText());
        assertThat(browser.findElement(By.id("title")).getText()).contains("<script>");
        assertNoScriptRan();
        open("/article.html?id=" + id + "&start=0&end=20");
        assertThat(browser.findElement(By.id("article-text")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("#article-text img, #article-text script, #title img, "
                + "#meta b, svg"))).isEmpty();
        assertNoScriptRan();
        for (WebElement link : browser.findElements(By.tagName("a"))) {
            assertThat(String.valueOf(link.getDomProperty("href"))).doesNotStartWith("javascript:");
        }
    }

    private void assertNoScriptRan() {
        Object flag = browser.executeScript("return window.__xss === undefined ? null : String(window.__xss);");
        assertThat(flag).as("script from the article ran").isNull();
    }
}
