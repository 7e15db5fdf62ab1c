package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.output.EventsCsv;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events view's filters and sort, and its exports (CSV, JSON lines, GeoJSON) of every matching event. */
class EventsViewApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POSTED = "Envoys met in Vienna again and again.";
    /** More than a page of the events view (50 by default), all visits. */
    private static final int VISITS = 60;

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(dir);
        // A posted article: its source is the API's "api:item-0" and it has no web address.
        List<EventRecord> visits = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            visits.add(new EventRecord(LocalDate.of(2016, 10, 10 + i % 20), "day", "stated", "envoy " + i, "GOV",
                    "make a visit", "042", "04", 1, 1.9, "Austria", "AUT", "Vienna", (i % 10) / 10.0,
                    "Envoys met in Vienna", 0, 20));
        }
        server.store.add(new ArticleRecord("eeee000000000009", "api:item-0", null, "Envoys", "Wire",
                LocalDate.of(2016, 10, 9), "stated", null, "en", POSTED, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), visits, null, null, null));
        server.store.flush();
        server.store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode getJson(String path, int status) throws Exception {
        return server.getJson(path, status);
    }

    private static HttpResponse<String> export(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return response;
    }

    @Test
    void filtersByTargetQuadClassAndOutletAndSorts() throws Exception {
        assertThat(getJson("/api/events?target=hospital", 200).get("total").asInt()).isEqualTo(2);
        assertThat(getJson("/api/events?target=AUT", 200).get("total").asInt()).isEqualTo(VISITS);
        assertThat(getJson("/api/events?quad_class=4", 200).get("total").asInt()).isEqualTo(2);
        assertThat(getJson("/api/events?quad_class=1&outlet=wire", 200).get("total").asInt()).isEqualTo(VISITS);
        assertThat(getJson("/api/events?outlet=Daily+Planet", 200).get("total").asInt()).isEqualTo(1);
        JsonNode sorted = getJson("/api/events?sort=-confidence&limit=3", 200).get("events");
        assertThat(sorted.get(0).get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(sorted.get(1).get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(sorted.get(2).get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(getJson("/api/events?sort=-date&limit=1", 200).get("events").get(0).get("date").asText())
                .isEqualTo("2016-10-29");
        assertThat(getJson("/api/events?sort=goldstein", 400).get("error").asText()).contains("sort", "goldstein");
        assertThat(getJson("/api/events?quad_class=5", 400).get("error").asText()).contains("quad_class");
        assertThat(getJson("/api/events?quad_class=x", 400).get("error").asText()).contains("quad_class");
    }

    @Test
    void csvHoldsEveryEventOfTheFilterAndNoOther() throws Exception {
        HttpResponse<String> csv = export("/api/events.csv?cameo=04&sort=-confidence&limit=1&offset=5");
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString()
                .isEqualTo("attachment; filename=\"dossier-events_cameo-04_sort-confidence-desc.csv\"");
        assertThat(csv.headers().firstValue("X-Total-Count")).contains(String.valueOf(VISITS));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(EventsCsv.BYTE_ORDER_MARK + String.join(",", EventsCsv.COLUMNS));
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).as("every event of the filter, not a page of it").hasSize(VISITS)
                .allMatch(row -> row.contains(",\"042\",\"04\",1,1.9,Austria,AUT,Vienna,,1,"),
                        "a visit, its codes as text, no source URL nor source file for a posted article");
        assertThat(rows.getFirst()).contains(",0.900,stated,");
        assertThat(rows.getLast()).contains(",0.000,stated,");

        List<String> strikes = export("/api/events.csv?actor=MIL").body().lines().skip(1).toList();
        assertThat(strikes).hasSize(2).allMatch(row -> row.contains(",\"195\",\"19\",4,"))
                .anyMatch(row -> row.contains(",https://example.org/aaaa000000000001,1,story-")
                        && row.contains(",fixtures/aaaa000000000001.txt,1,Aleppo,SY,SY09,36.20124,37.16117,170063"));
        assertThat(export("/api/events.csv?cameo=99").body().lines().toList()).as("the header alone").hasSize(1);
    }

    @Test
    void jsonLinesHoldEveryEventOfTheFilterInItsOrder() throws Exception {
        HttpResponse<String> jsonl = export("/api/events.jsonl?quad_class=1&sort=date");
        assertThat(jsonl.headers().firstValue("Content-Disposition")).get().asString()
                .contains("filename=\"dossier-events_quad-class-1_sort-date.jsonl\"");
        List<JsonNode> events = new ArrayList<>();
        for (String line : jsonl.body().lines().toList()) {
            events.add(JSON.readTree(line));
        }
        assertThat(events).hasSize(VISITS).allMatch(e -> e.get("quad_class").asInt() == 1);
        List<JsonNode> paged = new ArrayList<>();
        for (int offset = 0; offset < VISITS; offset += 50) {
            getJson("/api/events?quad_class=1&sort=date&offset=" + offset, 200).get("events").forEach(paged::add);
        }
        assertThat(events).as("the same events as the view's pages, in their order").isEqualTo(paged);
        assertThat(events.getFirst().has("source")).as("where the server read an article is not shown").isFalse();
    }

    @Test
    void geoJsonOfAllHoldsEveryLocatedEventOfTheFilter() throws Exception {
        HttpResponse<String> geo = export("/api/events.geojson?all=true&country=SY");
        assertThat(geo.headers().firstValue("Content-Disposition")).get().asString()
                .contains("dossier-events_country-SY.geojson");
        JsonNode body = JSON.readTree(geo.body());
        assertThat(body.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(body.get("features")).hasSize(2);
        assertThat(body.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble())
                .isEqualTo(37.16117);
        assertThat(body.has("limit")).isFalse();
        assertThat(JSON.readTree(export("/api/events.geojson?all=true&cameo=04").body()).get("features"))
                .as("events placed nowhere are left out").isEmpty();
        assertThat(getJson("/api/events.geojson?all=maybe", 400).get("error").asText()).contains("all");
        assertThat(getJson("/api/events.csv?from=2016-02-30", 400).get("error").asText()).contains("from");
    }

    @Test
    void fileNamesTellTheFilterInPlainCharacters() {
        assertThat(EventExport.fileName(Map.of("actor", List.of("Al-Qaeda / \"AQ\""), "limit", List.of("5"),
                "near", List.of("36.2,37.16,50")), EventExport.Format.csv))
                .isEqualTo("dossier-events_actor-Al-Qaeda-AQ_near-36.2-37.16-50.csv");
        assertThat(EventExport.fileName(Map.of(), EventExport.Format.jsonl)).isEqualTo("dossier-events.jsonl");
        assertThat(EventExport.fileName(Map.of("outlet", List.of("x".repeat(500))), EventExport.Format.csv))
                .hasSize(124).endsWith(".csv");
    }
}
