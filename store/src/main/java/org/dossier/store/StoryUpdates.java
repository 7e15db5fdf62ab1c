package org.dossier.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.ArticlesJsonl;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.build.StoryGroups;
import org.dossier.stories.build.StoryLinker;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * Keeps a store's stories up to date as articles are added, at a cost that grows with the articles added and the
 * stories they join, not with the store. The clusterer runs as one stream over the store's life: each update
 * clusters only the articles stored since the last one, in order of publication after those before them (see
 * {@link StoryLinker}), and rewrites only the stories they changed. The stream's state lives in the database: which
 * story of the clusterer each article joined and is in now ({@code story_members}, in the order clustered), the
 * clusterer's state saved every {@code saveEvery} articles ({@code clustering_state}), and the articles clustered
 * since, which a store opened later clusters again on top of the saved state. The stories shown are the stream's
 * as if it ended after each update (small stories' second looks made, {@code story_second_looks}), while the stream
 * goes on without them, so batches that arrive in order of publication give the stories one batch of them all
 * would.
 *
 * <p>The stories are built again from every article ({@link #rebuild}) when the store has no saved stream (one of
 * an earlier version), when it was saved with other clustering settings, or when it cannot be read. Not
 * thread-safe: the store calls it under its write lock.
 */
final class StoryUpdates implements AutoCloseable {

    /** The last article (seq) the stories take in. */
    static final String STORIES_THROUGH = "stories_through_seq";
    /** The last article (clustered_at) the saved clusterer state holds. */
    private static final String SAVED_THROUGH = "clustering_saved_through";
    /** A hash of the clustering settings the stream runs with. */
    private static final String SETTINGS = "clustering_settings";
    /** The day undated articles of the next batch are placed after (see {@link StoryLinker#lastDatedDay()}). */
    private static final String LAST_DATED_DAY = "clustering_last_dated_day";
    static final int DEFAULT_SAVE_EVERY = 1_000;
    private static final int PART_BYTES = 1 << 20;
    /** Ids per {@code IN (...)} list. */
    private static final int IN_LIST = 500;
    private static final int PAGE = 500;

    /**
     * What an update did: the stories it wrote (each article's story, for articles whose story changed), and
     * whether it built all stories again.
     */
    record Update(Map<String, String> storyOfArticle, boolean rebuilt) {}

    private final Database db;
    private final int saveEvery;
    /** The articles of the stories being written again, and those just added, kept parsed. */
    private final ArticleRecordCache records;
    private StoryLinker<ArticleRecord> stream;
    private StoryClusterer.Config streamConfig;
    /** The clustered_at of the last article clustered. */
    private long position;
    private long savedThrough;

    StoryUpdates(Database db, int saveEvery, int keptRecords) {
        this.db = db;
        this.saveEvery = saveEvery;
        this.records = new ArticleRecordCache(keptRecords);
    }

    /**
     * An article the store just added: the next update clusters it and writes its story again, and need not read
     * its record back from the database to do so.
     */
    void added(ArticleRecord record) {
        records.put(record);
    }

    /** Clusters the articles stored since the last update and rewrites the stories they changed. */
    Update update(StoryClusterer.Config config, Consumer<String> progress) {
        if (stream != null && db.read(c -> lastClustered(c)) != position) {
            closeStream(); // another process sharing the database went on with the stream
        }
        if (stream == null || !config.equals(streamConfig)) {
            closeStream();
            if (!load(config, progress)) {
                return rebuild(config, progress);
            }
        }
        long through = db.read(c -> stateOf(c, STORIES_THROUGH).orElse(0));
        List<ArticleRecord> fresh = new ArrayList<>();
        long readThrough = readArticles(through, fresh, true);
        if (readThrough == through) {
            return new Update(Map.of(), false);
        }
        try {
            List<StoryLinker.Placed<ArticleRecord>> placed = stream.add(fresh);
            List<StoryClusterer.Merge> looks = stream.previewFinish();
            Map<String, String> written = db.transaction(c -> {
                Set<String> touched = new LinkedHashSet<>();
                addMembers(c, placed, touched);
                for (String[] look : secondLooks(c)) {
                    touched.addAll(Arrays.asList(look));
                }
                for (StoryClusterer.Merge look : looks) {
                    touched.add(look.from());
                    touched.add(look.into());
                }
                Map<String, String> stories = rewrite(c, touched, looks);
                replaceSecondLooks(c, looks);
                setState(c, STORIES_THROUGH, readThrough);
                setState(c, LAST_DATED_DAY, stream.lastDatedDay());
                if (position - savedThrough >= saveEvery) {
                    save(c);
                }
                return stories;
            });
            return new Update(written, false);
        } catch (RuntimeException e) {
            // The stream went on past what the database holds: read it again from the database next time.
            closeStream();
            throw e;
        }
    }

    /**
     * Builds every story again from every analyzed article, as one stream in order of publication, and starts the
     * saved stream over; the stories are replaced in one transaction.
     */
    Update rebuild(StoryClusterer.Config config, Consumer<String> progress) {
        closeStream();
        stream = StoryLinker.ofRecords(config);
        streamConfig = config;
        try {
            List<ArticleRecord> all = new ArrayList<>();
            long through = readArticles(0, all, false);
            progress.accept("clustering " + all.size() + " articles in order of publication");
            List<StoryLinker.Placed<ArticleRecord>> placed = stream.add(all);
            List<StoryClusterer.Merge> looks = stream.previewFinish();
            StoryGroups<ArticleRecord> byCluster = new StoryGroups<>(ArticleRecord::id);
            byCluster.addAll(placed);
            Map<String, String> duplicateOf = byCluster.duplicateOf();
            Map<String, String> clusterOf = new HashMap<>();
            byCluster.byStory().forEach((cluster, records) -> records.forEach(r -> clusterOf.put(r.id(), cluster)));
            StoryGroups<ArticleRecord> shown = byCluster.copy();
            shown.apply(looks);
            List<StoryRecord> stories = new ArrayList<>();
            Map<String, String> storyOf = new HashMap<>();
            for (List<ArticleRecord> group : shown.byStory().values()) {
                StoryRecord story = StoryBuilder.namedByFirstArticle(group, duplicateOf);
                stories.add(story);
                group.forEach(r -> storyOf.put(r.id(), story.id()));
            }
            db.transaction(c -> {
                for (String table : List.of("story_articles", "stories", "story_members", "story_second_looks")) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table)) {
                        s.executeUpdate();
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO story_members (article_id, clustered_at, "
                        + "joined, cluster_id, duplicate_of) VALUES (?, ?, ?, ?, ?)")) {
                    long clusteredAt = 0;
                    for (StoryLinker.Placed<ArticleRecord> p : placed) {
                        String id = p.item().id();
                        s.setString(1, id);
                        s.setLong(2, ++clusteredAt);
                        s.setString(3, p.assignment().storyId());
                        s.setString(4, clusterOf.get(id));
                        s.setString(5, duplicateOf.get(id));
                        s.addBatch();
                        if (clusteredAt % PAGE == 0) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                }
                StoryRows.insert(c, stories);
                replaceSecondLooks(c, looks);
                setState(c, STORIES_THROUGH, through);
                setState(c, LAST_DATED_DAY, stream.lastDatedDay());
                position = placed.size();
                save(c);
                return null;
            });
            return new Update(storyOf, true);
        } catch (RuntimeException e) {
            closeStream();
            throw e;
        }
    }

    /**
     * Reads the stream back: the saved clusterer state, then the articles clustered after it clustered again on
     * top. False when there is nothing to read, it was saved with other settings, it cannot be read, or clustering
     * again does not give what was stored: then the caller builds the stories again.
     */
    private boolean load(StoryClusterer.Config config, Consumer<String> progress) {
        byte[] saved = db.read(c -> {
            OptionalLong settings = stateOf(c, SETTINGS);
            if (settings.isEmpty() || settings.getAsLong() != fingerprint(config)) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PreparedStatement s = c.prepareStatement("SELECT data FROM clustering_state ORDER BY part");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    bytes.writeBytes(r.getBytes(1));
                }
            }
            return bytes.size() == 0 ? null : bytes.toByteArray();
        });
        if (saved == null) {
            progress.accept("the stories were built with other settings or before they grew with each article: "
                    + "building them again from all articles");
            return false;
        }
        long[] states = db.read(c -> new long[] {stateOf(c, SAVED_THROUGH).orElse(0),
            stateOf(c, LAST_DATED_DAY).orElse(Long.MIN_VALUE)});
        try {
            stream = StoryLinker.restore(config, new ByteArrayInputStream(saved), states[1]);
        } catch (IOException | RuntimeException e) {
            progress.accept("the saved story clustering cannot be read (" + e.getMessage()
                    + "): building the stories again from all articles");
            return false;
        }
        streamConfig = config;
        savedThrough = states[0];
        position = savedThrough;
        while (true) {
            List<Object[]> page = db.read(c -> {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT m.clustered_at, m.joined, m.duplicate_of, "
                        + "a.record FROM story_members m JOIN articles a ON a.id = m.article_id "
                        + "WHERE m.clustered_at > ? ORDER BY m.clustered_at LIMIT " + PAGE)) {
                    s.setLong(1, position);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4)});
                        }
                    }
                }
                return rows;
            });
            for (Object[] row : page) {
                StoryClusterer.Assignment again = stream.replay(ArticlesJsonl.fromLine((String) row[3]));
                if (!again.storyId().equals(row[1]) || !Objects.equals(again.duplicateOf(), row[2])) {
                    progress.accept("clustering the articles since the saved state again gave other stories: "
                            + "building the stories again from all articles");
                    closeStream();
                    return false;
                }
                position = (Long) row[0];
            }
            if (page.size() < PAGE) {
                return true;
            }
        }
    }

    private static long lastClustered(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(clustered_at), 0) FROM story_members");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Reads the analyzed articles stored after {@code afterSeq} into {@code into}; returns the last seq read. With
     * {@code kept}, takes the records kept parsed (those just added) and keeps those it reads: they are the
     * articles of the stories about to be written again.
     */
    private long readArticles(long afterSeq, List<ArticleRecord> into, boolean kept) {
        long after = afterSeq;
        while (true) {
            final long from = after;
            List<Map.Entry<Long, String>> page = db.read(c -> {
                List<Map.Entry<Long, String>> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT seq, id FROM articles WHERE seq > ? ORDER BY seq LIMIT " + PAGE)) {
                    s.setLong(1, from);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(Map.entry(r.getLong(1), r.getString(2)));
                        }
                    }
                }
                return rows;
            });
            Map<String, ArticleRecord> read = db.read(c -> records(c, page.stream().map(Map.Entry::getValue).toList(),
                    kept));
            for (Map.Entry<Long, String> row : page) {
                ArticleRecord record = read.get(row.getValue());
                if (StoryLinker.Input.linkable(record)) {
                    into.add(record);
                }
                after = row.getKey();
            }
            if (page.size() < PAGE) {
                return after;
            }
        }
    }

    /**
     * The records of the articles, by id: those kept parsed, the rest read from the database (and kept, with
     * {@code keep}).
     */
    private Map<String, ArticleRecord> records(Connection c, List<String> ids, boolean keep) throws SQLException {
        Map<String, ArticleRecord> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            ArticleRecord record = keep ? records.get(id) : null;
            if (record != null) {
                found.put(id, record);
            } else {
                missing.add(id);
            }
        }
        for (List<String> part : parts(missing)) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, record FROM articles WHERE id IN "
                    + marks(part.size()))) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ArticleRecord record = ArticlesJsonl.fromLine(r.getString(2));
                        found.put(r.getString(1), record);
                        if (keep) {
                            records.put(record);
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Stores where each new article went, and moves the articles of the stories merged on the way, in the order
     * the clusterer did both (a story merged away can come back when a copy of one of its articles does).
     */
    private void addMembers(Connection c, List<StoryLinker.Placed<ArticleRecord>> placed, Set<String> touched)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO story_members (article_id, clustered_at, "
                + "joined, cluster_id, duplicate_of) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement move = c.prepareStatement(
                        "UPDATE story_members SET cluster_id = ? WHERE cluster_id = ?")) {
            for (StoryLinker.Placed<ArticleRecord> p : placed) {
                StoryClusterer.Assignment a = p.assignment();
                insert.setString(1, p.item().id());
                insert.setLong(2, ++position);
                insert.setString(3, a.storyId());
                insert.setString(4, a.storyId());
                insert.setString(5, a.duplicateOf());
                insert.executeUpdate();
                touched.add(a.storyId());
                for (StoryClusterer.Merge merge : a.merges()) {
                    move.setString(1, merge.into());
                    move.setString(2, merge.from());
                    move.executeUpdate();
                    touched.add(merge.from());
                    touched.add(merge.into());
                }
            }
        }
    }

    /**
     * Writes again the stories that hold an article of a touched story of the clusterer: deletes the stories
     * shown now that hold any of their articles, and writes the stories their clusters make with this update's
     * second looks. Returns each rewritten article's story.
     */
    private Map<String, String> rewrite(Connection c, Set<String> touched, List<StoryClusterer.Merge> looks)
            throws SQLException {
        Set<String> oldStories = new LinkedHashSet<>(selectIn(c, "SELECT DISTINCT sa.story_id FROM story_articles sa "
                + "JOIN story_members m ON m.article_id = sa.article_id WHERE m.cluster_id IN ", touched));
        // A story shown may hold clusters no article touched, joined to a touched one by the last second looks.
        Set<String> clusters = new LinkedHashSet<>(touched);
        clusters.addAll(selectIn(c, "SELECT DISTINCT m.cluster_id FROM story_members m JOIN story_articles sa "
                + "ON sa.article_id = m.article_id WHERE sa.story_id IN ", oldStories));
        updateIn(c, "DELETE FROM story_articles WHERE story_id IN ", oldStories);
        updateIn(c, "DELETE FROM stories WHERE id IN ", oldStories);
        Map<String, String> lookedInto = new HashMap<>();
        looks.forEach(look -> lookedInto.put(look.from(), look.into()));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String cluster : clusters) {
            String root = cluster;
            while (lookedInto.containsKey(root)) {
                root = lookedInto.get(root);
            }
            groups.computeIfAbsent(root, r -> new ArrayList<>()).add(cluster);
        }
        List<StoryRecord> stories = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        for (List<String> group : groups.values()) {
            List<Member> members = members(c, group);
            if (members.isEmpty()) {
                continue; // a story of the clusterer that was merged away
            }
            Map<String, String> duplicateOf = new HashMap<>();
            List<ArticleRecord> records = new ArrayList<>(members.size());
            for (Member m : members) {
                records.add(m.record());
                if (m.duplicateOf() != null) {
                    duplicateOf.put(m.record().id(), m.duplicateOf());
                }
            }
            StoryRecord story = StoryBuilder.namedByFirstArticle(records, duplicateOf);
            stories.add(story);
            records.forEach(r -> storyOf.put(r.id(), story.id()));
        }
        StoryRows.insert(c, stories);
        return storyOf;
    }

    private record Member(long clusteredAt, ArticleRecord record, String duplicateOf) {}

    /** The articles of the clusterer's stories, in the order clustered. */
    private List<Member> members(Connection c, List<String> clusters) throws SQLException {
        record Row(long clusteredAt, String articleId, String duplicateOf) {}
        List<Row> rows = new ArrayList<>();
        for (List<String> part : parts(clusters)) {
            try (PreparedStatement s = c.prepareStatement("SELECT clustered_at, article_id, duplicate_of "
                    + "FROM story_members WHERE cluster_id IN " + marks(part.size()))) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3)));
                    }
                }
            }
        }
        Map<String, ArticleRecord> read = records(c, rows.stream().map(Row::articleId).toList(), true);
        List<Member> members = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ArticleRecord record = read.get(row.articleId());
            if (record != null) {
                members.add(new Member(row.clusteredAt(), record, row.duplicateOf()));
            }
        }
        members.sort(Comparator.comparingLong(Member::clusteredAt));
        return members;
    }

    private static List<String[]> secondLooks(Connection c) throws SQLException {
        List<String[]> looks = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT from_cluster, into_cluster FROM story_second_looks ORDER BY ordinal");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                looks.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return looks;
    }

    private static void replaceSecondLooks(Connection c, List<StoryClusterer.Merge> looks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM story_second_looks")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO story_second_looks (ordinal, from_cluster, into_cluster) VALUES (?, ?, ?)")) {
            for (int i = 0; i < looks.size(); i++) {
                s.setInt(1, i);
                s.setString(2, looks.get(i).from());
                s.setString(3, looks.get(i).into());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Saves the clusterer's state as of the last article clustered, in parts. */
    private void save(Connection c) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            stream.save(bytes);
        } catch (IOException e) {
            throw new StoreException("cannot save the story clustering: " + e.getMessage(), e);
        }
        byte[] data = bytes.toByteArray();
        try (PreparedStatement s = c.prepareStatement("DELETE FROM clustering_state")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO clustering_state (part, data) VALUES (?, ?)")) {
            for (int part = 0; part * PART_BYTES < data.length; part++) {
                s.setInt(1, part);
                s.setBytes(2, Arrays.copyOfRange(data, part * PART_BYTES,
                        Math.min(data.length, (part + 1) * PART_BYTES)));
                s.executeUpdate();
            }
        }
        setState(c, SAVED_THROUGH, position);
        setState(c, SETTINGS, fingerprint(streamConfig));
        savedThrough = position;
    }

    /** The clustering settings as a number: a saved stream continues only under the settings it ran with. */
    static long fingerprint(StoryClusterer.Config config) {
        return UUID.nameUUIDFromBytes(config.toString().getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    private static List<String> selectIn(Connection c, String sql, Collection<String> ids) throws SQLException {
        List<String> found = new ArrayList<>();
        for (List<String> part : parts(ids)) {
            try (PreparedStatement s = c.prepareStatement(sql + marks(part.size()))) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
        }
        return found;
    }

    private static void updateIn(Connection c, String sql, Collection<String> ids) throws SQLException {
        for (List<String> part : parts(ids)) {
            try (PreparedStatement s = c.prepareStatement(sql + marks(part.size()))) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                s.executeUpdate();
            }
        }
    }

    private static List<List<String>> parts(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            parts.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return parts;
    }

    private static String marks(int n) {
        return "(" + String.join(",", java.util.Collections.nCopies(n, "?")) + ")";
    }

    static OptionalLong stateOf(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT amount FROM store_state WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    static void setState(Connection c, String name, long value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE store_state SET amount = ? WHERE name = ?")) {
            s.setLong(1, value);
            s.setString(2, name);
            if (s.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO store_state (name, amount) VALUES (?, ?)")) {
            s.setString(1, name);
            s.setLong(2, value);
            s.executeUpdate();
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // an in-memory index: nothing to lose
            }
            stream = null;
            streamConfig = null;
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
