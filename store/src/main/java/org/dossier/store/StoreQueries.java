package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.record.ArticleRecord;
import org.dossier.store.StoreRows.Counts;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.EventRow;
import org.dossier.store.StoreRows.FigureRow;
import org.dossier.store.StoreRows.QuoteRow;
import org.dossier.store.StoreRows.StorySummary;

/** Read-only questions to the store's database. Every list is bounded by a limit. */
final class StoreQueries {

    private final Database db;
    /**
     * Whether any correction applies: then events, quotes and figures are read through the views that apply them
     * (V7__corrections.sql), else straight from their tables, whose indexes serve every filter.
     */
    private volatile boolean corrected;

    StoreQueries(Database db) {
        this.db = db;
    }

    void useCorrections(boolean any) {
        corrected = any;
    }

    // The tables (or views) to read events, quotes and figures from, as corrected: every query of items uses them.

    String events() {
        return corrected ? "corrected_events" : "events";
    }

    /**
     * The events a filter reads: as corrected, and with the rejected ones (marked) when it asks for them while
     * corrections apply (without corrections nothing is rejected).
     */
    String eventsOf(EventFilter f) {
        return f.withRejected() && corrected ? "corrected_events_all" : events();
    }

    String quotes() {
        return corrected ? "corrected_quotes" : "quotes";
    }

    String figures() {
        return corrected ? "corrected_figures" : "figures";
    }

    List<StorySummary> stories(int limit, int offset) {
        return db.read(c -> {
            // Largest first, ties by id: a story's id names its first article.
            try (PreparedStatement s = c.prepareStatement("SELECT id, title, first_day, last_day, article_count, "
                    + "event_count, conflict_count FROM stories ORDER BY article_count DESC, id LIMIT ? OFFSET ?")) {
                s.setInt(1, limit);
                s.setInt(2, offset);
                List<StorySummary> page = storySummaries(s, null);
                List<StorySummary> ranked = new ArrayList<>(page.size());
                for (int i = 0; i < page.size(); i++) {
                    StorySummary st = page.get(i);
                    ranked.add(new StorySummary(st.id(), offset + i + 1, st.title(), st.firstDay(), st.lastDay(),
                            st.articles(), st.events(), st.conflicts()));
                }
                return ranked;
            }
        });
    }

    List<StorySummary> storiesById(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT id, title, first_day, last_day, "
                    + "article_count, event_count, conflict_count FROM stories WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setString(i + 1, ids.get(i));
                }
                List<StorySummary> found = storySummaries(s, c);
                // In the order asked for (best search hit first).
                found.sort(java.util.Comparator.comparingInt(st -> ids.indexOf(st.id())));
                return found;
            }
        });
    }

    /**
     * The stories a statement selects (id, title, first_day, last_day, article_count, event_count,
     * conflict_count), each ranked by size in the story list when {@code ranks} is given, else with rank 0.
     */
    private static List<StorySummary> storySummaries(PreparedStatement s, Connection ranks) throws SQLException {
        List<StorySummary> list = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new StorySummary(r.getString(1), 0, r.getString(2), SqlDays.get(r, 3), SqlDays.get(r, 4),
                        r.getInt(5), r.getInt(6), r.getInt(7)));
            }
        }
        if (ranks == null) {
            return list;
        }
        List<StorySummary> ranked = new ArrayList<>(list.size());
        try (PreparedStatement before = ranks.prepareStatement("SELECT COUNT(*) FROM stories WHERE article_count > ? "
                + "OR (article_count = ? AND id < ?)")) {
            for (StorySummary st : list) {
                before.setInt(1, st.articles());
                before.setInt(2, st.articles());
                before.setString(3, st.id());
                try (ResultSet r = before.executeQuery()) {
                    r.next();
                    ranked.add(new StorySummary(st.id(), r.getInt(1) + 1, st.title(), st.firstDay(), st.lastDay(),
                            st.articles(), st.events(), st.conflicts()));
                }
            }
        }
        return ranked;
    }

    Optional<String> storyRecord(String id) {
        return single("SELECT record FROM stories WHERE id = ?", id);
    }

    /** The story's page as stored with its record; empty when there is no such story or it has no page. */
    Optional<String> storyPage(String id) {
        return single("SELECT page FROM stories WHERE id = ?", id);
    }

    List<String> storyArticles(String id) {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT article_id FROM story_articles WHERE story_id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    Optional<String> articleRecord(String id) {
        return single("SELECT record FROM articles WHERE id = ?", id);
    }

    Optional<String> storyOf(String articleId) {
        return single("SELECT story_id FROM story_articles WHERE article_id = ?", articleId);
    }

    private Optional<String> single(String sql, String key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The conditions of an event filter over the events as corrected ({@link #events()}), without its page (the
     * charts group by them too).
     */
    Where eventsWhere(EventFilter f) {
        // The names table holds the events' names as analysed, not the names corrections set.
        return eventsWhere(f, eventsOf(f).equals("events"));
    }

    /**
     * The conditions of an event filter, over events {@code e}, without its page. With {@code byNames}, a name
     * contained in the actor's or target's is looked for among the distinct names (party_names) and the events
     * are then read by their names' keys, through an index, rather than every event's name tested: only for the
     * events table, whose names that table holds.
     */
    static Where eventsWhere(EventFilter f, boolean byNames) {
        // The name filters are each "any of" conditions on different columns; the others are kept apart, so that
        // each can be read on its own (Where.union).
        List<List<Where>> anyOf = new ArrayList<>();
        if (f.actor() != null) {
            String name = "%" + literal(f.actor().toLowerCase(Locale.ROOT)) + "%";
            String code = literal(f.actor().toUpperCase(Locale.ROOT)) + "%";
            anyOf.add(List.of(new Where(nameContains("e.actor_key", byNames), List.of(name)),
                    new Where(nameContains("e.target_key", byNames), List.of(name)),
                    new Where("e.actor_code LIKE ?" + ESCAPE, List.of(code)),
                    new Where("e.target_code LIKE ?" + ESCAPE, List.of(code))));
        }
        if (f.target() != null) {
            String name = "%" + literal(f.target().toLowerCase(Locale.ROOT)) + "%";
            String code = literal(f.target().toUpperCase(Locale.ROOT)) + "%";
            anyOf.add(List.of(new Where(nameContains("e.target_key", byNames), List.of(name)),
                    new Where("e.target_code LIKE ?" + ESCAPE, List.of(code))));
        }
        Where rest = otherConditions(f);
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        for (List<Where> alternatives : anyOf) {
            sql.append(" AND (" + String.join(" OR ", alternatives.stream().map(Where::sql).toList()) + ")");
            alternatives.forEach(a -> args.addAll(a.args()));
        }
        sql.append(rest.sql());
        args.addAll(rest.args());
        return new Where(sql.toString(), args, anyOf, rest);
    }

    /** The conditions of an event filter other than its names (actor, target), each after " AND ". */
    private static Where otherConditions(EventFilter f) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (f.cameo() != null) {
            sql.append(" AND e.cameo LIKE ?" + ESCAPE);
            args.add(literal(f.cameo()) + "%");
        }
        if (f.quadClass() != null) {
            sql.append(" AND e.quad_class = ?");
            args.add(f.quadClass());
        }
        if (f.from() != null) {
            sql.append(" AND e.event_day >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND e.event_day <= ?");
            args.add(f.to());
        }
        if (f.location() != null) {
            String place = "%" + literal(f.location().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" AND (LOWER(e.location) LIKE ?" + ESCAPE + " OR LOWER(e.place_name) LIKE ?" + ESCAPE + ")");
            args.add(place);
            args.add(place);
        }
        if (f.outlet() != null) {
            sql.append(" AND e.article_id IN (SELECT id FROM articles WHERE outlet_key = ?)");
            args.add(f.outlet().strip().toLowerCase(Locale.ROOT));
        }
        if (f.minConfidence() != null) {
            sql.append(" AND e.confidence >= ?");
            args.add(f.minConfidence());
        }
        if (f.story() != null) {
            sql.append(" AND e.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)");
            args.add(f.story());
        }
        placeWhere(f.place(), sql, args);
        return new Where(sql.toString(), args);
    }

    /** The condition that a lower-case name column matches a LIKE pattern (one argument). */
    private static String nameContains(String column, boolean byNames) {
        return byNames ? column + " IN (SELECT n.name_key FROM party_names n WHERE n.name_key LIKE ?" + ESCAPE + ")"
                : column + " LIKE ?" + ESCAPE;
    }

    /** Mean radius of the Earth in km (IUGG), for great-circle distances. */
    static final double EARTH_KM = 6371.0088;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_KM / 180;

    /**
     * The conditions of a place filter over events {@code e}. {@code near} first keeps a box of latitudes (and of
     * longitudes where the box stays clear of a pole and of the 180th meridian), which the index on latitude
     * serves, then measures the great-circle distance (haversine) in SQL that H2 and PostgreSQL both run.
     */
    static void placeWhere(StoreRows.PlaceFilter p, StringBuilder sql, List<Object> args) {
        placeWhere(p, "e", sql, args);
    }

    /** The conditions of a place filter over the rows of {@code table} (events or figures: their place columns). */
    static void placeWhere(StoreRows.PlaceFilter p, String table, StringBuilder sql, List<Object> args) {
        if (p.country() != null) {
            sql.append(" AND " + table + ".place_country = ?");
            args.add(p.country());
        }
        if (p.admin1() != null) {
            sql.append(" AND " + table + ".place_admin1 = ?");
            args.add(p.admin1());
        }
        if (p.located() || p.near() != null) {
            sql.append(" AND " + table + ".place_lat IS NOT NULL AND " + table + ".place_lon IS NOT NULL");
        }
        StoreRows.Near near = p.near();
        if (near == null) {
            return;
        }
        double dLat = near.km() / KM_PER_DEGREE;
        sql.append(" AND " + table + ".place_lat BETWEEN ? AND ?");
        args.add(near.lat() - dLat);
        args.add(near.lat() + dLat);
        double widest = Math.cos(Math.toRadians(Math.min(90, Math.abs(near.lat()) + dLat)));
        double dLon = widest <= 1e-9 ? 360 : dLat / widest;
        if (dLon < 180 && near.lon() - dLon >= -180 && near.lon() + dLon <= 180) {
            sql.append(" AND " + table + ".place_lon BETWEEN ? AND ?");
            args.add(near.lon() - dLon);
            args.add(near.lon() + dLon);
        }
        String lat = table + ".place_lat";
        String lon = table + ".place_lon";
        sql.append(" AND 2 * " + EARTH_KM + " * ASIN(LEAST(1.0, SQRT(POWER(SIN(RADIANS(" + lat + " - ?) / 2), 2) "
                + "+ COS(RADIANS(" + lat + ")) * COS(RADIANS(?)) * POWER(SIN(RADIANS(" + lon + " - ?) / 2), 2)))) "
                + "<= ?");
        args.add(near.lat());
        args.add(near.lat());
        args.add(near.lon());
        args.add(near.km());
    }

    /** The place of the current row, read from its seven place columns from {@code first} on. */
    static ArticleRecord.PlaceRecord place(ResultSet r, int first) throws SQLException {
        String name = r.getString(first);
        if (name == null) {
            return null;
        }
        return new ArticleRecord.PlaceRecord(name, r.getObject(first + 1, Long.class), r.getString(first + 2),
                r.getString(first + 3), r.getObject(first + 4, Double.class), r.getObject(first + 5, Double.class),
                r.getObject(first + 6, Integer.class));
    }

    /** How many events the filter matches, whatever its page. */
    long countEvents(EventFilter f) {
        Where where = eventsWhere(f);
        String events = eventsOf(f);
        if (byBranches(where, events)) {
            Where union = where.union(events);
            return count(new Where("", union.args()), "SELECT COUNT(*) FROM (" + union.sql() + ") u");
        }
        return count(where, "SELECT COUNT(*) FROM " + events + " e");
    }

    /**
     * Whether to read a filter's events as sets of row ids ({@link Where#union}): on H2, for a filter with names,
     * over the events table (whose indexes serve each condition; a view's rows are all read either way).
     * PostgreSQL combines indexes for an OR itself.
     */
    private boolean byBranches(Where where, String events) {
        return db.embedded() && !where.anyOf().isEmpty() && events.equals("events");
    }

    /**
     * A page of the events the filter matches, in its order. First the page's keys, from the events alone, then
     * their rows with their articles and stories: joined before the page is cut, every matching event was joined
     * (and sorted with its text) to keep 50.
     */
    List<EventRow> events(EventFilter f) {
        return events(f, -1);
    }

    /**
     * A page of the events the filter matches, knowing how many it matches in all ({@code total}; -1 when not
     * known). H2 takes an index that serves a filter's condition over one that serves the sort, and then sorts
     * every matching event to keep 50 (150,000 events of a quad class: seconds). Reading the sort's index in
     * order instead costs about (offset + limit) * all / total events, reading the filter's about total: when the
     * first is smaller, the embedded database is told to use the sort's index. A database server (PostgreSQL)
     * weighs both itself.
     */
    List<EventRow> events(EventFilter f, long total) {
        Where where = eventsWhere(f);
        String sortIndex = sortIndex(f.sort());
        boolean bySortIndex = false;
        // Only the table has the indexes: while corrections apply, events are read through a view.
        String events = eventsOf(f);
        if (db.embedded() && sortIndex != null && total >= 0 && events.equals("events")) {
            long all = db.read(c -> count(c, "SELECT COUNT(*) FROM events"));
            bySortIndex = (double) total * total > (double) (f.offset() + f.limit()) * all;
        }
        if (!bySortIndex && byBranches(where, events)) {
            return db.read(c -> rows(c, pageByRowIds(c, f, where.union(events)), events));
        }
        String from = " FROM " + events + " e" + (bySortIndex ? " USE INDEX (" + sortIndex + ")" : "");
        List<Object> args = new ArrayList<>(where.args());
        args.add(f.limit());
        args.add(f.offset());
        return db.read(c -> {
            List<EventKey> keys = new ArrayList<>();
            try (PreparedStatement s = prepare(c, "SELECT e.article_id, e.ordinal" + from + where.sql()
                    + orderBy(f.sort()) + " LIMIT ? OFFSET ?", args); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(new EventKey(r.getString(1), r.getInt(2), null, null));
                }
            }
            return rows(c, keys, events);
        });
    }

    /**
     * The rows of events named by their keys (found in the event index), in that order, as the filter reads them
     * (as corrected; the rejected ones too when it asks for them). A key whose event the filter's table no longer
     * gives (rejected since) is left out.
     */
    List<EventRow> eventsByKey(EventFilter f, List<EventColumns.Key> found) {
        List<EventKey> keys = found.stream().map(k -> new EventKey(k.article(), k.ordinal(), null, null)).toList();
        String events = eventsOf(f);
        return db.read(c -> rows(c, keys, events));
    }

    /** An event's key, with its day and its sort's value when the page is sorted here. */
    private record EventKey(String article, int ordinal, java.time.LocalDate day, Comparable<Object> value) {}

    /**
     * A page of few matches on H2: their row ids (Where.union, from indexes alone), each one's day and sort value
     * read by its row id, sorted here as {@link #orderBy} sorts. H2 reads a row by its id directly, but for
     * "_ROWID_ IN (...)" it reads an index whole (that of the sort, in order: 400,000 entries for 300 matches).
     */
    @SuppressWarnings("unchecked")
    private static List<EventKey> pageByRowIds(Connection c, EventFilter f, Where union) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = prepare(c, "SELECT u.rid FROM (" + union.sql() + ") u", union.args());
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        String value = switch (f.sort().key()) {
            case date -> "e.event_day";
            case confidence -> "e.confidence";
            case cameo -> "e.cameo";
            case actor -> "e.actor_key";
        };
        List<EventKey> keys = new ArrayList<>(ids.size());
        try (PreparedStatement s = c.prepareStatement("SELECT e.article_id, e.ordinal, e.event_day, " + value
                + " FROM events e WHERE e._ROWID_ = ?")) {
            for (long id : ids) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        keys.add(new EventKey(r.getString(1), r.getInt(2), SqlDays.get(r, 3),
                                (Comparable<Object>) r.getObject(4)));
                    }
                }
            }
        }
        keys.sort(order(f.sort()));
        int from = Math.min(keys.size(), f.offset());
        return keys.subList(from, Math.min(keys.size(), from + f.limit()));
    }

    /** The order of {@link #orderBy}, over keys read by {@link #pageByRowIds}. */
    private static java.util.Comparator<EventKey> order(StoreRows.EventSort sort) {
        java.util.Comparator<Comparable<Object>> direction = sort.descending()
                ? java.util.Comparator.<Comparable<Object>>reverseOrder()
                : java.util.Comparator.<Comparable<Object>>naturalOrder();
        java.util.Comparator<EventKey> byDay = java.util.Comparator.comparing(EventKey::day,
                java.util.Comparator.nullsLast(java.util.Comparator.<java.time.LocalDate>naturalOrder()));
        java.util.Comparator<EventKey> first = sort.key() == StoreRows.EventSort.Key.date
                ? java.util.Comparator.comparing(k -> (Comparable<Object>) (Comparable<?>) k.day(),
                        java.util.Comparator.nullsLast(direction))
                : java.util.Comparator.comparing(EventKey::value, java.util.Comparator.nullsLast(direction));
        java.util.Comparator<EventKey> ties = sort.key() == StoreRows.EventSort.Key.date ? first
                : first.thenComparing(byDay);
        return ties.thenComparing(EventKey::article).thenComparingInt(EventKey::ordinal);
    }

    /** The rows of the page's events, in the page's order. */
    private List<EventRow> rows(Connection c, List<EventKey> keys, String events) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> articles = new java.util.LinkedHashSet<>();
        keys.forEach(k -> articles.add(k.article()));
        // The events of the page's articles (an index range each), of which the page's are kept. On H2 the ids
        // are written into the statement: a list of parameters is tested against each row read, one value after
        // another (a map's 1,000 events: 4,000 rows times 1,000 ids, most of its time), a list of constants
        // through a set of them. The ids are the store's own, quoted as SQL quotes text.
        String list;
        List<Object> args;
        if (db.embedded()) {
            list = String.join(",", articles.stream().map(a -> "'" + a.replace("'", "''") + "'").toList());
            args = List.of();
        } else {
            list = String.join(",", java.util.Collections.nCopies(articles.size(), "?"));
            args = new ArrayList<>(articles);
        }
        java.util.Map<String, EventRow> byKey = new java.util.HashMap<>();
        try (PreparedStatement s = prepare(c, "SELECT e.ordinal, " + eventColumns(events).substring("SELECT ".length())
                + " WHERE e.article_id IN (" + list + ")", args);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String key = r.getString(2) + "#" + r.getInt(1);
                byKey.put(key, eventRow(r, 1));
            }
        }
        return keys.stream().map(k -> byKey.get(k.article() + "#" + k.ordinal()))
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Every event the filter matches, whatever its page, in its order, one at a time from one query (read in
     * batches by the driver), so that the store holds all of them no more than once. The consumer runs while the
     * store is being read: it should be quick (write to a file, not to a slow client), since commits wait for it.
     *
     * @return how many events were given
     */
    long forEachEvent(EventFilter f, java.util.function.Consumer<EventRow> consumer) {
        Where where = eventsWhere(f);
        return db.read(c -> {
            long given = 0;
            try (PreparedStatement s = prepare(c, eventColumns(eventsOf(f)) + where.sql() + orderBy(f.sort()),
                    where.args())) {
                s.setFetchSize(500);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        consumer.accept(eventRow(r));
                        given++;
                    }
                }
            }
            return given;
        });
    }

    /**
     * The event columns {@link #eventRow} reads, with the article and story of each, before the conditions; from
     * {@code events} (the events as corrected, the rejected ones too when it is corrected_events_all).
     */
    private static String eventColumns(String events) {
        return "SELECT e.article_id, sa.story_id, a.outlet, a.url, e.event_day, "
                + "e.date_precision, e.date_basis, e.actor, e.actor_code, e.action, e.cameo, e.root, e.quad_class, "
                + "e.goldstein, e.target, e.target_code, e.location, e.confidence, e.text, e.start_offset, "
                + "e.end_offset, e.place_name, e.place_geonames_id, e.place_country, e.place_admin1, e.place_lat, "
                + "e.place_lon, e.place_precision, a.source, "
                + (events.equals("corrected_events_all") ? "e.rejected" : "FALSE") + " FROM " + events + " e "
                + "JOIN articles a ON a.id = e.article_id LEFT JOIN story_articles sa ON sa.article_id = e.article_id";
    }

    private static EventRow eventRow(ResultSet r) throws SQLException {
        return eventRow(r, 0);
    }

    /** The row of {@link #eventColumns}, whose columns start after the first {@code skip}. */
    private static EventRow eventRow(ResultSet r, int skip) throws SQLException {
        int k = skip;
        double read = r.getDouble(k + 18);
        Double confidence = r.wasNull() ? null : read;
        return new EventRow(r.getString(k + 1), r.getString(k + 2), r.getString(k + 3), r.getString(k + 4),
                SqlDays.get(r, k + 5), r.getString(k + 6), r.getString(k + 7), r.getString(k + 8), r.getString(k + 9),
                r.getString(k + 10), r.getString(k + 11), r.getString(k + 12), r.getInt(k + 13), r.getDouble(k + 14),
                r.getString(k + 15), r.getString(k + 16), r.getString(k + 17), place(r, k + 22), confidence,
                r.getString(k + 19), r.getInt(k + 20), r.getInt(k + 21), r.getString(k + 29), r.getBoolean(k + 30));
    }

    /** The index that gives the events in the sort's order (see migrations V9 and V10). */
    static String sortIndex(StoreRows.EventSort sort) {
        return switch (sort.key()) {
            case date -> sort.descending() ? "events_day_desc" : "events_day_asc";
            case confidence -> sort.descending() ? "events_confidence_desc" : "events_confidence_asc";
            case cameo -> "events_cameo";
            case actor -> sort.descending() ? "events_actor_desc" : "events_actor_asc";
        };
    }

    /**
     * The order of a sort. Missing values last both ways (NULLS LAST, which H2 and PostgreSQL both read); ties in
     * the order of their days, articles and events, so that pages never overlap.
     */
    static String orderBy(StoreRows.EventSort sort) {
        String direction = sort.descending() ? " DESC" : " ASC";
        String first = switch (sort.key()) {
            case date -> "e.event_day" + direction + " NULLS LAST";
            case confidence -> "e.confidence" + direction + " NULLS LAST";
            // never null: no null order, so that its one index serves both directions
            case cameo -> "e.cameo" + direction;
            case actor -> "e.actor_key" + direction + " NULLS LAST";
        };
        String ties = sort.key() == StoreRows.EventSort.Key.date ? "" : ", e.event_day ASC NULLS LAST";
        return " ORDER BY " + first + ties + ", e.article_id, e.ordinal";
    }

    private static Where quotesWhere(String speaker, Boolean anonymous) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (speaker != null) {
            conditions.add("q.speaker_key LIKE ?" + ESCAPE);
            args.add("%" + literal(speaker.toLowerCase(Locale.ROOT)) + "%");
        }
        if (anonymous != null) {
            conditions.add("q.speaker_anonymous = ?");
            args.add(anonymous);
        }
        return conditions.isEmpty() ? new Where("", List.of())
                : new Where(" WHERE " + String.join(" AND ", conditions), args);
    }

    long countQuotes(String speaker, Boolean anonymous) {
        return count(quotesWhere(speaker, anonymous), "SELECT COUNT(*) FROM " + quotes() + " q");
    }

    /**
     * Quotes whose speaker's name contains the text (any case; all quotes when it is null), of anonymous speakers
     * or of the others when {@code anonymous} is given.
     */
    List<QuoteRow> quotes(String speaker, Boolean anonymous, int limit, int offset) {
        Where where = quotesWhere(speaker, anonymous);
        StringBuilder sql = new StringBuilder("SELECT q.article_id, sa.story_id, a.outlet, a.published, q.speaker, "
                + "q.text, q.direct, q.start_offset, q.end_offset, q.speaker_anonymous FROM " + quotes()
                + " q JOIN articles a ON a.id = q.article_id "
                + "LEFT JOIN story_articles sa ON sa.article_id = q.article_id" + where.sql());
        List<Object> args = new ArrayList<>(where.args());
        sql.append(" ORDER BY a.published, q.article_id, q.ordinal LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return db.read(c -> {
            try (PreparedStatement s = prepare(c, sql.toString(), args); ResultSet r = s.executeQuery()) {
                List<QuoteRow> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new QuoteRow(r.getString(1), r.getString(2), r.getString(3), SqlDays.get(r, 4),
                            r.getString(5), r.getString(6), r.getBoolean(7), r.getInt(8), r.getInt(9), r.getBoolean(10)));
                }
                return rows;
            }
        });
    }

    private static Where figuresWhere(String unit) {
        return unit == null ? new Where("", List.of()) : new Where(" WHERE (LOWER(f.unit) = ? OR LOWER(f.what) = ?)",
                List.of(unit.toLowerCase(Locale.ROOT), unit.toLowerCase(Locale.ROOT)));
    }

    long countFigures(String unit) {
        return count(figuresWhere(unit), "SELECT COUNT(*) FROM " + figures() + " f");
    }

    /** Figures, of one unit ("killed", "people") when given. */
    List<FigureRow> figures(String unit, int limit, int offset) {
        Where where = figuresWhere(unit);
        StringBuilder sql = new StringBuilder("SELECT f.article_id, sa.story_id, a.outlet, f.amount, f.qualifier, "
                + "f.unit, f.what, f.reported_by, f.figure_day, f.text, f.start_offset, f.end_offset, f.place_name, "
                + "f.place_geonames_id, f.place_country, f.place_admin1, f.place_lat, f.place_lon, f.place_precision "
                + "FROM " + figures() + " f "
                + "JOIN articles a ON a.id = f.article_id LEFT JOIN story_articles sa ON sa.article_id = f.article_id"
                + where.sql());
        List<Object> args = new ArrayList<>(where.args());
        sql.append(" ORDER BY f.figure_day, f.article_id, f.ordinal LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return db.read(c -> {
            try (PreparedStatement s = prepare(c, sql.toString(), args); ResultSet r = s.executeQuery()) {
                List<FigureRow> rows = new ArrayList<>();
                while (r.next()) {
                    long amount = r.getLong(4);
                    Long value = r.wasNull() ? null : amount;
                    rows.add(new FigureRow(r.getString(1), r.getString(2), r.getString(3), value, r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), SqlDays.get(r, 9), place(r, 13),
                            r.getString(10), r.getInt(11), r.getInt(12)));
                }
                return rows;
            }
        });
    }

    Counts counts() {
        return db.read(c -> new Counts(
                count(c, "SELECT COUNT(*) FROM articles"),
                count(c, "SELECT COUNT(*) FROM articles WHERE status = 'analyzed'"),
                count(c, "SELECT COUNT(*) FROM articles WHERE status = 'failed'"),
                count(c, "SELECT COUNT(*) FROM articles WHERE status = 'skipped'"),
                count(c, "SELECT COUNT(*) FROM stories"),
                count(c, "SELECT COUNT(*) FROM " + events()),
                count(c, "SELECT COUNT(*) FROM " + quotes()),
                count(c, "SELECT COUNT(*) FROM " + figures())));
    }

    long countStories() {
        return db.read(c -> count(c, "SELECT COUNT(*) FROM stories"));
    }

    /**
     * The conditions of a list's query, with their arguments in order. For an events filter with names, also
     * the same conditions apart: {@code anyOf}, each name filter's alternatives (an OR across columns, which H2
     * serves by reading every row), and {@code others}, the rest (each after " AND ").
     */
    record Where(String sql, List<Object> args, List<List<Where>> anyOf, Where others) {

        Where(String sql, List<Object> args) {
            this(sql, args, List.of(), null);
        }

        /**
         * The row ids ({@code rid}) of the events the conditions select, as a query of H2's: each alternative of
         * a name filter, and the other conditions, read apart, each from an index alone where one serves it (the
         * index holds the row id, not the event's key, article and ordinal, which would be read from every
         * matching row: 20,000 rows take seconds when they are not in the cache); the alternatives' row ids
         * united, and the sets intersected.
         */
        Where union(String events) {
            List<String> sets = new ArrayList<>();
            List<Object> all = new ArrayList<>();
            for (List<Where> alternatives : anyOf) {
                List<String> selects = new ArrayList<>();
                for (Where a : alternatives) {
                    selects.add("SELECT e._ROWID_ AS rid FROM " + events + " e WHERE " + a.sql());
                    all.addAll(a.args());
                }
                sets.add("(" + String.join(" UNION ", selects) + ")");
            }
            if (others != null && !others.sql().isEmpty()) {
                sets.add("(SELECT e._ROWID_ AS rid FROM " + events + " e WHERE 1 = 1" + others.sql() + ")");
                all.addAll(others.args());
            }
            return new Where(String.join(" INTERSECT ", sets), all);
        }
    }

    private long count(Where where, String select) {
        return db.read(c -> {
            try (PreparedStatement s = prepare(c, select + where.sql(), where.args());
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The escape character of LIKE patterns, the same on H2 and PostgreSQL. */
    static final String ESCAPE = " ESCAPE '\\'";

    /**
     * Text a user typed, as a LIKE pattern that matches it literally: "%" and "_" are the user's characters, not
     * wildcards ("actor=%" must not match every event).
     */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
        return s;
    }
}
