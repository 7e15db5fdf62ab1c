package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dossier.ingest.fetch.Validators;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.dossier.store.watch.FeedState;
import org.dossier.store.watch.WatchStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The feed watcher's status page in Chromium: each source's state, a failing one marked; or nothing watched. */
class WatchPageBrowserTest {

    @TempDir
    Path dir;

    @Test
    void eachSourceShowsItsLastPollItsItemsAndItsErrorAndAFailingOneIsMarked() throws Exception {
        Instant poll = Instant.parse("2016-10-12T08:00:00Z");
        FeedState ok = new FeedState("https://example.org/rss", poll, poll.plusSeconds(2), 3, 40, 1, null, 0,
                poll.plusSeconds(900), Validators.NONE);
        FeedState down = new FeedState("https://example.net/atom", poll, null, 0, 0, 0,
                "https://example.net/atom: HTTP 500", 2, poll.plusSeconds(1800), Validators.NONE);
        WatchStatus status = new WatchStatus(poll.minusSeconds(60), Duration.ofMinutes(15), 4, poll,
                List.of(ok, down));
        ChromeDriver browser = Browser.start(1280, 900);
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("store")), line -> {})) {
            DossierServer server = DossierServer.start(store, ServerConfig.local(0), () -> {
                throw new AssertionError("nothing is posted");
            }, () -> status);
            try {
                open(browser, server.url() + "watch.html");
                assertThat(browser.findElement(By.id("summary")).getText())
                        .contains("Watching 2 source(s)", "every 15 min", "4 poll(s)", "2016-10-12 08:00:00 UTC");
                List<WebElement> rows = browser.findElements(By.cssSelector("#sources tbody tr"));
                assertThat(rows).hasSize(2);
                assertThat(rows.get(0).getText()).contains("https://example.org/rss", "40");
                assertThat(rows.get(0).getDomAttribute("class")).doesNotContain("conflict-row");
                assertThat(rows.get(1).getText()).contains("https://example.net/atom", "HTTP 500");
                assertThat(rows.get(1).getDomAttribute("class")).contains("conflict-row");
                assertThat(browser.findElements(By.cssSelector("#sources th[scope=col]"))).hasSize(9);
            } finally {
                server.close();
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void aServerThatWatchesNothingSaysHowToStartWatching() throws Exception {
        ChromeDriver browser = Browser.start(1280, 900);
        try (TestServer server = new TestServer(dir)) {
            open(browser, server.url("/watch.html"));
            assertThat(browser.findElement(By.id("summary")).getText()).contains("watches no feeds", "--watch");
            assertThat(browser.findElement(By.id("sources")).isDisplayed()).isFalse();
        } finally {
            browser.quit();
        }
    }

    private static void open(ChromeDriver browser, String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(Browser.loaded());
    }
}
