package org.dossier.eval.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a clustering against gold labels: pairwise precision, recall and F1 over pairs of items (the measure of
 * Miranda et al. 2018's reference code), and BCubed precision, recall and F1 (per item, averaged).
 */
public record ClusteringScore(double pairPrecision, double pairRecall, double bcubedPrecision, double bcubedRecall,
        int items, int goldClusters, int systemClusters) {

    /** Gold and system cluster labels of the same items, index by index. */
    public static ClusteringScore of(List<String> gold, List<String> system) {
        if (gold.size() != system.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " items, system " + system.size());
        }
        Map<String, Long> goldSizes = count(gold);
        Map<String, Long> systemSizes = count(system);
        Map<String, Long> joint = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            joint.merge(gold.get(i) + "\u0000" + system.get(i), 1L, Long::sum);
        }
        double truePairs = pairs(joint);
        double systemPairs = pairs(systemSizes);
        double goldPairs = pairs(goldSizes);
        double bp = 0;
        double br = 0;
        for (int i = 0; i < gold.size(); i++) {
            long both = joint.get(gold.get(i) + "\u0000" + system.get(i));
            bp += (double) both / systemSizes.get(system.get(i));
            br += (double) both / goldSizes.get(gold.get(i));
        }
        int n = Math.max(1, gold.size());
        return new ClusteringScore(systemPairs == 0 ? 1 : truePairs / systemPairs,
                goldPairs == 0 ? 1 : truePairs / goldPairs, bp / n, br / n, gold.size(), goldSizes.size(),
                systemSizes.size());
    }

    public double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    public String row(String label) {
        return String.format(Locale.ROOT, "%-34s pairwise P %.3f R %.3f F1 %.3f   BCubed P %.3f R %.3f F1 %.3f   "
                + "(%d items, %d gold / %d system clusters)", label, pairPrecision, pairRecall, pairF1(),
                bcubedPrecision, bcubedRecall, bcubedF1(), items, goldClusters, systemClusters);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Long> count(List<String> labels) {
        Map<String, Long> sizes = new HashMap<>();
        labels.forEach(label -> sizes.merge(label, 1L, Long::sum));
        return sizes;
    }

    private static double pairs(Map<String, Long> sizes) {
        double total = 0;
        for (long size : sizes.values()) {
            total += size * (size - 1) / 2.0;
        }
        return total;
    }
}
