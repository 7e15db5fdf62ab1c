package org.dossier.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A public benchmark set: its pages and how to score extractions of them. */
public abstract class BenchmarkSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final List<Page> pages;

    BenchmarkSet(String name, List<Page> pages) {
        this.name = name;
        this.pages = List.copyOf(pages);
    }

    public String name() {
        return name;
    }

    public List<Page> pages() {
        return pages;
    }

    /** True when the set scores publication dates rather than text. */
    public abstract boolean scoresDates();

    /** The score of the extractions (by page id), as a printable row. */
    public abstract String score(Map<String, Extraction> extractions);

    /** ScrapingHub's article-body set: word 4-gram shingle precision, recall, F1, and exact accuracy. */
    public static BenchmarkSet scrapingHub(Path dir) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        Map<String, String> bodies = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null),
                    dir.resolve("html").resolve(e.getKey() + ".html.gz")));
            bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
        }
        return new BenchmarkSet("ScrapingHub article extraction", pages) {
            @Override
            public boolean scoresDates() {
                return false;
            }

            @Override
            public String score(Map<String, Extraction> extractions) {
                ShingleMetric metric = new ShingleMetric();
                for (Page page : pages()) {
                    metric.add(bodies.get(page.id()), textOf(extractions, page));
                }
                return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  accuracy %.3f", metric.precision(),
                        metric.recall(), metric.f1(), metric.accuracy());
            }
        };
    }

    /** trafilatura's evaluation set: segments that must and must not appear. */
    public static BenchmarkSet trafilatura(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        Map<String, List<String>> with = new HashMap<>();
        Map<String, List<String>> without = new HashMap<>();
        for (JsonNode record : jsonLines(dir.resolve("gold.jsonl"))) {
            String id = record.path("source_file").asText();
            pages.add(new Page(id, url(record.path("url").asText(null)), dir.resolve(record.path("html_path").asText())));
            with.put(id, strings(record.path("with")));
            without.put(id, strings(record.path("without")));
        }
        return new BenchmarkSet("trafilatura evaluation set", pages) {
            @Override
            public boolean scoresDates() {
                return false;
            }

            @Override
            public String score(Map<String, Extraction> extractions) {
                SegmentMetric metric = new SegmentMetric();
                for (Page page : pages()) {
                    metric.add(with.get(page.id()), without.get(page.id()), textOf(extractions, page));
                }
                return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  accuracy %.3f", metric.precision(),
                        metric.recall(), metric.f1(), metric.accuracy());
            }
        };
    }

    /** htmldate's evaluation set: one publication date per page. */
    public static BenchmarkSet htmldate(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        Map<String, LocalDate> dates = new HashMap<>();
        for (JsonNode record : jsonLines(dir.resolve("gold.jsonl"))) {
            String id = record.path("url").asText();
            pages.add(new Page(id, id, dir.resolve(record.path("html_path").asText())));
            JsonNode date = record.path("date");
            dates.put(id, date.isTextual() ? LocalDate.parse(date.asText()) : null);
        }
        return new BenchmarkSet("htmldate evaluation set", pages) {
            @Override
            public boolean scoresDates() {
                return true;
            }

            @Override
            public String score(Map<String, Extraction> extractions) {
                DateMetric metric = new DateMetric();
                for (Page page : pages()) {
                    Extraction e = extractions.get(page.id());
                    metric.add(dates.get(page.id()), e == null ? null : e.date());
                }
                return String.format(Locale.ROOT, "P %.3f  R %.3f  F %.3f  accuracy %.3f", metric.precision(),
                        metric.recall(), metric.f(), metric.accuracy());
            }
        };
    }

    private static String textOf(Map<String, Extraction> extractions, Page page) {
        Extraction e = extractions.get(page.id());
        return e == null ? null : e.text();
    }

    /** The set's pseudo-URLs ("hard::file.html") are no addresses. */
    private static String url(String value) {
        return value != null && value.contains("://") ? value : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                try {
                    out.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
