package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' and actor pages' endpoints over the fixture store: two reports of one strike and a harvest. */
class ChartsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRIKE = "story-aaaa000000000001";

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
    void eventsOverTimeCountAStorysEventsByDayAndQuadClass() throws Exception {
        JsonNode chart = getJson("/api/charts/events-over-time?story=" + STRIKE, 200);
        assertThat(chart.get("interval").asText()).isEqualTo("day");
        assertThat(chart.get("periods")).hasSize(1);
        JsonNode day = chart.get("periods").get(0);
        assertThat(day.get("period").asText()).isEqualTo("2016-10-03");
        assertThat(day.get("events").asInt()).isEqualTo(2);
        assertThat(day.get("quad_classes").get("material_conflict").asInt()).isEqualTo(2);
        assertThat(day.get("goldstein_mean").asDouble()).isEqualTo(-10.0);
        assertThat(chart.get("undated").asInt()).isZero();

        assertThat(getJson("/api/charts/events-over-time?interval=month&cameo=99", 200).get("periods")).isEmpty();
        assertThat(getJson("/api/charts/events-over-time?interval=week", 400).get("error").asText())
                .contains("'interval'", "week");
        assertThat(getJson("/api/charts/events-over-time?from=2016-13-01", 400).get("error").asText())
                .as("the filters of /api/events, checked as there").contains("'from'");
    }

    @Test
    void topActorsDyadsAndTheNetworkNameWhoActsOnWhom() throws Exception {
        JsonNode top = getJson("/api/charts/top-actors?limit=1", 200);
        assertThat(top.get("total").asInt()).isEqualTo(2);
        JsonNode first = top.get("actors").get(0);
        assertThat(first.get("actor").get("id").asText()).isEqualTo("MED");
        assertThat(first.get("actor").get("name").asText()).isEqualTo("hospital");
        assertThat(first.get("as_target").asInt()).isEqualTo(2);

        JsonNode dyad = getJson("/api/charts/dyads", 200).get("dyads").get(0);
        assertThat(dyad.get("actor").get("id").asText()).isEqualTo("MIL");
        assertThat(dyad.get("target").get("id").asText()).isEqualTo("MED");
        assertThat(dyad.get("events").asInt()).isEqualTo(2);

        JsonNode network = getJson("/api/charts/network?country=SY", 200);
        assertThat(network.get("nodes")).hasSize(2);
        assertThat(network.get("edges")).singleElement().satisfies(e -> {
            assertThat(e.get("source").asText()).isEqualTo("MIL");
            assertThat(e.get("target").asText()).isEqualTo("MED");
        });
        assertThat(getJson("/api/charts/network?country=US", 200).get("nodes")).isEmpty();
        assertThat(getJson("/api/charts/top-actors?limit=101", 400).get("error").asText()).contains("'limit'", "100");
    }

    @Test
    void figuresOverTimeCarryTheirSourcesAndConflictsAndSayWhichFiltersTheyIgnore() throws Exception {
        JsonNode figures = getJson("/api/charts/figures?actor=MIL&story=" + STRIKE, 200);
        assertThat(figures.get("figures")).hasSize(2);
        for (JsonNode f : figures.get("figures")) {
            assertThat(f.get("conflict").asBoolean()).isTrue();
            assertThat(f.get("article").asText()).isNotBlank();
            assertThat(f.get("day").asText()).isEqualTo("2016-10-03");
        }
        assertThat(figures.get("conflicts")).singleElement()
                .satisfies(c -> assertThat(c.get("values")).hasSize(2));
        assertThat(figures.get("not_applied")).extracting(JsonNode::asText).containsExactly("actor");
        assertThat(getJson("/api/charts/figures?story=story-cccc000000000003", 200).get("figures")).isEmpty();
    }

    @Test
    void anActorHasItsPageAndTheStoreItsListOfActors() throws Exception {
        JsonNode list = getJson("/api/actors", 200);
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(getJson("/api/actors?q=warpl", 200).get("actors")).singleElement()
                .satisfies(a -> assertThat(a.get("actor").get("id").asText()).isEqualTo("MIL"));

        JsonNode mil = getJson("/api/actors/MIL", 200);
        assertThat(mil.get("actor").get("name").asText()).isEqualTo("warplanes");
        assertThat(mil.get("as_actor").asInt()).isEqualTo(2);
        assertThat(mil.get("events").get("total").asInt()).isEqualTo(2);
        assertThat(mil.get("events").get("events").get(0).get("role").asText()).isEqualTo("actor");
        assertThat(mil.get("stories").get("stories")).singleElement()
                .satisfies(s -> assertThat(s.get("id").asText()).isEqualTo(STRIKE));

        JsonNode ayrault = getJson("/api/actors/name:Ayrault", 200);
        assertThat(ayrault.get("events").get("total").asInt()).isZero();
        assertThat(ayrault.get("quotes").get("quotes")).singleElement()
                .satisfies(q -> assertThat(q.get("text").asText()).contains("hospitals must stop"));

        assertThat(getJson("/api/actors/CHN", 404).get("error").asText()).contains("no actor CHN");
        assertThat(getJson("/api/actors/name:", 400).get("error").asText()).contains("names no actor");
    }

    @Test
    void otherMethodsAreRefusedWith405() throws Exception {
        HttpResponse<String> posted = server.post("/api/charts/dyads", "application/json", "{}", null);
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow")).contains("GET");
        assertThat(server.post("/api/actors/MIL", "application/json", "{}", null).statusCode()).isEqualTo(405);
    }
}
