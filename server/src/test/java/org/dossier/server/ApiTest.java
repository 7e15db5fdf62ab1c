package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.store.StoreFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode getJson(String path, int status) throws Exception {
        return server.getJson(path, status);
    }

    @Test
    void listsStoriesLargestFirstAndSearchesThem() throws Exception {
        JsonNode stories = getJson("/api/stories", 200).get("stories");
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).get("id").asText()).isEqualTo("story-aaaa000000000001");
        assertThat(stories.get(0).get("articles").asInt()).isEqualTo(2);
        assertThat(stories.get(0).get("first_day").asText()).isEqualTo("2016-10-03");
        JsonNode found = getJson("/api/stories?q=corn", 200).get("stories");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asText()).isEqualTo("story-cccc000000000003");
    }

    @Test
    void givesAStoryItsTimelineAndEachArticleWithProvenance() throws Exception {
        JsonNode story = getJson("/api/stories/story-aaaa000000000001", 200);
        assertThat(story.get("events").get(0).get("corroboration").asInt()).isEqualTo(2);
        assertThat(story.get("conflicts")).hasSize(1);
        assertThat(story.get("counts").get("articles").asInt()).isEqualTo(story.get("articles").size());
        assertThat(story.get("counts").get("timeline").asInt()).isEqualTo(story.get("timeline").size());
        JsonNode whole = getJson("/api/stories/story-aaaa000000000001/record", 200);
        assertThat(whole.get("articles")).isEqualTo(story.get("articles"));
        assertThat(whole.has("counts")).as("the record as stored").isFalse();
        JsonNode second = getJson("/api/stories/story-aaaa000000000001/articles?offset=1&limit=1", 200);
        assertThat(second.get("articles")).singleElement().isEqualTo(whole.get("articles").get(1));
        assertThat(second.get("total").asInt()).isEqualTo(whole.get("articles").size());
        getJson("/api/stories/story-aaaa000000000001/nothing", 404);
        JsonNode timeline = getJson("/api/stories/story-aaaa000000000001/timeline", 200).get("timeline");
        assertThat(timeline).isNotEmpty();
        JsonNode source = timeline.get(0).get("sources").get(0);
        JsonNode article = getJson("/api/articles/" + source.get("article").asText(), 200);
        String text = article.get("article").get("text").asText();
        assertThat(text.substring(source.get("start").asInt(), source.get("end").asInt()))
                .isEqualTo(source.get("text").asText());
        assertThat(article.get("story").asText()).isEqualTo("story-aaaa000000000001");
        getJson("/api/stories/no-such-story", 404);
        getJson("/api/articles/0000000000000000", 404);
    }

    @Test
    void filtersEventsAndRefusesBadParameters() throws Exception {
        assertThat(getJson("/api/events?actor=MIL&cameo=19&from=2016-10-01&to=2016-10-31&location=aleppo", 200)
                .get("events")).hasSize(2);
        assertThat(getJson("/api/events?cameo=04", 200).get("events")).isEmpty();
        assertThat(getJson("/api/events?from=2016-13-01", 400).get("error").asText()).contains("from");
        assertThat(getJson("/api/events?cameo=abc", 400).get("error").asText()).contains("cameo");
        assertThat(getJson("/api/events?limit=0", 400).get("error").asText()).contains("limit");
        assertThat(getJson("/api/events?limit=ten", 400).get("error").asText()).contains("whole number");
    }

    @Test
    void theApiDescriptionNamesEveryFieldOfAQuoteAndItsFilters() throws Exception {
        JsonNode openApi = getJson("/openapi.json", 200);
        JsonNode properties = openApi.get("components").get("schemas").get("QuoteRow").get("properties");
        for (java.lang.reflect.RecordComponent field : org.dossier.store.StoreRows.QuoteRow.class
                .getRecordComponents()) {
            String name = field.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
            assertThat(properties.has(name)).as("QuoteRow." + name + " in openapi.json").isTrue();
        }
        assertThat(openApi.get("paths").get("/api/quotes").get("get").get("parameters"))
                .extracting(p -> p.get("name").asText()).contains("speaker", "anonymous");
    }

    @Test
    void listsSayHowManyItemsTheirFiltersMatch() throws Exception {
        JsonNode events = getJson("/api/events?actor=MIL&limit=1", 200);
        assertThat(events.get("events")).hasSize(1);
        assertThat(events.get("total").asLong()).isEqualTo(2);
        assertThat(events.get("limit").asInt()).isEqualTo(1);
        assertThat(getJson("/api/events?actor=MIL&limit=1&offset=5", 200).get("total").asLong()).isEqualTo(2);
        assertThat(getJson("/api/quotes?speaker=olsen", 200).get("total").asLong()).isEqualTo(1);
        JsonNode named = getJson("/api/quotes?speaker=olsen&anonymous=false", 200);
        assertThat(named.get("total").asLong()).isEqualTo(1);
        assertThat(named.get("quotes").get(0).get("speaker_anonymous").asBoolean(true)).isFalse();
        assertThat(getJson("/api/quotes?anonymous=true", 200).get("total").asLong()).isZero();
        assertThat(getJson("/api/quotes?anonymous=perhaps", 400).get("error").asText()).contains("anonymous");
        assertThat(getJson("/api/figures?unit=killed&limit=1", 200).get("total").asLong()).isEqualTo(2);
        JsonNode stories = getJson("/api/stories?limit=1", 200);
        assertThat(stories.get("stories")).hasSize(1);
        assertThat(stories.get("total").asLong()).isEqualTo(getJson("/api/stats", 200).get("stories").asLong());
        JsonNode found = getJson("/api/stories?q=said&limit=1&offset=1", 200);
        assertThat(found.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(found.get("stories")).hasSize(1);
        assertThat(getJson("/api/search?q=war+crime&kind=quote&limit=1", 200).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void filtersEventsByPlaceAndGivesTheirPlaces() throws Exception {
        JsonNode syria = getJson("/api/events?country=sy&admin1=09", 200);
        assertThat(syria.get("total").asLong()).isEqualTo(2);
        JsonNode place = syria.get("events").get(0).get("place");
        assertThat(place.get("geonames_id").asLong()).isEqualTo(170063L);
        assertThat(place.get("country").asText()).isEqualTo("SY");
        assertThat(place.get("precision").asInt()).isEqualTo(1);
        assertThat(getJson("/api/events?country=US", 200).get("total").asLong()).isZero();
        assertThat(getJson("/api/events?near=36.2,37.1,25&actor=MIL", 200).get("total").asLong()).isEqualTo(2);
        assertThat(getJson("/api/events?near=33.51,36.29,300", 200).get("total").asLong())
                .as("Damascus is about 310 km from Aleppo").isZero();
        assertThat(getJson("/api/events?story=story-aaaa000000000001&country=SY", 200).get("total").asLong())
                .isEqualTo(2);
        assertThat(getJson("/api/events?story=story-cccc000000000003", 200).get("total").asLong()).isZero();
    }

    @Test
    void refusesPlaceParametersThatNameNoPlace() throws Exception {
        assertThat(getJson("/api/events?country=SYR", 400).get("error").asText()).contains("country", "SYR");
        assertThat(getJson("/api/events?admin1=09", 400).get("error").asText()).contains("admin1 needs country");
        assertThat(getJson("/api/events?country=SY&admin1=0%209", 400).get("error").asText()).contains("admin1");
        for (String near : List.of("36.2,37.1", "36.2,37.1,50,1", "north,37.1,50", "36.2,,50", "36.2%2037.1%2050")) {
            assertThat(getJson("/api/events?near=" + near, 400).get("error").asText()).as(near)
                    .contains("parameter 'near' must be latitude,longitude,kilometres");
        }
        assertThat(getJson("/api/events?near=95,37.1,50", 400).get("error").asText()).contains("'near'", "latitude");
        assertThat(getJson("/api/events?near=36.2,190,50", 400).get("error").asText()).contains("'near'",
                "longitude");
        assertThat(getJson("/api/events?near=36.2,37.1,-5", 400).get("error").asText()).contains("'near'", "distance");
        assertThat(getJson("/api/events.geojson?near=36.2,37.1,NaN", 400).get("error").asText()).contains("'near'");
        assertThat(getJson("/api/events.geojson?limit=0", 400).get("error").asText()).contains("limit");
    }

    @Test
    void givesEventsWithCoordinatesAsGeoJson() throws Exception {
        HttpResponse<String> response = server.get("/api/events.geojson?country=SY&limit=1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/geo+json");
        JsonNode collection = JSON.readTree(response.body());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("total").asLong()).isEqualTo(2);
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("type").asText()).isEqualTo("Feature");
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first")
                .isEqualTo(StoreFixtures.ALEPPO.lon());
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble())
                .isEqualTo(StoreFixtures.ALEPPO.lat());
        JsonNode properties = feature.get("properties");
        assertThat(properties.get("text").asText()).isEqualTo("Warplanes bombed a hospital");
        assertThat(properties.get("cameo").asText()).isEqualTo("195");
        assertThat(properties.get("place").get("name").asText()).isEqualTo("Aleppo");
        assertThat(properties.get("article").asText()).isEqualTo("aaaa000000000001");
        JsonNode none = JSON.readTree(server.get("/api/events.geojson?country=FR").body());
        assertThat(none.get("features")).isEmpty();
        assertThat(none.get("total").asLong()).isZero();
    }

    @Test
    void filtersEventsByConfidence() throws Exception {
        JsonNode likely = getJson("/api/events?min_confidence=0.5", 200).get("events");
        assertThat(likely).hasSize(1);
        assertThat(likely.get(0).get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(likely.get(0).get("date_basis").asText()).isEqualTo("stated");
        assertThat(getJson("/api/events?min_confidence=0", 200).get("events")).hasSize(2);
        assertThat(getJson("/api/events?min_confidence=1.5", 400).get("error").asText()).contains("min_confidence");
        assertThat(getJson("/api/events?min_confidence=high", 400).get("error").asText()).contains("min_confidence");
    }

    @Test
    void findsQuotesFiguresAndSearchHits() throws Exception {
        assertThat(getJson("/api/quotes?speaker=olsen", 200).get("quotes")).hasSize(1);
        assertThat(getJson("/api/figures?unit=killed", 200).get("figures")).hasSize(2);
        JsonNode hits = getJson("/api/search?q=war+crime&kind=quote", 200).get("hits");
        assertThat(hits.get(0).get("story").asText()).isEqualTo("story-aaaa000000000001");
        getJson("/api/search", 400);
        getJson("/api/search?q=x&kind=people", 400);
        assertThat(getJson("/api/search?q=*", 400).get("error").asText()).contains("holds no word");
        assertThat(getJson("/api/stories?q=the+*", 400).get("error").asText()).contains("holds no word");
        JsonNode marked = getJson("/api/search?q=war+crimes&kind=quote", 200).get("hits").get(0);
        JsonNode mark = marked.get("marks").get(1);
        assertThat(marked.get("excerpt").asText().substring(mark.get("start").asInt(), mark.get("end").asInt()))
                .isEqualTo("crime");
        getJson("/api/nothing-here", 404);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode paths = getJson("/openapi.json", 200).get("paths");
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyInAnyOrder("/api/stats", "/api/stories", "/api/stories/{id}",
                "/api/stories/{id}/{part}", "/api/articles/{id}", "/api/articles", "/api/events",
                "/api/events.geojson", "/api/events.csv", "/api/events.jsonl", "/api/quotes",
                "/api/figures", "/api/search", "/api/watch", "/api/charts/events-over-time",
                "/api/charts/top-actors", "/api/charts/dyads", "/api/charts/network", "/api/charts/figures",
                "/api/actors", "/api/actors/{id}", "/api/corrections", "/api/corrections/{id}/undo");
        for (String path : documented) {
            String probe = path.replace("{id}", "story-aaaa000000000001").replace("{part}", "timeline");
            if (path.startsWith("/api/articles/")) {
                probe = "/api/articles/aaaa000000000001";
            }
            if (path.startsWith("/api/actors/")) {
                probe = "/api/actors/MIL";
            }
            if (paths.get(path).has("get")) {
                int status = server.get(probe + (path.equals("/api/search") ? "?q=aleppo" : "")).statusCode();
                assertThat(status).as(probe).isEqualTo(200);
            }
            List<String> methods = new ArrayList<>();
            paths.get(path).fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(java.util.Locale.ROOT)));
            assertThat(DossierServer.allowedMethods(probe)).as("the methods a 405 names for " + path)
                    .isEqualTo(String.join(", ", methods));
        }
    }

    @Test
    void postsNewArticlesAndRefusesBadOnesClearly() throws Exception {
        HttpResponse<String> wrongType = server.post("/api/articles", "text/plain", "hello", null);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(server.post("/api/articles", "application/json", "{not json", null).statusCode()).isEqualTo(400);
        HttpResponse<String> noText = server.post("/api/articles", "application/json", "{\"title\":\"t\"}", null);
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noText.body()).get("error").asText()).contains("'text'");
        assertThat(server.post("/api/articles", "application/json", "{\"text\": 5}", null).statusCode())
                .isEqualTo(400);
        String many = "[" + String.join(",", java.util.Collections.nCopies(51, "{\"text\":\"x\"}")) + "]";
        assertThat(server.post("/api/articles", "application/json", many, null).statusCode()).isEqualTo(413);
        String huge = "{\"text\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}";
        assertThat(server.post("/api/articles", "application/json", huge, null).statusCode()).isEqualTo(413);

        long before = getJson("/api/stats", 200).get("articles").asLong();
        String article = "{\"url\":\"https://example.org/floods\",\"title\":\"Floods in the valley\","
                + "\"date\":\"2016-10-05\",\"text\":\"Heavy rain flooded the valley towns on Wednesday. Rescue "
                + "teams moved families from their homes as the river rose through the night. Officials said the "
                + "water would fall by the weekend.\"}";
        HttpResponse<String> created = server.post("/api/articles", "application/json", article, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(created.body()).get("articles").get(0);
        assertThat(result.get("status").asText()).isEqualTo("analyzed");
        assertThat(result.get("story").asText()).startsWith("story-");
        assertThat(getJson("/api/stats", 200).get("articles").asLong()).isEqualTo(before + 1);
        assertThat(getJson("/api/articles/" + result.get("id").asText(), 200).get("article").get("title").asText())
                .isEqualTo("Floods in the valley");
        HttpResponse<String> again = server.post("/api/articles", "application/json", article, null);
        assertThat(again.statusCode()).as("nothing created").isEqualTo(200);
        JsonNode duplicate = JSON.readTree(again.body()).get("articles").get(0);
        assertThat(duplicate.get("status").asText()).isEqualTo("duplicate");
        assertThat(duplicate.get("id").asText()).isEqualTo(result.get("id").asText());
        assertThat(duplicate.get("stored_status").asText()).isEqualTo("analyzed");
        assertThat(duplicate.get("story").asText()).isEqualTo(result.get("story").asText());
        assertThat(getJson("/api/stats", 200).get("articles").asLong()).as("same content, stored once")
                .isEqualTo(before + 1);
    }

    @Test
    void theSameArticleTwiceInOneBatchIsAddedOnceAndThenADuplicate(@TempDir Path other) throws Exception {
        String article = "{\"text\":\"Dock workers in the northern port extended their strike on Tuesday. The "
                + "union said talks with the operators had broken down.\"}";
        try (TestServer own = new TestServer(other)) { // the shared server's stories stay as the other tests expect
            HttpResponse<String> posted = own.post("/api/articles", "application/json", "[" + article + ","
                    + article + "]", null);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            JsonNode results = JSON.readTree(posted.body()).get("articles");
            assertThat(results.get(0).get("status").asText()).isEqualTo("analyzed");
            assertThat(results.get(1).get("status").asText()).isEqualTo("duplicate");
            assertThat(results.get(1).get("id").asText()).isEqualTo(results.get(0).get("id").asText());
            assertThat(results.get(1).get("message").asText()).contains(results.get(0).get("id").asText());
        }
    }

    @Test
    void writesNeedTheTokenWhenOneIsSet(@TempDir Path other) throws Exception {
        try (TestServer guarded = new TestServer(other, new ServerConfig("127.0.0.1", 0, "s3cret",
                ServerConfig.DEFAULT_MAX_BODY_BYTES, ServerConfig.DEFAULT_MAX_ARTICLES))) {
            String body = JSON.writeValueAsString(java.util.Map.of("text", StoreFixtures.HARVEST
                    + " More rain is expected."));
            assertThat(guarded.post("/api/articles", "application/json", body, null).statusCode()).isEqualTo(401);
            assertThat(guarded.post("/api/articles", "application/json", body, "wrong").statusCode()).isEqualTo(401);
            assertThat(guarded.post("/api/articles", "application/json", body, "s3cret").statusCode()).isEqualTo(201);
            assertThat(guarded.get("/api/stories").statusCode()).as("reads stay open").isEqualTo(200);
        }
        assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 0, null, 1024, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOSSIER_TOKEN")
                .hasMessageNotContaining("--token or");
    }

    @Test
    void pagesCarryAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = server.get("/story.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'");
        assertThat(server.get("/").body()).contains("Dossier");
    }
}
