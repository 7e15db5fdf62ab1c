package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dossier.output.IsoDay;

/**
 * Schema version 11.1: makes every value of the day columns, still text, the ISO date that version 11.2 casts to
 * DATE. Each value is read as the records' days are ({@code IsoDay}): an ISO date stays as it is, an ISO timestamp
 * that a version before the records held days may have stored becomes its day, and a value that is no day becomes
 * null (the article's record, which the store keeps whole, still holds what it said), so that no value can stop
 * the cast and the store from opening. Every value is read once; only those that change are written, by their
 * rows' keys, in batches.
 */
final class DaysAsDates extends RecordMigration {

    private static final int BATCH = 1000;

    /** A day column of text in a table with these key columns. */
    record DayColumn(String table, List<String> keys, String column) {}

    static final List<DayColumn> COLUMNS = List.of(
            new DayColumn("articles", List.of("id"), "published"),
            new DayColumn("events", List.of("article_id", "ordinal"), "event_day"),
            new DayColumn("figures", List.of("article_id", "ordinal"), "figure_day"),
            new DayColumn("stories", List.of("id"), "first_day"),
            new DayColumn("stories", List.of("id"), "last_day"));

    DaysAsDates() {
        super("11.1", "days as dates");
    }

    @Override
    void fill(Connection c) throws SQLException {
        for (DayColumn column : COLUMNS) {
            fill(c, column);
        }
    }

    private static void fill(Connection c, DayColumn column) throws SQLException {
        String keys = String.join(", ", column.keys());
        String match = String.join(" AND ", column.keys().stream().map(k -> k + " = ?").toList());
        try (PreparedStatement select = c.prepareStatement("SELECT " + keys + ", " + column.column() + " FROM "
                + column.table() + " WHERE " + column.column() + " IS NOT NULL");
                PreparedStatement update = c.prepareStatement("UPDATE " + column.table() + " SET " + column.column()
                        + " = ? WHERE " + match)) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    String text = r.getString(column.keys().size() + 1);
                    LocalDate day = day(text);
                    String iso = day == null ? null : day.toString();
                    if (text.equals(iso)) {
                        continue;
                    }
                    update.setString(1, iso);
                    for (int k = 0; k < column.keys().size(); k++) {
                        update.setObject(k + 2, r.getObject(k + 1));
                    }
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /** The day of an ISO date or timestamp ("2016-10-10", "2016-10-10T08:00:00Z", "2016-10-10 08:00"); else null. */
    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return IsoDay.Reader.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
