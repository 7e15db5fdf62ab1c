package org.dossier.eval.attribution;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The counts of {@link FigureSourceScorer} over a set of articles, and the figures it listed. */
public final class FigureSourceTally {

    /** How one figure's source compares with the attribution it lies in, or with none. */
    public enum Verdict {
        RIGHT("inside an attribution with a source: source right", false),
        WRONG("inside an attribution with a source: source wrong", true),
        MISSING("inside an attribution with a source: no source given", true),
        SOURCELESS_GIVEN("inside an attribution without a source: source given", true),
        SOURCELESS_NONE("inside an attribution without a source: none given", false),
        EXTRA("outside any attribution: source given (extra)", true),
        NONE("outside any attribution: none given", false);

        final String label;
        /** Whether the verdict is an error, listed by default. */
        final boolean error;

        Verdict(String label, boolean error) {
            this.label = label;
            this.error = error;
        }
    }

    /**
     * One scored figure: where, its words, Dossier's source, the gold's and the gold cue, for reading; {@code speech}
     * when the attribution it lies in has a speech cue.
     */
    public record Line(String document, Verdict verdict, boolean speech, int start, String figure, String source,
            String goldSource, String goldCue) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s @%d %s: '%s' source '%s', gold '%s' (cue '%s'%s)", document, start,
                    verdict.name().toLowerCase(Locale.ROOT), figure, source, goldSource, goldCue,
                    goldCue == null || speech ? "" : ", no speech cue");
        }
    }

    int documents;
    private final int[] counts = new int[Verdict.values().length];
    private final int[] speechCounts = new int[Verdict.values().length];
    private final List<Line> lines = new ArrayList<>();

    void add(Line line) {
        counts[line.verdict().ordinal()]++;
        speechCounts[line.verdict().ordinal()] += line.speech() ? 1 : 0;
        lines.add(line);
    }

    public int documents() {
        return documents;
    }

    public int count(Verdict verdict) {
        return counts[verdict.ordinal()];
    }

    /** Figures of the verdict inside an attribution whose cue is a speech cue. */
    public int speechCount(Verdict verdict) {
        return speechCounts[verdict.ordinal()];
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Source accuracy over figures that have a gold source or that Dossier gave one (right over right+wrong+missing+extra). */
    public double accuracy() {
        int scored = count(Verdict.RIGHT) + count(Verdict.WRONG) + count(Verdict.MISSING) + count(Verdict.EXTRA);
        return scored == 0 ? 0 : (double) count(Verdict.RIGHT) / scored;
    }

    /**
     * Prints the counts, then up to {@code show} figures in document order: the errors (wrong, missing, extra), or
     * with {@code all} every figure.
     */
    public void print(PrintStream out, int show, boolean all) {
        out.printf(Locale.ROOT, "%d documents, %d figures%n", documents, lines.size());
        out.printf(Locale.ROOT, "  %-62s %5s %s%n", "", "all", "speech cue");
        for (Verdict verdict : Verdict.values()) {
            out.printf(Locale.ROOT, "  %-62s %5d %5d%n", verdict.label, count(verdict), speechCount(verdict));
        }
        int inside = count(Verdict.RIGHT) + count(Verdict.WRONG) + count(Verdict.MISSING);
        out.printf(Locale.ROOT, "source right inside attributions with a source: %d of %d  %.3f%n",
                count(Verdict.RIGHT), inside, inside == 0 ? 0 : (double) count(Verdict.RIGHT) / inside);
        int speech = speechCount(Verdict.RIGHT) + speechCount(Verdict.WRONG) + speechCount(Verdict.MISSING);
        out.printf(Locale.ROOT, "  of those with a speech cue: %d of %d  %.3f%n", speechCount(Verdict.RIGHT), speech,
                speech == 0 ? 0 : (double) speechCount(Verdict.RIGHT) / speech);
        out.printf(Locale.ROOT, "source accuracy (right over right, wrong, missing and extra): %.3f%n", accuracy());
        if (show > 0) {
            out.println("figures:");
            lines.stream().filter(l -> all || l.verdict().error)
                    .limit(show).forEach(l -> out.println("  " + l));
        }
    }
}
