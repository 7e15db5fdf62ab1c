package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The charts page, the story page's chart and the actor pages in Chromium, over the fixture store. */
class ChartsBrowserTest {

    private static final String STRIKE = "story-aaaa000000000001";

    @TempDir
    static Path dir;

    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 1600);
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, server);
    }

    private void open(String path) {
        browser.get(server.url(path));
        waitLoaded();
    }

    private void waitLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
    }

    @Test
    void theChartsOfAStoryCountItsEventsActorsPairsAndConflictingFigures() throws Exception {
        open("/charts.html?story=" + STRIKE);
        assertThat(browser.findElement(By.cssSelector("#charts-filter input[name=story]")).getDomProperty("value"))
                .isEqualTo(STRIKE);
        for (String chart : List.of("events-over-time", "top-actors", "dyads", "network", "figures-chart")) {
            assertThat(browser.findElement(By.id(chart)).getDomAttribute("data-chart-state")).as(chart)
                    .isEqualTo("ready");
        }
        List<WebElement> bars = browser.findElements(By.cssSelector("#events-over-time a.bar"));
        assertThat(bars).singleElement().satisfies(bar -> {
            assertThat(bar.getDomAttribute("data-period")).isEqualTo("2016-10-03");
            assertThat(bar.getDomAttribute("data-events")).isEqualTo("2");
            assertThat(bar.getDomAttribute("aria-label")).contains("2 events", "2 material conflict");
        });
        assertThat(browser.findElements(By.cssSelector("#events-over-time rect.quad-4"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#top-actors a.row-link"))).extracting(
                a -> a.getDomAttribute("data-id")).containsExactly("MED", "MIL");
        assertThat(browser.findElements(By.cssSelector("#network a.node"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#network line.edge-conflict"))).singleElement()
                .satisfies(edge -> {
                    assertThat(edge.getDomAttribute("data-source")).isEqualTo("MIL");
                    assertThat(edge.getDomAttribute("data-target")).isEqualTo("MED");
                });
        List<WebElement> figures = browser.findElements(By.cssSelector("#figures-chart a.figure-point"));
        assertThat(figures).extracting(f -> f.getDomAttribute("data-value")).containsExactlyInAnyOrder("40", "65");
        assertThat(figures).allMatch(f -> f.getDomAttribute("class").contains("conflict"));
        assertThat(browser.findElement(By.cssSelector("#figures-chart .chart-conflicts")).getText())
                .contains("Conflicting figures", "40", "65", "Rescuers");

        // Every control of the form has a label, and every mark of a chart says what it counts.
        Object unlabelled = browser.executeScript("return [...document.querySelectorAll('#charts-filter input, "
                + "#charts-filter select')].filter(c => !c.labels.length || !c.labels[0].textContent.trim())"
                + ".map(c => c.name);");
        assertThat((List<?>) unlabelled).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".chart-svg a"))).isNotEmpty()
                .allMatch(a -> a.getDomAttribute("aria-label") != null && !a.getDomAttribute("aria-label").isBlank());

        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("charts.png"),
                StandardCopyOption.REPLACE_EXISTING);

        // A bar opens the events of its period in the table.
        bars.getFirst().click();
        waitLoaded();
        assertThat(browser.getCurrentUrl()).contains("/events.html", "from=2016-10-03", "to=2016-10-03");
        assertThat(browser.findElement(By.id("range")).getText()).isEqualTo("1–2 of 2");
    }

    @Test
    void theKeyboardReachesAnActorOfTheNetworkAndEnterOpensItsPage() {
        open("/charts.html?story=" + STRIKE);
        WebElement target = null;
        Actions keys = new Actions(browser);
        for (int i = 0; i < 80 && target == null; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement active = browser.switchTo().activeElement();
            if ("node".equals(active.getDomAttribute("class"))) {
                target = active;
            }
        }
        assertThat(target).as("Tab reaches a node of the network").isNotNull();
        String id = target.getDomAttribute("data-id");
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/actor.html"));
        waitLoaded();
        assertThat(browser.getCurrentUrl()).contains("id=" + id);
        assertThat(browser.findElement(By.id("meta")).getText()).contains("CAMEO code " + id);
    }

    @Test
    void anActorPageShowsTheActorsEventsAndIsLinkedFromTheEventsAndTheStory() {
        open("/events.html?story=" + STRIKE);
        WebElement actor = browser.findElement(By.cssSelector("#events a.actor-link"));
        assertThat(actor.getText()).isEqualTo("warplanes");
        actor.click();
        waitLoaded();
        assertThat(browser.getCurrentUrl()).contains("/actor.html?code=MIL");
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("warplanes");
        assertThat(browser.findElement(By.id("meta")).getText()).contains("CAMEO code MIL", "2 event(s) as actor");
        List<WebElement> rows = browser.findElements(By.cssSelector("#events tr.event-row"));
        assertThat(rows).hasSize(2).allMatch(r -> "actor".equals(r.getDomAttribute("data-role")));
        assertThat(browser.findElement(By.id("stories")).getText()).contains("Hospital bombed in Aleppo");
        WebElement words = browser.findElement(By.cssSelector("#events .event-words a.source-link"));
        String said = words.getText();
        words.click();
        waitLoaded();
        assertThat(browser.findElement(By.id("highlight")).getText()).isEqualTo(said);

        open("/story.html?id=" + STRIKE);
        assertThat(browser.findElement(By.id("story-chart")).getDomAttribute("data-chart-state")).isEqualTo("ready");
        assertThat(browser.findElement(By.id("charts-link")).getDomAttribute("href")).contains("story=" + STRIKE);
        browser.findElement(By.linkText("hospital")).click();
        waitLoaded();
        assertThat(browser.getCurrentUrl()).contains("code=MED");
        assertThat(browser.findElement(By.id("meta")).getText()).contains("2 as target");

        open("/actor.html?name=Ayrault");
        assertThat(browser.findElement(By.id("quotes")).getText()).contains("hospitals must stop");

        open("/actor.html?q=hosp");
        assertThat(browser.findElements(By.cssSelector("#actor-list tbody tr"))).singleElement()
                .satisfies(r -> assertThat(r.getText()).contains("hospital", "MED"));
        assertThat(browser.findElement(By.cssSelector("label:has(input[name=q])")).getText()).contains("Actor");

        open("/actor.html?code=CHN");
        assertThat(browser.findElement(By.id("status")).getText()).contains("no actor CHN");
    }
}
