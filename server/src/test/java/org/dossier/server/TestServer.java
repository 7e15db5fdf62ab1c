package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.model.record.ArticleRecord;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.dossier.store.StoreFixtures;
import org.dossier.store.StoreIngest;
import org.dossier.stories.cluster.StoryClusterer;

/** A server on a free loopback port over a store holding the fixture articles; posted articles are cleaned only. */
final class TestServer implements AutoCloseable {

    final DossierStore store;
    final DossierServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    TestServer(Path dir, ServerConfig config) {
        store = DossierStore.open(StoreConfig.embedded(dir.resolve("store")));
        for (ArticleRecord r : List.of(StoreFixtures.strikeA(), StoreFixtures.strikeB(), StoreFixtures.harvest())) {
            store.add(r);
        }
        store.flush();
        store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
        // As `serve` does: the API's events come from the event index.
        store.useEventIndex();
        server = DossierServer.start(store, config, () -> new StoreIngest(
                DossierEngine.cleaningOnly(EngineConfig.DEFAULT.withStoryDates(false)), 1,
                StoryClusterer.Config.DEFAULT));
    }

    TestServer(Path dir) {
        this(dir, ServerConfig.local(0));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET's JSON answer, after checking its status and content type. */
    JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return JSON.readTree(response.body());
    }

    HttpResponse<String> post(String path, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
