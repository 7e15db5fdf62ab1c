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
 * Finds explicit dates that include a year: ISO ({@code 2016-10-10}, {@code 2016.10.10}), numeric
 * ({@code 10/10/2016}, {@code 10.10.2016}), East Asian ({@code 2016年10月10日}) and written with month names in
 * English, German, French, Spanish, Italian, Portuguese, Dutch and Polish ({@code December 12, 2016},
 * {@code 12. Dezember 2016}, {@code 12 de diciembre de 2016}).
 *
 * <p>Slashed numeric dates are read month first (US style) unless told the page is not American English or the
 * first number cannot be a month; dotted ones day first (European style). Dates without a year are not
 * publication-date evidence and are left to SUTime. Stateless and thread-safe.
 */
public final class DateMentions {

    /** Month names and abbreviations, by month number. */
    private static final String[][] MONTH_NAMES = {
        {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
            "januari", "stycznia", "styczeń"},
        {"february", "feb", "februar", "février", "fevrier", "févr", "febrero", "febbraio", "fevereiro", "fev",
            "februari", "lutego", "luty"},
        {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca", "marzec", "mär"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
            "września", "wrzesień"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
            "października", "październik"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
            "dezembro", "grudnia", "grudzień"},
    };
    private static final Map<String, Integer> MONTHS = monthIndex();
    private static final String MONTH = "(" + monthAlternation() + ")\\.?";

    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])");
    private static final Pattern EAST_ASIAN = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\w])");
    /** Tokenized copies (ECB+, LexisNexis-style exports) space the slashes: "2 / 3 / 2009". */
    private static final Pattern SPACED_SLASHED = Pattern.compile("(?<![\\d./])(\\d{1,2}) / (\\d{1,2}) / (\\d{4})(?![\\w])");
    /** "05/02/07": a two-digit year, trusted only on a date line ("POSTED: 05 / 02 / 07, 9: 40 PM PDT"). */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d./])(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{2})(?![\\w/])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s+"
            + "(?:of\\s+|de\\s+)?" + MONTH + "(?![\\p{L}]),?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateMentions() {}

    /** Every dated mention, in order of position, without overlaps; slashed dates read month first. */
    public static List<DateMention> find(String text) {
        return find(text, true);
    }

    /**
     * Every dated mention, in order of position, without overlaps.
     *
     * @param monthFirst read {@code 05/11/2019} as May 11 (American usage) rather than 5 November
     */
    public static List<DateMention> find(String text, boolean monthFirst) {
        if (!hasYearLikeNumber(text)) {
            return List.of(); // every pattern needs four digits in a row; most text has none, and this is cheap
        }
        List<DateMention> found = new ArrayList<>();
        collect(ISO, text, found, m -> date(m.group(1), m.group(3), m.group(4)));
        collect(EAST_ASIAN, text, found, m -> date(m.group(1), m.group(2), m.group(3)));
        collect(NUMERIC, text, found, m -> numeric(m, monthFirst));
        collect(SPACED_SLASHED, text, found, m -> slashed(m.group(1), m.group(2), m.group(3), monthFirst));
        collect(MONTH_DAY_YEAR, text, found, m -> date(m.group(3), month(m.group(1)), m.group(2)));
        collect(DAY_MONTH_YEAR, text, found, m -> date(m.group(3), month(m.group(2)), m.group(1)));
        return disjoint(found);
    }

    /**
     * The dates of a short line that may be a date line: those of {@link #find(String)}, and slashed dates with a
     * two-digit year, read as 19xx from 70 on and 20xx below (month first). In running text "3/4/07" is too often
     * something else to be read as a date.
     */
    public static List<DateMention> inDateLine(String line) {
        List<DateMention> found = new ArrayList<>(find(line, true));
        collect(SHORT_YEAR, line, found, m -> {
            int year = Integer.parseInt(m.group(3));
            return slashed(m.group(1), m.group(2), String.valueOf(year >= 70 ? 1900 + year : 2000 + year), true);
        });
        return disjoint(found);
    }

    private static List<DateMention> disjoint(List<DateMention> found) {
        found.sort(Comparator.comparingInt(DateMention::start));
        List<DateMention> disjoint = new ArrayList<>();
        for (DateMention mention : found) {
            if (disjoint.isEmpty() || mention.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(mention);
            }
        }
        return disjoint;
    }

    private static boolean hasYearLikeNumber(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
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

    private static LocalDate numeric(Matcher m, boolean monthFirst) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        boolean dayFirst = m.group(2).equals(".") || first > 12 || !monthFirst && second <= 12;
        return dayFirst ? date(m.group(4), second, first) : date(m.group(4), first, second);
    }

    private static LocalDate slashed(String firstText, String secondText, String year, boolean monthFirst) {
        int first = Integer.parseInt(firstText);
        int second = Integer.parseInt(secondText);
        boolean dayFirst = first > 12 || !monthFirst && second <= 12;
        return dayFirst ? date(year, second, first) : date(year, first, second);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> monthIndex() {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            for (String name : MONTH_NAMES[i]) {
                index.put(name, i + 1);
            }
        }
        return Map.copyOf(index);
    }

    /** Longest names first, so "September" is not read as "Sep" followed by letters. */
    private static String monthAlternation() {
        return MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length() != 0 ? b.length() - a.length()
                : a.compareTo(b)).map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
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
