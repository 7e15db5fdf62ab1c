package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The events view's index in memory ({@link EventColumns}): loaded from the database in one narrow read when the
 * store is served, and kept current by the store as it changes: an article added or corrected is read again
 * (its events and its outlet), the stories' articles after the stories are built, and everything after a change
 * that reaches across articles (a merge of names, the first correction or the last one undone, which switch the
 * events read between the table and the corrections' view).
 *
 * <p>For the embedded database only: its store is held by one process, this one, so the index sees every change.
 * Changes are made one at a time (synchronized); readers take the current snapshot without a lock.
 */
final class EventIndex {

    /** What a load took, for the server's log. */
    record Loaded(int events, int articles, long millis, long bytes) {

        String describe() {
            return String.format(java.util.Locale.ROOT, "event index: %,d events of %,d articles loaded in %.1f s, "
                    + "about %,d MiB of heap", events, articles, millis / 1000.0, (bytes + (1 << 20) - 1) >> 20);
        }
    }

    private final Database db;
    private volatile EventColumns current;
    /** Whether the rows were read from the corrections' view (corrected_events_all), else from the table. */
    private boolean corrected;
    private Loaded lastLoad;

    // The writer's side of the snapshot's dictionaries, and where each article's rows are.
    private Dictionary articles;
    private Dictionary days;
    private Dictionary names;
    private Dictionary codes;
    private Dictionary cameos;
    private Dictionary outlets;
    private Dictionary countries;
    private Dictionary admin1s;
    private List<int[]> rowsOfArticle;

    private EventIndex(Database db) {
        this.db = db;
    }

    /** Reads every event's columns; {@code corrected} when corrections apply (then through their view). */
    static EventIndex load(Database db, boolean corrected) {
        EventIndex index = new EventIndex(db);
        index.reload(corrected);
        return index;
    }

    EventColumns columns() {
        return current;
    }

    /** Reads everything again. */
    synchronized Loaded reload(boolean withCorrections) {
        long start = System.nanoTime();
        corrected = withCorrections;
        articles = new Dictionary();
        days = new Dictionary();
        names = new Dictionary();
        codes = new Dictionary();
        cameos = new Dictionary();
        outlets = new Dictionary();
        countries = new Dictionary();
        admin1s = new Dictionary();
        rowsOfArticle = new ArrayList<>();
        Rows rows = new Rows();
        IntList articleOutlet = new IntList();
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, outlet_key FROM articles ORDER BY seq");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    articles.id(r.getString(1));
                    articleOutlet.add(outlets.id(r.getString(2)));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + selected() + " FROM " + source() + " e");
                    ResultSet r = s.executeQuery()) {
                rows.readAll(r);
            }
            return null;
        });
        Stories stories = readStories();
        int n = rows.size;
        for (int i = 0; i < n; i++) {
            addRowOfArticle(rows.article.data[i], i);
        }
        EventColumns unsorted = new EventColumns(n, rows.article.array(), rows.ordinal.array(), rows.day.array(),
                rows.actorKey.array(), rows.targetKey.array(), rows.actorCode.array(), rows.targetCode.array(),
                rows.cameo.array(), Arrays.copyOf(rows.quadClass, n), Arrays.copyOf(rows.confidence, n),
                rows.country.array(), rows.admin1.array(), Arrays.copyOf(rows.flags, n), articles.values(),
                fit(articleOutlet.array(), articles.size()), stories.ofArticle(articles.size()), days.values(),
                names.values(), codes.values(), cameos.values(), outlets.values(), stories.names(),
                countries.values(), admin1s.values(), null);
        current = unsorted.withOrders(unsorted.sortAll());
        lastLoad = new Loaded(n, articles.size(), (System.nanoTime() - start) / 1_000_000, current.bytes());
        return lastLoad;
    }

    /** What the last full read took. */
    synchronized Loaded lastLoad() {
        return lastLoad;
    }

    /**
     * Reads the events and outlets of these articles again (added, or corrected) and puts them in place; reads
     * everything again when {@code withCorrections} differs from the rows read so far (the first correction, or
     * the last one undone), or an article's events are not those the index holds (never, as articles are kept).
     */
    synchronized void articlesChanged(Collection<String> ids, boolean withCorrections) {
        if (withCorrections != corrected) {
            reload(withCorrections);
            return;
        }
        EventColumns old = current;
        List<String> list = List.copyOf(new LinkedHashSet<>(ids));
        Rows rows = new Rows();
        Map<String, String> outletOf = new HashMap<>();
        Map<String, String> storyOf = new HashMap<>();
        for (int from = 0; from < list.size(); from += 500) {
            List<String> part = list.subList(from, Math.min(list.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            db.read(c -> {
                readPairs(c, "SELECT id, outlet_key FROM articles WHERE id IN (" + marks + ")", part, outletOf);
                readPairs(c, "SELECT article_id, story_id FROM story_articles WHERE article_id IN (" + marks + ")",
                        part, storyOf);
                try (PreparedStatement s = StoreQueries.prepare(c, "SELECT " + selected() + " FROM " + source()
                        + " e WHERE e.article_id IN (" + marks + ")", new ArrayList<>(part));
                        ResultSet r = s.executeQuery()) {
                    rows.readAll(r);
                }
                return null;
            });
        }
        int knownArticles = old.articleIds.length;
        // Where each row read goes: over the row of the same article and number, or after the last.
        int[] target = new int[rows.size];
        int next = old.size;
        for (int i = 0; i < rows.size; i++) {
            int a = rows.article.data[i];
            int[] existing = a < rowsOfArticle.size() ? rowsOfArticle.get(a) : null;
            if (existing == null || a >= knownArticles) {
                target[i] = next++;
                continue;
            }
            int found = -1;
            for (int row : existing) {
                if (old.ordinal[row] == rows.ordinal.data[i]) {
                    found = row;
                }
            }
            if (found < 0) {
                reload(withCorrections);
                return;
            }
            target[i] = found;
        }
        int n = next;
        int[] article = Arrays.copyOf(old.article, n);
        int[] ordinal = Arrays.copyOf(old.ordinal, n);
        int[] day = Arrays.copyOf(old.day, n);
        int[] actorKey = Arrays.copyOf(old.actorKey, n);
        int[] targetKey = Arrays.copyOf(old.targetKey, n);
        int[] actorCode = Arrays.copyOf(old.actorCode, n);
        int[] targetCode = Arrays.copyOf(old.targetCode, n);
        int[] cameo = Arrays.copyOf(old.cameo, n);
        byte[] quadClass = Arrays.copyOf(old.quadClass, n);
        double[] confidence = Arrays.copyOf(old.confidence, n);
        int[] country = Arrays.copyOf(old.country, n);
        int[] admin1 = Arrays.copyOf(old.admin1, n);
        byte[] flags = Arrays.copyOf(old.flags, n);
        for (int i = 0; i < rows.size; i++) {
            int t = target[i];
            article[t] = rows.article.data[i];
            ordinal[t] = rows.ordinal.data[i];
            day[t] = rows.day.data[i];
            actorKey[t] = rows.actorKey.data[i];
            targetKey[t] = rows.targetKey.data[i];
            actorCode[t] = rows.actorCode.data[i];
            targetCode[t] = rows.targetCode.data[i];
            cameo[t] = rows.cameo.data[i];
            quadClass[t] = rows.quadClass[i];
            confidence[t] = rows.confidence[i];
            country[t] = rows.country.data[i];
            admin1[t] = rows.admin1.data[i];
            flags[t] = rows.flags[i];
            if (t >= old.size) {
                addRowOfArticle(article[t], t);
            }
        }
        int articleCount = articles.size();
        int[] articleOutlet = fit(old.articleOutlet, articleCount);
        int[] articleStory = fit(old.articleStory, articleCount);
        String[] storyNames = old.stories;
        Dictionary stories = null;
        for (String id : list) {
            Integer a = articles.find(id);
            if (a == null) {
                continue;
            }
            articleOutlet[a] = outlets.id(outletOf.get(id));
            String story = storyOf.get(id);
            int s = story == null ? EventColumns.NONE : Arrays.asList(storyNames).indexOf(story);
            if (story != null && s < 0) {
                if (stories == null) {
                    stories = Dictionary.of(storyNames);
                }
                s = stories.id(story);
            }
            articleStory[a] = s;
        }
        if (stories != null) {
            storyNames = stories.values();
        }
        EventColumns changed = new EventColumns(n, article, ordinal, day, actorKey, targetKey, actorCode,
                targetCode, cameo, quadClass, confidence, country, admin1, flags, articles.values(), articleOutlet,
                articleStory, days.values(), names.values(), codes.values(), cameos.values(), outlets.values(),
                storyNames, countries.values(), admin1s.values(), null);
        int[] moved = Arrays.stream(target).distinct().toArray();
        current = changed.withOrders(old.ordersAfter(changed, moved));
    }

    /** Reads which story each article is in again, after the stories were built. */
    synchronized void storiesChanged() {
        Stories stories = readStories();
        current = current.withStories(stories.ofArticle(articles.size()), stories.names());
    }

    /** The stories' ids, and each article's story (by the articles' numbers). */
    private record Stories(Dictionary dictionary, Map<Integer, Integer> byArticle) {

        String[] names() {
            return dictionary.values();
        }

        int[] ofArticle(int articleCount) {
            int[] of = new int[articleCount];
            Arrays.fill(of, EventColumns.NONE);
            byArticle.forEach((a, s) -> {
                if (a < articleCount) {
                    of[a] = s;
                }
            });
            return of;
        }
    }

    private Stories readStories() {
        Dictionary stories = new Dictionary();
        Map<Integer, Integer> byArticle = new HashMap<>();
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT article_id, story_id FROM story_articles");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Integer a = articles.find(r.getString(1));
                    if (a != null) {
                        byArticle.put(a, stories.id(r.getString(2)));
                    }
                }
            }
            return null;
        });
        return new Stories(stories, byArticle);
    }

    private static void readPairs(Connection c, String sql, List<String> args, Map<String, String> into)
            throws SQLException {
        try (PreparedStatement s = StoreQueries.prepare(c, sql, new ArrayList<>(args));
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                into.put(r.getString(1), r.getString(2));
            }
        }
    }

    private void addRowOfArticle(int a, int row) {
        while (rowsOfArticle.size() <= a) {
            rowsOfArticle.add(null);
        }
        int[] rows = rowsOfArticle.get(a);
        if (rows == null) {
            rowsOfArticle.set(a, new int[] {row});
        } else {
            int[] more = Arrays.copyOf(rows, rows.length + 1);
            more[rows.length] = row;
            rowsOfArticle.set(a, more);
        }
    }

    /** The array at this length, new places {@link EventColumns#NONE}. */
    private static int[] fit(int[] values, int length) {
        int[] fitted = Arrays.copyOf(values, length);
        if (length > values.length) {
            Arrays.fill(fitted, values.length, length, EventColumns.NONE);
        }
        return fitted;
    }

    /** The events as StoreQueries reads them: the table, or while corrections apply the view of them all. */
    private String source() {
        return corrected ? "corrected_events_all" : "events";
    }

    private String selected() {
        return "e.article_id, e.ordinal, e.event_day, e.actor_key, e.target_key, e.actor_code, e.target_code, "
                + "e.cameo, e.quad_class, e.confidence, e.place_country, e.place_admin1, e.place_lat, e.place_lon, "
                + (corrected ? "e.rejected" : "FALSE");
    }

    /** Rows read, growing as they come. */
    private final class Rows {
        int size;
        final IntList article = new IntList();
        final IntList ordinal = new IntList();
        final IntList day = new IntList();
        final IntList actorKey = new IntList();
        final IntList targetKey = new IntList();
        final IntList actorCode = new IntList();
        final IntList targetCode = new IntList();
        final IntList cameo = new IntList();
        byte[] quadClass = new byte[16];
        double[] confidence = new double[16];
        final IntList country = new IntList();
        final IntList admin1 = new IntList();
        byte[] flags = new byte[16];

        void readAll(ResultSet r) throws SQLException {
            while (r.next()) {
                if (size == flags.length) {
                    quadClass = Arrays.copyOf(quadClass, size * 2);
                    confidence = Arrays.copyOf(confidence, size * 2);
                    flags = Arrays.copyOf(flags, size * 2);
                }
                article.add(articles.id(r.getString(1)));
                ordinal.add(r.getInt(2));
                // Days are kept as their ISO text in the dictionary, which sorts and compares as the days do.
                java.time.LocalDate eventDay = SqlDays.get(r, 3);
                day.add(days.id(eventDay == null ? null : eventDay.toString()));
                actorKey.add(names.id(r.getString(4)));
                targetKey.add(names.id(r.getString(5)));
                actorCode.add(codes.id(r.getString(6)));
                targetCode.add(codes.id(r.getString(7)));
                cameo.add(cameos.id(r.getString(8)));
                quadClass[size] = (byte) r.getInt(9);
                double value = r.getDouble(10);
                confidence[size] = r.wasNull() ? Double.NaN : value;
                country.add(countries.id(r.getString(11)));
                admin1.add(admin1s.id(r.getString(12)));
                r.getDouble(13);
                boolean noLat = r.wasNull();
                r.getDouble(14);
                boolean noLon = r.wasNull();
                flags[size] = (byte) ((noLat || noLon ? 0 : EventColumns.LOCATED)
                        | (r.getBoolean(15) ? EventColumns.REJECTED : 0));
                size++;
            }
        }
    }

    /** A growing array of ints. */
    private static final class IntList {
        int[] data = new int[16];
        int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int[] array() {
            return Arrays.copyOf(data, size);
        }
    }

    /**
     * Distinct values numbered in the order first seen, on the writer's side; {@link #values} gives the snapshot's
     * array, which is never written after (a new value makes a new array).
     */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> list = new ArrayList<>();
        private String[] published = new String[0];

        static Dictionary of(String[] values) {
            Dictionary d = new Dictionary();
            for (String v : values) {
                d.id(v);
            }
            return d;
        }

        /** The value's number, a new one when it is new; {@link EventColumns#NONE} for null. */
        int id(String value) {
            if (value == null) {
                return EventColumns.NONE;
            }
            Integer id = ids.get(value);
            if (id == null) {
                id = list.size();
                ids.put(value, id);
                list.add(value);
            }
            return id;
        }

        Integer find(String value) {
            return ids.get(value);
        }

        int size() {
            return list.size();
        }

        String[] values() {
            if (published.length != list.size()) {
                published = list.toArray(String[]::new);
            }
            return published;
        }
    }
}
