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
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.eval.ConfidenceCalibrator;
import org.dossier.eval.JudgedEvents;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.extract.events.EventExtractor;
import org.dossier.extract.events.EventModel;
import org.dossier.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calibrate-events",
        header = "Fit the confidence of events on events of unseen news judged by hand.",
        mixinStandardHelpOptions = true,
        description = {
            "Fit the calibration of the event model (Platt scaling) on a file of events judged right or wrong by "
                    + "hand (gold/events/calibration/judged.json): the judged documents are analyzed, each judged "
                    + "event is found again among the events Dossier codes now (same words and CAMEO code, else the "
                    + "same words and root), and a logistic regression of the judgment on the logit of the event "
                    + "model's probability is fitted. Prints the confidences by tenth against the share right, "
                    + "before the calibration and after it (five-fold cross-validation by document), and writes the "
                    + "shipped event model with the calibration to --model.",
            "Judge events of news that neither the rules nor the event model were fitted on: that is the news the "
                    + "confidence has to hold on. Run it again after train-events, which writes an uncalibrated "
                    + "model.",
            ""},
        footer = {"", "Example:", "  dossier calibrate-events --judged gold/events/calibration/judged.json \\",
            "      --model extract/src/main/resources/org/dossier/extract/events/event-model.tsv"})
final class CalibrateEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "The event model to calibrate, written back with "
            + "the calibration (default: the shipped model, nothing written; the tables are printed either way). "
            + "The documents are analyzed with the shipped model's rules and features either way.")
    Path model;

    @Option(names = "--judged", paramLabel = "FILE", description = "The judged events (default: "
            + "${DEFAULT-VALUE}).")
    Path judgedFile = Path.of("gold/events/calibration/judged.json");

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the judged documents' benchmark files are (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(judgedFile)) {
            err.println("error: judged events " + judgedFile + " not found");
            return ExitCodes.USAGE;
        }
        JudgedEvents judgedEvents;
        try {
            judgedEvents = JudgedEvents.read(judgedFile);
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + judgedFile + " is not a file of judged events: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Set<Path> files = new LinkedHashSet<>();
        for (String source : judgedEvents.files().values()) {
            Path path = GoldOptions.fileUnder(data, source);
            if (!Files.isRegularFile(path)) {
                err.println("error: " + path + " not found; pass --data DIR (the folder holding the benchmark sets "
                        + "the judged events name)");
                return ExitCodes.USAGE;
            }
            files.add(path);
        }
        Dictionaries dictionaries = Dictionaries.standard();
        DossierEngine engine = engineOptions.load(err, dictionaries);
        Map<String, AnnotatedArticle> analyzed = Collections.synchronizedMap(new HashMap<>());
        GoldOptions.analyze(judgedEvents.files().keySet(), new ArrayList<>(files), engine, engineOptions, err,
                outcome -> {
                    if (outcome instanceof Outcome.Ok ok) {
                        analyzed.put(ok.result().article().id(), ok.result());
                    }
                });
        EventModel calibrated = modelToCalibrate(err);
        if (calibrated == null) {
            return ExitCodes.USAGE;
        }
        EventExtractor uncalibrated = new EventExtractor(dictionaries,
                calibrated.withCalibration(EventModel.Calibration.NONE));
        List<ConfidenceCalibrator.Judged> judged = new ArrayList<>();
        Map<String, List<Event>> coded = new HashMap<>();
        int notFound = 0;
        for (JudgedEvents.Judgment judgment : judgedEvents.events()) {
            List<Event> events = coded.computeIfAbsent(judgment.id(), id -> analyzed.containsKey(id)
                    ? uncalibrated.apply(analyzed.get(id)).getOrEmpty(Layers.EVENTS) : List.of());
            Event event = judgment.findIn(events);
            if (event == null) {
                notFound++;
            } else {
                judged.add(new ConfidenceCalibrator.Judged(judgment.id(), event.confidence(), judgment.right()));
            }
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%d judged events in %d documents; %d found again among the events coded now, %d "
                + "no longer coded (left out)%n", judged.size() + notFound, judgedEvents.files().size(),
                judged.size(), notFound);
        ConfidenceCalibrator.Result result;
        try {
            result = new ConfidenceCalibrator(judged).fit();
        } catch (IllegalArgumentException e) {
            err.println("error: cannot calibrate: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        result.report().forEach(out::println);
        EventModel.Calibration calibration = result.calibration();
        out.printf(Locale.ROOT, "Calibration: confidence = sigmoid(%.4f * logit(p) + %.4f)%n", calibration.slope(),
                calibration.intercept());
        if (model != null) {
            String comment = String.join("\n", commentOf(model)) + String.format(Locale.ROOT, "%nCalibrated by "
                    + "'dossier calibrate-events' on %s (%d judged events of %d documents): slope %.4f, intercept "
                    + "%.4f.", judgedFile.getFileName(), judged.size(), judgedEvents.files().size(),
                    calibration.slope(), calibration.intercept());
            try (Writer writer = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
                calibrated.withCalibration(calibration).write(writer, comment.strip());
            }
            err.println("The calibrated event model written to " + model);
        }
        return ExitCodes.OK;
    }

    /** The model of --model when that file is there (one train-events just wrote, say), else the shipped one. */
    private EventModel modelToCalibrate(PrintWriter err) throws IOException {
        if (model == null || !Files.isRegularFile(model)) {
            return EventModel.standard();
        }
        try {
            return EventModel.read(model);
        } catch (IllegalArgumentException e) {
            err.println("error: " + model + " is not an event model: " + e.getMessage());
            return null;
        }
    }

    /** The comment lines of a model file as train-events wrote them, without an earlier calibration's line. */
    private static List<String> commentOf(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("# "))
                .map(line -> line.substring(2))
                .filter(line -> !line.startsWith("Calibrated by"))
                .toList();
    }
}
