package org.dossier.nlp.corenlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DateExpression.Precision;

/**
 * Turns SUTime's TIMEX3 values into calendar dates. Absolute values ({@code 2016-10-10}, {@code 2016-W40},
 * {@code 2016-09}, {@code 2016}) are read as they are. Relative ones ({@code XXXX-WXX-1} for "Monday",
 * {@code THIS P1W OFFSET P-1W} for "last week", {@code OFFSET P-1D} for "yesterday", {@code XXXX-10-19} for
 * "October 19") are anchored here to the publication date, looking back or forward by the tense of their verb.
 *
 * <p>SUTime can anchor them itself, but keeps the direction of its last anchoring in shared state (CoreNLP issue
 * #1061), so the same sentence resolves differently depending on the documents before it and the threads beside
 * it. Dossier therefore runs SUTime without a document date and anchors here, deterministically.
 */
final class TimexAnchor {

    record Resolved(java.time.LocalDate date, Precision precision) {
        static final Resolved NONE = new Resolved(null, Precision.UNRESOLVED);
    }

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|T|/)");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(?:$|/|-WE)");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})(?:$|/)");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    /**
     * A time of day after a date: a part of the day ("TNI" for "Friday night") or a clock time with its zone
     * ("T19:15" for "7:15 p.m. on June 9", "T19:02+0530"), which leaves the day as it is.
     */
    private static final String TIME_OF_DAY = "(?:T[\\w:.+-]+)?";
    private static final Pattern WEEKDAY =
            Pattern.compile("^XXXX-WXX-([1-7])" + TIME_OF_DAY + "(?: OFFSET P(-?\\d+)W)?$");
    private static final Pattern WEEKEND = Pattern.compile("^XXXX-WE(?: OFFSET P(-?\\d+)W)?$");
    private static final Pattern MONTH_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})" + TIME_OF_DAY + "$");
    private static final Pattern MONTH_ONLY = Pattern.compile("^XXXX-(\\d{2})$");
    /**
     * A month named with "this", "last" or "next": {@code THIS XXXX-06} for "this June", {@code XXXX-02 OFFSET P-1Y}
     * for "last February", {@code XXXX-03 OFFSET P1Y} for "next March", {@code THIS P1Y OFFSET P-1Y INTERSECT
     * XXXX-02} for "February last year".
     */
    private static final Pattern THIS_MONTH = Pattern.compile("^THIS XXXX-(\\d{2})$");
    private static final Pattern LAST_OR_NEXT_MONTH = Pattern.compile("^XXXX-(\\d{2}) OFFSET P(-?\\d+)Y$");
    private static final Pattern MONTH_OF_YEAR =
            Pattern.compile("^THIS P1Y(?: OFFSET P(-?\\d+)Y)? INTERSECT XXXX-(\\d{2})$");
    private static final Pattern THIS_UNIT = Pattern.compile("^THIS P1([DWMY])(?: OFFSET P(-?\\d+)\\1)?$");
    private static final Pattern OFFSET = Pattern.compile("^OFFSET P(-?\\d+)([DWMY])$");
    /**
     * A part of a day named by its day: {@code THIS NI} for "tonight", {@code THIS MO} for "this morning",
     * {@code TNI OFFSET P-1D} for "last night", {@code TMO OFFSET P-1D} for "yesterday morning". A part of the day
     * alone ({@code TNI} for "overnight", "at night") names no day and stays unresolved.
     */
    private static final Pattern PART_OF_DAY =
            Pattern.compile("^(?:THIS T?(?:MO|AF|EV|NI)|T(?:MO|AF|EV|NI) OFFSET P(-?\\d+)D)$");

    private TimexAnchor() {}

    static Resolved resolve(String timex, LocalDate published, Tense tense) {
        if (timex == null) {
            return Resolved.NONE;
        }
        try {
            Resolved absolute = absolute(timex);
            if (absolute != Resolved.NONE || published == null) {
                return absolute;
            }
            return relative(timex, published, tense);
        } catch (DateTimeException | ArithmeticException e) {
            return Resolved.NONE;
        }
    }

    private static Resolved absolute(String timex) {
        Matcher m = DAY.matcher(timex);
        if (m.find()) {
            return new Resolved(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), Precision.DAY);
        }
        m = WEEK.matcher(timex);
        if (m.find()) {
            return new Resolved(mondayOfWeek(num(m, 1), num(m, 2)), Precision.WEEK);
        }
        m = MONTH.matcher(timex);
        if (m.find()) {
            return new Resolved(LocalDate.of(num(m, 1), num(m, 2), 1), Precision.MONTH);
        }
        m = YEAR.matcher(timex);
        if (m.find()) {
            return new Resolved(LocalDate.of(num(m, 1), 1, 1), Precision.YEAR);
        }
        return Resolved.NONE;
    }

    private static Resolved relative(String timex, LocalDate published, Tense tense) {
        Matcher m = WEEKDAY.matcher(timex);
        if (m.matches()) {
            DayOfWeek day = DayOfWeek.of(num(m, 1));
            if (m.group(2) != null) {
                LocalDate week = published.with(DayOfWeek.MONDAY).plusWeeks(Long.parseLong(m.group(2)));
                return new Resolved(week.with(day), Precision.DAY);
            }
            return new Resolved(published.with(tense != Tense.PAST ? TemporalAdjusters.nextOrSame(day)
                    : TemporalAdjusters.previousOrSame(day)), Precision.DAY);
        }
        m = WEEKEND.matcher(timex);
        if (m.matches()) {
            LocalDate saturday = m.group(1) != null
                    ? published.with(DayOfWeek.MONDAY).plusWeeks(Long.parseLong(m.group(1))).with(DayOfWeek.SATURDAY)
                    : nearestSaturday(published, tense);
            return new Resolved(saturday, Precision.WEEK);
        }
        m = MONTH_DAY.matcher(timex);
        if (m.matches()) {
            int month = num(m, 1);
            int day = num(m, 2);
            return new Resolved(dayInNearestYear(published, tense, y -> LocalDate.of(y, month, day)), Precision.DAY);
        }
        m = MONTH_ONLY.matcher(timex);
        if (m.matches()) {
            int month = num(m, 1);
            return new Resolved(inNearestYear(published.withDayOfMonth(1), tense, y -> LocalDate.of(y, month, 1)),
                    Precision.MONTH);
        }
        m = THIS_MONTH.matcher(timex);
        if (m.matches()) {
            return new Resolved(LocalDate.of(published.getYear(), num(m, 1), 1), Precision.MONTH);
        }
        m = LAST_OR_NEXT_MONTH.matcher(timex);
        if (m.matches()) {
            // "last June" is June of last year, as SUTime reads it, also when this year's June is past: of the four
            // read on broad and development pages where the two readings differ, three meant last year's month
            // (a ruling "last June" in a November paper was seventeen months old), one this year's
            return new Resolved(LocalDate.of(published.getYear(), num(m, 1), 1).plusYears(Long.parseLong(m.group(2))),
                    Precision.MONTH);
        }
        m = MONTH_OF_YEAR.matcher(timex);
        if (m.matches()) {
            long years = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            return new Resolved(LocalDate.of(published.getYear(), num(m, 2), 1).plusYears(years), Precision.MONTH);
        }
        m = THIS_UNIT.matcher(timex);
        if (m.matches()) {
            long offset = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            return thisUnit(published, m.group(1).charAt(0), offset);
        }
        m = OFFSET.matcher(timex);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            char unit = m.group(2).charAt(0);
            return new Resolved(published.plus(n, chronoUnit(unit)), unit == 'D' ? Precision.DAY : precision(unit));
        }
        m = PART_OF_DAY.matcher(timex);
        if (m.matches()) {
            long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            return new Resolved(published.plusDays(days), Precision.DAY);
        }
        return Resolved.NONE;
    }

    private static Resolved thisUnit(LocalDate published, char unit, long offset) {
        return switch (unit) {
            case 'D' -> new Resolved(published.plusDays(offset), Precision.DAY);
            case 'W' -> new Resolved(published.with(DayOfWeek.MONDAY).plusWeeks(offset), Precision.WEEK);
            case 'M' -> new Resolved(published.withDayOfMonth(1).plusMonths(offset), Precision.MONTH);
            default -> new Resolved(published.withDayOfYear(1).plusYears(offset), Precision.YEAR);
        };
    }

    private interface DateInYear {
        LocalDate in(int year);
    }

    /** How far back a date told in the simple present may lie: news names a recent date without its year. */
    private static final long RECENT_DAYS = 92;

    /**
     * The date in the year before, of, or after publication: the latest not after it, for the future the first not
     * before it, and for the simple present the one of the last three months if there is one, else the first not
     * before it ("after the rebels' October 7 raid" in November is last month's, not next year's; "the rules take
     * effect in October" in March are next October's).
     */
    private static LocalDate inNearestYear(LocalDate published, Tense tense, DateInYear date) {
        int year = published.getYear();
        if (tense == Tense.PRESENT) {
            LocalDate before = inNearestYear(published, Tense.PAST, date);
            return ChronoUnit.DAYS.between(before, published) <= RECENT_DAYS ? before
                    : inNearestYear(published, Tense.FUTURE, date);
        }
        if (tense == Tense.FUTURE) {
            LocalDate same = date.in(year);
            return same.isBefore(published) ? date.in(year + 1) : same;
        }
        LocalDate same = date.in(year);
        return same.isAfter(published) ? date.in(year - 1) : same;
    }

    /** How far after publication a day named without its year, in a sentence told in the past, may lie. */
    private static final long PLANNED_DAYS = 31;

    /**
     * A day named without its year: as {@link #inNearestYear}, except that a day of the coming month told in the
     * past is this year's, not nearly a year ago ("had planned to impose the tariff Dec. 15" in November, "held
     * pending a hearing April 19" in early April): news names a day eleven months back with its year, and the
     * past tense there is the plan's or the saying's, not the day's. A month alone keeps the past reading ("said
     * in December" in November is last December).
     */
    private static LocalDate dayInNearestYear(LocalDate published, Tense tense, DateInYear date) {
        if (tense == Tense.PAST) {
            LocalDate same = date.in(published.getYear());
            if (same.isAfter(published) && ChronoUnit.DAYS.between(published, same) <= PLANNED_DAYS) {
                return same;
            }
        }
        return inNearestYear(published, tense, date);
    }

    private static LocalDate nearestSaturday(LocalDate published, Tense tense) {
        if (published.getDayOfWeek() == DayOfWeek.SUNDAY && tense == Tense.PAST) {
            return published.minusDays(1);
        }
        return published.with(tense != Tense.PAST ? TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)
                : TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }

    private static LocalDate mondayOfWeek(int year, int week) {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static ChronoUnit chronoUnit(char unit) {
        return switch (unit) {
            case 'D' -> ChronoUnit.DAYS;
            case 'W' -> ChronoUnit.WEEKS;
            case 'M' -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private static Precision precision(char unit) {
        return switch (unit) {
            case 'W' -> Precision.WEEK;
            case 'M' -> Precision.MONTH;
            case 'Y' -> Precision.YEAR;
            default -> Precision.DAY;
        };
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
