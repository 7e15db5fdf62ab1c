package org.dossier.eval;

import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.dossier.extract.events.EventModel;

/**
 * Fits the event model: an L2-regularized logistic regression (LIBLINEAR) over the features of the events the rules
 * propose, labelled right or wrong against the gold. The regularization is chosen by the log loss of five-fold
 * cross-validation by story ({@link DocumentFolds}), and the threshold by the F1 of events on the cross-validated
 * predictions (each gold event counted once however many proposals are right for it); the model is then fitted on all
 * the data. Its calibration (Platt scaling, {@link ConfidenceCalibrator}) is fitted on the cross-validated
 * probabilities of the proposals it keeps, not on its own: the model fitted on all the data is surer of those documents
 * than of any it has not seen, and the confidence has to mean the share right on documents it did not see. The map is
 * kept only when, cross-validated again, it holds better than those probabilities as they are (lower log loss, no
 * wider gap in a tenth); else the model's probability is the confidence.
 */
public final class EventModelTrainer {

    /** One proposed event: its document, features, and the gold event it is right for (-1: wrong). */
    public record Example(String document, List<String> features, int goldEvent) {
        boolean right() {
            return goldEvent >= 0;
        }
    }

    private static final int FOLDS = 5;
    private static final double[] COSTS = {0.03, 0.1, 0.3, 1, 3};
    private static final double EPSILON = 1e-4;

    /**
     * The fitted model, and what cross-validation says of it.
     *
     * @param model the model fitted on all the data, carrying the calibration of its cross-validated probabilities
     * @param cost the regularization chosen
     * @param logLoss the cross-validated log loss at that cost
     * @param bestThreshold the threshold of the best cross-validated F1 of events (the model's, unless one was given)
     * @param report the lines to print
     * @param crossValidated each example's probability from the model fitted without its story's fold, in the order
     *     of the examples (what the calibration is fitted on)
     */
    public record Result(EventModel model, double cost, double logLoss, double bestThreshold, List<String> report,
            List<Double> crossValidated) {
        public Result {
            report = List.copyOf(report);
            crossValidated = List.copyOf(crossValidated);
        }
    }

    private final List<Example> examples;
    private final int goldEvents;
    private final FeatureIndex features;
    private final Function<String, String> storyOf;

    /**
     * @param examples every proposal of the training documents
     * @param goldEvents how many gold events those documents hold (for recall)
     */
    public EventModelTrainer(List<Example> examples, int goldEvents) {
        this(examples, goldEvents, document -> document);
    }

    /**
     * @param examples every proposal of the training documents
     * @param goldEvents how many gold events those documents hold (for recall)
     * @param storyOf the story of each document: cross-validation keeps a story's documents in one fold
     */
    public EventModelTrainer(List<Example> examples, int goldEvents, Function<String, String> storyOf) {
        this.storyOf = storyOf;
        this.examples = List.copyOf(examples);
        this.goldEvents = goldEvents;
        features = new FeatureIndex(examples.stream().map(Example::features).toList());
        Linear.disableDebugOutput();
    }

    /** Fits the model, keeping proposals from the threshold of the best cross-validated F1 of events. */
    public Result fit() {
        return fit(Double.NaN);
    }

    /**
     * Fits the model, keeping proposals from {@code threshold} (NaN: the threshold of the best cross-validated F1 of
     * events); the calibration is fitted on the proposals that threshold keeps.
     */
    public Result fit(double threshold) {
        List<String> report = new ArrayList<>();
        boolean[] labels = new boolean[examples.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = examples.get(i).right();
        }
        CostSearch search = CostSearch.best(COSTS, this::crossValidated, labels, report);
        double bestCost = search.cost();
        double[] bestPredictions = search.predictions();
        double best = bestThresholdOf(bestPredictions, report);
        double kept = Double.isNaN(threshold) ? best : threshold;
        report.addAll(calibration(bestPredictions));
        EventModel.Calibration calibration = outOfFoldCalibration(bestPredictions, kept, report);
        EventModel model = toModel(train(examples, bestCost), kept).withCalibration(calibration);
        report.addAll(inSample(model));
        List<Double> heldOut = Arrays.stream(bestPredictions).boxed().toList();
        return new Result(model, bestCost, search.logLoss(), best, report, heldOut);
    }

    /**
     * The Platt calibration of the cross-validated probabilities of the proposals at or above the threshold (those
     * the model keeps, whose confidence users see), with its table, itself cross-validated by story; none when
     * the proposals kept are too few or all of one kind, or when the map, cross-validated, holds worse than the
     * probabilities as they are ({@link ConfidenceCalibrator.Result#calibrationPays}).
     */
    private EventModel.Calibration outOfFoldCalibration(double[] predictions, double threshold, List<String> report) {
        List<ConfidenceCalibrator.Judged> kept = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (predictions[i] >= threshold) {
                Example e = examples.get(i);
                // by story, so that the calibration's own cross-validation keeps a story in one fold too
                kept.add(new ConfidenceCalibrator.Judged(storyOf.apply(e.document()), predictions[i], e.right()));
            }
        }
        try {
            ConfidenceCalibrator.Result result = new ConfidenceCalibrator(kept).fit();
            report.add(String.format(Locale.ROOT, "Calibration of the cross-validated probabilities of the %d "
                    + "proposals kept (threshold %.2f):", kept.size(), threshold));
            result.report().forEach(line -> report.add("  " + line));
            EventModel.Calibration platt = result.calibration();
            String map = String.format(Locale.ROOT, "sigmoid(%.4f * logit(p) + %.4f)", platt.slope(),
                    platt.intercept());
            EventModel.Calibration calibration = result.calibrationIfItPays();
            if (calibration.equals(EventModel.Calibration.NONE)) {
                // The cross-validated probabilities already hold better than a map fitted on them does on the
                // stories it did not see (session eighteen: largest gap 0.056 against 0.164 on develop).
                report.add(String.format(Locale.ROOT, "No calibration: the probability holds better on stories "
                        + "the map was not fitted on (log loss %.4f against %.4f, largest gap %.3f against %.3f) "
                        + "than the map %s", result.logLossBefore(), result.logLossAfter(),
                        result.largestGapBefore(), result.largestGapAfter(), map));
            } else {
                report.add("Calibration: confidence = " + map);
            }
            return calibration;
        } catch (IllegalArgumentException e) {
            report.add("No calibration: " + e.getMessage());
            return EventModel.Calibration.NONE;
        }
    }

    /** Predictions for every example from a model fitted on the other folds (by story: {@link DocumentFolds}). */
    private double[] crossValidated(double cost) {
        double[] predictions = new double[examples.size()];
        for (Set<String> held : DocumentFolds.of(examples.stream().map(Example::document).toList(), storyOf, FOLDS)) {
            List<Example> training = examples.stream().filter(e -> !held.contains(e.document())).toList();
            if (training.stream().noneMatch(Example::right) || training.stream().allMatch(Example::right)) {
                continue;
            }
            EventModel model = toModel(train(training, cost), 0);
            for (int i = 0; i < examples.size(); i++) {
                if (held.contains(examples.get(i).document())) {
                    predictions[i] = model.probability(examples.get(i).features());
                }
            }
        }
        return predictions;
    }

    private Model train(List<Example> data, double cost) {
        double[] y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            y[i] = data.get(i).right() ? 1 : -1;
        }
        Problem problem = features.problem(data.stream().map(Example::features).toList(), y);
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPSILON));
    }

    /** LIBLINEAR's weights as an {@link EventModel}, oriented so that the probability is that of "right". */
    private EventModel toModel(Model model, double threshold) {
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            if (w[i] != 0) {
                weights.put(features.name(i), sign * w[i]);
            }
        }
        return new EventModel(weights, sign * w[features.size()], threshold);
    }

    /** The threshold of the best F1 of events on the cross-validated predictions, with the curve around it. */
    private double bestThresholdOf(double[] predictions, List<String> report) {
        double best = 0.5;
        double bestF1 = -1;
        Map<Double, String> curve = new TreeMap<>();
        for (int step = 5; step <= 90; step += 5) {
            double t = step / 100.0;
            int kept = 0;
            int right = 0;
            Set<String> found = new HashSet<>();
            for (int i = 0; i < examples.size(); i++) {
                if (predictions[i] >= t) {
                    kept++;
                    if (examples.get(i).right()) {
                        right++;
                        found.add(examples.get(i).document() + "#" + examples.get(i).goldEvent());
                    }
                }
            }
            double p = kept == 0 ? 0 : (double) right / kept;
            double r = goldEvents == 0 ? 0 : (double) found.size() / goldEvents;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            curve.put(t, String.format(Locale.ROOT, "threshold %.2f: kept %d, precision %.3f, recall %.3f, F1 %.3f",
                    t, kept, p, r, f1));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        report.add("Cross-validated events by threshold (precision of proposals kept, recall of gold events):");
        curve.values().forEach(line -> report.add("  " + line));
        report.add(String.format(Locale.ROOT, "Chosen threshold %.2f (best F1)", best));
        return best;
    }

    /**
     * The model fitted on all the data, on its own proposals, by tenth of probability: how much surer it is of the
     * documents it learnt from than the cross-validated table says it may be (for comparison only).
     */
    private List<String> inSample(EventModel model) {
        double[] own = new double[examples.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = model.probability(examples.get(i).features());
        }
        List<String> lines = new ArrayList<>(calibration(own));
        lines.set(0, "In-sample (the model fitted on all the documents, on them; probability, proposals, mean "
                + "probability, share right):");
        return lines;
    }

    /** Cross-validated predictions by tenth of probability against the share right. */
    private List<String> calibration(double[] predictions) {
        int[][] counts = new int[10][2];
        double[] sums = new double[10];
        for (int i = 0; i < examples.size(); i++) {
            int d = Math.min(9, (int) Math.floor(predictions[i] * 10));
            counts[d][0]++;
            counts[d][1] += examples.get(i).right() ? 1 : 0;
            sums[d] += predictions[i];
        }
        List<String> lines = new ArrayList<>();
        lines.add("Cross-validated calibration (probability, proposals, mean probability, share right):");
        for (int d = 0; d < 10; d++) {
            if (counts[d][0] > 0) {
                lines.add(String.format(Locale.ROOT, "  %.1f-%.1f %6d %8.3f %8.3f", d / 10.0, (d + 1) / 10.0,
                        counts[d][0], sums[d] / counts[d][0], (double) counts[d][1] / counts[d][0]));
            }
        }
        return lines;
    }

    public static void print(Result result, PrintStream out) {
        result.report().forEach(out::println);
    }
}
