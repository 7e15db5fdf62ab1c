package org.dossier.stories.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dossier.stories.build.StoryRecord.FigureConflict;
import org.dossier.stories.build.StoryRecord.FigureEntry;

/**
 * Finds figures of a story that disagree: the same measure (what is counted, what happened to them, on which day:
 * the day the figure states, else its article's publication day) given different values by different articles.
 * "At least 290 people killed" and "at least 320 people killed" on one day is a conflict to show, with both values
 * and who gave them. Values far apart (more than {@value #MAX_RATIO} times) are taken for different scopes (a
 * city's toll and a country's, "nine children" among "50 civilians"), not a dispute; undated figures are not
 * compared.
 */
final class FigureConflicts {

    static final double MAX_RATIO = 2.5;

    private FigureConflicts() {}

    static List<FigureConflict> find(List<FigureEntry> figures) {
        Map<String, List<FigureEntry>> byMeasure = new LinkedHashMap<>();
        for (FigureEntry f : figures) {
            if (f.value() != null && f.date() != null) {
                byMeasure.computeIfAbsent(measure(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<FigureConflict> conflicts = new ArrayList<>();
        for (List<FigureEntry> same : byMeasure.values()) {
            FigureEntry first = same.getFirst();
            List<FigureEntry> disputed = new ArrayList<>(List.of(first));
            for (FigureEntry f : same) {
                boolean known = false;
                for (FigureEntry d : disputed) {
                    known |= Objects.equals(d.value(), f.value());
                }
                if (!known && !f.source().article().equals(first.source().article()) && close(first, f)) {
                    disputed.add(f);
                }
            }
            if (disputed.size() > 1) {
                conflicts.add(new FigureConflict(first.unit(), first.what(), first.date(), List.copyOf(disputed)));
            }
        }
        return conflicts;
    }

    private static boolean close(FigureEntry a, FigureEntry b) {
        double low = Math.min(a.value(), b.value());
        double high = Math.max(a.value(), b.value());
        return low > 0 && high / low <= MAX_RATIO;
    }

    private static String measure(FigureEntry f) {
        return head(f.unit()) + "|" + (f.what() == null ? "" : f.what().toLowerCase(Locale.ROOT)) + "|" + f.date();
    }

    /** "pro-government fighters" and "fighters" count the same kind of people. */
    private static String head(String unit) {
        if (unit == null) {
            return "";
        }
        String[] words = unit.toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return last.endsWith("s") && last.length() > 3 ? last.substring(0, last.length() - 1) : last;
    }
}
