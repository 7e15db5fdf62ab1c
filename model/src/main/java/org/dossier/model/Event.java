package org.dossier.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A coded political event: who did what to whom, where and when, and how sure the coder is.
 *
 * @param articleId the article
 * @param span the supporting words in the article text
 * @param text those words
 * @param date when it happened: the day, or the first day of the week, month or year it is placed in; null when
 *     neither the text nor the publication date tells
 * @param datePrecision how much of {@code date} is known (day, week, month, year); null without a date
 * @param dateBasis what the date rests on; null without a date
 * @param actor who acted, or null when the text leaves it unknown (violence by unidentified people)
 * @param action a readable label of the action ("ACCUSE", "ATTACK/BOMB")
 * @param cameo the CAMEO event code, 2–4 digits
 * @param root the CAMEO root code, 2 digits
 * @param quadClass the QuadClass (1 verbal cooperation … 4 material conflict)
 * @param goldstein the Goldstein scale value of the code
 * @param target to whom, or null
 * @param place where it happened: the place of its own locative phrase, else of its sentence; or null
 * @param confidence how likely the record is right (actor, action and words), in [0, 1]: of the events coded
 *     with confidence 0.8, about 8 in 10 are right on the development data (less on news unlike it; a calibration
 *     fitted by {@code dossier calibrate-events} on a judged sample of other news makes it hold there)
 */
public record Event(
        String articleId, Span span, String text, LocalDate date, DateExpression.Precision datePrecision,
        DateBasis dateBasis, Actor actor, String action, String cameo, String root, int quadClass, double goldstein,
        Actor target, Place place, double confidence)
        implements Serializable {

    public Event {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cameo, "cameo");
        if ((date == null) != (datePrecision == null) || (date == null) != (dateBasis == null)) {
            throw new IllegalArgumentException("a date needs its precision and basis, and only a date has them");
        }
        if (datePrecision == DateExpression.Precision.UNRESOLVED) {
            throw new IllegalArgumentException("an event's date is resolved or absent");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], was " + confidence);
        }
    }

    /** What an event's date rests on. */
    public enum DateBasis {
        /** The text names the date ("on 6 January", "in 2005"). */
        STATED,
        /** A time word read against the publication date ("on Monday", "yesterday", "last week"). */
        RELATIVE,
        /** The text does not say when: the day the article reported it, its publication date. */
        REPORTED
    }

    /** The name of where it happened, or null: what the {@code location} fields of the outputs hold. */
    public String location() {
        return place == null ? null : place.name();
    }

    /** The last day of the period the date denotes (the date itself for a day), or null without a date. */
    public LocalDate lastDay() {
        if (date == null) {
            return null;
        }
        return switch (datePrecision) {
            case WEEK -> date.plusDays(6);
            case MONTH -> date.plusMonths(1).minusDays(1);
            case YEAR -> date.plusYears(1).minusDays(1);
            default -> date;
        };
    }

    /** This event with another date. */
    public Event withDate(LocalDate newDate, DateExpression.Precision precision, DateBasis basis) {
        return new Event(articleId, span, text, newDate, precision, basis, actor, action, cameo, root, quadClass,
                goldstein, target, place, confidence);
    }

    /** This event with another place. */
    public Event withPlace(Place newPlace) {
        return new Event(articleId, span, text, date, datePrecision, dateBasis, actor, action, cameo, root, quadClass,
                goldstein, target, newPlace, confidence);
    }

    /** This event with another actor and target (either may be the same). */
    public Event withParties(Actor newActor, Actor newTarget) {
        return new Event(articleId, span, text, date, datePrecision, dateBasis, newActor, action, cameo, root,
                quadClass, goldstein, newTarget, place, confidence);
    }

    /** This event with another confidence. */
    public Event withConfidence(double newConfidence) {
        return new Event(articleId, span, text, date, datePrecision, dateBasis, actor, action, cameo, root,
                quadClass, goldstein, target, place, newConfidence);
    }
}
