package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.StoriesJsonl;

/**
 * Schema version 10.1: writes the page ({@link StoryPage}) of every story stored before version 10 gave stories
 * one, from its record. A record that cannot be read keeps no page; its story's page is then made from the record
 * when asked for, as for any story without one.
 */
final class StoryPages extends RecordMigration {

    private static final int BATCH = 20;

    StoryPages() {
        super("10.1", "story pages from story records");
    }

    @Override
    void fill(Connection c) throws SQLException {
        String after = "";
        while (true) {
            // A few records at a time: the largest are megabytes each.
            List<Map.Entry<String, String>> batch = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, record FROM stories WHERE id > ? AND page IS "
                    + "NULL ORDER BY id LIMIT " + BATCH)) {
                s.setString(1, after);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        batch.add(Map.entry(r.getString(1), r.getString(2)));
                    }
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE stories SET page = ? WHERE id = ?")) {
                for (Map.Entry<String, String> row : batch) {
                    after = row.getKey();
                    StoryRecord story;
                    try {
                        story = StoriesJsonl.fromLine(row.getValue());
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    update.setString(1, StoryPage.json(story));
                    update.setString(2, row.getKey());
                    update.executeUpdate();
                }
            }
            if (batch.size() < BATCH) {
                return;
            }
        }
    }
}
