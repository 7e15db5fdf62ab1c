package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dossier.store.ChartRows.ActorCount;
import org.dossier.store.ChartRows.ActorRef;
import org.dossier.store.ChartRows.Dyad;
import org.dossier.store.ChartRows.Dyads;
import org.dossier.store.ChartRows.Edge;
import org.dossier.store.ChartRows.EventsOverTime;
import org.dossier.store.ChartRows.FigureConflictRow;
import org.dossier.store.ChartRows.FigurePoint;
import org.dossier.store.ChartRows.FiguresOverTime;
import org.dossier.store.ChartRows.Interval;
import org.dossier.store.ChartRows.Network;
import org.dossier.store.ChartRows.Node;
import org.dossier.store.ChartRows.Period;
import org.dossier.store.ChartRows.QuadCounts;
import org.dossier.store.ChartRows.TopActors;
import org.dossier.store.StoreQueries.Where;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.stories.build.StoryRecord;

/**
 * The charts' numbers: the events of a filter ({@link EventFilter}, as {@code /api/events} takes it, its page
 * aside) grouped in SQL by period, actor and pair, and the figures of a filter on their days. Nothing here reads
 * more rows into memory than the chart shows.
 */
public final class StoreCharts {

    /** The most periods one chart counts; a longer span is asked for by a longer interval. */
    public static final int MAX_PERIODS = 1000;
    /** A span of up to this many days is counted by day when no interval is asked for, up to 12 years by month. */
    static final int AUTO_DAYS = 92;
    static final int AUTO_MONTHS = 144;

    /**
     * An event's actor and target as the charts group them: the code, else "name:" and the name in lower case
     * (null when the event names neither). The same text in SELECT and GROUP BY, as H2 wants it.
     */
    static final String ACTOR_KEY = key("e.actor_code", "e.actor");
    static final String TARGET_KEY = key("e.target_code", "e.target");

    private final Database db;
    private final Function<String, Optional<StoryRecord>> stories;

    StoreCharts(Database db, Function<String, Optional<StoryRecord>> stories) {
        this.db = db;
        this.stories = stories;
    }

    static String key(String code, String name) {
        return "COALESCE(NULLIF(" + code + ", ''), 'name:' || LOWER(NULLIF(" + name + ", '')))";
    }

    /**
     * The filter's events by period, each with its quad classes and mean Goldstein score.
     *
     * @param interval null to choose by the span of the events' days: by day up to {@value #AUTO_DAYS} days, by
     *     month up to {@value #AUTO_MONTHS} months, else by year
     * @throws IllegalArgumentException when the interval asked for makes more than {@value #MAX_PERIODS} periods
     */
    public EventsOverTime eventsOverTime(EventFilter filter, Interval interval) {
        Where where = StoreQueries.eventsWhere(filter);
        return db.read(c -> {
            String first;
            String last;
            long dated;
            long undated;
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT MIN(e.event_day), MAX(e.event_day), "
                    + "COUNT(e.event_day), COUNT(*) FROM events e" + where.sql(), where.args());
                    ResultSet r = s.executeQuery()) {
                r.next();
                first = r.getString(1);
                last = r.getString(2);
                dated = r.getLong(3);
                undated = r.getLong(4) - dated;
            }
            Interval chosen = interval != null ? interval : chooseInterval(first, last);
            long count = periodCount(first, last, chosen);
            if (count > MAX_PERIODS) {
                throw new IllegalArgumentException("interval " + chosen.name().toLowerCase(java.util.Locale.ROOT)
                        + " makes " + count + " periods from " + first + " to " + last + "; a chart holds at most "
                        + MAX_PERIODS + ": ask for a longer interval (month or year) or fewer days");
            }
            List<String> periods = periodsBetween(first, last, chosen);
            String period = "SUBSTR(e.event_day, 1, " + chosen.chars + ")";
            Map<String, long[]> counts = new LinkedHashMap<>();
            Map<String, Double> goldstein = new HashMap<>();
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT " + period + ", e.quad_class, COUNT(*), "
                    + "SUM(e.goldstein) FROM events e" + where.sql() + " AND e.event_day IS NOT NULL GROUP BY "
                    + period + ", e.quad_class", where.args()); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long[] byClass = counts.computeIfAbsent(r.getString(1), k -> new long[5]);
                    int quad = r.getInt(2);
                    byClass[quad >= 1 && quad <= 4 ? quad : 0] += r.getLong(3);
                    goldstein.merge(r.getString(1), r.getDouble(4), Double::sum);
                }
            }
            // Periods with events whose day did not parse (none are expected) still show, in order.
            Set<String> all = new java.util.TreeSet<>(periods);
            all.addAll(counts.keySet());
            List<Period> rows = new ArrayList<>();
            for (String p : all) {
                long[] n = counts.getOrDefault(p, new long[5]);
                long events = n[0] + n[1] + n[2] + n[3] + n[4];
                rows.add(new Period(p, events, new QuadCounts(n[1], n[2], n[3], n[4]),
                        events == 0 ? null : goldstein.get(p) / events));
            }
            return new EventsOverTime(chosen, rows, dated, undated);
        });
    }

    static Interval chooseInterval(String first, String last) {
        LocalDate from = day(first);
        LocalDate to = day(last);
        if (from == null || to == null) {
            return Interval.DAY;
        }
        if (ChronoUnit.DAYS.between(from, to) < AUTO_DAYS) {
            return Interval.DAY;
        }
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) < AUTO_MONTHS ? Interval.MONTH
                : Interval.YEAR;
    }

    /** How many periods there are from the first day's to the last's; 0 when there are no (readable) days. */
    static long periodCount(String first, String last, Interval interval) {
        LocalDate from = day(first);
        LocalDate to = day(last);
        if (from == null || to == null || to.isBefore(from)) {
            return 0;
        }
        return 1 + switch (interval) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
            case YEAR -> to.getYear() - from.getYear();
        };
    }

    /** Every period from the first day's to the last's; empty when there are no (readable) days. */
    static List<String> periodsBetween(String first, String last, Interval interval) {
        List<String> periods = new ArrayList<>();
        if (periodCount(first, last, interval) == 0) {
            return periods;
        }
        LocalDate from = day(first);
        LocalDate to = day(last);
        switch (interval) {
            case DAY -> {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    periods.add(d.toString());
                }
            }
            case MONTH -> {
                for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                    periods.add(m.toString());
                }
            }
            case YEAR -> {
                for (int y = from.getYear(); y <= to.getYear(); y++) {
                    periods.add(String.format("%04d", y));
                }
            }
        }
        return periods;
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The filter's actors with most events (as actor and as target together), most first. */
    public TopActors topActors(EventFilter filter, int limit) {
        Where where = StoreQueries.eventsWhere(filter);
        String roles = "SELECT " + ACTOR_KEY + " AS k, 1 AS a, 0 AS t FROM events e" + where.sql()
                + " UNION ALL SELECT " + TARGET_KEY + ", 0, 1 FROM events e" + where.sql();
        List<Object> args = new ArrayList<>(where.args());
        args.addAll(where.args());
        return db.read(c -> {
            List<Object> page = new ArrayList<>(args);
            page.add(limit);
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT x.k, SUM(x.a), SUM(x.t) FROM (" + roles
                    + ") x WHERE x.k IS NOT NULL GROUP BY x.k ORDER BY SUM(x.a) + SUM(x.t) DESC, x.k LIMIT ?", page);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] {r.getString(1), r.getLong(2), r.getLong(3)});
                }
            }
            long total;
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT COUNT(DISTINCT x.k) FROM (" + roles + ") x",
                    args); ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
            Map<String, ActorRef> refs = refs(c, where, rows.stream().map(row -> (String) row[0]).toList());
            List<ActorCount> actors = rows.stream().map(row -> new ActorCount(refs.get((String) row[0]),
                    (long) row[1], (long) row[2], (long) row[1] + (long) row[2])).toList();
            return new TopActors(actors, total);
        });
    }

    /** The filter's pairs of actor and target with most events, most first; events naming only one are left. */
    public Dyads dyads(EventFilter filter, int limit) {
        Where where = StoreQueries.eventsWhere(filter);
        String named = where.sql() + " AND " + ACTOR_KEY + " IS NOT NULL AND " + TARGET_KEY + " IS NOT NULL";
        return db.read(c -> {
            List<Object> page = new ArrayList<>(where.args());
            page.add(limit);
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT " + ACTOR_KEY + ", " + TARGET_KEY + ", "
                    + "COUNT(*), " + quadSums() + ", AVG(e.goldstein) FROM events e" + named + " GROUP BY "
                    + ACTOR_KEY + ", " + TARGET_KEY + " ORDER BY COUNT(*) DESC, " + ACTOR_KEY + ", " + TARGET_KEY
                    + " LIMIT ?", page); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] {r.getString(1), r.getString(2), r.getLong(3), new QuadCounts(r.getLong(4),
                            r.getLong(5), r.getLong(6), r.getLong(7)), r.getDouble(8)});
                }
            }
            long total;
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT COUNT(*) FROM (SELECT 1 AS one FROM events e"
                    + named + " GROUP BY " + ACTOR_KEY + ", " + TARGET_KEY + ") x", where.args());
                    ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
            Set<String> keys = new LinkedHashSet<>();
            rows.forEach(row -> {
                keys.add((String) row[0]);
                keys.add((String) row[1]);
            });
            Map<String, ActorRef> refs = refs(c, where, List.copyOf(keys));
            List<Dyad> dyads = rows.stream().map(row -> new Dyad(refs.get((String) row[0]), refs.get((String) row[1]),
                    (long) row[2], (QuadCounts) row[3], (double) row[4])).toList();
            return new Dyads(dyads, total);
        });
    }

    /** Who acts on whom: the {@code limit} pairs with most events as edges, the actors they join as nodes. */
    public Network network(EventFilter filter, int limit) {
        Dyads dyads = dyads(filter, limit);
        Map<String, ActorRef> actors = new LinkedHashMap<>();
        Map<String, Long> events = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (Dyad d : dyads.dyads()) {
            actors.putIfAbsent(d.actor().id(), d.actor());
            actors.putIfAbsent(d.target().id(), d.target());
            events.merge(d.actor().id(), d.events(), Long::sum);
            if (!d.target().id().equals(d.actor().id())) {
                events.merge(d.target().id(), d.events(), Long::sum);
            }
            edges.add(new Edge(d.actor().id(), d.target().id(), d.events(), d.quadClasses(), d.goldsteinMean()));
        }
        List<Node> nodes = actors.values().stream().map(a -> new Node(a, events.get(a.id()))).toList();
        return new Network(nodes, edges, dyads.total());
    }

    private static String quadSums() {
        StringBuilder sql = new StringBuilder();
        for (int quad = 1; quad <= 4; quad++) {
            sql.append(quad > 1 ? ", " : "").append("SUM(CASE WHEN e.quad_class = ").append(quad)
                    .append(" THEN 1 ELSE 0 END)");
        }
        return sql.toString();
    }

    /**
     * The actors of these keys, each with the name the filter's events give it most often (ties: the first in
     * alphabetical order).
     */
    static Map<String, ActorRef> refs(Connection c, Where where, List<String> keys) throws SQLException {
        Map<String, ActorRef> refs = new HashMap<>();
        if (keys.isEmpty()) {
            return refs;
        }
        String marks = String.join(",", Collections.nCopies(keys.size(), "?"));
        String sql = "SELECT x.k, x.n, COUNT(*) FROM (SELECT " + ACTOR_KEY + " AS k, e.actor AS n FROM events e"
                + where.sql() + " UNION ALL SELECT " + TARGET_KEY + ", e.target FROM events e" + where.sql()
                + ") x WHERE x.k IN (" + marks + ") AND x.n IS NOT NULL GROUP BY x.k, x.n";
        List<Object> args = new ArrayList<>(where.args());
        args.addAll(where.args());
        args.addAll(keys);
        Map<String, String> best = new HashMap<>();
        Map<String, Long> bestCount = new HashMap<>();
        try (PreparedStatement s = StoreQueries.prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String key = r.getString(1);
                String name = r.getString(2);
                long n = r.getLong(3);
                Long known = bestCount.get(key);
                if (known == null || n > known || (n == known && name.compareTo(best.get(key)) < 0)) {
                    best.put(key, name);
                    bestCount.put(key, n);
                }
            }
        }
        for (String key : keys) {
            refs.put(key, ref(key, best.get(key)));
        }
        return refs;
    }

    /** The actor of a key, named by its name, else by its code (or the name in its key). */
    static ActorRef ref(String key, String name) {
        boolean named = key.startsWith("name:");
        String code = named ? null : key;
        return new ActorRef(key, name != null ? name : named ? key.substring(5) : key, code);
    }

    /**
     * The figures of a filter with a value, on their days, in day order, up to {@code limit}; each marked when its
     * story shows it among conflicting figures, with those conflicts. Of the filter, figures read its story, its
     * days ({@code from}, {@code to}) and its place ({@code country}, {@code admin1}, {@code near}); the rest of
     * it is about events.
     */
    public FiguresOverTime figuresOverTime(EventFilter filter, int limit) {
        String day = "COALESCE(f.figure_day, a.published)";
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.story() != null) {
            where.append(" AND f.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)");
            args.add(filter.story());
        }
        if (filter.from() != null) {
            where.append(" AND ").append(day).append(" >= ?");
            args.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND ").append(day).append(" <= ?");
            args.add(filter.to());
        }
        StoreQueries.placeWhere(filter.place(), "f", where, args);
        String from = " FROM figures f JOIN articles a ON a.id = f.article_id";
        String charted = where + " AND f.amount IS NOT NULL AND " + day + " IS NOT NULL";
        return db.read(c -> {
            long all;
            long total;
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT COUNT(*), SUM(CASE WHEN f.amount IS NOT NULL "
                    + "AND " + day + " IS NOT NULL THEN 1 ELSE 0 END)" + from + where, args);
                    ResultSet r = s.executeQuery()) {
                r.next();
                all = r.getLong(1);
                total = r.getLong(2);
            }
            List<Object> page = new ArrayList<>(args);
            page.add(limit);
            List<FigurePoint> points = new ArrayList<>();
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT " + day + ", f.amount, f.qualifier, f.unit, "
                    + "f.what, f.reported_by, a.outlet, f.article_id, sa.story_id, f.text, f.start_offset, "
                    + "f.end_offset" + from + " LEFT JOIN story_articles sa ON sa.article_id = f.article_id" + charted
                    + " ORDER BY " + day + ", f.article_id, f.ordinal LIMIT ?", page); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    points.add(new FigurePoint(r.getString(1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            r.getString(10), r.getInt(11), r.getInt(12), false));
                }
            }
            return conflicts(points, total, all - total);
        });
    }

    /** The points marked by the conflicts their stories show (read from the stored stories), with those conflicts. */
    private FiguresOverTime conflicts(List<FigurePoint> points, long total, long leftOut) {
        Set<String> storyIds = new LinkedHashSet<>();
        Set<String> shown = new HashSet<>();
        for (FigurePoint p : points) {
            if (p.story() != null) {
                storyIds.add(p.story());
            }
            shown.add(p.article() + ":" + p.start());
        }
        List<FigureConflictRow> conflicts = new ArrayList<>();
        Set<String> conflicting = new HashSet<>();
        for (String id : storyIds) {
            for (StoryRecord.FigureConflict conflict : stories.apply(id).map(StoryRecord::conflicts)
                    .orElse(List.of())) {
                boolean inChart = conflict.values().stream()
                        .anyMatch(v -> shown.contains(v.source().article() + ":" + v.source().start()));
                if (inChart) {
                    conflicts.add(new FigureConflictRow(id, conflict.unit(), conflict.what(), conflict.date(),
                            conflict.place(), conflict.values()));
                    conflict.values().forEach(v -> conflicting.add(v.source().article() + ":" + v.source().start()));
                }
            }
        }
        List<FigurePoint> marked = points.stream().map(p -> conflicting.contains(p.article() + ":" + p.start())
                ? new FigurePoint(p.day(), p.value(), p.qualifier(), p.unit(), p.what(), p.reportedBy(), p.outlet(),
                        p.article(), p.story(), p.text(), p.start(), p.end(), true) : p).toList();
        return new FiguresOverTime(marked, total, leftOut, conflicts);
    }
}
