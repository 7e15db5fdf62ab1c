package org.dossier.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.extract.events.EventModel;

/**
 * Fits the calibration of the event model (Platt scaling: a logistic regression of "right" on the logit of the
 * model's probability) on events judged by hand, and says by cross-validation how well calibrated the confidences
 * are before and after. The judged events should be of news the rules and the model were not fitted on: that is
 * the news the confidence has to hold on.
 */
public final class ConfidenceCalibrator {

    /** One judged event: its document, the event model's probability for it (before calibration), the judgment. */
    public record Judged(String document, double probability, boolean right) {}

    /**
     * The calibration, and the table of confidences by tenth before it and, cross-validated, after it.
     *
     * @param calibration the Platt map fitted on all the judged events
     * @param report the lines to print
     * @param largestGapBefore the largest gap between mean probability and share right, tenths of enough events
     * @param largestGapAfter the same of the calibrated confidences, the map fitted without the event's fold
     * @param logLossBefore the log loss of the model's probability
     * @param logLossAfter the log loss of the calibrated confidences, the map fitted without the event's fold
     */
    public record Result(EventModel.Calibration calibration, List<String> report, double largestGapBefore,
            double largestGapAfter, double logLossBefore, double logLossAfter) {

        public Result {
            report = List.copyOf(report);
        }

        /**
         * Whether the map holds better than the probability as it is on events it was not fitted on: a lower
         * cross-validated log loss, and no wider a gap in any tenth of enough events. The map's two numbers are
         * themselves fitted on few events, so they must earn their place.
         */
        public boolean calibrationPays() {
            return logLossAfter < logLossBefore && largestGapAfter <= largestGapBefore;
        }

        /** The calibration when it pays, else none (the model's probability is the confidence). */
        public EventModel.Calibration calibrationIfItPays() {
            return calibrationPays() ? calibration : EventModel.Calibration.NONE;
        }
    }

    /** Tenths with fewer events than this are printed but not counted in the largest gap. */
    public static final int LEAST_EVENTS_OF_A_TENTH = 20;

    private static final int FOLDS = 5;
    /** Weak regularization: two parameters, a few hundred events. */
    private static final double COST = 100;
    private static final double EPSILON = 1e-6;

    private final List<Judged> judged;

    public ConfidenceCalibrator(List<Judged> judged) {
        if (judged.stream().noneMatch(Judged::right) || judged.stream().allMatch(Judged::right)) {
            throw new IllegalArgumentException("a calibration needs judged events both right and wrong");
        }
        this.judged = List.copyOf(judged);
        Linear.disableDebugOutput();
    }

    public Result fit() {
        double[] before = new double[judged.size()];
        for (int i = 0; i < judged.size(); i++) {
            before[i] = judged.get(i).probability();
        }
        double[] after = crossValidated();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d judged events, %d right (%.3f), in %d documents", judged.size(),
                judged.stream().filter(Judged::right).count(),
                judged.stream().filter(Judged::right).count() / (double) judged.size(),
                judged.stream().map(Judged::document).distinct().count()));
        report.add("Before calibration (the model's probability):");
        double gapBefore = table(before, report);
        report.add("After calibration, cross-validated (" + FOLDS + " folds by document):");
        double gapAfter = table(after, report);
        report.addAll(byProbabilityTenth(before, after));
        double lossBefore = logLoss(before);
        double lossAfter = logLoss(after);
        report.add(String.format(Locale.ROOT, "Log loss: %.4f before calibration, %.4f after (cross-validated); "
                + "Brier %.4f, %.4f", lossBefore, lossAfter, brier(before), brier(after)));
        return new Result(fit(judged), report, gapBefore, gapAfter, lossBefore, lossAfter);
    }

    private double logLoss(double[] confidences) {
        double sum = 0;
        for (int i = 0; i < judged.size(); i++) {
            double c = Math.min(1 - 1e-9, Math.max(1e-9, confidences[i]));
            sum -= Math.log(judged.get(i).right() ? c : 1 - c);
        }
        return sum / judged.size();
    }

    private double brier(double[] confidences) {
        double sum = 0;
        for (int i = 0; i < judged.size(); i++) {
            double miss = confidences[i] - (judged.get(i).right() ? 1 : 0);
            sum += miss * miss;
        }
        return sum / judged.size();
    }

    /** Calibrated confidences for every judged event, from calibrations fitted on the other folds. */
    private double[] crossValidated() {
        List<String> documents = new ArrayList<>(new TreeSet<>(judged.stream().map(Judged::document).toList()));
        double[] out = new double[judged.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<String> held = new HashSet<>();
            for (int d = fold; d < documents.size(); d += FOLDS) {
                held.add(documents.get(d));
            }
            List<Judged> training = judged.stream().filter(j -> !held.contains(j.document())).toList();
            if (training.stream().noneMatch(Judged::right) || training.stream().allMatch(Judged::right)) {
                throw new IllegalArgumentException("fold " + (fold + 1) + " of " + FOLDS + " leaves judged events all "
                        + "of one kind to fit on; judge more events");
            }
            EventModel.Calibration calibration = fit(training);
            for (int i = 0; i < judged.size(); i++) {
                if (held.contains(judged.get(i).document())) {
                    out[i] = calibration.apply(judged.get(i).probability());
                }
            }
        }
        return out;
    }

    private static EventModel.Calibration fit(List<Judged> data) {
        Problem problem = new Problem();
        problem.l = data.size();
        problem.n = 2;
        problem.bias = 1;
        problem.x = new Feature[data.size()][];
        problem.y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            problem.x[i] = new Feature[] {new FeatureNode(1, logit(data.get(i).probability())), new FeatureNode(2, 1)};
            problem.y[i] = data.get(i).right() ? 1 : -1;
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, EPSILON));
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] w = model.getFeatureWeights();
        double slope = sign * w[0];
        if (!(slope >= EventModel.Calibration.LEAST_SLOPE)) {
            // The judged events say the model's order means little: keep the order at the least slope and shift
            // so that the mean confidence is the share right.
            double share = data.stream().filter(Judged::right).count() / (double) data.size();
            double meanLogit = data.stream().mapToDouble(j -> logit(j.probability())).average().orElse(0);
            double least = EventModel.Calibration.LEAST_SLOPE;
            return new EventModel.Calibration(least, logit(share) - least * meanLogit);
        }
        return new EventModel.Calibration(slope, sign * w[1]);
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
    }

    /**
     * The same events by tenth of the model's probability (the strata a sample drawn by tenth was drawn from), with
     * the mean probability, the mean cross-validated confidence and the share right: the tables above bin the
     * events by their own value, so that after calibration the tenths hold other events than before.
     */
    private List<String> byProbabilityTenth(double[] before, double[] after) {
        Tenths tenths = new Tenths(before, before, after);
        List<String> lines = new ArrayList<>();
        lines.add("By tenth of the model's probability (probability tenth, events, mean probability, mean calibrated "
                + "confidence, share right):");
        for (int t = 0; t < 10; t++) {
            if (tenths.events[t] > 0) {
                lines.add(String.format(Locale.ROOT, "  %.1f-%.1f    %6d %8.3f %8.3f %8.3f", t / 10.0, (t + 1) / 10.0,
                        tenths.events[t], tenths.mean(0, t), tenths.mean(1, t), tenths.share(t)));
            }
        }
        return lines;
    }

    /** Prints events, mean confidence and share right by tenth; returns the largest gap of a tenth with enough. */
    private double table(double[] confidences, List<String> report) {
        Tenths tenths = new Tenths(confidences, confidences);
        double largest = 0;
        report.add("  confidence events     mean share right");
        for (int t = 0; t < 10; t++) {
            if (tenths.events[t] == 0) {
                continue;
            }
            if (tenths.events[t] >= LEAST_EVENTS_OF_A_TENTH) {
                largest = Math.max(largest, Math.abs(tenths.mean(0, t) - tenths.share(t)));
            }
            report.add(String.format(Locale.ROOT, "  %.1f-%.1f    %6d %8.3f %8.3f", t / 10.0, (t + 1) / 10.0,
                    tenths.events[t], tenths.mean(0, t), tenths.share(t)));
        }
        report.add(String.format(Locale.ROOT, "  largest gap between mean confidence and share right, tenths of %d+ "
                + "events: %.3f", LEAST_EVENTS_OF_A_TENTH, largest));
        return largest;
    }

    /** The judged events by tenth of one value: how many, how many right, and the sums of other values per tenth. */
    private final class Tenths {
        final int[] events = new int[10];
        final int[] right = new int[10];
        final double[][] sums;

        Tenths(double[] binnedBy, double[]... summed) {
            sums = new double[summed.length][10];
            for (int i = 0; i < judged.size(); i++) {
                int tenth = Math.min(9, (int) Math.floor(binnedBy[i] * 10));
                events[tenth]++;
                right[tenth] += judged.get(i).right() ? 1 : 0;
                for (int v = 0; v < summed.length; v++) {
                    sums[v][tenth] += summed[v][i];
                }
            }
        }

        double mean(int value, int tenth) {
            return sums[value][tenth] / events[tenth];
        }

        double share(int tenth) {
            return right[tenth] / (double) events[tenth];
        }
    }
}
