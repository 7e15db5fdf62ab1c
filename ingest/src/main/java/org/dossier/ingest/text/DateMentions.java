package org.dossier.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit dates that include a year: ISO ({@code 2016-10-10}), numeric ({@code 10/10/2016},
 * {@code 10.10.2016}) and written ({@code December 12, 2016}, {@code 12 Dec 2016}, {@code Mon, 10 Oct 2016}).
 *
 * <p>Slashed numeric dates are read month first (US style) unless the first number cannot be a month; dotted
 * ones day first (European style). Dates without a year are not publication-date evidence and are left to
 * SUTime. Stateless and thread-safe.
 */
public final class DateMentions {

    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\w])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    private DateMentions() {}

    /** Every dated mention, in order of position, without overlaps. */
    public static List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        collect(ISO, text, found, m -> date(m.group(1), m.group(2), m.group(3)));
        collect(NUMERIC, text, found, DateMentions::numeric);
        collect(MONTH_DAY_YEAR, text, found, m -> date(m.group(3), month(m.group(1)), m.group(2)));
        collect(DAY_MONTH_YEAR, text, found, m -> date(m.group(3), month(m.group(2)), m.group(1)));
        found.sort(Comparator.comparingInt(DateMention::start));
        List<DateMention> disjoint = new ArrayList<>();
        for (DateMention mention : found) {
            if (disjoint.isEmpty() || mention.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(mention);
            }
        }
        return disjoint;
    }

    private interface Reader {
        LocalDate read(Matcher m);
    }

    private static void collect(Pattern pattern, String text, List<DateMention> into, Reader reader) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            LocalDate date = reader.read(m);
            if (date != null) {
                into.add(new DateMention(date, m.start(), m.end()));
            }
        }
    }

    private static LocalDate numeric(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        boolean dayFirst = m.group(2).equals(".") || first > 12;
        return dayFirst ? date(m.group(4), second, first) : date(m.group(4), first, second);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static LocalDate date(String year, String month, String day) {
        return date(year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate date(String year, int month, int day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(String year, int month, String day) {
        return date(year, month, Integer.parseInt(day));
    }
}
