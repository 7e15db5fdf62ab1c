package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.store.StoreRows.EventRow;
import org.junit.jupiter.api.Test;

/** GeoJSON written feature by feature holds each event as /api/events gives it, at its point. */
class EventsGeoJsonTest {

    private static final EventRow HOMS = new EventRow("a1", "story-a1", "Outlet 1", "https://example.org/a1",
            java.time.LocalDate.of(2016, 1, 5), "day", "stated", "Syrian army", "SYRMIL", "shell", "195", "19", 4,
            -10.0, "rebels", "REB", "Homs", new PlaceRecord("Homs", 169577L, "SY", "11", 34.72682, 36.72339, 1), 0.85,
            "The army shelled \"rebel\" positions in Homs.", 10, 52, "fixtures/a1.txt", true);
    private static final EventRow PARIS = new EventRow("b2", null, null, null, null, null, null, "France", "FRA",
            "visit", "042", "04", 1, 1.9, null, null, "Paris", new PlaceRecord("Paris", 2988507L, "FR", "11",
                    48.85341, 2.3488, 1), null, "France's minister visited Paris.", 0, 31);

    @Test
    void aPageHoldsEachEventAtItsPointWithItsApiFields() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventsGeoJson.writePage(out, List.of(HOMS, PARIS), 7, 2, 4);
        JsonNode page = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(page.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(page.get("total").asLong()).isEqualTo(7);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("offset").asInt()).isEqualTo(4);
        assertThat(page.get("features")).hasSize(2);
        JsonNode homs = page.get("features").get(0);
        assertThat(homs.get("type").asText()).isEqualTo("Feature");
        assertThat(homs.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(homs.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first")
                .isEqualTo(36.72339);
        assertThat(homs.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(34.72682);
        assertThat(homs.get("properties")).isEqualTo(Json.MAPPER.readTree(Json.write(HOMS)));
        assertThat(homs.get("properties").has("source")).as("where the server read it is not shown").isFalse();
        assertThat(homs.get("properties").get("date").asText()).as("a day as its ISO date").isEqualTo("2016-01-05");
        assertThat(page.get("features").get(1).get("properties")).isEqualTo(Json.MAPPER.readTree(Json.write(PARIS)));
    }

    @Test
    void featuresWrittenOneAtATimeToAFileLeaveTheFileToTheCaller() throws Exception {
        StringWriter file = new StringWriter();
        file.write("[");
        try (var g = EventsGeoJson.generator(file)) {
            EventsGeoJson.writeFeature(g, HOMS);
            g.writeRaw(",");
            EventsGeoJson.writeFeature(g, PARIS);
        }
        file.write("]");
        JsonNode features = Json.MAPPER.readTree(file.toString());
        assertThat(features).hasSize(2);
        assertThat(features.get(1).get("properties").get("cameo").asText()).isEqualTo("042");
    }
}
