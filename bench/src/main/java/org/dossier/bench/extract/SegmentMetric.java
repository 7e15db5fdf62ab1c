package org.dossier.bench.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * trafilatura's evaluation metric: with whitespace normalized, each segment that must appear and does is a true
 * positive (else a false negative); each segment that must not appear but does is a false positive (else a true
 * negative). Counts are summed over pages; a failed extraction misses every segment.
 */
public final class SegmentMetric {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private long tp;
    private long fp;
    private long fn;
    private long tn;

    public void add(List<String> with, List<String> without, String predicted) {
        String text = predicted == null ? "" : normalize(predicted);
        for (String segment : with) {
            if (!text.isEmpty() && text.contains(normalize(segment))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String segment : without) {
            if (!text.isEmpty() && text.contains(normalize(segment))) {
                fp++;
            } else {
                tn++;
            }
        }
    }

    static String normalize(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        return 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
    }

    public double accuracy() {
        long all = tp + fp + fn + tn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }
}
