package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.ingest.source.ContainerBytes.concat;
import static org.dossier.ingest.source.ContainerBytes.gzip;
import static org.dossier.ingest.source.ContainerBytes.warcResponse;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dossier.core.StageException;
import org.dossier.ingest.ArticleCleaner;
import org.dossier.ingest.meta.LanguageIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz run of the readers of JSON, JSON lines, WARC (plain and gzip) and RSS/Atom feeds, and of the
 * cleaner behind them: valid files mutated at random (bytes flipped, inserted and deleted, markup characters
 * sprinkled in, chunks repeated, the file cut short). Every input must come out as documents and unreadable items
 * with a reason, never as an exception escaping or a hang. It runs for a bounded time (10 s by default; set the
 * environment variable DOSSIER_FUZZ_SECONDS for a longer run, DOSSIER_FUZZ_SEED for other inputs) and prints
 * what it did; a failure prints the seed and the input's number, which reproduce it.
 */
class ReaderFuzzTest {

    private static final long SEED = Long.parseLong(setting("DOSSIER_FUZZ_SEED", "20261204"));
    private static final int SECONDS = Integer.parseInt(setting("DOSSIER_FUZZ_SECONDS", "10"));
    /** An input that takes longer than this is a hang. */
    private static final long SLOW_MILLIS = 5_000;
    private static final String[] SPICE = {"<", ">", "\"", "{", "}", "[", "]", "\\", "\u0000", "]]>", "<![CDATA[",
        "&#0;", "&amp", "\r\n\r\n", "\uFFFD", "\uD800", "WARC/1.0\r\n", "Content-Length: 99999999\r\n", "<item>",
        "</entry>", "<script>", "\\u0000", "\\ud800", "-1"};

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedInputsNeverEscapeAsExceptionsOrHang() throws Exception {
        Map<String, byte[]> seeds = seeds();
        ArticleCleaner cleaner = new ArticleCleaner(LanguageIdentifier.load());
        Random random = new Random(SEED);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        int inputs = 0;
        int documents = 0;
        int unreadable = 0;
        int cleaningRefusals = 0;
        List<String> names = List.copyOf(seeds.keySet());
        while (System.nanoTime() < end) {
            String name = names.get(random.nextInt(names.size()));
            byte[] input = mutate(seeds.get(name), random);
            inputs++;
            Path file = dir.resolve(inputs + "-" + name);
            Files.write(file, input);
            long started = System.nanoTime();
            try {
                List<SourceItem> items;
                if (name.endsWith(".json")) {
                    items = List.of(InputSource.fromJson("fuzz:" + inputs, new String(input, StandardCharsets.UTF_8),
                            1_000_000));
                } else {
                    try (Stream<SourceItem> stream = InputSource.of(List.of(file), 1_000_000).items()) {
                        items = stream.toList();
                    }
                }
                for (SourceItem item : items) {
                    switch (item) {
                        case SourceItem.Document document -> {
                            documents++;
                            try {
                                cleaner.clean(document.raw());
                            } catch (StageException e) {
                                assertThat(e.getMessage()).as("a refusal names its reason").isNotBlank();
                                cleaningRefusals++;
                            }
                        }
                        case SourceItem.Unreadable refused -> {
                            assertThat(refused.reason()).as("input %d (%s)", inputs, name).isNotBlank();
                            unreadable++;
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + SEED + ", input " + inputs + " (a mutated " + name + "): " + e, e);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(millis).as("seed %d, input %d (a mutated %s) took too long", SEED, inputs, name)
                    .isLessThan(SLOW_MILLIS);
            Files.delete(file);
        }
        System.out.printf("reader fuzz, seed %d: %d mutated inputs in %d s gave %d documents (%d refused by the "
                + "cleaner with a reason) and %d unreadable items with a reason; no exception, no hang%n", SEED,
                inputs, SECONDS, documents, cleaningRefusals, unreadable);
        assertThat(inputs).isGreaterThan(20);
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static byte[] mutate(byte[] seed, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + 64);
        out.writeBytes(seed);
        byte[] bytes = out.toByteArray();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(6)) {
                case 0 -> { // flip a byte
                    bytes[at] ^= (byte) (1 + random.nextInt(255));
                    yield bytes;
                }
                case 1 -> splice(bytes, at, 0, randomBytes(random, 1 + random.nextInt(16)));
                case 2 -> splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(64)), new byte[0]);
                case 3 -> splice(bytes, at, 0, SPICE[random.nextInt(SPICE.length)].getBytes(StandardCharsets.UTF_8));
                case 4 -> { // repeat a chunk
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                    byte[] chunk = java.util.Arrays.copyOfRange(bytes, at, at + length);
                    yield splice(bytes, at, 0, chunk);
                }
                default -> java.util.Arrays.copyOf(bytes, at); // cut short
            };
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static Map<String, byte[]> seeds() throws IOException {
        String page = "<html><head><title>Port strike</title><meta property=\"og:site_name\" content=\"Herald\">"
                + "<meta property=\"article:published_time\" content=\"2021-06-14T08:30:00Z\"></head><body>"
                + "<article><h1>Port strike</h1><p>HAMBURG (Reuters) - Dock workers extended their strike on Monday"
                + ", the union said, as talks with the port's operators broke down for a third time.</p><p>\"We will "
                + "not go back without a contract,\" said Anna Weber, the union's leader.</p></article></body></html>";
        String json = "{\"url\":\"https://herald.example/strike\",\"title\":\"Port strike\",\"date\":\"2021-06-14\","
                + "\"outlet\":\"Herald\",\"text\":\"Dock workers extended their strike on Monday, the union said. "
                + "\\\"We will not go back,\\\" said Anna Weber.\"}";
        String jsonl = json + "\n" + json.replace("Monday", "Tuesday").replace("\"text\"", "\"html\"") + "\n"
                + "{\"html\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(page) + "}\n";
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
                + "content/\"><channel><title>Harbour Herald</title><item><title>Port strike</title><link>https://"
                + "herald.example/strike</link><pubDate>Mon, 14 Jun 2021 08:30:00 GMT</pubDate><content:encoded>"
                + "<![CDATA[" + page + "]]></content:encoded></item><item><title>Short</title><link>https://"
                + "herald.example/short</link><description>Just a teaser.</description></item></channel></rss>";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><entry><title>Talks</title>"
                + "<link rel=\"alternate\" href=\"https://wire.example/talks\"/><published>2021-06-14T08:30:00Z"
                + "</published><content type=\"html\">" + page.replace("&", "&amp;").replace("<", "&lt;")
                + "</content></entry></feed>";
        byte[] first = warcResponse("https://herald.example/strike", "text/html; charset=utf-8", 200, page);
        byte[] second = warcResponse("https://herald.example/talks", "text/html; charset=utf-8", 200,
                page.replace("Monday", "Friday"));
        return Map.of("article.json", json.getBytes(StandardCharsets.UTF_8),
                "export.jsonl", jsonl.getBytes(StandardCharsets.UTF_8),
                "news.rss", rss.getBytes(StandardCharsets.UTF_8),
                "wire.atom", atom.getBytes(StandardCharsets.UTF_8),
                "crawl.warc", concat(first, second),
                "crawl.warc.gz", concat(gzip(first), gzip(second)),
                "page.html", page.getBytes(StandardCharsets.UTF_8));
    }
}
