package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.record.StoryRecord;
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

/**
 * The charts' numbers: the events of a filter ({@link EventFilter}, as {@code /api/events} takes it, its page
 * aside) counted by the database, grouped by day and quad class or by each party's code and name, and summed here
 * into periods, actors ({@link ActorTally}) and pairs; and the figures of a filter on their days, up to a limit.
 * The events themselves never leave the database.
 */
public final class StoreCharts {

    /** The most periods one chart counts; a longer span is asked for by a longer interval. */
    public static final int MAX_PERIODS = 1000;
    /** A span of up to this many days is counted by day when no interval is asked for, up to 12 years by month. */
    static final int AUTO_DAYS = 92;
    static final int AUTO_MONTHS = 144;

    /**
     * An event's actor and target ids in SQL, as {@link ActorTally#key} makes them: the code, else "name:" and the
     * name in lower case (null when the event names neither); for finding an actor without a code.
     */
    static final String ACTOR_KEY = key("e.actor_code", "e.actor");
    static final String TARGET_KEY = key("e.target_code", "e.target");

    private final Database db;
    private final Function<String, Optional<StoryRecord>> stories;
    /** Names the tables to read, as corrected by the analysts (views while any correction applies). */
    private final StoreQueries tables;

    StoreCharts(Database db, Function<String, Optional<StoryRecord>> stories, StoreQueries tables) {
        this.db = db;
        this.stories = stories;
        this.tables = tables;
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
        Where where = tables.eventsWhere(filter);
        // One pass: the events by stored day and quad class (a few rows a day); periods are summed here.
        List<DayCount> days = db.read(c -> {
            List<DayCount> rows = new ArrayList<>();
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT e.event_day, e.quad_class, COUNT(*), "
                    + "SUM(e.goldstein) FROM " + tables.events() + " e" + where.sql() + " GROUP BY e.event_day, e.quad_class",
                    where.args()); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new DayCount(SqlDays.get(r, 1), r.getInt(2), r.getLong(3), r.getDouble(4)));
                }
            }
            return rows;
        });
        LocalDate first = null;
        LocalDate last = null;
        long dated = 0;
        long undated = 0;
        for (DayCount row : days) {
            if (row.day() == null) {
                undated += row.events();
                continue;
            }
            dated += row.events();
            first = first == null || row.day().isBefore(first) ? row.day() : first;
            last = last == null || row.day().isAfter(last) ? row.day() : last;
        }
        Interval chosen = interval != null ? interval : chooseInterval(first, last);
        long count = periodCount(first, last, chosen);
        if (count > MAX_PERIODS) {
            throw new IllegalArgumentException("interval " + chosen.name().toLowerCase(java.util.Locale.ROOT)
                    + " makes " + count + " periods from " + first + " to " + last + "; a chart holds at most "
                    + MAX_PERIODS + ": ask for a longer interval (month or year) or fewer days");
        }
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Double> goldstein = new HashMap<>();
        for (DayCount row : days) {
            if (row.day() == null) {
                continue;
            }
            String period = chosen.periodOf(row.day());
            int quad = row.quadClass();
            counts.computeIfAbsent(period, k -> new long[5])[quad >= 1 && quad <= 4 ? quad : 0] += row.events();
            goldstein.merge(period, row.goldsteinSum(), Double::sum);
        }
        List<Period> rows = new ArrayList<>();
        for (String p : periodsBetween(first, last, chosen)) {
            long[] n = counts.getOrDefault(p, new long[5]);
            long events = n[0] + n[1] + n[2] + n[3] + n[4];
            rows.add(new Period(p, events, new QuadCounts(n[1], n[2], n[3], n[4]),
                    events == 0 ? null : goldstein.get(p) / events));
        }
        return new EventsOverTime(chosen, rows, dated, undated);
    }

    /** The events of one stored day (null: undated) and quad class, and the sum of their Goldstein scores. */
    private record DayCount(LocalDate day, int quadClass, long events, double goldsteinSum) {}

    static Interval chooseInterval(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Interval.DAY;
        }
        if (ChronoUnit.DAYS.between(from, to) < AUTO_DAYS) {
            return Interval.DAY;
        }
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) < AUTO_MONTHS ? Interval.MONTH
                : Interval.YEAR;
    }

    /** How many periods there are from the first day's to the last's; 0 when there are no days. */
    static long periodCount(LocalDate from, LocalDate to, Interval interval) {
        if (from == null || to == null || to.isBefore(from)) {
            return 0;
        }
        return 1 + switch (interval) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
            case YEAR -> to.getYear() - from.getYear();
        };
    }

    /** The names of every period from the first day's to the last's, in order; empty when there are no days. */
    static List<String> periodsBetween(LocalDate from, LocalDate to, Interval interval) {
        List<String> periods = new ArrayList<>();
        if (periodCount(from, to, interval) == 0) {
            return periods;
        }
        switch (interval) {
            case DAY -> {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    periods.add(interval.periodOf(d));
                }
            }
            case MONTH -> {
                for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                    periods.add(interval.periodOf(m.atDay(1)));
                }
            }
            case YEAR -> {
                for (int y = from.getYear(); y <= to.getYear(); y++) {
                    periods.add(interval.periodOf(LocalDate.of(y, 1, 1)));
                }
            }
        }
        return periods;
    }

    /** The filter's actors with most events (as actor and as target together), most first. */
    public TopActors topActors(EventFilter filter, int limit) {
        ActorTally tally = db.read(c -> tally(c, tables.eventsWhere(filter), tables.events()));
        List<ActorCount> ranked = tally.ranked((key, names) -> true);
        return new TopActors(List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))), ranked.size());
    }

    /** The events of a filter counted by actor, as actor and as target: a grouped pass over each side. */
    static ActorTally tally(Connection c, Where where, String events) throws SQLException {
        ActorTally tally = new ActorTally();
        for (String side : List.of("actor", "target")) {
            int role = side.equals("actor") ? ActorTally.AS_ACTOR : ActorTally.AS_TARGET;
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT e." + side + "_code, e." + side + ", COUNT(*) "
                    + "FROM " + events + " e" + where.sql() + " GROUP BY e." + side + "_code, e." + side, where.args());
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tally.add(r.getString(1), r.getString(2), role, r.getLong(3));
                }
            }
        }
        return tally;
    }

    /** The filter's pairs of actor and target with most events, most first; events naming only one are left. */
    public Dyads dyads(EventFilter filter, int limit) {
        Where where = tables.eventsWhere(filter);
        ActorTally names = new ActorTally();
        Map<List<String>, double[]> pairs = new HashMap<>();
        db.read(c -> {
            // One pass, grouped by the stored codes and names of both parties; merged into pairs of ids here.
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT e.actor_code, e.actor, e.target_code, e.target, "
                    + "COUNT(*), " + quadSums() + ", SUM(e.goldstein) FROM " + tables.events() + " e" + where.sql() + " GROUP BY "
                    + "e.actor_code, e.actor, e.target_code, e.target", where.args()); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long events = r.getLong(5);
                    String actor = names.add(r.getString(1), r.getString(2), ActorTally.AS_ACTOR, events);
                    String target = names.add(r.getString(3), r.getString(4), ActorTally.AS_TARGET, events);
                    if (actor != null && target != null) {
                        double[] n = pairs.computeIfAbsent(List.of(actor, target), k -> new double[6]);
                        n[0] += events;
                        for (int quad = 1; quad <= 4; quad++) {
                            n[quad] += r.getLong(5 + quad);
                        }
                        n[5] += r.getDouble(10);
                    }
                }
            }
            return null;
        });
        List<Dyad> dyads = new ArrayList<>();
        pairs.forEach((pair, n) -> dyads.add(new Dyad(names.ref(pair.get(0)), names.ref(pair.get(1)), (long) n[0],
                new QuadCounts((long) n[1], (long) n[2], (long) n[3], (long) n[4]), n[5] / n[0])));
        dyads.sort(Comparator.comparingLong((Dyad d) -> -d.events()).thenComparing(d -> d.actor().id())
                .thenComparing(d -> d.target().id()));
        return new Dyads(List.copyOf(dyads.subList(0, Math.min(limit, dyads.size()))), dyads.size());
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
        String from = " FROM " + tables.figures() + " f JOIN articles a ON a.id = f.article_id";
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
                    points.add(new FigurePoint(SqlDays.get(r, 1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            r.getString(10), r.getInt(11), r.getInt(12), false));
                }
            }
            return conflicts(points, total, all - total, withConflicts(c, points));
        });
    }

    /** Which of the points' stories have conflicts: only those records are read (a record is the story whole). */
    private static Set<String> withConflicts(Connection c, List<FigurePoint> points) throws SQLException {
        List<String> ids = points.stream().map(FigurePoint::story).filter(java.util.Objects::nonNull).distinct()
                .toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT id FROM stories WHERE conflict_count > 0 AND "
                    + "id IN (" + String.join(",", Collections.nCopies(batch.size(), "?")) + ")",
                    new ArrayList<>(batch)); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
        }
        return found;
    }

    /** The points marked by the conflicts their stories show (read from the stored stories), with those conflicts. */
    private FiguresOverTime conflicts(List<FigurePoint> points, long total, long leftOut, Set<String> disputed) {
        Set<String> storyIds = new LinkedHashSet<>();
        Set<String> shown = new HashSet<>();
        for (FigurePoint p : points) {
            if (p.story() != null && disputed.contains(p.story())) {
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
                    conflicts.add(new FigureConflictRow(id, conflict.unit(), conflict.what(),
                            conflict.date(), conflict.place(), conflict.values()));
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
