package org.dossier.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the event scores of all articles add up to beyond precision and recall: per-root precision and recall
 * (events matched by words and root), the most frequent confusions, a calibration table (the share of events
 * right in each tenth of confidence), how often words that are not events were coded, and the parties that name
 * no actor.
 */
public final class EventTally {

    private static final int CONFUSIONS_SHOWN = 15;
    private static final int UNNAMED_SHOWN = 10;

    private final Map<String, int[]> roots = new TreeMap<>();
    private final Map<String, Integer> confusions = new TreeMap<>();
    private final int[][] calibration = new int[10][2];
    private final double[] confidenceSums = new double[10];
    private final Map<String, int[]> nonEvents = new TreeMap<>();
    private final Set<String> unnamed = new LinkedHashSet<>();
    private int parties;
    private int partiesUnnamed;

    /** Counts per root: gold events, gold events matched, system events, system events matched. */
    private int[] root(String root) {
        return roots.computeIfAbsent(root == null ? "?" : root, r -> new int[4]);
    }

    void gold(String root, boolean wasMatched) {
        int[] c = root(root);
        c[0]++;
        c[1] += wasMatched ? 1 : 0;
    }

    void system(String root, boolean wasMatched, Double confidence, boolean right) {
        int[] c = root(root);
        c[2]++;
        c[3] += wasMatched ? 1 : 0;
        if (confidence != null) {
            int decile = Math.min(9, Math.max(0, (int) Math.floor(confidence * 10)));
            calibration[decile][0]++;
            calibration[decile][1] += right ? 1 : 0;
            confidenceSums[decile] += confidence;
        }
    }

    void confusion(String goldRoot, String systemRoot) {
        confusions.merge(goldRoot + " -> " + systemRoot, 1, Integer::sum);
    }

    void nonEvent(String why, boolean coded) {
        int[] c = nonEvents.computeIfAbsent(why, w -> new int[2]);
        c[0]++;
        c[1] += coded ? 1 : 0;
    }

    void actorsNamed(boolean actorNames, boolean targetNames, String actor, String target) {
        parties += (actor == null ? 0 : 1) + (target == null ? 0 : 1);
        if (actor != null && !actorNames) {
            partiesUnnamed++;
            unnamed.add(actor);
        }
        if (target != null && !targetNames) {
            partiesUnnamed++;
            unnamed.add(target);
        }
    }

    /** Actors and targets of system events that name no actor (no code, no entity of the article). */
    public int partiesNamingNoActor() {
        return partiesUnnamed;
    }

    /** The calibration table's rows: decile, events, share right, mean confidence. */
    public List<double[]> calibrationRows() {
        List<double[]> rows = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int n = calibration[d][0];
            rows.add(new double[] {d, n, n == 0 ? 0 : (double) calibration[d][1] / n,
                n == 0 ? 0 : confidenceSums[d] / n});
        }
        return rows;
    }

    boolean isEmpty() {
        return roots.isEmpty() && nonEvents.isEmpty();
    }

    void print(PrintStream out) {
        out.println();
        out.println("Events by CAMEO root (matched by words and root):");
        out.printf(Locale.ROOT, "  %-6s %6s %6s %9s %9s%n", "root", "gold", "system", "precision", "recall");
        for (Map.Entry<String, int[]> e : roots.entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "  %-6s %6d %6d %9s %9s%n", e.getKey(), c[0], c[2], ratio(c[3], c[2]),
                    ratio(c[1], c[0]));
        }
        out.println();
        out.println("Most frequent confusions (gold root -> system root; none: not coded, or coded where gold has "
                + "no event):");
        confusions.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                        : a.getKey().compareTo(b.getKey()))
                .limit(CONFUSIONS_SHOWN)
                .forEach(e -> out.printf(Locale.ROOT, "  %-14s %4d%n", e.getKey(), e.getValue()));
        out.println();
        out.println("Calibration (system events by confidence; right: words, root and actor match a gold event):");
        out.printf(Locale.ROOT, "  %-9s %6s %10s %10s%n", "confidence", "events", "mean", "share right");
        for (double[] row : calibrationRows()) {
            if (row[1] > 0) {
                out.printf(Locale.ROOT, "  %.1f-%.1f   %6d %10.3f %10.3f%n", row[0] / 10, (row[0] + 1) / 10,
                        (int) row[1], row[3], row[2]);
            }
        }
        if (!nonEvents.isEmpty()) {
            out.println();
            out.println("Words that are not events, and how many were coded as events anyway:");
            nonEvents.forEach((why, c) -> out.printf(Locale.ROOT, "  %-13s %4d coded %4d%n", why, c[0], c[1]));
        }
        out.println();
        out.printf(Locale.ROOT, "Actors and targets that name no actor: %d of %d%s%n", partiesUnnamed, parties,
                unnamed.isEmpty() ? "" : " (" + String.join("; ", unnamed.stream().limit(UNNAMED_SHOWN).toList())
                        + (unnamed.size() > UNNAMED_SHOWN ? "; ..." : "") + ")");
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }
}
