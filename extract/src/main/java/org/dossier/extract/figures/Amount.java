package org.dossier.extract.figures;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;

/**
 * A number written in a sentence, in digits ("250,000", "11 million") or words ("four", "a dozen"), or a vague
 * amount ("scores of", "hundreds of thousands of") whose value stays null.
 *
 * @param first its first token
 * @param last its last token (for vague amounts, the last "of")
 * @param value its value, or null when vague
 * @param range whether it is a range ("between 60 and 100", "38,000 to 51,500"), valued at its lower bound
 */
record Amount(int first, int last, Long value, boolean range) {

    Amount(int first, int last, Long value) {
        this(first, last, value, false);
    }

    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("dozen", 12L));

    private static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L);

    private static final Set<String> VAGUE = Set.of("dozens", "scores", "hundreds", "thousands", "millions", "tens");

    /**
     * Words after an amount that count people by what happened to them ("12 dead", "30 wounded"), with the measure
     * each gives; after a vague amount they make it a count without "of" ("hundreds injured", "the hundreds trapped").
     */
    static final Map<String, String> STATES = WordTables.map("figures/state-words.tsv");

    /** Words that make a number word after them vague: "a few dozen", "several thousand", "many hundreds". */
    private static final Set<String> VAGUE_LEADS = Set.of("few", "several", "many");

    /** Fractions before a multiplier: "a quarter million", "a half million"; "half a million" is read apart. */
    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "quarter", 0.25);

    /** Auxiliaries between a vague subject and its participle: "thousands have been displaced". */
    static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "been", "were", "was", "are", "is",
            "be", "being");

    boolean vague() {
        return value == null;
    }

    /** The amount that starts at token i, or null; a range when a second amount follows ("60 to 100"). */
    static Amount at(SentenceView s, int i) {
        Amount amount = single(s, i);
        return amount == null ? null : range(s, amount);
    }

    /**
     * "between 60 and 100 rioters", "12,000 to 14,500 homes": a range is one amount, valued at its lower
     * bound. "from 10 to 40" is an update, not a range, and "and" makes a range only after "between".
     */
    private static Amount range(SentenceView s, Amount low) {
        int link = low.last() + 1;
        if (low.vague() || link + 1 >= s.size() || low.first() > 0 && s.word(low.first() - 1).equals("from")) {
            return low;
        }
        boolean between = low.first() > 0 && s.word(low.first() - 1).equalsIgnoreCase("between");
        if (!(s.word(link).equals("to") || s.word(link).matches("-|–") || between && s.word(link).equals("and"))) {
            return low;
        }
        Amount high = single(s, link + 1);
        if (high == null || high.vague() || high.value() <= low.value()) {
            return low;
        }
        return new Amount(low.first(), high.last(), low.value(), true);
    }

    private static Amount single(SentenceView s, int i) {
        String word = s.word(i);
        Amount fraction = fraction(s, i);
        if (fraction != null) {
            return fraction;
        }
        Amount vagueNumber = vagueNumber(s, i);
        if (vagueNumber != null) {
            return vagueNumber;
        }
        if ((VAGUE.contains(word) || word.equals("several")) && passiveSubject(s, i)) {
            return new Amount(i, i, null); // "thousands have been displaced", "several were wounded"
        }
        if (word.equals("several") && i + 1 < s.size()
                && (s.word(i + 1).equals("of") || STATES.containsKey(s.word(i + 1)))) {
            return new Amount(i, i + (s.word(i + 1).equals("of") ? 1 : 0), null); // "several of them", "several injured"
        }
        if (word.equals("several") && i + 1 < s.size() && s.pos(i + 1).matches("JJ.*|NNS|VBN")) {
            return new Amount(i, i, null); // "several people", "several residential units"
        }
        if (VAGUE.contains(word) && i + 1 < s.size() && s.word(i + 1).equals("of")) {
            int last = i + 1;
            while (last + 2 < s.size() && VAGUE.contains(s.word(last + 1)) && s.word(last + 2).equals("of")) {
                last += 2;
            }
            if (last + 1 < s.size() && VAGUE.contains(s.word(last + 1))) {
                last++; // "tens of thousands more residents": the amount ends at "thousands", not at "of"
            }
            return new Amount(i, last, null);
        }
        if (VAGUE.contains(word) && i + 1 < s.size() && STATES.containsKey(s.word(i + 1))) {
            return new Amount(i, i, null); // "hundreds injured"
        }
        if (VAGUE.contains(word) && i > 0 && s.pos(i - 1).startsWith("VB")) {
            return new Amount(i, i, null); // "killing five people and injuring dozens"
        }
        if (word.equalsIgnoreCase("a") && i + 1 < s.size() && s.word(i + 1).equals("dozen")) {
            return new Amount(i, i + 1, 12L);
        }
        if (word.equalsIgnoreCase("a") && i + 1 < s.size() && MULTIPLIERS.containsKey(s.word(i + 1))) {
            return new Amount(i, i + 1, MULTIPLIERS.get(s.word(i + 1))); // "a million people"
        }
        Long value = valueOf(word);
        if (value == null) {
            return null;
        }
        Long spaced = spacedThousands(s, i);
        if (spaced != null) {
            return new Amount(i, i + 2, spaced); // "230, 000"
        }
        int last = i;
        Long compound = hyphenatedTens(s, i);
        if (compound != null) {
            last = i + 2; // "twenty - one", as the tokenizer splits "twenty-one"
            value = compound;
            word = String.valueOf(compound);
        }
        if (last + 1 < s.size() && MULTIPLIERS.containsKey(s.word(last + 1))) {
            last++;
            value = Math.round(parseDecimal(word) * MULTIPLIERS.get(s.word(last)));
        } else if (last + 1 < s.size() && s.word(last + 1).equals("dozen")) {
            last++;
            value = value * 12; // "three dozen"
        }
        return new Amount(i, last, value);
    }

    /**
     * "twenty - one": a number word of tens, a hyphen and one of units, which the tokenizer splits into three
     * tokens (and ECB+ texts space out), read as one number (21); null when none starts at i.
     */
    private static Long hyphenatedTens(SentenceView s, int i) {
        if (i + 2 >= s.size() || !s.word(i + 1).equals("-")) {
            return null;
        }
        Long tens = WORDS.get(s.word(i));
        Long units = WORDS.get(s.word(i + 2));
        if (tens == null || units == null || tens < 20 || tens % 10 != 0 || units < 1 || units > 9) {
            return null;
        }
        return tens + units;
    }

    /**
     * "half a million" (500,000), "a quarter million" (250,000), "a half million": a fraction of a multiplier, read as
     * one number where "a million" alone would take the multiplier whole; null when none starts at i.
     */
    private static Amount fraction(SentenceView s, int i) {
        String word = s.word(i);
        if (FRACTIONS.containsKey(word) && i + 2 < s.size() && s.word(i + 1).equals("a")
                && MULTIPLIERS.containsKey(s.word(i + 2))) {
            return new Amount(i, i + 2, Math.round(FRACTIONS.get(word) * MULTIPLIERS.get(s.word(i + 2))));
        }
        if (word.equals("a") && i + 2 < s.size() && FRACTIONS.containsKey(s.word(i + 1))
                && MULTIPLIERS.containsKey(s.word(i + 2))) {
            return new Amount(i, i + 2, Math.round(FRACTIONS.get(s.word(i + 1)) * MULTIPLIERS.get(s.word(i + 2))));
        }
        return null;
    }

    /**
     * "a few dozen cases", "several thousand teachers", "many hundreds of people": a number word made vague by
     * the word before it, through its "of" when one follows; null when none starts at i.
     */
    private static Amount vagueNumber(SentenceView s, int i) {
        int lead = s.word(i).equals("a") && i + 1 < s.size() && s.word(i + 1).equals("few") ? i + 1 : i;
        if (!VAGUE_LEADS.contains(s.word(lead)) || lead + 1 >= s.size()
                || !(MULTIPLIERS.containsKey(s.word(lead + 1)) || s.word(lead + 1).equals("dozen"))) {
            return null;
        }
        int last = lead + 1;
        if (last + 1 < s.size() && s.word(last + 1).equals("of")) {
            last++;
        }
        return new Amount(i, last, null);
    }

    /** Whether the amount at i is the subject of a participle after auxiliaries: "hundreds were arrested". */
    private static boolean passiveSubject(SentenceView s, int i) {
        int t = i + 1;
        while (t < s.size() && AUXILIARIES.contains(s.word(t))) {
            t++;
        }
        return t > i + 1 && t < s.size() && s.pos(t).equals("VBN");
    }

    /**
     * "230, 000": a number whose thousands a tokenizer (or the text, as in ECB+) split at the comma, read as one
     * number when the group after the comma has exactly three digits.
     */
    private static Long spacedThousands(SentenceView s, int i) {
        if (i + 2 >= s.size() || !s.word(i).matches("\\d{1,3}") || !s.word(i + 1).equals(",")
                || !s.word(i + 2).matches("\\d{3}(,\\d{3})*")) {
            return null;
        }
        return Long.parseLong(s.word(i) + s.word(i + 2).replace(",", ""));
    }

    private static Long valueOf(String word) {
        if (word.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            return word.length() > 15 ? null : Long.parseLong(word.replace(",", ""));
        }
        if (word.matches("\\d+\\.\\d+")) {
            return Math.round(Double.parseDouble(word));
        }
        Long small = WORDS.get(word);
        if (small != null && !word.equals("dozen")) {
            return small;
        }
        String[] parts = word.split("-");
        if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
            return WORDS.get(parts[0]) + WORDS.get(parts[1]);
        }
        return null;
    }

    private static double parseDecimal(String word) {
        String digits = word.replace(",", "");
        if (digits.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(digits);
        }
        Long value = valueOf(word.toLowerCase(Locale.ROOT));
        return value == null ? 1 : value;
    }
}
