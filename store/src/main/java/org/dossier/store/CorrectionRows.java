package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.store.Correction.ItemKey;
import org.dossier.store.Correction.ItemKind;
import org.dossier.store.Corrections.ItemFix;
import org.dossier.store.Corrections.Merge;

/** The corrections table and the two tables derived from it, inside the caller's transaction. */
final class CorrectionRows {

    private CorrectionRows() {}

    private static final String COLUMNS = "id, kind, article_id, item_kind, start_offset, end_offset, item_text, "
            + "before_value, new_value, code, note, created_at, undone_at";

    /** What an item says now, read from its row: its words and the fields a correction may change. */
    record Item(String text, String actor, String actorCode, String target, String targetCode, String cameo,
            String speaker) {}

    /** The item's row (the first, when several items share its words), or empty when the article has none. */
    static Optional<Item> item(Connection c, ItemKey key) throws SQLException {
        String sql = switch (key.kind()) {
            case event -> "SELECT text, actor, actor_code, target, target_code, cameo, NULL FROM events";
            case quote -> "SELECT text, NULL, NULL, NULL, NULL, NULL, speaker FROM quotes";
            case figure -> "SELECT text, NULL, NULL, NULL, NULL, NULL, NULL FROM figures";
        } + " WHERE article_id = ? AND start_offset = ? AND end_offset = ? ORDER BY ordinal";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key.article());
            s.setInt(2, key.start());
            s.setInt(3, key.end());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Item(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7))) : Optional.empty();
            }
        }
    }

    static long insert(Connection c, NewCorrection n, String itemText, String before, Instant at)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO corrections (kind, article_id, item_kind, "
                + "start_offset, end_offset, item_text, before_value, new_value, code, note, created_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, n.kind().name());
            ItemKey item = n.item();
            s.setString(2, item == null ? null : item.article());
            s.setString(3, item == null ? null : item.kind().name());
            setInt(s, 4, item == null ? null : item.start());
            setInt(s, 5, item == null ? null : item.end());
            s.setString(6, itemText);
            s.setString(7, before);
            s.setString(8, n.value());
            s.setString(9, n.code());
            s.setString(10, n.note());
            s.setTimestamp(11, Timestamp.from(at));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Marks the correction undone; false when it was undone already. */
    static boolean undo(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE corrections SET undone_at = ? WHERE id = ? AND "
                + "undone_at IS NULL")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setLong(2, id);
            return s.executeUpdate() == 1;
        }
    }

    static Optional<Correction> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM corrections WHERE id = ?")) {
            s.setLong(1, id);
            List<Correction> found = read(s);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
        }
    }

    /** The corrections that apply, oldest first: the order they are folded in. */
    static List<Correction> active(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM corrections WHERE undone_at IS "
                + "NULL ORDER BY id")) {
            return read(s);
        }
    }

    /** A page of the history, newest first, undone ones included. */
    static List<Correction> page(Connection c, int limit, int offset) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM corrections ORDER BY id DESC "
                + "LIMIT ? OFFSET ?")) {
            s.setInt(1, limit);
            s.setInt(2, offset);
            return read(s);
        }
    }

    private static List<Correction> read(PreparedStatement s) throws SQLException {
        List<Correction> list = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String article = r.getString(3);
                ItemKey item = article == null ? null : new ItemKey(article, ItemKind.valueOf(r.getString(4)),
                        r.getInt(5), r.getInt(6));
                Timestamp undone = r.getTimestamp(13);
                list.add(new Correction(r.getLong(1), Correction.Kind.valueOf(r.getString(2)), item, r.getString(7),
                        r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                        r.getTimestamp(12).toInstant(), undone == null ? null : undone.toInstant()));
            }
        }
        return list;
    }

    /** Writes what the corrections amount to over the derived tables, whole. */
    static void rewriteDerived(Connection c, Corrections state) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM item_corrections");
            s.executeUpdate("DELETE FROM actor_merges");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO item_corrections (article_id, item_kind, "
                + "start_offset, end_offset, rejected, actor_set, actor, actor_code, target_set, target, target_code, "
                + "speaker, cameo, root, action, quad_class, goldstein) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Map.Entry<ItemKey, ItemFix> e : state.items().entrySet()) {
                ItemKey k = e.getKey();
                ItemFix f = e.getValue();
                s.setString(1, k.article());
                s.setString(2, k.kind().name());
                s.setInt(3, k.start());
                s.setInt(4, k.end());
                s.setBoolean(5, f.rejected());
                s.setBoolean(6, f.actor() != null);
                s.setString(7, f.actor() == null ? null : f.actor().name());
                s.setString(8, f.actor() == null ? null : f.actor().code());
                s.setBoolean(9, f.target() != null);
                s.setString(10, f.target() == null ? null : f.target().name());
                s.setString(11, f.target() == null ? null : f.target().code());
                s.setString(12, f.speaker());
                s.setString(13, f.code() == null ? null : f.code().cameo());
                s.setString(14, f.code() == null ? null : f.code().root());
                s.setString(15, f.code() == null ? null : f.code().action());
                setInt(s, 16, f.code() == null ? null : f.code().quadClass());
                if (f.code() == null) {
                    s.setNull(17, Types.DOUBLE);
                } else {
                    s.setDouble(17, f.code().goldstein());
                }
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO actor_merges (name_key, into_name, into_code) "
                + "VALUES (?,?,?)")) {
            for (Map.Entry<String, Merge> e : state.merges().entrySet()) {
                s.setString(1, e.getKey());
                s.setString(2, e.getValue().into());
                s.setString(3, e.getValue().code());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static long count(Connection c, boolean activeOnly) throws SQLException {
        return StoreQueries.count(c, "SELECT COUNT(*) FROM corrections" + (activeOnly ? " WHERE undone_at IS NULL"
                : ""));
    }

    private static void setInt(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }
}
