package org.dossier.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.dossier.core.Outcome;
import org.dossier.engine.BatchRunner;

/**
 * Reports a long run on stderr: every failed document at once as a warning, and throughput with an estimate of
 * the time left every few seconds (on one updating line when stderr is a terminal).
 */
final class ProgressReporter implements BatchRunner.Progress {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private int failed;

    ProgressReporter(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null;
    }

    @Override
    public void update(int done, int total, Outcome last) {
        if (last instanceof Outcome.Failed f) {
            failed++;
            err.println((terminal ? "\r" : "") + "warning: " + f.describe());
        }
        long now = System.nanoTime();
        boolean finished = total >= 0 && done == total;
        if (!quiet && (now - lastReport >= INTERVAL_NANOS || finished && total > 1)) {
            lastReport = now;
            err.print((terminal ? "\r" : "") + line(done, total, now) + (terminal && !finished ? "" : "\n"));
        }
        err.flush();
    }

    private String line(int done, int total, long now) {
        double seconds = (now - started) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        if (total < 0) {
            return String.format(Locale.ROOT, "[%d] %.2f documents/s, %d failed, %s elapsed", done, rate, failed,
                    duration(seconds));
        }
        double left = (total - done) / Math.max(rate, 1e-9);
        return String.format(Locale.ROOT, "[%d/%d] %.2f documents/s, %d failed, %s elapsed, about %s left", done,
                total, rate, failed, duration(seconds), duration(left));
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + "s" : s < 3600 ? (s / 60) + "m" + (s % 60) + "s" : (s / 3600) + "h" + (s % 3600 / 60) + "m";
    }
}
