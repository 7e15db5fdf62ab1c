package org.dossier.eval.attribution;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The counts of an attribution evaluation, summed over documents, and their report. */
public final class AttributionTally {

    /** The kinds of gold attribution that recall is reported for. */
    public enum Kind {
        DIRECT("direct quotes"),
        REPORTED_SPEECH("reported speech, speech cue"),
        REPORTED_OTHER("other attributions (beliefs, intentions, ...)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    final Map<Kind, int[]> goldFound = new EnumMap<>(Kind.class); // {gold, matched}
    int systemDirect;
    int systemDirectMatched;
    int systemDirectMatchedDirect;
    int systemReported;
    int systemReportedMatched;
    int systemReportedMatchedSpeech;
    int speakerScored;
    int speakerRight;
    int speakerMissing;
    int speakerPronounResolved;
    int goldWithoutSource;
    int documents;
    final List<String> misses = new ArrayList<>();

    public AttributionTally() {
        for (Kind kind : Kind.values()) {
            goldFound.put(kind, new int[2]);
        }
    }

    void gold(Kind kind, boolean matched) {
        int[] counts = goldFound.get(kind);
        counts[0]++;
        if (matched) {
            counts[1]++;
        }
    }

    public int documents() {
        return documents;
    }

    public double speakerAccuracy() {
        return ratio(speakerRight, speakerScored);
    }

    public double recall(Kind kind) {
        int[] counts = goldFound.get(kind);
        return ratio(counts[1], counts[0]);
    }

    /** Of the quotes Dossier marks direct, the share that are a gold direct quotation. */
    public double directPrecision() {
        return ratio(systemDirectMatchedDirect, systemDirect);
    }

    /** Of the quotes Dossier marks reported, the share that are a gold attribution with a speech cue. */
    public double reportedSpeechPrecision() {
        return ratio(systemReportedMatchedSpeech, systemReported);
    }

    public void print(PrintStream out, int showMisses) {
        out.printf(Locale.ROOT, "%d documents%n", documents);
        out.println("recall, one to one by span overlap (at least half of the shorter content):");
        for (Kind kind : Kind.values()) {
            int[] counts = goldFound.get(kind);
            out.printf(Locale.ROOT, "  %-46s %5d of %5d  %.3f%n", kind.label, counts[1], counts[0], recall(kind));
        }
        out.println("precision of what Dossier reports:");
        out.printf(Locale.ROOT, "  %-46s %5d of %5d  %.3f  (any attribution: %.3f)%n",
                "direct quotes that are a gold direct quotation", systemDirectMatchedDirect, systemDirect,
                directPrecision(), ratio(systemDirectMatched, systemDirect));
        out.printf(Locale.ROOT, "  %-46s %5d of %5d  %.3f  (any attribution: %.3f)%n",
                "reported quotes that are gold reported speech", systemReportedMatchedSpeech, systemReported,
                reportedSpeechPrecision(), ratio(systemReportedMatched, systemReported));
        out.printf(Locale.ROOT, "speaker accuracy on matched quotes: %d of %d  %.3f (no speaker given: %d; gold "
                + "pronoun sources scored by their coreference name or antecedent: %d; matched gold without a "
                + "source, not scored: %d)%n", speakerRight, speakerScored, speakerAccuracy(), speakerMissing,
                speakerPronounResolved, goldWithoutSource);
        misses.stream().limit(showMisses).forEach(m -> out.println("  " + m));
    }

    /**
     * The figures that the speech cues decide, in a few lines: recall by kind and the precision of reported quotes.
     * For the same run scored under a second list of speech cues, beside the full report of the first.
     */
    public void printBySpeechCues(PrintStream out, String cues) {
        out.println("the same quotes scored with the speech cues of " + cues + ":");
        for (Kind kind : Kind.values()) {
            int[] counts = goldFound.get(kind);
            out.printf(Locale.ROOT, "  %-46s %5d of %5d  %.3f%n", kind.label, counts[1], counts[0], recall(kind));
        }
        out.printf(Locale.ROOT, "  %-46s %5d of %5d  %.3f%n", "direct quotes that are a gold direct quotation",
                systemDirectMatchedDirect, systemDirect, directPrecision());
        out.printf(Locale.ROOT, "  %-46s %5d of %5d  %.3f%n", "reported quotes that are gold reported speech",
                systemReportedMatchedSpeech, systemReported, reportedSpeechPrecision());
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
