package org.dossier.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.dossier.output.ArticleRecord;
import org.dossier.output.ArticlesJsonl;
import org.dossier.store.StoreRows.Counts;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.EventRow;
import org.dossier.store.StoreRows.Page;
import org.dossier.store.StoreRows.FigureRow;
import org.dossier.store.StoreRows.QuoteRow;
import org.dossier.store.StoreRows.SearchHit;
import org.dossier.store.StoreRows.StorySummary;
import org.dossier.stories.build.StoriesJsonl;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.build.StoryRecord;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * A persistent dossier: the database of articles and what was extracted from them, the stories built from them,
 * and the search index. Each article is written in one transaction with all its items, so a process killed at
 * any point leaves either the whole article or none of it; the index and the stories are derived from the
 * articles and are brought up to date when the store is next opened or written.
 *
 * <p>Safe to read from many threads; writes are taken one at a time.
 */
public final class DossierStore implements AutoCloseable {

    private static final String STORIES_THROUGH = "stories_through_seq";
    /** Index commits are the slow part of adding; a crash loses at most this many articles from the index. */
    private static final int INDEX_COMMIT_EVERY = 64;
    /** The embedded database's file grows with each commit until compacted (see Database.compact). */
    private static final int COMPACT_EVERY = 256;

    private final StoreConfig config;
    private final Database db;
    private final SearchIndex index;
    private final StoreQueries queries;
    private final ReentrantLock writes = new ReentrantLock();
    private long lastSeq;
    private int uncommitted;
    private int sinceCompaction;
    private volatile Map<String, String> storyOfArticle;

    private DossierStore(StoreConfig config, Database db, SearchIndex index) {
        this.config = config;
        this.db = db;
        this.index = index;
        this.queries = new StoreQueries(db);
    }

    /**
     * Opens (creating if needed) the store and brings its search index up to date with the database, rebuilding
     * it when it is damaged; notices of that go to standard error.
     */
    public static DossierStore open(StoreConfig config) {
        return open(config, System.err::println);
    }

    /**
     * Opens (creating if needed) the store and brings its search index up to date with the database: the
     * articles an interrupted run did not index, or all of them when the index is damaged or missing.
     *
     * @param notices told when the index is rebuilt, and of progress while it is
     */
    public static DossierStore open(StoreConfig config, Consumer<String> notices) {
        Database db = Database.open(config);
        SearchIndex index;
        try {
            index = SearchIndex.open(config.indexDir(), notices);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        DossierStore store = new DossierStore(config, db, index);
        store.lastSeq = store.maxSeq();
        store.catchUpIndex(notices);
        return store;
    }

    /**
     * Opens the store's records only, without its search index, for reading: exports need no index, so a
     * damaged or locked index never keeps a user from the data. Search and writes are refused.
     */
    public static DossierStore openRecords(StoreConfig config) {
        DossierStore store = new DossierStore(config, Database.open(config), null);
        store.lastSeq = store.maxSeq();
        return store;
    }

    public StoreConfig config() {
        return config;
    }

    public boolean contains(String articleId) {
        return queries.articleRecord(articleId).isPresent();
    }

    /**
     * Adds an article with its items. Returns false, changing nothing, when the store already holds it (the same
     * content hash).
     */
    public boolean add(ArticleRecord record) {
        requireIndex();
        writes.lock();
        try {
            Long seq = db.transaction(c -> {
                if (exists(c, record.id())) {
                    return null;
                }
                ArticleRows.insert(c, record);
                return seqOf(c, record.id());
            });
            if (seq == null) {
                return false;
            }
            lastSeq = Math.max(lastSeq, seq);
            index.add(record);
            if (++uncommitted >= INDEX_COMMIT_EVERY) {
                commitIndex();
            }
            if (++sinceCompaction >= COMPACT_EVERY) {
                compactDatabase();
            }
            return true;
        } finally {
            writes.unlock();
        }
    }

    /** Makes every article added so far searchable and durable in the index. */
    public void flush() {
        writes.lock();
        try {
            commitIndex();
        } finally {
            writes.unlock();
        }
    }

    private void compactDatabase() {
        db.compact();
        sinceCompaction = 0;
    }

    private void commitIndex() {
        if (index != null) {
            index.commit(lastSeq);
        }
        uncommitted = 0;
    }

    /** Whether articles were added since the stories were last built. */
    public boolean storiesStale() {
        return db.read(c -> state(c, STORIES_THROUGH)) < maxSeq();
    }

    /**
     * Rebuilds the stories from every analyzed article (clustered in order of publication, see {@link
     * StoryBuilder}), and replaces the old stories in one transaction: readers see the old stories or the new,
     * never a mix.
     *
     * @return the number of stories
     */
    public int rebuildStories(StoryClusterer.Config clustering, Consumer<String> progress) {
        writes.lock();
        try (StoryBuilder builder = new StoryBuilder(clustering)) {
            long through = maxSeq();
            int[] read = {0};
            forEachArticle(0, through, record -> {
                builder.accept(record);
                if (++read[0] % 1000 == 0) {
                    progress.accept("read " + read[0] + " articles");
                }
            });
            progress.accept("clustering " + read[0] + " articles in order of publication");
            List<StoryRecord> stories = builder.storiesNamedByFirstArticle();
            db.transaction(c -> {
                StoryRows.replace(c, stories);
                setState(c, STORIES_THROUGH, through);
                return null;
            });
            storyOfArticle = null;
            compactDatabase();
            return stories.size();
        } catch (IOException e) {
            throw new StoreException("cannot build stories: " + e.getMessage(), e);
        } finally {
            writes.unlock();
        }
    }

    /** Every stored article, failed ones included, in the order added; read a page at a time. */
    public void forEachArticle(Consumer<ArticleRecord> consumer) {
        forEachArticle(0, Long.MAX_VALUE, consumer);
    }

    /** Every story, largest first; read a page at a time. */
    public void forEachStory(Consumer<StoryRecord> consumer) {
        for (int offset = 0; ; offset += 200) {
            List<StorySummary> page = queries.stories(200, offset);
            for (StorySummary summary : page) {
                story(summary.id()).ifPresent(consumer);
            }
            if (page.size() < 200) {
                return;
            }
        }
    }

    /** The stored articles with {@code afterSeq < seq <= throughSeq}, in the order added, a page at a time. */
    private void forEachArticle(long afterSeq, long throughSeq, Consumer<ArticleRecord> consumer) {
        long after = afterSeq;
        while (true) {
            final long from = after;
            List<Map.Entry<Long, String>> page = db.read(c -> {
                List<Map.Entry<Long, String>> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT seq, record FROM articles WHERE seq > ? "
                        + "AND seq <= ? ORDER BY seq LIMIT 500")) {
                    s.setLong(1, from);
                    s.setLong(2, throughSeq);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(Map.entry(r.getLong(1), r.getString(2)));
                        }
                    }
                }
                return rows;
            });
            if (page.isEmpty()) {
                return;
            }
            for (Map.Entry<Long, String> row : page) {
                consumer.accept(ArticlesJsonl.fromLine(row.getValue()));
                after = row.getKey();
            }
        }
    }

    /** Indexes the articles the last index commit does not hold (an interrupted run's), from the database. */
    private void catchUpIndex(Consumer<String> notices) {
        long indexed = index.indexedThrough();
        if (indexed < lastSeq) {
            int[] done = {0};
            forEachArticle(indexed, lastSeq, record -> {
                index.add(record);
                if (++done[0] % 5000 == 0) {
                    notices.accept("indexed " + done[0] + " articles");
                }
            });
            index.commit(lastSeq);
        }
    }

    /**
     * Empties the search index and fills it again from the database, for an index that was damaged in a way its
     * checksums do not show.
     *
     * @return the articles indexed
     */
    public long rebuildIndex(Consumer<String> progress) {
        writes.lock();
        try {
            requireIndex().clear();
            catchUpIndex(progress);
            uncommitted = 0;
            return counts().articles();
        } finally {
            writes.unlock();
        }
    }

    private SearchIndex requireIndex() {
        if (index == null) {
            throw new StoreException("this store was opened without its search index (for reading records only)");
        }
        return index;
    }

    // Reads.

    public Counts counts() {
        return queries.counts();
    }

    public List<StorySummary> stories(int limit, int offset) {
        return queries.stories(limit, offset);
    }

    /** Stories whose articles, quotes or events match the query, best match first. */
    public List<StorySummary> searchStories(String query, int limit) {
        return searchStories(query, limit, 0).items();
    }

    /**
     * A page of the stories whose articles, quotes or events match the query, best match first (a story ranks by
     * its best hit), with how many stories match in all.
     */
    public Page<StorySummary> searchStories(String query, int limit, int offset) {
        Map<String, String> storyOf = storyOfArticle();
        SearchIndex index = requireIndex();
        java.util.Set<String> matching = new java.util.HashSet<>();
        for (String article : index.allMatchingArticles(query)) {
            String story = storyOf.get(article);
            if (story != null) {
                matching.add(story);
            }
        }
        int wanted = Math.min(offset + limit, matching.size());
        int allHits = index.count(query, null);
        LinkedHashMap<String, Boolean> ordered = new LinkedHashMap<>();
        // The best hits give the stories in order; read more of them until the page is full (a story of many
        // matching items takes many hits).
        for (int hits = Math.max(100, wanted * 5); ordered.size() < wanted; hits *= 4) {
            List<String> articles = index.matchingArticles(query, hits);
            for (String article : articles) {
                String story = storyOf.get(article);
                if (story != null) {
                    ordered.putIfAbsent(story, true);
                }
            }
            if (hits >= allHits) {
                break;
            }
        }
        List<String> page = ordered.keySet().stream().skip(offset).limit(limit).toList();
        return new Page<>(queries.storiesById(page), matching.size());
    }

    /**
     * Which story each article is in, kept in memory: search answers need it for every hit. Replaced whole when
     * this store rebuilds its stories; a store shared with other writers sees their stories after reopening.
     */
    private Map<String, String> storyOfArticle() {
        Map<String, String> map = storyOfArticle;
        if (map == null) {
            map = db.read(c -> {
                Map<String, String> all = new java.util.HashMap<>();
                try (PreparedStatement s = c.prepareStatement("SELECT article_id, story_id FROM story_articles");
                        ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        all.put(r.getString(1), r.getString(2));
                    }
                }
                return Map.copyOf(all);
            });
            storyOfArticle = map;
        }
        return map;
    }

    public Optional<StoryRecord> story(String id) {
        return queries.storyRecord(id).map(StoriesJsonl::fromLine);
    }

    /** The story as its {@code stories.jsonl} line, for serving without re-encoding. */
    public Optional<String> storyJson(String id) {
        return queries.storyRecord(id);
    }

    /** The article as its {@code articles.jsonl} line, for serving without re-encoding. */
    public Optional<String> articleJson(String id) {
        return queries.articleRecord(id);
    }

    public Optional<ArticleRecord> article(String id) {
        return queries.articleRecord(id).map(ArticlesJsonl::fromLine);
    }

    public Optional<String> storyOf(String articleId) {
        return queries.storyOf(articleId);
    }

    public List<EventRow> events(EventFilter filter) {
        return queries.events(filter);
    }

    /** A page of the events the filter matches, with how many it matches in all; quicker than asking each apart. */
    public Page<EventRow> eventsPage(EventFilter filter) {
        long total = queries.countEvents(filter);
        return new Page<>(total == 0 ? List.of() : queries.events(filter, total), total);
    }

    /**
     * Every event the filter matches, whatever its limit and offset, in its order, for exports. The store is read
     * while the consumer runs: give it quick work (a file), not a slow client.
     *
     * @return how many events were given
     */
    public long forEachEvent(EventFilter filter, Consumer<EventRow> consumer) {
        return queries.forEachEvent(filter, consumer);
    }

    /** How many events the filter matches, whatever its limit and offset. */
    public long countEvents(EventFilter filter) {
        return queries.countEvents(filter);
    }

    /** How many quotes {@link #quotes} lists for this speaker text (all quotes for null), whatever the page. */
    public long countQuotes(String speaker) {
        return queries.countQuotes(speaker);
    }

    /** How many figures {@link #figures} lists for this unit (all figures for null), whatever the page. */
    public long countFigures(String unit) {
        return queries.countFigures(unit);
    }

    public long countStories() {
        return queries.countStories();
    }

    /** How many items (of the kind, when given) match a full-text query. */
    public long countHits(String query, SearchIndex.Kind kind) {
        return requireIndex().count(query, kind);
    }

    public List<QuoteRow> quotes(String speaker, int limit, int offset) {
        return queries.quotes(speaker, limit, offset);
    }

    public List<FigureRow> figures(String unit, int limit, int offset) {
        return queries.figures(unit, limit, offset);
    }

    public List<SearchHit> search(String query, SearchIndex.Kind kind, int limit) {
        return search(query, kind, limit, 0);
    }

    public List<SearchHit> search(String query, SearchIndex.Kind kind, int limit, int offset) {
        List<SearchIndex.Hit> hits = requireIndex().search(query, kind, limit, offset);
        Map<String, String> storyOf = storyOfArticle();
        return hits.stream().map(h -> new SearchHit(h.kind().name(), h.article(), storyOf.get(h.article()),
                h.title(), h.excerpt(), h.start(), h.end(), h.score(), h.marks())).toList();
    }

    /**
     * The words a full-text query searches for, as the index reads them; empty when it holds none (only
     * wildcards, operators or stop words), which a caller should refuse rather than search.
     */
    public java.util.Set<String> searchTerms(String query) {
        return requireIndex().terms(query);
    }

    /** Items in the search index (articles, quotes and events), for checks. */
    public int indexSize() {
        return requireIndex().size();
    }

    /** Every article id, in the order added. */
    public List<String> articleIds() {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM articles ORDER BY seq");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        });
    }

    private long maxSeq() {
        return db.read(c -> StoreQueries.count(c, "SELECT COALESCE(MAX(seq), 0) FROM articles"));
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static long seqOf(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long state(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT amount FROM store_state WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static void setState(Connection c, String name, long value) throws SQLException {
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

    @Override
    public void close() {
        writes.lock();
        try {
            commitIndex();
            compactDatabase();
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            throw new StoreException("cannot close the search index: " + e.getMessage(), e);
        } finally {
            db.close();
            writes.unlock();
        }
    }
}
