package org.dossier.extract.events;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;

/**
 * Tells a sports report from other news by its words. In a report of games, teams and players beat, defeat, attack
 * and fight one another, and nations meet ("Spain against Russia in the Davis Cup"): CAMEO codes none of it. Only
 * what the state does there stays an event: police arrest a player, a court charges him.
 */
final class SportsReports {

    /** Sectors of the state, whose acts in a sports report are still events. */
    private static final Set<String> STATE_SECTORS = Set.of("COP", "JUD", "GOV", "MIL", "LEG", "SPY");
    /** The least share of an article's words that are words of sports, and the least counts of them. */
    private static final double MIN_SHARE = 0.02;
    private static final int MIN_WORDS = 8;
    /** Different words only sports use: a name repeated ("the Arab League") counts once. */
    private static final int MIN_STRONG = 2;

    private final Map<String, String> strengths;

    private SportsReports(Map<String, String> strengths) {
        this.strengths = strengths;
    }

    static SportsReports standard() {
        return new SportsReports(WordTables.map("events/sports-words.tsv"));
    }

    /** Whether the article is a sports report: its words of sports are many, and some are words only sports use. */
    boolean isSportsReport(ArticleContext context) {
        int words = 0;
        int sports = 0;
        Set<String> strong = new HashSet<>();
        for (SentenceView s : context.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String word = s.word(i);
                if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                    continue;
                }
                words++;
                String lower = word.toLowerCase(Locale.ROOT);
                String strength = strengths.get(lower);
                if (strength != null) {
                    sports++;
                    if (strength.equals("strong")) {
                        strong.add(lower);
                    }
                }
            }
        }
        return sports >= MIN_WORDS && strong.size() >= MIN_STRONG && sports >= MIN_SHARE * words;
    }

    /** Whether an actor or target code is a state's police, courts, government, armed forces, legislature or spies. */
    static boolean isState(String code) {
        if (code == null) {
            return false;
        }
        for (String one : code.split(";")) {
            if (one.length() >= 6 && STATE_SECTORS.contains(one.substring(3, 6))) {
                return true;
            }
        }
        return false;
    }
}
