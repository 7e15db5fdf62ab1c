package org.dossier.stories.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.FigureConflict;
import org.dossier.model.record.StoryRecord.FigureEntry;

/**
 * Finds figures of a story that disagree: the same measure given different values by different articles. A measure
 * is what happened to those counted ("killed", "died", "dead" and "death toll" are one: {@code figure-measures.tsv}),
 * who is counted ("people" and "civilians" alike, "children" apart), on which day (the day the figure states, else
 * its article's publication day) and where (the place the figure names, or none on both sides: a district's count
 * is not the nation's). "At least 290 people killed" and "320 dead" on one day is a conflict to show, with both
 * values and who gave them. Figures whose measure is not known, undated figures, and values far apart (more than
 * {@value #MAX_RATIO} times: "nine children" among "50 civilians") are not compared.
 */
final class FigureConflicts {

    static final double MAX_RATIO = 2.5;

    private static final String MEASURES = "/org/dossier/stories/figure-measures.tsv";
    private static final Map<String, String> MEASURE_OF = readMeasures();
    /** Nouns that count people without saying which: one kind of count. */
    private static final Set<String> ANYONE = Set.of("people", "person", "persons", "civilian", "civilians",
            "individual", "individuals", "resident", "residents", "victim", "victims");

    private FigureConflicts() {}

    static List<FigureConflict> find(List<FigureEntry> figures) {
        Map<String, List<FigureEntry>> byMeasure = new LinkedHashMap<>();
        for (FigureEntry f : figures) {
            String measure = measureOf(f.what());
            if (f.value() != null && f.date() != null && measure != null && !partOfAnother(f)) {
                byMeasure.computeIfAbsent(key(f, measure), k -> new ArrayList<>()).add(f);
            }
        }
        List<FigureConflict> conflicts = new ArrayList<>();
        for (List<FigureEntry> same : byMeasure.values()) {
            List<FigureEntry> disputed = List.of();
            for (FigureEntry anchor : same) {
                List<FigureEntry> around = disputedAround(anchor, same);
                disputed = around.size() > disputed.size() ? around : disputed;
            }
            if (disputed.size() > 1) {
                FigureEntry anchor = disputed.getFirst();
                conflicts.add(new FigureConflict(anchor.unit(), measureOf(anchor.what()), anchor.date(),
                        anchor.place(), List.copyOf(disputed)));
            }
        }
        return conflicts;
    }

    /**
     * The anchor and the figures of other articles that give another value close to it. Every figure of a group is
     * tried as the anchor and the largest dispute kept: a town's count that names no place joins the nation's
     * group, and as its only anchor it would hide the nation's two tolls, both far from it.
     */
    private static List<FigureEntry> disputedAround(FigureEntry anchor, List<FigureEntry> same) {
        List<FigureEntry> disputed = new ArrayList<>(List.of(anchor));
        for (FigureEntry f : same) {
            boolean known = false;
            for (FigureEntry d : disputed) {
                known |= Objects.equals(d.value(), f.value());
            }
            if (!known && !f.source().article().equals(anchor.source().article()) && close(anchor, f)) {
                disputed.add(f);
            }
        }
        return disputed;
    }

    /**
     * Whether the figure's words count a part of one counted before them ("Of them, four were children", "12 of
     * them"): a subset has a smaller scope than its whole, so it disagrees with no article's whole.
     */
    private static boolean partOfAnother(FigureEntry f) {
        return f.source() != null && f.source().text() != null && PART_WORDS.matcher(f.source().text()).find();
    }

    private static final Pattern PART_WORDS = Pattern.compile(
            "(?i)^(?:of|among)\\s+(?:them|those|these)\\b|\\bof\\s+(?:them|whom|those)$");

    /** The measure a word of what happened names ("died" → "killed"), or null when the table does not know it. */
    static String measureOf(String what) {
        return what == null ? null : MEASURE_OF.get(what.toLowerCase(Locale.ROOT).strip());
    }

    private static boolean close(FigureEntry a, FigureEntry b) {
        double low = Math.min(a.value(), b.value());
        double high = Math.max(a.value(), b.value());
        return low > 0 && high / low <= MAX_RATIO;
    }

    private static String key(FigureEntry f, String measure) {
        String place = f.place() == null ? "" : f.place().toLowerCase(Locale.ROOT).strip();
        return counted(f.unit()) + "|" + measure + "|" + f.date() + "|" + place;
    }

    /** "pro-government fighters" and "fighters" count the same kind of people; "people" and "civilians" too. */
    private static String counted(String unit) {
        if (unit == null) {
            return "people";
        }
        String[] words = unit.toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        if (ANYONE.contains(last)) {
            return "people";
        }
        return last.endsWith("s") && last.length() > 3 ? last.substring(0, last.length() - 1) : last;
    }

    private static Map<String, String> readMeasures() {
        InputStream in = FigureConflicts.class.getResourceAsStream(MEASURES);
        if (in == null) {
            throw new IllegalStateException("resource " + MEASURES + " is missing from the classpath (it ships in "
                    + "the dossier-stories jar)");
        }
        Map<String, String> out = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the figure measures cannot be read", e);
        }
        return Map.copyOf(out);
    }
}
