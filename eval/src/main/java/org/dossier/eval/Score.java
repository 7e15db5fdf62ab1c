package org.dossier.eval;

import java.util.Locale;

/**
 * Counts for one field: true positives, false positives and false negatives, from which precision, recall and
 * F1 follow; or, for attributes of matched items, correct out of total.
 */
public record Score(String field, int tp, int fp, int fn, int correct, int total) {

    public static Score counts(String field, int tp, int fp, int fn) {
        return new Score(field, tp, fp, fn, -1, -1);
    }

    public static Score accuracy(String field, int correct, int total) {
        return new Score(field, -1, -1, -1, correct, total);
    }

    public boolean isAccuracy() {
        return total >= 0;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracyValue() {
        return total == 0 ? 0 : (double) correct / total;
    }

    public Score plus(Score other) {
        if (isAccuracy()) {
            return accuracy(field, correct + other.correct, total + other.total);
        }
        return counts(field, tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public String row() {
        if (isAccuracy()) {
            return String.format(Locale.ROOT, "%-28s %38s accuracy %.3f (%d/%d)", field, "", accuracyValue(), correct,
                    total);
        }
        return String.format(Locale.ROOT, "%-28s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", field, precision(),
                recall(), f1(), tp, fp, fn);
    }
}
