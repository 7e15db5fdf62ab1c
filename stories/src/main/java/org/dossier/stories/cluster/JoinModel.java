package org.dossier.stories.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * The probability that an article belongs to a candidate story: a logistic regression over {@link JoinFeatures},
 * with one set of weights for when both sides have sentence embeddings and one for when either lacks them.
 * Fitted by {@link #fit} on articles whose stories are known (ECB+ train and dev, see {@code eval-clustering}),
 * so the features' relative weights come from data, and only the join threshold (and the
 * clusterer's second-look size) is left to choose.
 */
public record JoinModel(Weights withEmbedding, Weights withoutEmbedding) {

    /**
     * The weights of one logistic regression; {@code embedding} is 0 in the model used without embeddings.
     */
    public record Weights(double bias, double text, double names, double embedding, double yearConflict,
            double sameYear) {

        double logit(JoinFeatures f) {
            double z = bias + text * f.text() + names * f.names() + yearConflict * (f.yearConflict() ? 1 : 0)
                    + sameYear * (f.sameYear() ? 1 : 0);
            return f.hasEmbedding() ? z + embedding * f.embedding() : z;
        }

        static Weights of(double[] w, boolean embedded) {
            return embedded
                    ? new Weights(w[0], w[1], w[2], w[3], w[4], w[5])
                    : new Weights(w[0], w[1], w[2], 0, w[3], w[4]);
        }
    }

    /** Fitted by {@code dossier eval-clustering} on the ECB+ train and dev splits, which it prints. */
    public static final JoinModel DEFAULT = new JoinModel(
            new Weights(-5.949, 3.871, 3.808, 4.498, -0.916, 1.518),
            new Weights(-4.381, 6.488, 5.372, 0, -0.957, 1.406));

    public double probability(JoinFeatures f) {
        return sigmoid((f.hasEmbedding() ? withEmbedding : withoutEmbedding).logit(f));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static final double L2 = 1e-3;
    private static final double STEP = 2.0;
    private static final int MAX_STEPS = 20_000;
    private static final double TOLERANCE = 1e-7;

    /**
     * Fits both sets of weights by L2-regularized maximum likelihood (batch gradient descent, deterministic). The
     * model without embeddings learns from every example with the embedding left out, so it also serves streams
     * that were never embedded; the one with embeddings learns from the examples that have them, and is the
     * former when none has.
     */
    public static JoinModel fit(List<JoinExample> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to fit the join model on");
        }
        Weights plain = Weights.of(fit(examples, false), false);
        List<JoinExample> embedded = examples.stream().filter(e -> e.features().hasEmbedding()).toList();
        return new JoinModel(embedded.isEmpty() ? plain : Weights.of(fit(embedded, true), true), plain);
    }

    private static double[] fit(List<JoinExample> examples, boolean embedded) {
        double[][] x = new double[examples.size()][];
        double[] y = new double[examples.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = row(examples.get(i).features(), embedded);
            y[i] = examples.get(i).sameStory() ? 1 : 0;
        }
        double[] w = new double[x[0].length];
        double[] gradient = new double[w.length];
        for (int step = 0; step < MAX_STEPS; step++) {
            Arrays.fill(gradient, 0);
            for (int i = 0; i < x.length; i++) {
                double z = 0;
                for (int j = 0; j < w.length; j++) {
                    z += w[j] * x[i][j];
                }
                double error = sigmoid(z) - y[i];
                for (int j = 0; j < w.length; j++) {
                    gradient[j] += error * x[i][j];
                }
            }
            double squares = 0;
            for (int j = 0; j < w.length; j++) {
                gradient[j] = gradient[j] / x.length + (j == 0 ? 0 : L2 * w[j]); // the bias is not shrunk
                squares += gradient[j] * gradient[j];
                w[j] -= STEP * gradient[j];
            }
            if (Math.sqrt(squares) < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    /** Bias term first, then the features in the order of {@link Weights}. */
    private static double[] row(JoinFeatures f, boolean embedded) {
        double conflict = f.yearConflict() ? 1 : 0;
        double same = f.sameYear() ? 1 : 0;
        return embedded
                ? new double[] {1, f.text(), f.names(), f.embedding(), conflict, same}
                : new double[] {1, f.text(), f.names(), conflict, same};
    }
}
