package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Schema version 11.1: fills the DATE columns version 11 added from the ISO text of the day columns beside them.
 * Each value is read as the records' days are ({@code IsoDay}): an ISO date, or the day of an ISO timestamp that a
 * version before the records held days may have stored. A value that is no day leaves the new column null; the
 * article's record, which the store keeps whole, still holds what it said. Rows are updated by their keys, in
 * batches, so that a store of hundreds of thousands of events migrates in one pass over each table.
 */
final class DaysAsDates extends RecordMigration {

    private static final int BATCH = 1000;

    /** A day column of text and the DATE column that takes its place, in a table with these key columns. */
    record DayColumn(String table, List<String> keys, String text, String date) {}

    static final List<DayColumn> COLUMNS = List.of(
            new DayColumn("articles", List.of("id"), "published", "published_date"),
            new DayColumn("events", List.of("article_id", "ordinal"), "event_day", "event_date"),
            new DayColumn("figures", List.of("article_id", "ordinal"), "figure_day", "figure_date"),
            new DayColumn("stories", List.of("id"), "first_day", "first_date"),
            new DayColumn("stories", List.of("id"), "last_day", "last_date"));

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
        try (PreparedStatement select = c.prepareStatement("SELECT " + keys + ", " + column.text() + " FROM "
                + column.table() + " WHERE " + column.text() + " IS NOT NULL");
                PreparedStatement update = c.prepareStatement("UPDATE " + column.table() + " SET " + column.date()
                        + " = ? WHERE " + match)) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    LocalDate day = day(r.getString(column.keys().size() + 1));
                    if (day == null) {
                        continue;
                    }
                    update.setObject(1, day);
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
        String t = text.strip();
        if (t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
            t = t.substring(0, 10);
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
