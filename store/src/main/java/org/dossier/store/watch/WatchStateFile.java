package org.dossier.store.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.dossier.ingest.fetch.Validators;

/**
 * The watcher's state on disk ({@code watch-state.json} in the store folder), replaced whole and atomically after
 * each poll: a crash leaves the old file or the new one. It holds no record of which items were stored (the store
 * itself is that record, see {@link FeedWatcher}), so losing it costs only a full fetch of each feed.
 */
public final class WatchStateFile {

    public static final String NAME = "watch-state.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public WatchStateFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The saved states by source; empty, with a warning, when the file is missing or unreadable. */
    public Map<String, FeedState> load(Consumer<String> warnings) {
        Map<String, FeedState> states = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return states;
        } catch (IOException e) {
            warnings.accept("warning: cannot read the watch state " + file + " (" + e.getMessage()
                    + "); starting afresh: every feed is fetched whole once, and nothing is stored twice");
            return states;
        }
        if (root == null || !root.path("sources").isArray()) {
            return states;
        }
        for (JsonNode node : root.path("sources")) {
            String source = text(node, "source");
            if (source == null) {
                continue;
            }
            states.put(source, new FeedState(source, instant(node, "last_poll"), instant(node, "last_success"),
                    node.path("new_items").asInt(), node.path("total_items").asLong(), node.path("pending").asInt(),
                    text(node, "last_error"), node.path("failures").asInt(), instant(node, "next_poll"),
                    new Validators(text(node, "etag"), text(node, "last_modified"))));
        }
        return states;
    }

    /** Writes the states, replacing the file in one step once the new one is on disk. */
    public void save(Collection<FeedState> states) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode sources = root.putArray("sources");
        for (FeedState state : states) {
            sources.add(toJson(state));
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A state as the status endpoint and the file show it (snake_case, times in ISO 8601, nulls left out). */
    public static ObjectNode toJson(FeedState state) {
        ObjectNode node = JSON.createObjectNode();
        node.put("source", state.source());
        putInstant(node, "last_poll", state.lastPoll());
        putInstant(node, "last_success", state.lastSuccess());
        node.put("new_items", state.newItems());
        node.put("total_items", state.totalItems());
        node.put("pending", state.pending());
        if (state.lastError() != null) {
            node.put("last_error", state.lastError());
        }
        node.put("failures", state.failures());
        putInstant(node, "next_poll", state.nextPoll());
        if (state.validators().etag() != null) {
            node.put("etag", state.validators().etag());
        }
        if (state.validators().lastModified() != null) {
            node.put("last_modified", state.validators().lastModified());
        }
        return node;
    }

    private static void putInstant(ObjectNode node, String name, Instant value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String name) {
        String value = text(node, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
