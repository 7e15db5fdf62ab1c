package org.dossier.nlp.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Token;

/**
 * Whether a time expression looks back or forward from the publication date, judged from the verb it goes with:
 * "met on Monday" looks back, "will meet on Monday" and "are meeting on Monday" look forward, and the simple
 * present may do either: "meets on Monday" is a schedule, "follows the testimony Tuesday" and "after the rebels'
 * October 7 attack" are told of the past. News mostly reports what happened, so without a verb the answer is "back".
 */
enum Tense {
    PAST,
    /**
     * The simple present: a weekday is the next one (a schedule), a date in a year one of the last three months,
     * else the next.
     */
    PRESENT,
    FUTURE;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would", "'d");
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "'s", "'re");
    private static final int REACH = 8;

    /** The tense of the verb nearest before the expression at tokens [first, last], else the nearest after it. */
    static Tense of(List<Token> tokens, int first, int last) {
        for (int i = first - 1; i >= Math.max(0, first - REACH); i--) {
            if (tokens.get(i).pos().startsWith("VB")) {
                return ofVerb(tokens, i);
            }
        }
        for (int i = last + 1; i < Math.min(tokens.size(), last + 1 + REACH); i++) {
            if (tokens.get(i).pos().startsWith("VB")) {
                return ofVerb(tokens, i);
            }
        }
        return PAST;
    }

    private static Tense ofVerb(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (FUTURE_MODALS.contains(word)) {
                return FUTURE;
            }
            if (tokens.get(i).pos().equals("VBD") || word.equals("was") || word.equals("were")) {
                return PAST;
            }
            if (PRESENT_AUX.contains(word) && tokens.get(verb).pos().equals("VBG")) {
                return FUTURE;
            }
        }
        String pos = tokens.get(verb).pos();
        return pos.equals("VBZ") || pos.equals("VBP") ? PRESENT : PAST;
    }
}
