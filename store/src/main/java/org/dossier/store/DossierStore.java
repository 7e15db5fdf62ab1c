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
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.ArticlesJsonl;
import org.dossier.output.StoriesJsonl;
import org.dossier.store.Correction.ItemKey;
import org.dossier.store.Corrections.ItemFix;
import org.dossier.store.Corrections.Party;
import org.dossier.store.StoreRows.Counts;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.EventRow;
import org.dossier.store.StoreRows.FigureRow;
import org.dossier.store.StoreRows.Page;
import org.dossier.store.StoreRows.QuoteRow;
import org.dossier.store.StoreRows.SearchHit;
import org.dossier.store.StoreRows.StorySummary;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * A persistent dossier: the database of articles and what was extracted from them, the stories built from them,
 * and the search index. Each article is written in one transaction with all its items, so a process killed at
 * any point leaves either the whole article or none of it; the index and the stories are derived from the
 * articles and are brought up to date when the store is next opened or written: the index from the articles it
 * lacks, the stories by clustering the articles added since (see {@link StoryUpdates}).
 *
 * <p>Analysts' corrections ({@link #correct}) are kept in tables of their own, apart from the analysis, and every
 * read applies them: the lists of events, quotes and figures, the articles and the stories ({@link Corrections}).
 * Rebuilding the stories reads the articles as analysed and never loses a correction.
 *
 * <p>Safe to read from many threads; writes are taken one at a time.
 */
public final class DossierStore implements AutoCloseable {

    /** Index commits are the slow part of adding; a crash loses at most this many articles from the index. */
    private static final int INDEX_COMMIT_EVERY = 64;
    /** The embedded database's file grows with each commit until compacted (see Database.compact). */
    private static final int COMPACT_EVERY = 256;

    private final StoreConfig config;
    private final Database db;
    private final SearchIndex index;
    private final StoreQueries queries;
    private final StoryUpdates storyUpdates;
    private final ReentrantLock writes = new ReentrantLock();
    private long lastSeq;
    private int uncommitted;
    private int sinceCompaction;
    private volatile Map<String, String> storyOfArticle;
    /** The CAMEO code table, for the root, QuadClass and Goldstein value of a corrected code. */
    private final CameoCodes cameoCodes;
    /**
     * The corrections that apply, read when the store opens and replaced by each correction this store writes. A
     * database shared with other writers (PostgreSQL) shows their corrections in the lists at once, and in the
     * records after reopening.
     */
    private volatile Corrections corrections = Corrections.NONE;
    /**
     * The events view's filter and sort columns in memory, once {@link #useEventIndex} loaded them (a served
     * embedded store); null while the view is read with SQL alone.
     */
    private volatile EventIndex eventIndex;

    private DossierStore(StoreConfig config, Database db, SearchIndex index, int saveClusteringEvery,
            int keptRecords) {
        this.config = config;
        this.db = db;
        this.index = index;
        this.queries = new StoreQueries(db);
        this.storyUpdates = new StoryUpdates(db, saveClusteringEvery, keptRecords);
        this.cameoCodes = readCameoCodes();
        useCorrections(db.read(c -> Corrections.of(CorrectionRows.active(c), cameoCodes)));
    }

    private static CameoCodes readCameoCodes() {
        String resource = "/org/dossier/extract/dictionaries/cameo-codes.tsv";
        try (java.io.InputStream in = CameoCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("the CAMEO code table " + resource + " is missing from the class path");
            }
            return CameoCodes.read(new java.io.BufferedReader(new java.io.InputStreamReader(in,
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new StoreException("cannot read the CAMEO code table: " + e.getMessage(), e);
        }
    }

    private void useCorrections(Corrections state) {
        corrections = state;
        queries.useCorrections(!state.isEmpty());
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
        return open(config, notices, StoryUpdates.DEFAULT_SAVE_EVERY);
    }

    /** The same, saving the story clustering's state every {@code saveClusteringEvery} articles (for tests). */
    static DossierStore open(StoreConfig config, Consumer<String> notices, int saveClusteringEvery) {
        return open(config, notices, saveClusteringEvery, ArticleRecordCache.DEFAULT_CAPACITY);
    }

    /** The same, keeping at most {@code keptRecords} articles parsed for the story updates (for tests). */
    static DossierStore open(StoreConfig config, Consumer<String> notices, int saveClusteringEvery,
            int keptRecords) {
        Database db = Database.open(config);
        SearchIndex index;
        try {
            index = SearchIndex.open(config.indexDir(), notices);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        DossierStore store = new DossierStore(config, db, index, saveClusteringEvery, keptRecords);
        store.lastSeq = store.maxSeq();
        if (index.indexedThrough() > store.lastSeq) {
            long indexed = index.indexedThrough();
            try {
                index.close();
            } catch (IOException e) {
                // the refusal below says what matters
            }
            db.close();
            throw new StoreException(Database.wentBack(config, store.lastSeq, indexed));
        }
        store.catchUpIndex(notices);
        return store;
    }

    /**
     * Opens the store's records only, without its search index, for reading: exports need no index, so a
     * damaged or locked index never keeps a user from the data. Search and writes are refused.
     */
    public static DossierStore openRecords(StoreConfig config) {
        DossierStore store = new DossierStore(config, Database.open(config), null, StoryUpdates.DEFAULT_SAVE_EVERY,
                0);
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
                ArticleRows.insert(c, record, db.embedded());
                return seqOf(c, record.id());
            });
            if (seq == null) {
                return false;
            }
            lastSeq = Math.max(lastSeq, seq);
            storyUpdates.added(record);
            eventIndexChanged(events -> events.articlesChanged(List.of(record.id()), !corrections.isEmpty()));
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

    /**
     * Makes every article added so far searchable, as {@link #flush} does, without committing the index: a commit
     * waits for the disk (fsync, about 20 ms, at every POST of one article). The articles become durable in the
     * index at its next commit (every {@value #INDEX_COMMIT_EVERY} articles, at a flush, at closing); the database
     * holds them already, and a store opened after a crash indexes again those the index's last commit lacks.
     */
    public void publish() {
        writes.lock();
        try {
            if (index != null) {
                index.refresh();
            }
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
        return db.read(c -> StoryUpdates.stateOf(c, StoryUpdates.STORIES_THROUGH).orElse(0)) < maxSeq();
    }

    /**
     * Rebuilds the stories from every analyzed article (clustered in order of publication, as {@link
     * StoryBuilder} does), and replaces the old stories in one transaction: readers see the old stories or the
     * new, never a mix. For changed clustering settings; {@link #updateStories} keeps them current as articles
     * are added.
     *
     * @return the number of stories
     */
    public int rebuildStories(StoryClusterer.Config clustering, Consumer<String> progress) {
        writes.lock();
        try {
            storyUpdates.rebuild(clustering, progress);
            storyOfArticle = null;
            storiesChanged();
            compactDatabase();
            return (int) queries.countStories();
        } finally {
            writes.unlock();
        }
    }

    /**
     * Brings the stories up to date with the articles added since they were last built: only those articles are
     * clustered, and only the stories they join (or that their second looks change) are written again, in one
     * transaction. The stories are built from every article instead when the store has none built this way yet,
     * or they were built with other settings ({@link StoryUpdates}).
     *
     * @return the number of stories
     */
    public int updateStories(StoryClusterer.Config clustering, Consumer<String> progress) {
        writes.lock();
        try {
            StoryUpdates.Update update = storyUpdates.update(clustering, progress);
            storiesChanged();
            Map<String, String> known = storyOfArticle;
            if (update.rebuilt()) {
                storyOfArticle = null;
                compactDatabase();
            } else if (known != null && !update.storyOfArticle().isEmpty()) {
                Map<String, String> updated = new java.util.HashMap<>(known);
                updated.putAll(update.storyOfArticle());
                storyOfArticle = java.util.Collections.unmodifiableMap(updated);
            }
            return (int) queries.countStories();
        } finally {
            writes.unlock();
        }
    }

    private void storiesChanged() {
        eventIndexChanged(EventIndex::storiesChanged);
    }

    /**
     * Brings the event index, when kept, up to a change the database committed. Should that fail (a database
     * error while reading the change), the index is dropped and the events view is read with SQL from then on:
     * an index that missed a change would give wrong answers, and the change itself is stored.
     */
    private void eventIndexChanged(Consumer<EventIndex> change) {
        EventIndex events = eventIndex;
        if (events == null) {
            return;
        }
        try {
            change.accept(events);
        } catch (RuntimeException e) {
            eventIndex = null;
            System.err.println("warning: the event index is dropped (the events view is read with SQL from now "
                    + "on): it could not read a change: " + e.getMessage());
        }
    }

    /**
     * Keeps the events view's filter and sort columns in memory from now on ({@link EventIndex}), for a store
     * that is served: a filtered, sorted page of events is then found by a scan of those columns, and only the
     * page's rows are read from the database. For the embedded database only, which this process alone holds, so
     * the index sees every change; a database server (PostgreSQL) may be written by others, and keeps being asked
     * with SQL.
     *
     * @return what was loaded and how long it took, or why nothing was
     */
    public String useEventIndex() {
        if (!db.embedded()) {
            return "event index: not kept for a database server (other processes may change its events); the "
                    + "events view is read with SQL";
        }
        writes.lock();
        try {
            EventIndex events = EventIndex.load(db, !corrections.isEmpty());
            eventIndex = events;
            return events.lastLoad().describe();
        } finally {
            writes.unlock();
        }
    }

    /** Every stored article, failed ones included, in the order added, as corrected; read a page at a time. */
    public void forEachArticle(Consumer<ArticleRecord> consumer) {
        Corrections applied = corrections;
        forEachArticle(0, Long.MAX_VALUE, record -> consumer.accept(applied.apply(record)));
    }

    /** Every story, largest first, as corrected; read a page at a time. */
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
        return current(queries.stories(limit, offset));
    }

    /**
     * The stories with their counts as corrected: the stored counts are those of the stories as built, which a
     * rejected or changed event can change (a merged event parts or leaves). Only a story a correction may
     * concern is read and corrected; the list's order stays that of the stored counts.
     */
    private List<StorySummary> current(List<StorySummary> stories) {
        Corrections applied = corrections;
        if (applied.isEmpty()) {
            return stories;
        }
        List<StorySummary> current = new java.util.ArrayList<>(stories.size());
        for (StorySummary st : stories) {
            Optional<StoryRecord> corrected = applied.mayTouch(queries.storyArticles(st.id())) ? story(st.id())
                    : Optional.empty();
            current.add(corrected.map(s -> new StorySummary(st.id(), st.rank(), st.title(), st.firstDay(),
                    st.lastDay(), s.articles().size(), s.events().size(), s.conflicts().size())).orElse(st));
        }
        return current;
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
        return new Page<>(current(queries.storiesById(page)), matching.size());
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

    /** The story as corrected. */
    public Optional<StoryRecord> story(String id) {
        Corrections applied = corrections;
        return queries.storyRecord(id).map(StoriesJsonl::fromLine).map(s -> applied.apply(s, this::analyzed));
    }

    /**
     * The story as its {@code stories.jsonl} line, as corrected: the stored line itself, without decoding and
     * encoding, when no correction concerns it.
     */
    public Optional<String> storyJson(String id) {
        Corrections applied = corrections;
        Optional<String> line = queries.storyRecord(id);
        if (applied.isEmpty() || line.isEmpty()) {
            return line;
        }
        StoryRecord story = StoriesJsonl.fromLine(line.get());
        return applied.touches(story) ? Optional.of(StoriesJsonl.toLine(applied.apply(story, this::analyzed))) : line;
    }

    /**
     * Sets the embedded database's page cache to {@code mib} MiB (opened with {@link StoreConfig}'s); a database
     * server keeps its own.
     */
    public void useCache(int mib) {
        db.useCache(mib);
    }

    /**
     * The story's page ({@link StoryPage}: its lists cut to their first items and sources), as corrected: the page
     * stored with the record when no correction may concern the story, else made from the corrected record.
     */
    public Optional<String> storyPageJson(String id) {
        Corrections applied = corrections;
        if (applied.isEmpty() || !applied.mayTouch(queries.storyArticles(id))) {
            Optional<String> page = queries.storyPage(id);
            return page.isPresent() ? page
                    : queries.storyRecord(id).map(StoriesJsonl::fromLine).map(StoryPage::json);
        }
        return story(id).map(StoryPage::json);
    }

    /** Items of one list of the story as corrected, every source included, with the list's length. */
    public Optional<StoryPage.Slice> storyItems(String id, StoryPage.Part part, int offset, int limit) {
        return story(id).map(s -> StoryPage.items(s, part, offset, limit));
    }

    /** The article as its {@code articles.jsonl} line, as corrected (the stored line when nothing concerns it). */
    public Optional<String> articleJson(String id) {
        Corrections applied = corrections;
        Optional<String> line = queries.articleRecord(id);
        if (applied.isEmpty() || line.isEmpty()) {
            return line;
        }
        ArticleRecord record = ArticlesJsonl.fromLine(line.get());
        return applied.touches(record) ? Optional.of(ArticlesJsonl.toLine(applied.apply(record))) : line;
    }

    /** The article as corrected. */
    public Optional<ArticleRecord> article(String id) {
        Corrections applied = corrections;
        return analyzed(id).map(applied::apply);
    }

    /** The article as its analysis gave it, before corrections. */
    public Optional<ArticleRecord> analyzed(String id) {
        return queries.articleRecord(id).map(ArticlesJsonl::fromLine);
    }

    // Corrections.

    /** The corrections that apply now, as one state. */
    public Corrections corrections() {
        return corrections;
    }

    /**
     * Records a correction and applies it from now on. The item must be in the store (an article's event, quote or
     * figure at those offsets); a set_code's code must be in the CAMEO code table; a merge may not lead back to its
     * own name.
     *
     * @throws IllegalArgumentException naming the field and the reason when it cannot be recorded
     */
    public Correction correct(NewCorrection asked) {
        writes.lock();
        try {
            Corrections now = corrections;
            java.time.Instant at = java.time.Instant.now();
            Map.Entry<Long, Corrections> done = db.transaction(c -> {
                String itemText = null;
                String before;
                if (asked.kind() == Correction.Kind.merge_actor) {
                    String end = now.name(asked.value());
                    if (Corrections.key(end).equals(Corrections.key(asked.from()))) {
                        throw new IllegalArgumentException("'" + asked.value() + "' is merged into '" + end
                                + "' already: merging '" + asked.from() + "' into it would merge a name into itself; "
                                + "undo that merge first");
                    }
                    before = asked.from();
                } else {
                    ItemKey key = asked.item();
                    if (!exists(c, key.article())) {
                        throw new IllegalArgumentException("'article': the store holds no article " + key.article());
                    }
                    CorrectionRows.Item row = CorrectionRows.item(c, key).orElseThrow(() ->
                            new IllegalArgumentException("article " + key.article() + " has no " + key.kind()
                                    + " at offsets " + key.start() + "-" + key.end() + " ('start' and 'end' are the "
                                    + "offsets of the item's words, as the API lists them)"));
                    itemText = row.text();
                    ItemFix fix = now.fix(key);
                    before = switch (asked.kind()) {
                        case set_actor -> describe(now.party(fix.actor() != null ? fix.actor()
                                : new Party(row.actor(), row.actorCode())));
                        case set_target -> describe(now.party(fix.target() != null ? fix.target()
                                : new Party(row.target(), row.targetCode())));
                        case set_speaker -> now.name(fix.speaker() != null ? fix.speaker() : row.speaker());
                        case set_code -> fix.code() != null ? fix.code().cameo() : row.cameo();
                        default -> null;
                    };
                    if (asked.kind() == Correction.Kind.set_code && !cameoCodes.isKnown(asked.value())) {
                        throw new IllegalArgumentException("'value' " + asked.value() + " is not a CAMEO event code "
                                + "(see the CAMEO codebook: 190 use conventional military force, 042 make a visit)");
                    }
                }
                long id = CorrectionRows.insert(c, asked, itemText, before, at);
                Corrections state = Corrections.of(CorrectionRows.active(c), cameoCodes);
                CorrectionRows.rewriteDerived(c, state);
                return Map.entry(id, state);
            });
            useCorrections(done.getValue());
            Correction made = correction(done.getKey()).orElseThrow();
            correctionsChanged(made);
            return made;
        } finally {
            writes.unlock();
        }
    }

    /**
     * Brings the event index up to a correction made or undone: the item's article, or every event for a merge
     * of names (which reaches any article).
     */
    private void correctionsChanged(Correction changed) {
        boolean any = !corrections.isEmpty();
        eventIndexChanged(events -> {
            if (changed.item() == null) {
                events.reload(any);
            } else {
                events.articlesChanged(List.of(changed.item().article()), any);
            }
        });
    }

    private static String describe(Party party) {
        if (party.name() == null && party.code() == null) {
            return null;
        }
        return party.name() == null ? party.code() : party.code() == null ? party.name()
                : party.name() + " (" + party.code() + ")";
    }

    /**
     * Undoes a correction: it stays in the history, marked undone, and applies no more.
     *
     * @throws java.util.NoSuchElementException when there is no such correction
     * @throws IllegalStateException when it was undone already
     */
    public Correction undoCorrection(long id) {
        writes.lock();
        try {
            java.time.Instant at = java.time.Instant.now();
            Corrections state = db.transaction(c -> {
                Correction found = CorrectionRows.find(c, id).orElseThrow(() ->
                        new java.util.NoSuchElementException("no correction " + id));
                if (!CorrectionRows.undo(c, id, at)) {
                    throw new IllegalStateException("correction " + id + " was undone already, at "
                            + found.undoneAt());
                }
                Corrections now = Corrections.of(CorrectionRows.active(c), cameoCodes);
                CorrectionRows.rewriteDerived(c, now);
                return now;
            });
            useCorrections(state);
            Correction undone = correction(id).orElseThrow();
            correctionsChanged(undone);
            return undone;
        } finally {
            writes.unlock();
        }
    }

    public Optional<Correction> correction(long id) {
        return db.read(c -> CorrectionRows.find(c, id));
    }

    /** A page of every correction made, newest first, undone ones included, with how many there are in all. */
    public Page<Correction> correctionHistory(int limit, int offset) {
        return db.read(c -> new Page<>(CorrectionRows.page(c, limit, offset), CorrectionRows.count(c, false)));
    }

    /** How many corrections apply (are not undone). */
    public long countActiveCorrections() {
        return db.read(c -> CorrectionRows.count(c, true));
    }

    public Optional<String> storyOf(String articleId) {
        return queries.storyOf(articleId);
    }

    public List<EventRow> events(EventFilter filter) {
        return eventIndex != null && EventColumns.covers(filter) ? eventsPage(filter).items()
                : queries.events(filter);
    }

    /**
     * A page of the events the filter matches, with how many it matches in all; quicker than asking each apart.
     * Found in the event index when it is kept and covers the filter, else with SQL; the same answer either way.
     */
    public Page<EventRow> eventsPage(EventFilter filter) {
        EventIndex events = eventIndex;
        if (events != null && EventColumns.covers(filter)) {
            EventColumns.Found found = events.columns().find(filter);
            return new Page<>(found.page().isEmpty() ? List.of() : queries.eventsByKey(filter, found.page()),
                    found.total());
        }
        return eventsPageBySql(filter);
    }

    /** {@link #eventsPage} with SQL alone, whether the event index is kept or not (for tests). */
    Page<EventRow> eventsPageBySql(EventFilter filter) {
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
        EventIndex events = eventIndex;
        if (events != null && EventColumns.covers(filter)) {
            return events.columns().find(filter).total();
        }
        return queries.countEvents(filter);
    }

    /** How many quotes {@link #quotes} lists for this speaker text (all quotes for null), whatever the page. */
    public long countQuotes(String speaker) {
        return countQuotes(speaker, null);
    }

    /** How many quotes {@link #quotes(String, Boolean, int, int)} lists, whatever the page. */
    public long countQuotes(String speaker, Boolean anonymous) {
        return queries.countQuotes(speaker, anonymous);
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
        return quotes(speaker, null, limit, offset);
    }

    /** Quotes by speaker text (null: all), only of anonymous speakers or only of the others when given. */
    public List<QuoteRow> quotes(String speaker, Boolean anonymous, int limit, int offset) {
        return queries.quotes(speaker, anonymous, limit, offset);
    }

    public List<FigureRow> figures(String unit, int limit, int offset) {
        return queries.figures(unit, limit, offset);
    }

    /** The charts' numbers over the events and figures of a filter, grouped in the database. */
    public StoreCharts charts() {
        return new StoreCharts(db, this::story, queries);
    }

    /** Actors across the store, their names merged by code, for the actor pages. */
    public StoreActors actors() {
        return new StoreActors(db, queries);
    }

    public List<SearchHit> search(String query, SearchIndex.Kind kind, int limit) {
        return search(query, kind, limit, 0);
    }

    /**
     * A page of the items that match a full-text query, best first. A quote or an event an analyst marked wrong is
     * left out of the page (the index holds the analysis as it is; the page may then be shorter than its limit).
     */
    public List<SearchHit> search(String query, SearchIndex.Kind kind, int limit, int offset) {
        List<SearchIndex.Hit> hits = requireIndex().search(query, kind, limit, offset);
        Map<String, String> storyOf = storyOfArticle();
        Corrections applied = corrections;
        return hits.stream().filter(h -> h.kind() == SearchIndex.Kind.article || !applied.fix(new ItemKey(
                h.article(), h.kind() == SearchIndex.Kind.quote ? Correction.ItemKind.quote
                        : Correction.ItemKind.event, h.start(), h.end())).rejected()).map(h -> new SearchHit(h.kind().name(), h.article(), storyOf.get(h.article()),
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


    @Override
    public void close() {
        writes.lock();
        try {
            commitIndex();
            storyUpdates.close();
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
