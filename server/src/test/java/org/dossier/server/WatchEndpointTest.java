package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** /api/watch shows the watcher's state as it is when asked, or says the server watches nothing. */
class WatchEndpointTest {

    @TempDir
    Path dir;

    @Test
    void theStatusOfEachSourceIsServedAsTheWatcherHasItNow() throws Exception {
        Instant poll = Instant.parse("2016-10-12T08:00:00Z");
        FeedState ok = new FeedState("https://example.org/rss", poll, poll.plusSeconds(2), 3, 40, 1,
                "1 page(s) not fetched, tried again at the next poll: HTTP 503", 0, poll.plusSeconds(900),
                new Validators(null, "Wed, 12 Oct 2016 07:00:00 GMT"));
        FeedState down = new FeedState("https://example.net/atom", poll, null, 0, 0, 0,
                "https://example.net/atom: HTTP 500", 2, poll.plusSeconds(1800), Validators.NONE);
        WatchStatus[] current = {new WatchStatus(poll.minusSeconds(60), Duration.ofMinutes(15), 0, null, List.of())};
        HttpClient http = HttpClient.newHttpClient();
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("store")), line -> {})) {
            DossierServer server = DossierServer.start(store, ServerConfig.local(0), () -> {
                throw new AssertionError("nothing is posted");
            }, () -> current[0]);
            try {
                URI uri = URI.create(server.url() + "api/watch");
                JsonNode before = get(http, uri);
                assertThat(before.get("watching").asBoolean()).isTrue();
                assertThat(before.get("polls").asInt()).isZero();
                assertThat(before.has("last_poll")).isFalse();
                assertThat(before.get("sources")).isEmpty();

                current[0] = new WatchStatus(poll.minusSeconds(60), Duration.ofMinutes(15), 1, poll, List.of(ok, down));
                JsonNode after = get(http, uri);
                assertThat(after.get("interval_seconds").asDouble()).isEqualTo(900.0);
                assertThat(after.get("last_poll").asText()).isEqualTo("2016-10-12T08:00:00Z");
                JsonNode first = after.get("sources").get(0);
                assertThat(first.get("source").asText()).isEqualTo("https://example.org/rss");
                assertThat(first.get("new_items").asInt()).isEqualTo(3);
                assertThat(first.get("pending").asInt()).isEqualTo(1);
                assertThat(first.get("last_success").asText()).isEqualTo("2016-10-12T08:00:02Z");
                assertThat(first.get("last_modified").asText()).isEqualTo("Wed, 12 Oct 2016 07:00:00 GMT");
                JsonNode second = after.get("sources").get(1);
                assertThat(second.get("failures").asInt()).isEqualTo(2);
                assertThat(second.get("last_error").asText()).endsWith("HTTP 500");
                assertThat(second.has("last_success")).isFalse();
            } finally {
                server.close();
            }
        }
    }

    private static JsonNode get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return new ObjectMapper().readTree(response.body());
    }
}
