package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.store.StoreFixtures;
import org.dossier.store.StoreRows;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page of a story larger than the page shows: its lists' first items, more on asking, whole corrections. */
class StoryPageBrowserTest {

    @TempDir
    Path dir;

    private static final int REPORTS = 105;

    @Test
    void aLargeStoryShowsTheFirstOfEachListMoreOnAskingAndAnEventIsCorrectedInEveryReport() throws Exception {
        ChromeDriver browser = Browser.start(1280, 1000);
        try (TestServer server = new TestServer(dir)) {
            // One strike reported by 105 outlets in the same words: one story, one merged event of 105 reports.
            String first = null;
            for (int i = 0; i < REPORTS; i++) {
                String text = "Warplanes struck a hospital in Idlib on Tuesday, killing eleven patients, doctors said. "
                        + "The hospital had been hit before.";
                String id = String.format("c0de%012d", i);
                first = first == null ? id : first;
                server.store.add(StoreFixtures.record(id, "Hospital struck in Idlib", "Outlet " + i, "2016-11-01",
                        text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(StoreFixtures.event(text,
                                "Warplanes struck a hospital", "2016-11-01", "warplanes", "MIL", "190", "hospital",
                                null, null, 0.8))));
            }
            server.store.flush();
            server.store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
            String story = server.store.storyOf(first).orElseThrow();

            browser.get(server.url("/story.html?id=" + story));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(Browser.loaded());
            assertThat(browser.findElement(By.id("meta")).getText()).startsWith(REPORTS + " article(s)");
            assertThat(browser.findElements(By.cssSelector("#articles li"))).hasSize(100);
            WebElement more = browser.findElement(By.id("more-articles"));
            assertThat(more.getText()).isEqualTo("Show more (5 more)");
            more.click();
            wait.until(d -> d.findElements(By.cssSelector("#articles li")).size() == REPORTS);
            assertThat(browser.findElement(By.id("more-articles")).isDisplayed()).as("nothing more").isFalse();

            WebElement strike = browser.findElements(By.cssSelector("#timeline .timeline-entry.event")).stream()
                    .filter(e -> e.getText().contains("Warplanes struck")).findFirst().orElseThrow();
            assertThat(strike.getText()).contains("(" + REPORTS + " sources)");
            strike.findElement(By.cssSelector("details.correction summary")).click();
            strike.findElement(By.cssSelector("button.correction-reject")).click();
            wait.until(PageGone.of(strike));
            StoreRows.EventFilter ofStory = new StoreRows.EventFilter(null, null, null, null, null, null, story,
                    StoreRows.PlaceFilter.ANY, 100, 0);
            assertThat(server.store.countEvents(ofStory))
                    .as("rejected in every report, not only in the ten the page lists").isZero();
        } finally {
            browser.quit();
        }
    }
}
