package org.dossier.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Mozilla Readability (npm {@code @mozilla/readability} on {@code jsdom}) over pages in one Node.js process,
 * with the script in {@code tools/readability}. Its dependencies are installed with {@code npm ci} from the
 * committed lock file the first time, like any build step.
 */
public final class ReadabilityRunner {

    /** What Readability made of the pages, and the milliseconds it spent on them. */
    public record Result(Map<String, Extraction> extractions, double milliseconds) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path toolDir;

    private ReadabilityRunner(Path toolDir) {
        this.toolDir = toolDir;
    }

    /** A runner, or empty with the reason printed when Node.js or the tool is not available. */
    public static Optional<ReadabilityRunner> prepare(Path toolDir, PrintStream log) {
        if (!Files.isRegularFile(toolDir.resolve("extract.mjs"))) {
            log.println("Readability skipped: " + toolDir.resolve("extract.mjs") + " not found");
            return Optional.empty();
        }
        if (exitCode(toolDir, "node", "--version") != 0) {
            log.println("Readability skipped: Node.js (node) is not installed");
            return Optional.empty();
        }
        if (!Files.isDirectory(toolDir.resolve("node_modules"))) {
            log.println("Installing Readability's npm dependencies in " + toolDir + " (npm ci, once)...");
            if (exitCode(toolDir, "npm", "ci", "--no-audit", "--no-fund") != 0) {
                log.println("Readability skipped: 'npm ci' failed in " + toolDir);
                return Optional.empty();
            }
        }
        return Optional.of(new ReadabilityRunner(toolDir));
    }

    public Result run(List<Page> pages) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("node", "extract.mjs").directory(toolDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = Thread.ofVirtual().start(() -> feed(process, pages));
        Map<String, Extraction> extractions = new HashMap<>();
        double milliseconds = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode result = JSON.readTree(line);
                JsonNode text = result.path("text");
                extractions.put(result.path("id").asText(), new Extraction(text.isTextual() ? text.asText() : null, null));
                milliseconds += result.path("ms").asDouble();
            }
        }
        feeder.join();
        process.waitFor(1, TimeUnit.MINUTES);
        return new Result(extractions, milliseconds);
    }

    private static void feed(Process process, List<Page> pages) {
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            for (Page page : pages) {
                ObjectNode spec = JSON.createObjectNode();
                spec.put("id", page.id());
                spec.put("url", page.url());
                spec.put("path", page.htmlGz().toAbsolutePath().toString());
                in.write(JSON.writeValueAsString(spec));
                in.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int exitCode(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(10, TimeUnit.MINUTES) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
