package org.dossier.eval.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a PETRARCH validation file (converted to JSONL, see shared/bench/petrarch-event-coding): its
 * text, day, and the events it should code, or none.
 */
public record CodingRecord(String id, String category, LocalDate date, String text, List<CodedEvent> gold,
        boolean noEvents, boolean errorTest) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<CodingRecord> read(Path jsonl) throws IOException {
        List<CodingRecord> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    records.add(of(JSON.readTree(line)));
                }
            }
        }
        return records;
    }

    static CodingRecord of(JsonNode node) {
        List<CodedEvent> gold = new ArrayList<>();
        for (JsonNode event : node.path("gold_events")) {
            gold.add(new CodedEvent(event.path("source").asText(""), event.path("target").asText(""),
                    event.path("event").asText("")));
        }
        String day = node.path("date").asText("");
        LocalDate date = day.matches("\\d{8}") ? LocalDate.parse(day, DateTimeFormatter.BASIC_ISO_DATE) : null;
        return new CodingRecord(node.path("id").asText(), node.path("category").asText(""), date,
                node.path("text").asText(""), List.copyOf(gold), node.path("gold_noevents").asBoolean(false),
                !node.path("gold_error").isNull() && !node.path("gold_error").isMissingNode());
    }
}
