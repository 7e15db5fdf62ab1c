package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.output.EventsCsv;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The events view in Chromium: filter by quad class, sort by a column, and export what the filter shows. */
class EventsExportBrowserTest {

    private static final String TALKS = "The envoy visited Kyiv on Tuesday for talks. The minister visited Warsaw on "
            + "Wednesday. A delegation will travel to Oslo to meet the mediators.";

    @TempDir
    static Path dir;

    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 1000);
        server = new TestServer(dir);
        // Three visits (quad class 1) beside the fixtures' two bombings (quad class 4).
        server.store.add(StoreFixtures.record("dddd000000000008", "Envoys on the road", "Courier", "2016-10-04",
                TALKS, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
                        visit(StoreFixtures.event(TALKS, "The envoy visited Kyiv", "2016-10-04", "envoy", "GOV",
                                "042", "Ukraine", "UKR", null, 0.8)),
                        visit(StoreFixtures.event(TALKS, "The minister visited Warsaw", "2016-10-05", "minister",
                                "GOV", "042", "Poland", "POL", null, 0.7)),
                        visit(StoreFixtures.event(TALKS, "A delegation will travel to Oslo", null, "delegation",
                                "GOV", "043", "Norway", "NOR", null, 0.6)))));
        server.store.flush();
        server.store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
    }

    private static EventRecord visit(EventRecord e) {
        return new EventRecord(e.date(), e.datePrecision(), e.dateBasis(), e.actor(), e.actorCode(), "make a visit",
                e.cameo(), e.root(), 1, 1.9, e.target(), e.targetCode(), e.location(), e.confidence(), e.text(),
                e.start(), e.end());
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, server);
    }

    private void waitForLoad() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
    }

    /** The file at the address, fetched by the page as a download would be (same origin, same cookies). */
    private static String fetched(String href) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        return String.valueOf(browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer())"
                // ignoreBOM keeps a byte-order mark in the text, as a spreadsheet opening the file sees it
                + ".then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)), e => done('failed: ' + e));",
                href));
    }

    @Test
    void filteringByQuadClassExportsOnlyTheFilteredEvents() {
        browser.get(server.url("/events.html"));
        waitForLoad();
        assertThat(browser.findElement(By.id("range")).getText()).isEqualTo("1–5 of 5");
        WebElement quad = browser.findElement(By.cssSelector("#events-filter select[name=quad_class]"));
        assertThat(browser.findElement(By.cssSelector("label:has(select[name=quad_class])")).getText())
                .contains("Quad class");
        new Select(quad).selectByValue("1");
        browser.findElement(By.cssSelector("#events-filter input[name=target]")).sendKeys("o");
        browser.findElement(By.cssSelector("#events-filter button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("quad_class=1"));
        waitForLoad();
        assertThat(browser.findElement(By.id("range")).getText())
                .as("visits to a target whose name holds an o: Poland, Norway").isEqualTo("1–2 of 2");
        assertThat(new Select(browser.findElement(By.cssSelector("#events-filter select[name=quad_class]")))
                .getFirstSelectedOption().getDomProperty("value")).isEqualTo("1");

        String csvHref = browser.findElement(By.id("download-csv")).getDomProperty("href");
        assertThat(csvHref).contains("/api/events.csv?", "quad_class=1", "target=o").doesNotContain("limit");
        String csv = fetched(csvHref);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo(EventsCsv.BYTE_ORDER_MARK + String.join(",", EventsCsv.COLUMNS));
        assertThat(lines.subList(1, lines.size())).as(csv).hasSize(2)
                .anyMatch(row -> row.contains(",minister,GOV,\"042\",\"04\",1,1.9,Poland,POL,"))
                .anyMatch(row -> row.contains(",delegation,GOV,\"043\",\"04\",1,1.9,Norway,NOR,"))
                .noneMatch(row -> row.contains("Ukraine") || row.contains("\"195\""));
        List<String> jsonl = fetched(browser.findElement(By.id("download-jsonl")).getDomProperty("href"))
                .lines().toList();
        assertThat(jsonl).hasSize(2).allMatch(line -> line.contains("\"quad_class\":1"));
        assertThat(browser.findElement(By.id("download-geojson")).getDomProperty("href"))
                .contains("/api/events.geojson?", "all=true", "quad_class=1");
    }

    @Test
    void aColumnsTitleSortsByItAndAgainTheOtherWay() {
        browser.get(server.url("/events.html"));
        waitForLoad();
        WebElement confidence = browser.findElement(By.cssSelector("#events-table th[data-sort=confidence]"));
        assertThat(confidence.getDomAttribute("aria-sort")).isEqualTo("none");
        confidence.findElement(By.tagName("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=-confidence"));
        waitForLoad();
        assertThat(confidences()).containsExactly("0.90", "0.80", "0.70", "0.60", "0.40");
        assertThat(browser.findElement(By.cssSelector("#events-table th[data-sort=confidence]"))
                .getDomAttribute("aria-sort")).isEqualTo("descending");
        assertThat(new Select(browser.findElement(By.cssSelector("#events-filter select[name=sort]")))
                .getFirstSelectedOption().getText()).contains("highest first");
        assertThat(browser.findElement(By.id("download-csv")).getDomProperty("href")).contains("sort=-confidence");

        browser.findElement(By.cssSelector("#events-table th[data-sort=confidence] a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches("sort=confidence"));
        waitForLoad();
        assertThat(confidences()).containsExactly("0.40", "0.60", "0.70", "0.80", "0.90");
    }

    private static List<String> confidences() {
        return browser.findElements(By.cssSelector("#events tr.event-row .confidence")).stream()
                .map(WebElement::getText).toList();
    }
}
