package org.dossier.extract.figures;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.SentenceView;

/**
 * A number written in a sentence, in digits ("250,000", "11 million") or words ("four", "a dozen"), or a vague
 * amount ("scores of", "hundreds of thousands of") whose value stays null.
 *
 * @param first its first token
 * @param last its last token (for vague amounts, the last "of")
 * @param value its value, or null when vague
 */
record Amount(int first, int last, Long value) {

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

    boolean vague() {
        return value == null;
    }

    /** The amount that starts at token i, or null. */
    static Amount at(SentenceView s, int i) {
        String word = s.word(i);
        if (VAGUE.contains(word) && i + 1 < s.size() && s.word(i + 1).equals("of")) {
            int last = i + 1;
            while (last + 2 < s.size() && VAGUE.contains(s.word(last + 1)) && s.word(last + 2).equals("of")) {
                last += 2;
            }
            return new Amount(i, last, null);
        }
        if (word.equals("a") && i + 1 < s.size() && s.word(i + 1).equals("dozen")) {
            return new Amount(i, i + 1, 12L);
        }
        Long value = valueOf(word);
        if (value == null) {
            return null;
        }
        int last = i;
        if (i + 1 < s.size() && MULTIPLIERS.containsKey(s.word(i + 1))) {
            last = i + 1;
            value = Math.round(parseDecimal(word) * MULTIPLIERS.get(s.word(i + 1)));
        }
        return new Amount(i, last, value);
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
