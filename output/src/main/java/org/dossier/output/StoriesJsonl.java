package org.dossier.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dossier.model.record.StoryRecord;

/** {@code stories.jsonl}: one story per line. */
public final class StoriesJsonl {

    public static final String FILE_NAME = "stories.jsonl";
    private static final ObjectMapper JSON = RecordJson.mapper();

    private StoriesJsonl() {}

    public static List<StoryRecord> read(java.nio.file.Path file) throws IOException {
        List<StoryRecord> stories = new java.util.ArrayList<>();
        try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file,
                java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    stories.add(JSON.readValue(line, StoryRecord.class));
                }
            }
        }
        return stories;
    }

    public static void write(Writer out, List<StoryRecord> stories) throws IOException {
        for (StoryRecord story : stories) {
            out.write(toLine(story));
            out.write('\n');
        }
    }

    public static String toLine(StoryRecord story) {
        try {
            return JSON.writeValueAsString(story);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize story " + story.id(), e);
        }
    }

    /** @throws IllegalArgumentException when the line is not a story record */
    public static StoryRecord fromLine(String line) {
        try {
            return JSON.readValue(line, StoryRecord.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a story record: " + e.getOriginalMessage(), e);
        }
    }
}
