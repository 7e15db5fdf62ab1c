package org.dossier.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold something CoreNLP's number and date tagger (its numeric classifiers and SUTime)
 * would tag: a digit, a currency sign, or a word for a number, a unit of time, a day, a month, a season, a part
 * of the day, a holiday or a relative time. That tagger is most of CoreNLP's NER time and finds nothing in the
 * other sentences, so they can skip it. The list errs on the side of running it: a word too many costs time, a
 * word missing loses a tag (the {@code numbersEverywhere} setting checks the two give the same tags).
 */
final class NumberCues {

    private static final Set<String> WORDS = Set.copyOf(List.of(
            // numbers and quantities
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens", "score",
            "scores", "half", "halves", "quarter", "quarters", "third", "thirds", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "first", "second", "twice", "thrice", "once", "double", "triple",
            "single", "couple", "pair", "none", "percent", "per", "cent", "percentage", "pct", "bn", "mn", "m", "k",
            "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "ruble",
            "rubles", "rouble", "roubles", "franc", "francs", "peso", "pesos", "cents", "pence", "usd", "eur", "gbp",
            "lira", "won", "dinar", "dinars", "riyal", "shekel", "shekels",
            // units of time
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "daily", "week", "weeks",
            "weekly", "weekend", "weekends", "fortnight", "month", "months", "monthly", "year", "years", "yearly",
            "annual", "annually", "decade", "decades", "century", "centuries", "millennium", "era", "quarterly",
            "semester", "season", "seasons", "hourly", "nightly", "biweekly", "age", "ages", "times", "time",
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
            "new", "valentine", "independence", "memorial", "labor", "labour", "veterans", "mlk", "yom", "kippur",
            "lent", "advent", "pentecost", "boxing",
            // relative times
            "today", "yesterday", "tomorrow", "now", "currently", "current", "recently", "recent", "lately", "ago",
            "past", "present", "future", "previously", "formerly", "nowadays", "soon", "later", "earlier", "early",
            "late", "last", "next", "previous", "coming", "upcoming", "following", "preceding", "prior", "since",
            "until", "till", "ever", "never", "always", "sometimes", "often", "frequently", "every", "each", "period",
            "moment", "instant", "while", "momentarily", "shortly", "immediately", "forthwith", "hitherto",
            "thereafter", "beforehand", "eventually", "finally", "then", "meantime", "meanwhile", "mid", "fiscal",
            "fy", "ytd", "q1", "q2", "q3", "q4", "h1", "h2", "bc", "ad", "bce", "ce", "twentieth", "nineteenth",
            "twenty-first", "21st", "20th", "eve", "anniversary", "birthday", "term", "recess", "session", "daytime",
            "nighttime", "weekday", "weekdays", "workday", "yesteryear", "hence", "anytime", "someday", "sometime",
            "lifetime", "semiannual", "biannual", "biennial", "centennial", "bicentennial", "tonite", "twilight"));

    private NumberCues() {}

    static boolean mayHoldNumberOrDate(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            String word = token.word();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%') {
                    return true;
                }
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() > 1 && lower.endsWith(".")) {
                lower = lower.substring(0, lower.length() - 1); // "Nov.", "Sept."
            }
            if (WORDS.contains(lower) || lower.endsWith("th") && lower.length() > 4 && isOrdinalWord(lower)) {
                return true;
            }
            if (lower.indexOf('-') > 0) {
                for (String part : lower.split("-")) {
                    if (WORDS.contains(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "twentieth", "hundredth", "millionth": ordinals beyond the listed ones. */
    private static boolean isOrdinalWord(String lower) {
        return lower.endsWith("ieth") || lower.endsWith("dth") || lower.endsWith("nth") || lower.endsWith("xth");
    }
}
