package org.dossier.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The regularization of a binary LIBLINEAR model chosen as Dossier's trainers choose it: the cost of the lowest
 * cross-validated log loss, the first of equal ones.
 *
 * @param cost the chosen cost
 * @param logLoss its cross-validated log loss
 * @param predictions the cross-validated probability of every example under it
 */
record CostSearch(double cost, double logLoss, double[] predictions) {

    /**
     * Tries every cost in order, adding a line for each to {@code report}.
     *
     * @param crossValidated the cross-validated probability of every example under a cost
     * @param labels whether each example is of the class the probability is of
     */
    static CostSearch best(double[] costs, DoubleFunction<double[]> crossValidated, boolean[] labels,
            List<String> report) {
        CostSearch best = null;
        for (double cost : costs) {
            double[] predictions = crossValidated.apply(cost);
            double loss = logLoss(predictions, labels);
            report.add(String.format(Locale.ROOT, "C %.2f: cross-validated log loss %.4f", cost, loss));
            if (best == null || loss < best.logLoss) {
                best = new CostSearch(cost, loss, predictions);
            }
        }
        return best;
    }

    /** The mean negative log likelihood of the labels, probabilities kept off 0 and 1 by 1e-9. */
    static double logLoss(double[] predictions, boolean[] labels) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = Math.min(1 - 1e-9, Math.max(1e-9, predictions[i]));
            sum -= labels[i] ? Math.log(p) : Math.log(1 - p);
        }
        return sum / labels.length;
    }
}
