package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.engine.DossierEngine;
import org.dossier.eval.EvalResult;
import org.dossier.eval.Evaluator;
import org.dossier.eval.GoldSet;
import org.dossier.model.record.ArticleRecord;
import org.dossier.output.ArticleRecords;
import org.dossier.output.ArticlesJsonl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval",
        header = "Score Dossier against gold annotations: precision, recall and F1 per field.",
        mixinStandardHelpOptions = true,
        description = {
            "Score Dossier against gold annotations and print precision, recall and F1 for each field.",
            "Gold in the format of shared/gold/README.md (every field of an article: cleaning, title, outlet, "
                    + "published, dateline, persons, organizations, locations, quotes, figures, events) is matched "
                    + "to the records of an analyze run (--out) by file name.",
            "Gold of events alone (gold/events/README.md: documents of the benchmark sets by id, events with CAMEO "
                    + "codes) is matched by document id; without --out the documents it names are read from --data "
                    + "and analyzed first. It prints events right (words, root and actor), events matched by words "
                    + "and root, actor, target and date accuracy, per-root precision and recall, the most frequent "
                    + "confusions, a calibration table and how often words that are not events were coded.",
            ""},
        footer = {"", "Example:", "  dossier eval --gold gold/events/develop.json --data ../shared/bench",
            "  dossier analyze ../shared/seeds --out out/seeds",
            "  dossier eval --gold ../shared/gold/seeds-dev.json --out out/seeds"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "The output folder of an analyze run (holding articles.jsonl) to score. Without it, the "
                    + "documents a gold of events names are analyzed first.")
    Path out;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Write the records analyzed for the gold to FILE (articles.jsonl format), to study errors.")
    Path dump;

    @Option(names = "--parse-all", negatable = false,
            description = "Parse every sentence, not only those that may hold a quote, an event or a figure (to "
                    + "measure what the selection of sentences costs).")
    boolean parseAll;

    @Mixin
    GoldOptions goldOptions;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        GoldSet goldSet = goldOptions.read(err);
        if (goldSet == null) {
            return ExitCodes.USAGE;
        }
        List<ArticleRecord> records;
        String system;
        if (out != null) {
            Path articles = out.resolve(ArticlesJsonl.FILE_NAME);
            if (!Files.isRegularFile(articles)) {
                err.println("error: " + articles + " not found; run 'dossier analyze ... --out " + out + "' first");
                return ExitCodes.USAGE;
            }
            records = ArticlesJsonl.read(articles);
            system = articles.toString();
        } else {
            List<Path> files = goldOptions.files(goldSet, err);
            if (files == null) {
                return ExitCodes.USAGE;
            }
            records = analyze(goldSet, files, err);
            system = "the " + records.size() + " document(s) it names, analyzed now";
            if (dump != null) {
                writeDump(records);
            }
        }
        EvalResult result = new Evaluator().evaluate(goldSet, records);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Gold: " + goldOptions.gold + "   System: " + system);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        result.print(new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8));
        stdout.print(buffer.toString(StandardCharsets.UTF_8));
        stdout.flush();
        return ExitCodes.OK;
    }

    private List<ArticleRecord> analyze(GoldSet goldSet, List<Path> files, PrintWriter err)
            throws IOException, InterruptedException {
        engineOptions.parseAll = parseAll;
        DossierEngine engine = engineOptions.load(err);
        List<ArticleRecord> records = Collections.synchronizedList(new ArrayList<>());
        GoldOptions.analyze(goldSet, files, engine, engineOptions, err,
                outcome -> records.add(ArticleRecords.from(outcome)));
        return records;
    }

    private void writeDump(List<ArticleRecord> records) throws IOException {
        try (java.io.Writer writer = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            for (ArticleRecord record : records) {
                ArticlesJsonl.write(writer, record);
            }
        }
    }
}
