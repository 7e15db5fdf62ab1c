package org.dossier.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.record.ArticleRecord;

/** Reads and writes {@code articles.jsonl}: one {@link ArticleRecord} per line, UTF-8. */
public final class ArticlesJsonl {

    public static final String FILE_NAME = "articles.jsonl";

    /** Unknown fields are tolerated on reading, so files from newer versions still load. */
    private static final ObjectMapper JSON = RecordJson.mapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ArticlesJsonl() {}

    public static String toLine(ArticleRecord record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize article " + record.id(), e);
        }
    }

    /** @throws IllegalArgumentException when the line is not an article record */
    public static ArticleRecord fromLine(String line) {
        try {
            return JSON.readValue(line, ArticleRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an article record: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Writer out, ArticleRecord record) {
        try {
            out.write(toLine(record));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IOException when the file cannot be read or a line is not an article record; the message names the
     *     line
     */
    public static List<ArticleRecord> read(Path file) throws IOException {
        List<ArticleRecord> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(JSON.readValue(line, ArticleRecord.class));
                } catch (JsonProcessingException e) {
                    throw new IOException(file + " line " + number + " is not an article record: "
                            + e.getOriginalMessage(), e);
                }
            }
        }
        return records;
    }
}
