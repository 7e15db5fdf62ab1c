package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrections endpoints: recording, applying to every list and record, the history, undo and refusals. */
class CorrectionsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode post(String path, Object body, int status) throws Exception {
        HttpResponse<String> response = server.post(path, "application/json", body instanceof String text ? text
                : JSON.writeValueAsString(body), null);
        assertThat(response.statusCode()).as(path + " " + body + " → " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return JSON.readTree(response.body());
    }

    /** The event of the article, as /api/events lists it. */
    private JsonNode event(String article) throws Exception {
        for (JsonNode e : getJson("/api/events").get("events")) {
            if (e.get("article").asText().equals(article)) {
                return e;
            }
        }
        throw new AssertionError("no event of " + article);
    }

    private static Map<String, Object> item(String kind, JsonNode item, String itemKind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("article", item.get("article").asText());
        body.put("item_kind", itemKind);
        body.put("start", item.get("start").asInt());
        body.put("end", item.get("end").asInt());
        return body;
    }

    @Test
    void aCorrectionAppliesToTheListsTheStoryAndTheArticleAndUndoingItRestoresThem() throws Exception {
        assertThat(getJson("/api/events").get("total").asInt()).isEqualTo(2);
        Map<String, Object> reject = item("reject", event("bbbb000000000002"), "event");
        reject.put("note", "a second report of the same strike, coded twice");
        JsonNode rejected = post("/api/corrections", reject, 201);
        assertThat(rejected.get("kind").asText()).isEqualTo("reject");
        assertThat(rejected.get("item_text").asText()).isEqualTo("was bombed by warplanes");
        assertThat(rejected.get("story").asText()).isEqualTo("story-aaaa000000000001");
        assertThat(rejected.get("active").asBoolean()).isTrue();

        Map<String, Object> actor = item("set_actor", event("aaaa000000000001"), "event");
        actor.put("value", "Syrian Arab Air Force");
        actor.put("code", "syrmil");
        JsonNode set = post("/api/corrections", actor, 201);
        assertThat(set.get("before").asText()).isEqualTo("warplanes (MIL)");
        assertThat(set.get("value").asText()).isEqualTo("Syrian Arab Air Force");
        assertThat(set.get("code").asText()).isEqualTo("SYRMIL");

        JsonNode events = getJson("/api/events");
        assertThat(events.get("total").asInt()).isEqualTo(1);
        assertThat(events.get("events").get(0).get("actor").asText()).isEqualTo("Syrian Arab Air Force");
        assertThat(events.get("events").get(0).has("rejected")).as("only a rejected event says so").isFalse();
        JsonNode withRejected = getJson("/api/events?rejected=true");
        assertThat(withRejected.get("total").asInt()).isEqualTo(2);
        assertThat(withRejected.get("events")).filteredOn(e -> e.path("rejected").asBoolean()).singleElement()
                .satisfies(e -> assertThat(e.get("text").asText()).isEqualTo("was bombed by warplanes"));
        assertThat(getJson("/api/events?rejected=true&actor=SYRMIL").get("total").asInt())
                .as("the rejected event's actor is not the one set on the other").isEqualTo(1);
        assertThat(getJson("/api/events?actor=SYRMIL").get("total").asInt()).isEqualTo(1);
        assertThat(getJson("/api/events?actor=MIL").get("total").asInt()).as("a code prefix of SYRMIL? no: MIL is "
                + "not its prefix").isZero();
        assertThat(getJson("/api/events.geojson").get("features")).singleElement()
                .satisfies(f -> assertThat(f.get("properties").get("actor").asText())
                        .isEqualTo("Syrian Arab Air Force"));
        JsonNode story = getJson("/api/stories/story-aaaa000000000001");
        assertThat(story.get("events")).singleElement().satisfies(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("Syrian Arab Air Force");
            assertThat(e.get("corroboration").asInt()).isEqualTo(1);
        });
        for (JsonNode entry : getJson("/api/stories/story-aaaa000000000001/timeline").get("timeline")) {
            if (entry.get("kind").asText().equals("event")) {
                assertThat(entry.get("sources")).as("the rejected report is no source").singleElement()
                        .satisfies(source -> assertThat(source.get("article").asText()).isEqualTo("aaaa000000000001"));
            }
        }
        assertThat(getJson("/api/articles/bbbb000000000002").get("article").get("events")).isEmpty();

        JsonNode quote = getJson("/api/quotes?speaker=olsen").get("quotes").get(0);
        Map<String, Object> speaker = item("set_speaker", quote, "quote");
        speaker.put("value", "Mary K. Olsen, a farmer");
        post("/api/corrections", speaker, 201);
        assertThat(getJson("/api/quotes?speaker=farmer").get("quotes")).singleElement()
                .satisfies(q -> assertThat(q.get("speaker").asText()).isEqualTo("Mary K. Olsen, a farmer"));
        JsonNode figure = getJson("/api/figures").get("figures").get(0);
        post("/api/corrections", item("reject", figure, "figure"), 201);
        assertThat(getJson("/api/figures").get("total").asInt()).isEqualTo(1);
        assertThat(getJson("/api/stories/story-aaaa000000000001").get("conflicts")).isEmpty();
        JsonNode merged = post("/api/corrections", Map.of("kind", "merge_actor", "from", "Ayrault",
                "value", "Jean-Marc Ayrault"), 201);
        assertThat(merged.get("before").asText()).isEqualTo("Ayrault");
        assertThat(getJson("/api/quotes?speaker=jean-marc").get("total").asInt()).isEqualTo(2);

        JsonNode history = getJson("/api/corrections");
        assertThat(history.get("total").asInt()).isEqualTo(5);
        assertThat(history.get("active").asInt()).isEqualTo(5);
        assertThat(history.get("corrections").get(0).get("kind").asText()).as("newest first").isEqualTo("merge_actor");
        assertThat(history.get("corrections").get(4).get("note").asText()).contains("coded twice");

        JsonNode undone = post("/api/corrections/" + rejected.get("id").asText() + "/undo", "", 200);
        assertThat(undone.get("active").asBoolean()).isFalse();
        assertThat(undone.get("undone_at").isNull()).isFalse();
        assertThat(getJson("/api/events").get("total").asInt()).isEqualTo(2);
        assertThat(getJson("/api/corrections").get("total").asInt()).as("undone, still in the history").isEqualTo(5);
        assertThat(getJson("/api/corrections").get("active").asInt()).isEqualTo(4);
        assertThat(post("/api/corrections/" + rejected.get("id").asText() + "/undo", "", 409).get("error").asText())
                .contains("undone already");
    }

    @Test
    void invalidCorrectionsAreRefusedWithTheFieldThatIsWrong() throws Exception {
        JsonNode event = event("aaaa000000000001");
        Map<String, Object> typo = item("set_actor", event, "event");
        typo.put("valeu", "Russia");
        assertThat(post("/api/corrections", typo, 400).get("error").asText()).contains("valeu");
        Map<String, Object> speaker = item("set_speaker", event, "event");
        speaker.put("value", "Someone");
        assertThat(post("/api/corrections", speaker, 400).get("error").asText()).contains("only quotes");
        assertThat(post("/api/corrections", Map.of("kind", "delete"), 400).get("error").asText()).contains("'kind'");
        Map<String, Object> nowhere = item("reject", event, "event");
        nowhere.put("start", 0);
        nowhere.put("end", 3);
        assertThat(post("/api/corrections", nowhere, 400).get("error").asText()).contains("has no event at offsets 0-3");
        Map<String, Object> text = item("reject", event, "event");
        text.put("start", "12");
        assertThat(post("/api/corrections", text, 400).get("error").asText()).contains("'start' must be a whole");
        Map<String, Object> code = item("set_code", event, "event");
        code.put("value", "999");
        assertThat(post("/api/corrections", code, 400).get("error").asText()).contains("not a CAMEO event code");
        Map<String, Object> missing = item("reject", event, "event");
        missing.put("article", "0000000000000000");
        assertThat(post("/api/corrections", missing, 400).get("error").asText()).contains("no article");
        assertThat(post("/api/corrections", "{not json", 400).get("error").asText()).contains("not JSON");
        assertThat(post("/api/corrections", "[]", 400).get("error").asText()).contains("JSON object");
        HttpResponse<String> form = server.post("/api/corrections", "text/plain", "kind=reject", null);
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(post("/api/corrections/77/undo", "", 404).get("error").asText()).contains("no correction 77");
        assertThat(post("/api/corrections/abc/undo", "", 404).get("error").asText()).contains("no correction abc");
        assertThat(getJson("/api/corrections").get("total").asInt()).as("nothing refused is kept").isZero();

        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url("/api/corrections"))).PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    void aServerWithATokenTakesCorrectionsOnlyWithIt() throws Exception {
        try (TestServer guarded = new TestServer(dir.resolve("guarded"), new ServerConfig("127.0.0.1", 0, "s3cret",
                ServerConfig.DEFAULT_MAX_BODY_BYTES, ServerConfig.DEFAULT_MAX_ARTICLES))) {
            String body = JSON.writeValueAsString(Map.of("kind", "merge_actor", "from", "Ayrault",
                    "value", "Jean-Marc Ayrault"));
            assertThat(guarded.post("/api/corrections", "application/json", body, null).statusCode()).isEqualTo(401);
            assertThat(guarded.post("/api/corrections/1/undo", "application/json", "", null).statusCode())
                    .isEqualTo(401);
            assertThat(guarded.post("/api/corrections", "application/json", body, "s3cret").statusCode())
                    .isEqualTo(201);
        }
    }
}
