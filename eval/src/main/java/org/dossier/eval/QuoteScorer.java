package org.dossier.eval;

import java.util.List;
import org.dossier.model.Span;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;

/**
 * Quotes match when their texts overlap by at least half the words of the shorter one; each gold quote matches
 * at most one system quote (best overlap first). Reports span P/R/F1 and, over matched pairs, speaker accuracy
 * and direct/reported accuracy.
 */
final class QuoteScorer {

    private final GoldSet.Article gold;
    private final ArticleRecord system;
    private final String text;

    QuoteScorer(GoldSet.Article gold, ArticleRecord system, String text) {
        this.gold = gold;
        this.system = system;
        this.text = text;
    }

    void scoreInto(EvalResult result) {
        List<QuoteRecord> quotes = system.quotes();
        boolean[] used = new boolean[quotes.size()];
        int matched = 0;
        int speakerRight = 0;
        int directRight = 0;
        for (GoldSet.Quote g : gold.quotes()) {
            int best = bestMatch(g, quotes, used);
            if (best < 0) {
                continue;
            }
            used[best] = true;
            matched++;
            QuoteRecord s = quotes.get(best);
            if (ArticleScorer.sameName(gold, g.speaker(), s.speaker(), ArticleScorer.allEntities(system))) {
                speakerRight++;
            }
            if (g.direct() == s.direct()) {
                directRight++;
            }
        }
        result.add(Score.counts("quotes", matched, quotes.size() - matched, gold.quotes().size() - matched));
        result.add(Score.accuracy("quote speaker", speakerRight, matched));
        result.add(Score.accuracy("quote direct/reported", directRight, matched));
    }

    private int bestMatch(GoldSet.Quote g, List<QuoteRecord> quotes, boolean[] used) {
        Span goldSpan = TextLocator.find(text, g.text());
        int goldWords = Names.wordCount(g.text());
        int best = -1;
        double bestShare = 0;
        for (int i = 0; i < quotes.size(); i++) {
            if (used[i]) {
                continue;
            }
            QuoteRecord s = quotes.get(i);
            int systemWords = Names.wordCount(s.text());
            int overlap = goldSpan == null ? 0 : TextLocator.overlapWords(text, goldSpan, new Span(s.start(), s.end()));
            double share = Math.min(goldWords, systemWords) == 0 ? 0 : (double) overlap / Math.min(goldWords, systemWords);
            if (share >= 0.5 && share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        return best;
    }
}
