package org.dossier.ingest.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's own day of a timestamp written in UTC. Pages state their publication time in UTC in one place
 * ({@code "datePublished":"2023-11-09T06:35:29+00:00"}) and in the site's time in another ({@code <time
 * datetime="2023-11-08T22:50:29-08:00">Nov 8, 2023 / 10:50 PM PST}); an evening story then falls on the next day
 * in UTC, while its date line, its URL and its readers have the day before. Only the same instant stated with an
 * offset moves the day: without one the site's zone is unknown.
 */
final class LocalTimestamps {

    private static final Pattern UTC_TIMESTAMP = Pattern.compile(
            "^\\s*(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?\\s*(?:Z|[+-]00:?00)\\s*$");
    private static final Pattern OFFSET_TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?([+-])(\\d{2}):?(\\d{2})");
    private static final int SCAN_CHARS = 1_000_000;

    private final Supplier<String> markup;
    /** The page's timestamps with a non-zero offset, each as its instant and its local day; read once, on need. */
    private List<Stated> withOffsets;

    private record Stated(Instant instant, LocalDate localDay) {}

    LocalTimestamps(Supplier<String> markup) {
        this.markup = markup;
    }

    /** The local day of {@code value} when it is a UTC timestamp whose instant the page also states with an offset. */
    Optional<LocalDate> localDay(String value) {
        Matcher utc = UTC_TIMESTAMP.matcher(value == null ? "" : value);
        if (!utc.find()) {
            return Optional.empty();
        }
        Instant instant = instant(utc.group(1), utc.group(2), "+00:00");
        if (instant == null) {
            return Optional.empty();
        }
        for (Stated stated : withOffsets()) {
            if (Math.abs(ChronoUnit.SECONDS.between(instant, stated.instant())) < 60) {
                return Optional.of(stated.localDay());
            }
        }
        return Optional.empty();
    }

    private List<Stated> withOffsets() {
        if (withOffsets == null) {
            withOffsets = new ArrayList<>();
            String html = markup.get();
            Matcher m = OFFSET_TIMESTAMP.matcher(html).region(0, Math.min(html.length(), SCAN_CHARS));
            while (m.find()) {
                if (m.group(4).equals("00") && m.group(5).equals("00")) {
                    continue;
                }
                Instant instant = instant(m.group(1), m.group(2), m.group(3) + m.group(4) + ":" + m.group(5));
                if (instant != null) {
                    withOffsets.add(new Stated(instant, LocalDate.parse(m.group(1))));
                }
            }
        }
        return withOffsets;
    }

    private static Instant instant(String day, String time, String offset) {
        try {
            String seconds = time.length() == 5 ? time + ":00" : time;
            return OffsetDateTime.parse(day + "T" + seconds + offset).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
