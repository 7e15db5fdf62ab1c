package org.dossier.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of CoreNLP's taggers a sentence needs. SUTime (dates, times, durations) is needed only where a word for a
 * unit of time, a day, a month, a season, a part of the day, a holiday or a relative time, or a year, ordinal,
 * clock time or numeric date appears; the numeric classifiers alone where there is only an amount (a digit, a
 * currency sign, a word for a number); the name tagger alone elsewhere. SUTime is most of CoreNLP's NER time, and
 * the numeric classifiers find nothing without such a cue. The lists err on the side of running a tagger: a word
 * too many costs time, a word missing loses a tag (the {@code numbersEverywhere} setting checks the tags are the
 * same as when every sentence gets both). Words that SUTime's rules use only to modify a time expression
 * ("next", "last", "early", "every", "since", "until") are not cues: the expression's head is one. Leaving them
 * out sent a fifth fewer sentences through SUTime, with the same tags on the benchmark pages.
 */
final class NumberCues {

    private static final Set<String> NUMBER_WORDS = Set.copyOf(List.of(
            // numbers, quantities and currencies
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens", "score",
            "scores", "half", "halves", "quarter", "quarters", "third", "thirds", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "first", "second", "twice", "thrice", "once", "double", "triple",
            "single", "couple", "pair", "none", "percent", "per", "cent", "percentage", "pct", "bn", "mn", "m", "k",
            "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "ruble",
            "rubles", "rouble", "roubles", "franc", "francs", "peso", "pesos", "cents", "pence", "usd", "eur", "gbp",
            "lira", "won", "dinar", "dinars", "riyal", "shekel", "shekels"));

    private static final Set<String> TIME_WORDS = Set.copyOf(List.of(
            // parts of a year or a day that are also quantities ("the first quarter", "the second half")
            "quarter", "quarters", "half", "o'clock", "oclock", "a.m", "p.m", "daylight", "medieval",
            "ancient", "prehistoric", "modern", "contemporary",
            // "once" is also a past time to SUTime ("a once thriving city"); its kin err on the safe side
            "once", "twice", "thrice",
            // units of time
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "daily", "week", "weeks",
            "weekly", "weekend", "weekends", "fortnight", "month", "months", "monthly", "year", "years", "yearly",
            "annual", "annually", "decade", "decades", "century", "centuries", "millennium", "era", "quarterly",
            "semester", "hourly", "nightly", "biweekly", "time",
            // decades in words ("the late fifties")
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            // days, months, seasons, parts of the day
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
            "saturdays", "sundays", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter", "springtime", "summertime",
            "wintertime", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
            "noon", "midnight", "midday", "dawn", "dusk", "daybreak", "sunrise", "sunset", "overnight", "tonight",
            "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet", "cest",
            // holidays
            "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "passover", "hanukkah", "diwali",
            "valentine", "independence", "memorial", "labor", "labour", "veterans", "mlk", "yom", "kippur",
            "lent", "advent", "pentecost", "boxing",
            // relative times that SUTime tags on their own
            "today", "yesterday", "tomorrow", "now", "currently", "current", "recently", "lately", "ago", "past",
            "present", "future", "previously", "formerly", "nowadays", "earlier", "hitherto", "mid", "fiscal", "fy",
            "ytd", "q1", "q2", "q3", "q4", "h1", "h2", "bc", "ad", "bce", "ce", "twentieth", "nineteenth",
            "twenty-first", "21st", "20th", "eve", "anniversary", "birthday", "daytime", "nighttime", "weekday",
            "weekdays", "workday", "yesteryear", "anytime", "someday", "sometime", "lifetime", "semiannual",
            "biannual", "biennial", "centennial", "bicentennial", "tonite", "twilight"));

    private static final Pattern PLAIN_AMOUNT =
            Pattern.compile("\\p{Sc}?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private NumberCues() {}

    /** What CoreNLP's number and date tagger could find in a sentence, by the cheapest tagger that finds it all. */
    enum Cue {
        /** Nothing: the name tagger alone gives the same tags. */
        NONE,
        /** Numbers, money or percentages but no date or time: the numeric classifiers without SUTime. */
        NUMBER,
        /** A date, time or duration may be there: the numeric classifiers with SUTime. */
        DATE
    }

    static Cue of(List<CoreLabel> tokens) {
        Cue cue = Cue.NONE;
        for (int t = 0; t < tokens.size(); t++) {
            String lower = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (isApostrophe(lower) && t + 1 < tokens.size() && startsWithDigit(tokens.get(t + 1).word())) {
                return Cue.DATE; // "' 11", a year cut short
            }
            if (lower.length() > 1 && lower.endsWith(".")) {
                lower = lower.substring(0, lower.length() - 1); // "Nov.", "Sept."
            }
            Cue own = ofWord(lower);
            if (own == Cue.DATE) {
                return Cue.DATE;
            }
            if (own == Cue.NUMBER) {
                cue = Cue.NUMBER;
            }
        }
        return cue;
    }

    private static Cue ofWord(String lower) {
        if (TIME_WORDS.contains(lower) || lower.endsWith("th") && lower.length() > 4 && isOrdinalWord(lower)) {
            return Cue.DATE;
        }
        Cue cue = NUMBER_WORDS.contains(lower) ? Cue.NUMBER : Cue.NONE;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isDigit(c)) {
                // Years, decades, ordinals, clock times and numeric dates ("2016", "1990s", "5th", "10:30",
                // "12/03", "2pm") may be dates; a plain amount ("20", "3.5", "1,000", "40%") is not.
                return PLAIN_AMOUNT.matcher(lower).matches() && !YEAR.matcher(lower).matches() ? Cue.NUMBER : Cue.DATE;
            }
            if (Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%') {
                cue = Cue.NUMBER;
            }
        }
        if (cue == Cue.NONE && lower.indexOf('-') > 0) {
            for (String part : lower.split("-")) {
                Cue own = ofWord(part);
                if (own != Cue.NONE) {
                    return own;
                }
            }
        }
        return cue;
    }

    private static boolean isApostrophe(String word) {
        return word.equals("'") || word.equals("\u2019") || word.equals("`");
    }

    private static boolean startsWithDigit(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /** "twentieth", "hundredth", "millionth": ordinals beyond the listed ones. */
    private static boolean isOrdinalWord(String lower) {
        return lower.endsWith("ieth") || lower.endsWith("dth") || lower.endsWith("nth") || lower.endsWith("xth");
    }
}
