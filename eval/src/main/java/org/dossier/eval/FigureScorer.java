package org.dossier.eval;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Span;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;

/**
 * Figures match on equal value (preferring a system figure whose words overlap the gold words, found at the gold
 * offsets when the gold gives them), or, when both are vague (no value), on overlapping text. Over matched pairs it
 * reports unit accuracy (the system unit equals the gold unit or its head word) and source accuracy (names
 * compared like entities, or one name's words a run of the other's whole words; no source on both sides is right).
 */
final class FigureScorer {

    private final GoldSet.Article gold;
    private final ArticleRecord system;
    private final String text;

    FigureScorer(GoldSet.Article gold, ArticleRecord system, String text) {
        this.gold = gold;
        this.system = system;
        this.text = text;
    }

    void scoreInto(EvalResult result) {
        List<FigureRecord> figures = system.figures();
        boolean[] used = new boolean[figures.size()];
        int matched = 0;
        int unitRight = 0;
        int sourceRight = 0;
        for (GoldSet.Figure g : gold.figures()) {
            int best = match(g, figures, used);
            if (best < 0) {
                continue;
            }
            used[best] = true;
            matched++;
            FigureRecord s = figures.get(best);
            if (sameUnit(g.unit(), s.unit())) {
                unitRight++;
            }
            if (sameSource(g.source(), s.source())) {
                sourceRight++;
            }
        }
        result.add(Score.counts("figures", matched, figures.size() - matched, gold.figures().size() - matched));
        result.add(Score.accuracy("figure unit", unitRight, matched));
        result.add(Score.accuracy("figure source", sourceRight, matched));
    }

    private int match(GoldSet.Figure g, List<FigureRecord> figures, boolean[] used) {
        Span goldSpan = g.text() == null ? null : TextLocator.locate(text, g.text(), g.start());
        int fallback = -1;
        for (int i = 0; i < figures.size(); i++) {
            if (used[i]) {
                continue;
            }
            FigureRecord s = figures.get(i);
            boolean overlaps = goldSpan != null && goldSpan.overlaps(new Span(s.start(), s.end()));
            if (g.value() != null && Objects.equals(g.value(), s.value())) {
                if (overlaps) {
                    return i;
                }
                fallback = fallback < 0 ? i : fallback;
            } else if (g.value() == null && s.value() == null && overlaps) {
                return i;
            }
        }
        return fallback;
    }

    static boolean sameUnit(String goldUnit, String systemUnit) {
        if (goldUnit == null || systemUnit == null) {
            return goldUnit == null && systemUnit == null;
        }
        String g = Names.fold(goldUnit);
        String s = Names.fold(systemUnit);
        return g.equals(s) || g.endsWith(" " + s) || s.endsWith(" " + g);
    }

    private boolean sameSource(String goldSource, String systemSource) {
        if (goldSource == null || systemSource == null) {
            return goldSource == null && systemSource == null;
        }
        // one name a run of whole words of the other ("navy" in "Indian Navy"), not a piece of a word: "Iran" is
        // not "Iranian Red Crescent", nor "he" "the ministry"
        return Names.wordRunWithin(goldSource, systemSource) || Names.wordRunWithin(systemSource, goldSource)
                || ArticleScorer.sameName(gold, goldSource, systemSource, ArticleScorer.allEntities(system));
    }
}
