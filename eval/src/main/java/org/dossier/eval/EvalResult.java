package org.dossier.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores summed over all gold articles, in a stable field order, plus notes on what could not be scored. */
public final class EvalResult {

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final EventTally events = new EventTally();
    private int articles;

    void add(Score score) {
        scores.merge(score.field(), score, Score::plus);
    }

    void note(String note) {
        notes.add(note);
    }

    void countArticle() {
        articles++;
    }

    public Score score(String field) {
        return scores.get(field);
    }

    public Map<String, Score> scores() {
        return scores;
    }

    public List<String> notes() {
        return notes;
    }

    /** Event scores beyond precision and recall: per root, confusions, calibration, non-events. */
    public EventTally events() {
        return events;
    }

    public void print(PrintStream out) {
        out.println("Scored " + articles + " gold article(s).");
        for (Score score : scores.values()) {
            out.println(score.row());
        }
        if (!events.isEmpty()) {
            events.print(out);
        }
        for (String note : notes) {
            out.println("note: " + note);
        }
    }
}
