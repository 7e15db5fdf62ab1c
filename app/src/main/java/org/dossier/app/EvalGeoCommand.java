package org.dossier.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.engine.DossierEngine;
import org.dossier.eval.GoldSet;
import org.dossier.eval.places.PlaceGold;
import org.dossier.eval.places.PlaceScorer;
import org.dossier.model.record.ArticleRecord;
import org.dossier.output.ArticleRecords;
import org.dossier.output.ArticlesJsonl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-geo",
        mixinStandardHelpOptions = true,
        header = "Score place mentions and their resolution against a gold of places.",
        description = {
            "Score Dossier's places against a gold of places (docs/places.md: articles by document id, place "
                    + "mentions with offsets into the cleaned text, kind, GeoNames id, country, admin1, coordinates "
                    + "and precision).",
            "It prints the gold mentions found (a system mention overlaps them), the share within 161 km (of the "
                    + "mentions whose gold has coordinates: cities and districts), of the right country and of the "
                    + "right precision code, over all kinds but region and per kind.",
            "The documents are found by id in the event golds (--documents), or by the file the gold names, "
                    + "under --data and analyzed, unless --out names an analyze run to score.",
            ""},
        footer = {"", "Example:", "  dossier eval-geo --gold places-develop.json"})
final class EvalGeoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold of places.")
    Path gold;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "The output folder of an analyze run (holding articles.jsonl) to score, instead of "
                    + "analyzing the gold's documents.")
    Path out;

    @Option(names = "--documents", paramLabel = "GOLD.json", split = ",",
            description = "Event golds whose articles give each document id its file under --data (default: "
                    + "${DEFAULT-VALUE}).")
    List<Path> documents = List.of(Path.of("gold/events/develop.json"), Path.of("gold/events/measure.json"));

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the documents are (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Write the records analyzed for the gold to FILE (articles.jsonl format), to study errors.")
    Path dump;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("error: gold file " + gold + " not found");
            return ExitCodes.USAGE;
        }
        PlaceGold placeGold;
        try {
            placeGold = PlaceGold.read(gold);
        } catch (IOException e) {
            err.println("error: gold file " + gold + " cannot be read as a gold of places: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<ArticleRecord> records;
        if (out != null) {
            Path articles = out.resolve(ArticlesJsonl.FILE_NAME);
            if (!Files.isRegularFile(articles)) {
                err.println("error: " + articles + " not found; run 'dossier analyze ... --out " + out + "' first");
                return ExitCodes.USAGE;
            }
            records = ArticlesJsonl.read(articles);
        } else {
            List<Path> files = files(placeGold, err);
            if (files == null) {
                return ExitCodes.USAGE;
            }
            records = analyze(placeGold, files, err);
            if (dump != null) {
                try (java.io.Writer writer = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
                    for (ArticleRecord record : records) {
                        ArticlesJsonl.write(writer, record);
                    }
                }
            }
        }
        PlaceScorer.Result result = new PlaceScorer().score(placeGold, records);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Gold: " + gold + " (" + placeGold.articles().size() + " articles)");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        result.print(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        stdout.print(buffer.toString(StandardCharsets.UTF_8));
        stdout.flush();
        return ExitCodes.OK;
    }

    /** The files holding the gold's documents; null, with an error naming what is missing. */
    private List<Path> files(PlaceGold placeGold, PrintWriter err) {
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (Path events : documents) {
            if (!Files.isRegularFile(events)) {
                err.println("error: " + events + " not found; pass --documents with the event golds that name the "
                        + "documents' files");
                return null;
            }
            try {
                for (GoldSet.Article a : GoldSet.read(events).articles()) {
                    if (a.id() != null && a.file() != null) {
                        fileOf.putIfAbsent(a.id(), a.file());
                    }
                }
            } catch (IOException e) {
                err.println("error: " + events + " cannot be read as a gold of events: " + e.getMessage());
                return null;
            }
        }
        Set<Path> files = new LinkedHashSet<>();
        for (PlaceGold.Article a : placeGold.articles()) {
            // a document the event golds lack names its file itself (pages added to the places gold alone)
            String file = fileOf.getOrDefault(a.id(), a.file());
            if (file == null) {
                err.println("error: document " + a.id() + " of " + gold + " is in none of " + documents);
                return null;
            }
            Path path = GoldOptions.fileUnder(data, file);
            if (!Files.isRegularFile(path)) {
                err.println("error: " + path + " not found; pass --data DIR (the folder holding the benchmark sets)");
                return null;
            }
            files.add(path);
        }
        return new ArrayList<>(files);
    }

    private List<ArticleRecord> analyze(PlaceGold placeGold, List<Path> files, PrintWriter err)
            throws IOException, InterruptedException {
        DossierEngine engine = engineOptions.load(err);
        Set<String> ids = new LinkedHashSet<>();
        placeGold.articles().forEach(a -> ids.add(a.id()));
        List<ArticleRecord> records = Collections.synchronizedList(new ArrayList<>());
        GoldOptions.analyze(ids, files, engine, engineOptions, err,
                outcome -> records.add(ArticleRecords.from(outcome)));
        return records;
    }
}
