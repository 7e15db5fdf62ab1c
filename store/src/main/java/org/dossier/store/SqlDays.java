package org.dossier.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Days to and from the store's DATE columns (since schema version 11), as {@link LocalDate}s both ways: JDBC 4.2's
 * own mapping, which H2 and PostgreSQL's drivers both give, so no day is written or read as text.
 */
final class SqlDays {

    private SqlDays() {}

    /** Binds a day, or SQL's null for none. */
    static void set(PreparedStatement s, int index, LocalDate day) throws SQLException {
        if (day == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, day);
        }
    }

    /** The day in a column of the row, or null. */
    static LocalDate get(ResultSet r, int column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }
}
