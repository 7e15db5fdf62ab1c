package org.dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The plain texts of the bench folder and the example corpus that the clustering commands stream. */
final class BenchTexts {

    /** One text with the labels its set gives it (ECB+: story and split; others: none). */
    record Text(String id, String text, String story, String split) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchTexts() {}

    /** The bench folder's ECB+ texts and scrapinghub bodies, else the example corpus: what the synthetic streams vary. */
    static List<String> baseTexts(Path data) throws IOException {
        List<Text> found = new ArrayList<>(ecbplus(data));
        found.addAll(scrapinghubBodies(data));
        if (found.isEmpty()) {
            found.addAll(examples(null));
        }
        return found.stream().map(Text::text).filter(t -> !t.isBlank()).toList();
    }

    /** ECB+'s documents (ecbplus-story-clustering/documents.jsonl), or none when the file is missing. */
    static List<Text> ecbplus(Path data) throws IOException {
        Path file = ecbplusFile(data);
        List<Text> texts = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return texts;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    texts.add(new Text(node.path("doc_id").asText(), node.path("text").asText(""),
                            node.path("subtopic").asText(), node.path("split").asText()));
                }
            }
        }
        return texts;
    }

    static Path ecbplusFile(Path data) {
        return data.resolve("ecbplus-story-clustering/documents.jsonl");
    }

    /** The article bodies of the scrapinghub set's ground truth, each its own story; none when missing. */
    static List<Text> scrapinghubBodies(Path data) throws IOException {
        Path file = data.resolve("scrapinghub-article-extraction/ground-truth.json");
        List<Text> texts = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return texts;
        }
        JsonNode truth = JSON.readTree(file.toFile());
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String id = "page-" + key;
            texts.add(new Text(id, truth.get(key).path("articleBody").asText(""), id, "pages"));
        }
        return texts;
    }

    /** The files of a corpus folder (default: examples/aleppo of the checkout), one story together. */
    static List<Text> examples(Path folder) throws IOException {
        Path dir = folder != null ? folder : home().resolve("examples/aleppo");
        List<Text> texts = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    texts.add(new Text("example-" + f.getFileName(), Files.readString(f), "examples", "examples"));
                }
            }
        }
        return texts;
    }

    /** The Dossier checkout: the launcher's dossier.home, else the working folder. */
    static Path home() {
        String home = System.getProperty("dossier.home");
        return home == null ? Path.of("") : Path.of(home);
    }
}
