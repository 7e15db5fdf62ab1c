package org.dossier.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.eval.coding.CodedEvent;
import org.dossier.eval.coding.CodingRecord;
import org.dossier.eval.coding.CodingScore;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.Actor;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DocumentIds;
import org.dossier.model.Event;
import org.dossier.model.OffsetMap;
import org.dossier.model.Sourced;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-cameo",
        header = "Score event coding on PETRARCH's validation sentences against their gold CAMEO codes.",
        mixinStandardHelpOptions = true,
        description = {
            "Code the sentences of PETRARCH's validation files with Dossier's full pipeline (CoreNLP annotation and "
                    + "parse, actor resolution, event coding) and score the events against their gold CAMEO codes:",
            "  gsr   UniversalPetrarch's PETR-2 GSR validation sentences, with Dossier's shipped (Phoenix) "
                    + "dictionaries; UniversalPetrarch reports 68%% correct with 23%% false positives on them",
            "  unit  PETRARCH-2's unit-test sentences (fictional actors), with their PETR.Validate dictionaries",
            "Prints root-code and event-code accuracy, the false-positive share, no-event sentences kept empty, "
                    + "and exact (source, target, code) triples as precision, recall and F1.",
            ""},
        footer = {"", "Example:", "  dossier eval-cameo --data ../shared/bench --set gsr --show-misses 20"})
final class EvalCameoCommand implements Callable<Integer> {

    private static final String FOLDER = "petrarch-event-coding";

    enum Set { gsr, unit, all }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The bench folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    @Option(names = "--set", paramLabel = "SET", description = "gsr, unit or all (default: ${DEFAULT-VALUE}).")
    Set set = Set.all;

    @Option(names = "--show-misses", paramLabel = "N",
            description = "Print up to N gold events the coder missed, and up to N events it coded that pair with "
                    + "no gold event.")
    int showMisses;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = data.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            err.println("error: " + folder + " not found; pass --data DIR (the folder holding " + FOLDER + ")");
            return ExitCodes.USAGE;
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        if (set != Set.unit) {
            run("PETR-2 GSR validation (" + folder.resolve("petr2_gsr_validation.jsonl") + "), shipped dictionaries",
                    folder.resolve("petr2_gsr_validation.jsonl"), Dictionaries.standard(), out, err);
        }
        if (set != Set.gsr) {
            Path validate = folder.resolve("dictionaries/petrarch2");
            Dictionaries dictionaries = Dictionaries.fromPetrarch(validate, List.of("PETR.Validate.actors.txt"),
                    "PETR.Validate.agents.txt", "PETR.Validate.verbs.txt");
            run("PETRARCH-2 unit tests (" + folder.resolve("petrarch2_unit_tests.jsonl") + "), PETR.Validate "
                    + "dictionaries", folder.resolve("petrarch2_unit_tests.jsonl"), dictionaries, out, err);
        }
        return ExitCodes.OK;
    }

    private void run(String title, Path file, Dictionaries dictionaries, PrintStream out, PrintWriter err)
            throws Exception {
        List<CodingRecord> records = CodingRecord.read(file);
        err.print("Loading NLP models... ");
        err.flush();
        // No embeddings: the validation sentences are news by construction, and one sentence is no page for the
        // page-kind model to judge.
        DossierEngine engine = DossierEngine.load(
                EngineConfig.DEFAULT.withNlp(EngineConfig.DEFAULT.nlp().withEmbeddings(false)), dictionaries);
        err.println("done.");
        CodingScore score = new CodingScore();
        long start = System.nanoTime();
        int done = 0;
        for (CodingRecord record : records) {
            if (record.errorTest() || record.text().isBlank()) {
                continue;
            }
            score.add(record, code(engine, record));
            if (++done % 50 == 0) {
                err.printf(Locale.ROOT, "  %d/%d sentences%n", done, records.size());
            }
        }
        out.println();
        score.print(title, out);
        out.printf(Locale.ROOT, "  %d sentences in %.1f s%n", done, (System.nanoTime() - start) / 1e9);
        List<String> misses = score.misses();
        for (int i = 0; i < Math.min(showMisses, misses.size()); i++) {
            out.println("  MISS " + misses.get(i));
        }
        List<String> falsePositives = score.falsePositives();
        for (int i = 0; i < Math.min(showMisses, falsePositives.size()); i++) {
            out.println("  FALSE " + falsePositives.get(i));
        }
    }

    private static List<CodedEvent> code(DossierEngine engine, CodingRecord record) {
        ArticleMetadata metadata = ArticleMetadata.EMPTY.withLanguage("en");
        if (record.date() != null) {
            metadata = metadata.withPublished(Sourced.at(record.date(), null, "record"),
                    ArticleMetadata.DateConfidence.STATED);
        }
        String id = DocumentIds.of(record.text().getBytes(StandardCharsets.UTF_8));
        Article article = new Article(id, record.id(), null, record.text(), record.text(), OffsetMap.identity(),
                metadata);
        List<CodedEvent> coded = new ArrayList<>();
        if (engine.pipeline().process(article) instanceof Outcome.Ok ok) {
            for (Event event : ok.result().getOrEmpty(Layers.EVENTS)) {
                coded.addAll(CodedEvent.expand(code(event.actor()), code(event.target()), event.cameo()));
            }
        }
        return coded;
    }

    /** PETRARCH writes an unknown actor "---", and an agent of unknown country "---GOV". */
    private static String code(Actor actor) {
        if (actor == null || actor.code() == null || actor.code().isBlank()) {
            return "---";
        }
        return actor.code();
    }
}
