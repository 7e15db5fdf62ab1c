package org.dossier.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date or time expression of an article, normalized against the publication date.
 *
 * @param articleId the article
 * @param span the expression's characters in the article text
 * @param text the expression as written ("on Monday", "last week")
 * @param timex its TIMEX3 value ({@code 2016-10-10}, {@code 2016-W40}, {@code XXXX-10-19}, {@code PAST_REF})
 * @param date the first day it denotes, or null when it cannot be resolved to a calendar date
 * @param precision how much of {@code date} is known
 */
public record DateExpression(
        String articleId, Span span, String text, String timex, LocalDate date, Precision precision)
        implements Serializable {

    public DateExpression {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
        if ((date == null) != (precision == Precision.UNRESOLVED)) {
            throw new IllegalArgumentException("a date needs a precision, and only an unresolved expression lacks one");
        }
    }

    public enum Precision {
        DAY,
        WEEK,
        MONTH,
        YEAR,
        UNRESOLVED
    }
}
