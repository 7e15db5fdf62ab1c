package org.dossier.extract.events;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.dossier.model.DateExpression;
import org.dossier.model.DateExpression.Precision;
import org.dossier.model.Event.DateBasis;

/**
 * When an event happened, and what that rests on: a day or the first day of a week, month or year, and whether
 * the text names it ("on 6 January", "in 2005"), a time word places it against the publication date ("on Monday",
 * "last week"), or it is only the day the article reported it.
 */
record EventDate(LocalDate date, Precision precision, DateBasis basis) {

    /** TIMEX3 values that name a date, wholly ("2016-10-08", "2005") or but for the year ("XXXX-10-08"). */
    private static final Pattern NAMED = Pattern.compile("^(?:\\d{4}|XXXX-\\d{2})(?:-[\\dW]|$|T|/)");

    EventDate {
        if (date == null || precision == null || precision == Precision.UNRESOLVED || basis == null) {
            throw new IllegalArgumentException("an event date is a resolved date with its precision and basis");
        }
    }

    /** The date an expression of the text gives, or null when it resolves to none. */
    static EventDate of(DateExpression expression) {
        if (expression.date() == null || expression.precision() == Precision.UNRESOLVED) {
            return null;
        }
        return new EventDate(expression.date(), expression.precision(), basisOf(expression));
    }

    /** The publication day for news the lead tells in the present ("has announced"): the text places it now. */
    static EventDate today(LocalDate published) {
        return published == null ? null : new EventDate(published, Precision.DAY, DateBasis.RELATIVE);
    }

    /** The publication date, for an event the text does not place in time. */
    static EventDate reported(LocalDate published) {
        return published == null ? null : new EventDate(published, Precision.DAY, DateBasis.REPORTED);
    }

    /** Stated when the expression names the date or its month; relative for weekdays, "yesterday", "last week". */
    static DateBasis basisOf(DateExpression expression) {
        String timex = expression.timex();
        return timex != null && NAMED.matcher(timex).find() && !timex.startsWith("XXXX-W")
                ? DateBasis.STATED : DateBasis.RELATIVE;
    }

    boolean isDay() {
        return precision == Precision.DAY;
    }
}
