package org.dossier.ingest.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reads the few fields Dossier uses from a JSON-LD script, streaming: every JSON object becomes a small object of
 * its wanted string fields ({@code datePublished}, {@code headline}, …) plus {@code publisher.name}; objects
 * with none of them are dropped.
 */
final class JsonLdFields {

    private static final Set<String> WANTED = Set.of("datePublished", "dateCreated", "dateModified", "headline",
            "articleBody", "@type");

    private JsonLdFields() {}

    static List<JsonNode> read(ObjectMapper json, String data) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        Deque<ObjectNode> objects = new ArrayDeque<>();
        Deque<String> fieldOf = new ArrayDeque<>();
        String field = null;
        try (JsonParser parser = json.createParser(data)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> {
                        fieldOf.push(field == null ? "" : field);
                        objects.push(json.createObjectNode());
                        field = null;
                    }
                    case END_OBJECT -> {
                        ObjectNode done = objects.pop();
                        String ownField = fieldOf.pop();
                        if (ownField.equals("publisher") && done.has("name") && !objects.isEmpty()) {
                            objects.peek().set("publisher", done);
                        } else if (done.size() > (done.has("@type") ? 1 : 0)) {
                            found.add(done);
                        }
                        field = null;
                    }
                    case FIELD_NAME -> field = parser.currentName();
                    case VALUE_STRING -> {
                        if (field != null && !objects.isEmpty() && (WANTED.contains(field)
                                || field.equals("name") && "publisher".equals(fieldOf.peek()))) {
                            objects.peek().put(field, parser.getText());
                        }
                        field = null;
                    }
                    case START_ARRAY, END_ARRAY -> { }
                    default -> field = null;
                }
            }
        }
        return found;
    }
}
