package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.StoriesJsonl;

/** Writes stories, with which story each of their articles is in, inside the caller's transaction. */
final class StoryRows {

    private StoryRows() {}

    /** Inserts the stories; the caller has deleted any stored story of the same id, and its articles' rows. */
    static void insert(Connection c, List<StoryRecord> stories) throws SQLException {
        try (PreparedStatement story = c.prepareStatement("INSERT INTO stories (id, title, first_day, "
                + "last_day, article_count, event_count, conflict_count, record, page) VALUES (?,?,?,?,?,?,?,?,?)");
                PreparedStatement member = c.prepareStatement(
                        "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)")) {
            Set<String> placed = new HashSet<>();
            for (StoryRecord st : stories) {
                List<LocalDate> days = st.articles().stream().map(StoryRecord.StoryArticle::published)
                        .filter(Objects::nonNull).sorted().toList();
                story.setString(1, st.id());
                story.setString(2, st.title());
                SqlDays.set(story, 3, days.isEmpty() ? null : days.getFirst());
                SqlDays.set(story, 4, days.isEmpty() ? null : days.getLast());
                story.setInt(5, st.articles().size());
                story.setInt(6, st.events().size());
                story.setInt(7, st.conflicts().size());
                story.setString(8, StoriesJsonl.toLine(st));
                story.setString(9, StoryPage.json(st));
                story.addBatch();
                for (StoryRecord.StoryArticle a : st.articles()) {
                    if (placed.add(a.id())) {
                        member.setString(1, a.id());
                        member.setString(2, st.id());
                        member.addBatch();
                    }
                }
            }
            story.executeBatch();
            member.executeBatch();
        }
    }
}
