package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.output.ArticlesJsonl;

/**
 * Schema version 4: fills the place columns that version 3 added from the article records the store already
 * holds. Records written since Dossier resolves places carry each event's and figure's place, so a store ingested
 * then gets its places without ingesting again; older records have none and their rows keep none. Rows are
 * matched by article and ordinal, the order {@link ArticleRows} wrote them in. A record that cannot be read is
 * left as it is (its rows keep no place), never a reason to refuse opening the store.
 */
final class PlacesFromRecords extends RecordMigration {

    private static final int PAGE = 200;

    PlacesFromRecords() {
        super("4", "event and figure places from article records");
    }

    @Override
    void fill(Connection c) throws SQLException {
        long after = 0;
        while (true) {
            List<Map.Entry<Long, String>> page = new ArrayList<>();
            // Only records that hold a place object at all are read: most of an old store has none.
            try (PreparedStatement s = c.prepareStatement("SELECT seq, record FROM articles WHERE seq > ? AND "
                    + "record LIKE ? ORDER BY seq LIMIT " + PAGE)) {
                s.setLong(1, after);
                s.setString(2, "%\"place\":{%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        page.add(Map.entry(r.getLong(1), r.getString(2)));
                    }
                }
            }
            for (Map.Entry<Long, String> row : page) {
                ArticleRecord record;
                try {
                    record = ArticlesJsonl.fromLine(row.getValue());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                update(c, "events", record.id(), record.events().stream().map(e -> e.place()).toList());
                update(c, "figures", record.id(), record.figures().stream().map(f -> f.place()).toList());
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().getKey();
        }
    }

    private static void update(Connection c, String table, String article, List<PlaceRecord> places)
            throws SQLException {
        if (places.stream().allMatch(p -> p == null)) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET place_name = ?, "
                + "place_geonames_id = ?, place_country = ?, place_admin1 = ?, place_lat = ?, place_lon = ?, "
                + "place_precision = ? WHERE article_id = ? AND ordinal = ?")) {
            for (int ordinal = 0; ordinal < places.size(); ordinal++) {
                if (places.get(ordinal) == null) {
                    continue;
                }
                ArticleRows.setPlace(s, 1, places.get(ordinal));
                s.setString(8, article);
                s.setInt(9, ordinal);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
