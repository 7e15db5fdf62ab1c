package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.eval.EventModelTrainer;
import org.dossier.eval.GoldSet;
import org.dossier.eval.ProposalLabels;
import org.dossier.eval.TriggerModelTrainer;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.extract.events.EventExtractor;
import org.dossier.extract.events.EventModel;
import org.dossier.extract.events.TriggerModel;
import org.dossier.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train-events",
        header = "Fit the event model on a gold of events and write it in the format Dossier ships.",
        mixinStandardHelpOptions = true,
        description = {
            "Fit the event model on a gold of events: the documents are analyzed, every event the rules propose is "
                    + "labelled right (its words, CAMEO root and actor match a gold event) or wrong, and a logistic "
                    + "regression over the proposals' features is fitted with LIBLINEAR. Five-fold cross-validation "
                    + "by story (an ECB+ topic's documents in one fold, else by document) chooses the "
                    + "regularization (log loss) and the threshold (F1 of events). The confidence is to mean the "
                    + "share right on documents the model did not see: a Platt map is fitted on the cross-validated "
                    + "probabilities of the proposals kept and kept only when, cross-validated again, it holds "
                    + "better than those probabilities as they are (lower log loss, no wider gap in a tenth). "
                    + "Writes the model in the format Dossier ships "
                    + "(extract/src/main/resources/org/dossier/extract/events/event-model.tsv).",
            "Fit only on the development part (gold/events/develop.json); the measured part is for dossier eval.",
            ""},
        footer = {"", "Example:", "  R=extract/src/main/resources/org/dossier/extract/events",
            "  dossier train-events --gold gold/events/develop.json --data ../shared/bench --threshold 0.05 \\",
            "      --model $R/event-model.tsv --trigger-model $R/trigger-model.tsv \\",
            "      --statement-model $R/statement-model.tsv"})
final class TrainEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "Where to write the fitted model (default: print "
            + "it to standard output).")
    Path model;

    @Option(names = "--trigger-model", paramLabel = "FILE", description = "Where to write the fitted trigger model "
            + "(extract/src/main/resources/org/dossier/extract/events/trigger-model.tsv ships with Dossier; "
            + "default: not written).")
    Path triggerModel;

    @Option(names = "--statement-model", paramLabel = "FILE", description = "Where to write the fitted statement "
            + "model (extract/src/main/resources/org/dossier/extract/events/statement-model.tsv ships with Dossier; "
            + "default: not written).")
    Path statementModel;

    @Option(names = "--threshold", paramLabel = "P", description = "Keep events the event model gives at least P "
            + "(0-1), instead of the threshold of the best cross-validated F1 of events (which the run prints).")
    Double threshold;

    @Option(names = "--trigger-threshold", paramLabel = "P", defaultValue = "0.1", description = "The least "
            + "probability of a CAMEO root for the trigger and statement models to propose an event for a verb or a "
            + "quote (default: ${DEFAULT-VALUE}).")
    double triggerThreshold;

    @Option(names = "--statement-threshold", paramLabel = "P", description = "The least probability of a CAMEO "
            + "root for the statement model to propose an event for a quote (default: the trigger threshold).")
    Double statementThreshold;

    @Option(names = "--proposals-out", paramLabel = "FILE", description = "Also write the labelled proposals the "
            + "event model is fitted on (document, story, gold event or -1, features; tab-separated), to try other "
            + "features or regularization without analyzing again.")
    Path proposalsOut;

    @Option(names = "--scores-out", paramLabel = "FILE", description = "Also write each proposal's cross-validated "
            + "probability (document, story, gold event or -1, probability from the model fitted without its story; "
            + "tab-separated), to compare calibrations without analyzing again.")
    Path scoresOut;

    @Option(names = "--parse-all", negatable = false, description = "Parse every sentence, not only those that may "
            + "hold a quote, an event or a figure (to see what the selection of sentences costs the models).")
    boolean parseAll;

    @Mixin
    GoldOptions goldOptions;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            err.println("--threshold must lie in 0-1, was " + threshold);
            return ExitCodes.USAGE;
        }
        if (!(triggerThreshold >= 0 && triggerThreshold <= 1)) {
            err.println("--trigger-threshold must lie in 0-1, was " + triggerThreshold);
            return ExitCodes.USAGE;
        }
        if (statementThreshold != null && !(statementThreshold >= 0 && statementThreshold <= 1)) {
            err.println("--statement-threshold must lie in 0-1, was " + statementThreshold);
            return ExitCodes.USAGE;
        }
        if (model != null && (triggerModel == null || statementModel == null)) {
            err.println("--model needs --trigger-model and --statement-model too: the event model is fitted on the "
                    + "events those models propose, and would not fit the ones Dossier has now");
            return ExitCodes.USAGE;
        }
        GoldSet goldSet = goldOptions.read(err);
        if (goldSet == null) {
            return ExitCodes.USAGE;
        }
        List<Path> files = goldOptions.files(goldSet, err);
        if (files == null) {
            return ExitCodes.USAGE;
        }
        Map<String, GoldSet.Article> byId = new HashMap<>();
        goldSet.articles().forEach(a -> byId.put(a.id(), a));
        Dictionaries dictionaries = Dictionaries.standard();
        List<AnnotatedArticle> analyzed = Collections.synchronizedList(new ArrayList<>());
        engineOptions.parseAll = parseAll;
        DossierEngine engine = engineOptions.load(err, dictionaries);
        GoldOptions.analyze(goldSet, files, engine, engineOptions, err, outcome -> {
            if (outcome instanceof Outcome.Ok ok && byId.containsKey(ok.result().article().id())) {
                analyzed.add(ok.result());
            }
        });
        analyzed.sort(java.util.Comparator.comparing(a -> a.article().id()));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        TriggerModelTrainer.Result triggers = fitTriggers(analyzed, byId, dictionaries, triggerThreshold, out, false);
        TriggerModelTrainer.Result statements = fitTriggers(analyzed, byId, dictionaries,
                statementThreshold != null ? statementThreshold : triggerThreshold, out, true);
        List<EventModelTrainer.Example> examples = new ArrayList<>();
        for (AnnotatedArticle article : analyzed) {
            String id = article.article().id();
            EventExtractor proposer = new EventExtractor(dictionaries, EventModel.keepAll(),
                    triggers.byHeldDocument().getOrDefault(id, TriggerModel.none()),
                    statements.byHeldDocument().getOrDefault(id, TriggerModel.none()));
            List<EventExtractor.Proposal> proposals = proposer.propose(article);
            List<Event> events = proposals.stream().map(EventExtractor.Proposal::event).toList();
            int[] labels = ProposalLabels.label(byId.get(id), article.article().text(), events);
            for (int i = 0; i < proposals.size(); i++) {
                examples.add(new EventModelTrainer.Example(id, proposals.get(i).features(), labels[i]));
            }
        }
        examples.sort(java.util.Comparator.comparing(EventModelTrainer.Example::document));
        Function<String, String> stories = storyOf(byId);
        if (proposalsOut != null) {
            writeProposals(proposalsOut, examples, stories);
        }
        int goldEvents = goldSet.articles().stream().mapToInt(a -> a.events().size()).sum();
        long right = examples.stream().filter(e -> e.goldEvent() >= 0).count();
        out.printf(Locale.ROOT, "%d proposals, %d right, for %d gold events in %d documents%n", examples.size(), right,
                goldEvents, goldSet.articles().size());
        EventModelTrainer.Result result = new EventModelTrainer(examples, goldEvents, stories)
                .fit(threshold == null ? Double.NaN : threshold);
        EventModelTrainer.print(result, out);
        if (scoresOut != null) {
            writeScores(scoresOut, examples, result.crossValidated(), stories);
        }
        EventModel fitted = result.model();
        String thresholdSource = threshold == null ? "threshold by the best cross-validated F1 of events"
                : String.format(Locale.ROOT, "threshold %.2f set by --threshold (best cross-validated F1 at %.2f)",
                        threshold, result.bestThreshold());
        String calibrationNote = fitted.calibration().equals(EventModel.Calibration.NONE)
                ? "Not calibrated: its cross-validated probabilities held better than a Platt map fitted on them."
                : String.format(Locale.ROOT, "Calibrated on the cross-validated probabilities of the proposals kept: "
                        + "slope %.4f, intercept %.4f.", fitted.calibration().slope(),
                        fitted.calibration().intercept());
        String comment = String.format(Locale.ROOT, "Dossier's event model, fitted by 'dossier train-events' on %s "
                + "(%d proposals, %d right).%nL2 logistic regression (LIBLINEAR), C %.2f, cross-validated log loss "
                + "%.4f; %s.%n%s", goldOptions.gold.getFileName(), examples.size(), right, result.cost(),
                result.logLoss(), thresholdSource, calibrationNote);
        if (model == null) {
            fitted.write(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), comment);
            out.flush();
        } else {
            boolean wasCalibrated = carriesCalibration(model);
            try (Writer writer = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
                fitted.write(writer, comment);
            }
            err.println("The event model written to " + model);
            if (wasCalibrated) {
                err.println("note: " + model + " carried a calibration; the model written carries "
                        + (fitted.calibration().equals(EventModel.Calibration.NONE) ? "none (it did not pay on the "
                                + "cross-validated probabilities)" : "the one fitted on its cross-validated "
                                + "probabilities") + " (run dossier calibrate-events --model " + model
                        + " to fit one on judged news instead)");
            }
        }
        writeModel(statementModel, statements.model(), "statement", String.format(Locale.ROOT, "Dossier's "
                + "statement model, fitted by 'dossier train-events' on %s.%nMulti-class L2 logistic regression "
                + "(LIBLINEAR, one root against the rest) over the part of a quote in one sentence, C %.2f.",
                goldOptions.gold.getFileName(), statements.cost()), err);
        writeModel(triggerModel, triggers.model(), "trigger", String.format(Locale.ROOT, "Dossier's trigger model, "
                + "fitted by 'dossier train-events' on %s.%nMulti-class L2 logistic regression (LIBLINEAR, one root "
                + "against the rest), C %.2f chosen by cross-validated log loss.", goldOptions.gold.getFileName(),
                triggers.cost()), err);
        return ExitCodes.OK;
    }

    /** An ECB+ document's topic in its file name ("documents.jsonl#12_4ecb", "#12_6ecbplus": topic 12). */
    private static final Pattern ECB_TOPIC = Pattern.compile("#(\\d+)_\\d+ecb");

    /**
     * The story of each gold document, for cross-validation to keep a story's documents in one fold: an ECB+
     * document's topic (its documents tell one story, or two alike: the same kind of event twice), else the document.
     */
    static Function<String, String> storyOf(Map<String, GoldSet.Article> byId) {
        return id -> {
            GoldSet.Article article = byId.get(id);
            String file = article == null || article.file() == null ? id : article.file();
            Matcher ecb = ECB_TOPIC.matcher(file);
            return ecb.find() ? file.substring(0, ecb.start()) + "#topic" + ecb.group(1) : file;
        };
    }


    private static void writeProposals(Path file, List<EventModelTrainer.Example> examples,
            Function<String, String> storyOf) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (EventModelTrainer.Example e : examples) {
                writer.write(e.document() + "\t" + storyOf.apply(e.document()) + "\t" + e.goldEvent() + "\t"
                        + String.join("\t", e.features()) + "\n");
            }
        }
    }

    private static void writeScores(Path file, List<EventModelTrainer.Example> examples, List<Double> probabilities,
            Function<String, String> storyOf) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < examples.size(); i++) {
                EventModelTrainer.Example e = examples.get(i);
                writer.write(String.format(Locale.ROOT, "%s\t%s\t%d\t%.6f%n", e.document(),
                        storyOf.apply(e.document()), e.goldEvent(), probabilities.get(i)));
            }
        }
    }

    private static boolean carriesCalibration(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return !EventModel.read(file).calibration().equals(EventModel.Calibration.NONE);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void writeModel(Path file, TriggerModel model, String what, String comment, PrintWriter err)
            throws IOException {
        if (file == null) {
            return;
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(writer, comment);
        }
        err.println("The " + what + " model written to " + file);
    }

    /**
     * Fits the trigger model on every verb of the documents, labelled by the gold event that holds it, or the
     * statement model on every part of a quote, labelled by the gold event that overlaps it most.
     */
    private static TriggerModelTrainer.Result fitTriggers(List<AnnotatedArticle> analyzed,
            Map<String, GoldSet.Article> byId, Dictionaries dictionaries, double threshold, PrintStream out,
            boolean ofStatements) {
        EventExtractor reader = new EventExtractor(dictionaries, EventModel.keepAll(), TriggerModel.none(),
                TriggerModel.none());
        List<TriggerModelTrainer.Example> examples = new ArrayList<>();
        for (AnnotatedArticle article : analyzed) {
            GoldSet.Article gold = byId.get(article.article().id());
            String text = article.article().text();
            examples.addAll(ofStatements
                    ? TriggerModelTrainer.labelOverlapping(gold, text, reader.statementCandidates(article))
                    : TriggerModelTrainer.label(gold, text, reader.triggerCandidates(article)));
        }
        long covered = examples.stream().filter(v -> v.goldEvent() >= 0)
                .map(v -> v.document() + "#" + v.goldEvent()).distinct().count();
        long events = analyzed.stream().mapToInt(a -> byId.get(a.article().id()).events().size()).sum();
        String what = ofStatements ? "statements" : "verbs";
        out.printf(Locale.ROOT, "%s model: %d %s; %d of %d gold events overlap one it reads%n",
                ofStatements ? "Statement" : "Trigger", examples.size(), what, covered, events);
        TriggerModelTrainer.Result result = new TriggerModelTrainer(examples, threshold, storyOf(byId)).fit();
        result.report().forEach(line -> out.println("  " + line));
        return result;
    }
}
