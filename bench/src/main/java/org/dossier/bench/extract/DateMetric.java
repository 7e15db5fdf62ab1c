package org.dossier.bench.extract;

import java.time.LocalDate;

/**
 * htmldate's metric: one decision per page at day granularity. A right date is a true positive, a wrong one a
 * false positive, none a false negative (or a true negative when the page has no gold date).
 */
public final class DateMetric {

    private long tp;
    private long fp;
    private long fn;
    private long tn;

    public void add(LocalDate gold, LocalDate predicted) {
        if (predicted == null) {
            if (gold == null) {
                tn++;
            } else {
                fn++;
            }
        } else if (predicted.equals(gold)) {
            tp++;
        } else {
            fp++;
        }
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f() {
        return 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
    }

    public double accuracy() {
        long all = tp + fp + fn + tn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }
}
