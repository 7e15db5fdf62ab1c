package org.dossier.extract;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DateExpression;
import org.dossier.model.Quote;

/** Which day a sentence's events and figures belong to, from the dates written in it. */
public final class Days {

    private Days() {}

    /** The one day-precise date of the sentence, outside the quote, when there is exactly one. */
    public static LocalDate onlyDayOf(ArticleContext context, SentenceView s, Quote quote) {
        DateExpression day = onlyDay(context, s, quote);
        return day == null ? null : day.date();
    }

    /** The expression of the one day-precise date of the sentence, outside the quote, when there is exactly one. */
    public static DateExpression onlyDay(ArticleContext context, SentenceView s, Quote quote) {
        DateExpression only = null;
        for (DateExpression date : timesOf(context, s, quote)) {
            if (date.precision() != DateExpression.Precision.DAY) {
                continue;
            }
            if (only != null && !only.date().equals(date.date())) {
                return null;
            }
            if (only == null) {
                only = date;
            }
        }
        return only;
    }

    /**
     * The one date the sentence names outside the quote, of any precision ("in August 2016", "last month"), when it
     * names exactly one; a sentence that names two different dates says nothing of which one its events are on.
     */
    public static DateExpression onlyDate(ArticleContext context, SentenceView s, Quote quote) {
        DateExpression only = null;
        for (DateExpression date : timesOf(context, s, quote)) {
            if (date.date() == null || date.precision() == DateExpression.Precision.UNRESOLVED
                    || only != null && !(only.date().equals(date.date()) && only.precision() == date.precision())) {
                return null;
            }
            if (only == null) {
                only = date;
            }
        }
        return only;
    }

    /** The dates of the sentence that may be its time: outside the quote, and no bound of a period. */
    private static List<DateExpression> timesOf(ArticleContext context, SentenceView s, Quote quote) {
        return context.datesIn(s.sentence().span()).stream()
                .filter(d -> (quote == null || !quote.span().overlaps(d.span())) && !startsAPeriod(context, d))
                .toList();
    }

    /** "by noon on Friday": a time of the day before "on" keeps the date a bound. */
    private static final String TIME_OF_DAY_ON = "(?sU).*\\b(noon|midday|midnight|dawn|dusk|daybreak|nightfall|sunrise"
            + "|sunset|morning|evening|night|end)\\s+(on|at)\\s*$";

    /**
     * Where the words that may make a date a bound begin: up to 80 characters back, but not before the date's own
     * sentence. A preposition that ends the sentence before ("... who stood by the hole." "Last week, Khartoum
     * submitted a complaint"; "... driven from the scene." "October 20: ARRESTS") binds nothing in this one.
     */
    private static int lookBackStart(ArticleContext context, DateExpression date) {
        int from = Math.max(0, date.span().start() - 80);
        SentenceView own = context.sentenceAt(date.span().start());
        return own == null ? from : Math.max(from, Math.min(own.sentence().span().start(), date.span().start()));
    }

    /** "since September 22", "until Monday": the bound of a period, not the day of an event. */
    public static boolean startsAPeriod(ArticleContext context, DateExpression date) {
        String before = context.text().substring(lookBackStart(context, date), date.span().start())
                .toLowerCase(java.util.Locale.ROOT);
        // "since" may sit several words back ("since the beginning of the offensive on September 22"), but not
        // across a comma; "by" and its like only just before ("killed by shelling on Monday" is a day), and not
        // when "on" or "at" puts the phrase's own act at the date ("shot by police on Saturday", "after talks on
        // Monday").
        return before.matches("(?sU).*\\b(since|until|till|through)\\b([\\s'’-]+[\\w'’-]+){0,8}\\s*$")
                || before.matches("(?sU).*\\b(before|after|from|by)\\b(\\W+\\w+){0,2}\\W*$")
                        && (!before.matches("(?sU).*\\b(on|at)\\s*$") || before.matches(TIME_OF_DAY_ON));
    }
}
