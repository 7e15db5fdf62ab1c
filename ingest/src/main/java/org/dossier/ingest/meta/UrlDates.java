package org.dossier.ingest.meta;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Sourced;

/**
 * The full date a page's address states ({@code /2021/03/06/}, {@code 20210306-}), which sites write in their own
 * time zone. Plausible between 1995 and the reference date (today).
 */
public final class UrlDates {

    private static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern URL_DATE_SEPARATED = Pattern.compile(
            "/((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?:/|[_.-]|$)");
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private UrlDates() {}

    /** The first plausible full date of {@code url} (a path's separated date first), or none. */
    public static Optional<Sourced<LocalDate>> in(String url, LocalDate latest) {
        if (url == null) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {URL_DATE_SEPARATED, URL_DATE}) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                LocalDate date = safeDate(m.group(1), m.group(2), m.group(3));
                if (date != null && !date.isBefore(EARLIEST) && !date.isAfter(latest)) {
                    return Optional.of(Sourced.at(date, null, "url"));
                }
            }
        }
        return Optional.empty();
    }

    private static LocalDate safeDate(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
