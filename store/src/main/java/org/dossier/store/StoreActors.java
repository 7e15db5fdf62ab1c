package org.dossier.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.store.ChartRows.ActorCount;
import org.dossier.store.ChartRows.ActorEvent;
import org.dossier.store.ChartRows.ActorName;
import org.dossier.store.ChartRows.ActorProfile;
import org.dossier.store.ChartRows.ActorStory;
import org.dossier.store.ChartRows.Listed;
import org.dossier.store.StoreRows.EventRow;
import org.dossier.store.StoreRows.FigureRow;
import org.dossier.store.StoreRows.QuoteRow;

/**
 * Actors across the whole store, as the actor pages show them. An actor is its CAMEO code, which merges the names
 * the articles give it ("Russia", "Moscow": RUS); an actor without a code is its name, any case (see {@link
 * ActorRef}). A coalition's events ("RUS;SYR") are its own actor in lists, and also among each member's events.
 */
public final class StoreActors {

    /** The most names of one actor used to find its quotes and figures ("USA" may be given hundreds). */
    static final int MAX_NAMES = 200;
    /** The most quotes, figures and stories an actor's page lists (each with its total). */
    public static final int MAX_ITEMS = 100;

    private final Database db;
    /** Names the tables to read, as corrected by the analysts (views while any correction applies). */
    private final StoreQueries tables;

    StoreActors(Database db, StoreQueries tables) {
        this.db = db;
        this.tables = tables;
    }

    /**
     * A page of the store's actors, most events first, each with its events as actor and as target; {@code query}
     * (null for all) keeps the actors one of whose names contains it (any case) or whose code starts with it.
     */
    public Listed<ActorCount> list(String query, int limit, int offset) {
        ActorTally tally = db.read(c -> StoreCharts.tally(c, new StoreQueries.Where(" WHERE 1 = 1", List.of()),
                tables.events()));
        String name = query == null ? null : query.toLowerCase(Locale.ROOT);
        String code = query == null ? null : query.toUpperCase(Locale.ROOT);
        List<ActorCount> found = tally.ranked((key, names) -> name == null
                || (!key.startsWith("name:") && key.startsWith(code))
                || names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(name)));
        int from = Math.min(offset, found.size());
        return new Listed<>(List.copyOf(found.subList(from, Math.min(found.size(), from + limit))), found.size());
    }

    /**
     * The actor of an id (a code, or "name:" and a name), with a page of its events (newest last, undated first)
     * and up to {@value #MAX_ITEMS} of its quotes, figures and stories; empty when the store holds nothing of it.
     *
     * @throws IllegalArgumentException for an id that names no actor ("name:" alone, a blank code)
     */
    public Optional<ActorProfile> profile(String id, int limit, int offset) {
        ActorId actor = ActorId.parse(id);
        List<ActorName> names = names(actor.key());
        Where events = eventsOf(actor);
        // Its events as actor, as target, and in all, in one pass.
        List<Object> args = new ArrayList<>(events.both());
        args.addAll(events.both());
        long[] counts = db.read(c -> {
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT SUM(CASE WHEN " + events.actor() + " THEN 1 "
                    + "ELSE 0 END), SUM(CASE WHEN " + events.target() + " THEN 1 ELSE 0 END), COUNT(*) FROM " + tables.events() + " e "
                    + "WHERE " + events.either(), args); ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        });
        long asActor = counts[0];
        long asTarget = counts[1];
        long eventTotal = counts[2];
        List<String> spoken = new ArrayList<>(names.stream().map(n -> n.name().toLowerCase(Locale.ROOT)).distinct()
                .limit(MAX_NAMES).toList());
        if (actor.name() != null && !spoken.contains(actor.name())) {
            spoken.add(actor.name());
        }
        Listed<QuoteRow> quotes = quotes(spoken);
        Listed<FigureRow> figures = figures(spoken);
        if (eventTotal == 0 && quotes.total() == 0 && figures.total() == 0) {
            return Optional.empty();
        }
        String display = names.isEmpty() ? null : names.getFirst().name();
        if (display == null && !quotes.items().isEmpty()) {
            display = quotes.items().getFirst().speaker();
        }
        return Optional.of(new ActorProfile(StoreCharts.ref(actor.key(), display), names, asActor, asTarget,
                new Listed<>(events(actor, events, limit, offset), eventTotal), quotes, figures,
                stories(events, spoken)));
    }

    /** An actor's id: its code, or the name (in lower case) of an actor without one. */
    record ActorId(String code, String name) {

        static ActorId parse(String id) {
            String text = id == null ? "" : id.strip();
            if (text.startsWith("name:")) {
                String name = text.substring(5).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("actor 'name:' names no actor: write the name after it, as "
                            + "in name:rescuers");
                }
                return new ActorId(null, name);
            }
            if (!text.matches("[A-Za-z0-9]+(;[A-Za-z0-9]+)*")) {
                throw new IllegalArgumentException("actor '" + id + "' names no actor: give a CAMEO actor code such "
                        + "as RUS or FRAGOV, or name: and the name of an actor without a code");
            }
            return new ActorId(text.toUpperCase(Locale.ROOT), null);
        }

        String key() {
            return code != null ? code : "name:" + name;
        }
    }

    /** The conditions that an event's actor or target is the actor, over events {@code e}. */
    private record Where(String actor, String target, List<Object> args) {

        String either() {
            return "(" + actor + " OR " + target + ")";
        }

        List<Object> both() {
            List<Object> all = new ArrayList<>(args);
            all.addAll(args);
            return all;
        }
    }

    /**
     * A code matches the party's code, or one of a coalition's codes ("RUS" in "RUS;SYR"); a name matches a party
     * the coder gave no code.
     */
    private static Where eventsOf(ActorId actor) {
        if (actor.code() != null) {
            String inList = " OR ';' || %s || ';' LIKE ?" + StoreQueries.ESCAPE;
            return new Where("(e.actor_code = ?" + inList.formatted("e.actor_code") + ")",
                    "(e.target_code = ?" + inList.formatted("e.target_code") + ")",
                    List.of(actor.code(), "%;" + StoreQueries.literal(actor.code()) + ";%"));
        }
        return new Where("(NULLIF(e.actor_code, '') IS NULL AND LOWER(e.actor) = ?)",
                "(NULLIF(e.target_code, '') IS NULL AND LOWER(e.target) = ?)", List.of(actor.name()));
    }

    /** The names an actor's events give it (exactly its code, coalitions apart), most often first. */
    private List<ActorName> names(String key) {
        ActorId actor = ActorId.parse(key);
        String asActor = actor.code() != null ? "e.actor_code = ?" : StoreCharts.ACTOR_KEY + " = ?";
        String asTarget = actor.code() != null ? "e.target_code = ?" : StoreCharts.TARGET_KEY + " = ?";
        return db.read(c -> {
            List<ActorName> names = new ArrayList<>();
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT x.n, SUM(x.a), SUM(x.t) FROM (SELECT e.actor "
                    + "AS n, 1 AS a, 0 AS t FROM " + tables.events() + " e WHERE " + asActor + " UNION ALL SELECT e.target, 0, 1 FROM "
                    + tables.events() + " e WHERE " + asTarget + ") x WHERE x.n IS NOT NULL GROUP BY x.n ORDER BY SUM(x.a) + "
                    + "SUM(x.t) DESC, x.n", List.of(actor.key(), actor.key())); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(new ActorName(r.getString(1), r.getLong(2), r.getLong(3)));
                }
            }
            return names;
        });
    }

    private List<ActorEvent> events(ActorId actor, Where where, int limit, int offset) {
        // The role's CASE reads the actor's and target's conditions, then the actor's again; WHERE reads both.
        List<Object> args = new ArrayList<>(where.both());
        args.addAll(where.args());
        args.addAll(where.both());
        args.add(limit);
        args.add(offset);
        return db.read(c -> {
            // The columns of StoreQueries.events, with the event's role for this actor first.
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT CASE WHEN " + where.actor() + " AND "
                    + where.target() + " THEN 'both' WHEN " + where.actor() + " THEN 'actor' ELSE 'target' END, "
                    + "e.article_id, sa.story_id, a.outlet, a.url, e.event_day, e.date_precision, e.date_basis, "
                    + "e.actor, e.actor_code, e.action, e.cameo, e.root, e.quad_class, e.goldstein, e.target, "
                    + "e.target_code, e.location, e.confidence, e.text, e.start_offset, e.end_offset, e.place_name, "
                    + "e.place_geonames_id, e.place_country, e.place_admin1, e.place_lat, e.place_lon, "
                    + "e.place_precision FROM " + tables.events() + " e JOIN articles a ON a.id = e.article_id LEFT JOIN "
                    + "story_articles sa ON sa.article_id = e.article_id WHERE " + where.either()
                    + " ORDER BY e.event_day NULLS FIRST, a.published, e.article_id, e.ordinal LIMIT ? OFFSET ?",
                    args); ResultSet r = s.executeQuery()) {
                List<ActorEvent> rows = new ArrayList<>();
                while (r.next()) {
                    double read = r.getDouble(19);
                    Double confidence = r.wasNull() ? null : read;
                    rows.add(new ActorEvent(r.getString(1), new EventRow(r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), SqlDays.get(r, 6), r.getString(7), r.getString(8),
                            r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                            r.getInt(14), r.getDouble(15), r.getString(16), r.getString(17), r.getString(18),
                            StoreQueries.place(r, 23), confidence, r.getString(20), r.getInt(21), r.getInt(22))));
                }
                return rows;
            }
        });
    }

    /** The quotes of a speaker named (any case) as one of the names, in order of publication. */
    private Listed<QuoteRow> quotes(List<String> names) {
        if (names.isEmpty()) {
            return new Listed<>(List.of(), 0);
        }
        String in = " WHERE q.speaker_key IN (" + marks(names.size()) + ")";
        List<Object> args = new ArrayList<>(names);
        long total = count("SELECT COUNT(*) FROM " + tables.quotes() + " q" + in, args);
        args.add(MAX_ITEMS);
        return db.read(c -> {
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT q.article_id, sa.story_id, a.outlet, "
                    + "a.published, q.speaker, q.text, q.direct, q.start_offset, q.end_offset, q.speaker_anonymous "
                    + "FROM " + tables.quotes() + " q JOIN "
                    + "articles a ON a.id = q.article_id LEFT JOIN story_articles sa ON sa.article_id = q.article_id"
                    + in + " ORDER BY a.published, q.article_id, q.ordinal LIMIT ?", args);
                    ResultSet r = s.executeQuery()) {
                List<QuoteRow> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new QuoteRow(r.getString(1), r.getString(2), r.getString(3), SqlDays.get(r, 4),
                            r.getString(5), r.getString(6), r.getBoolean(7), r.getInt(8), r.getInt(9), r.getBoolean(10)));
                }
                return new Listed<>(rows, total);
            }
        });
    }

    /** The figures reported by one of the names (any case), in order of their days. */
    private Listed<FigureRow> figures(List<String> names) {
        if (names.isEmpty()) {
            return new Listed<>(List.of(), 0);
        }
        String in = " WHERE LOWER(f.reported_by) IN (" + marks(names.size()) + ")";
        List<Object> args = new ArrayList<>(names);
        long total = count("SELECT COUNT(*) FROM " + tables.figures() + " f" + in, args);
        args.add(MAX_ITEMS);
        return db.read(c -> {
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT f.article_id, sa.story_id, a.outlet, f.amount, "
                    + "f.qualifier, f.unit, f.what, f.reported_by, COALESCE(f.figure_day, a.published), f.text, "
                    + "f.start_offset, f.end_offset, f.place_name, f.place_geonames_id, f.place_country, "
                    + "f.place_admin1, f.place_lat, f.place_lon, f.place_precision FROM " + tables.figures() + " f JOIN articles a ON "
                    + "a.id = f.article_id LEFT JOIN story_articles sa ON sa.article_id = f.article_id" + in
                    + " ORDER BY COALESCE(f.figure_day, a.published), f.article_id, f.ordinal LIMIT ?", args);
                    ResultSet r = s.executeQuery()) {
                List<FigureRow> rows = new ArrayList<>();
                while (r.next()) {
                    long amount = r.getLong(4);
                    Long value = r.wasNull() ? null : amount;
                    rows.add(new FigureRow(r.getString(1), r.getString(2), r.getString(3), value, r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), SqlDays.get(r, 9),
                            StoreQueries.place(r, 13), r.getString(10), r.getInt(11), r.getInt(12)));
                }
                return new Listed<>(rows, total);
            }
        });
    }

    /** The stories of the actor's events and quotes, those with most of them first. */
    private Listed<ActorStory> stories(Where events, List<String> spoken) {
        StringBuilder items = new StringBuilder("SELECT e.article_id AS article FROM " + tables.events() + " e WHERE "
                + events.either());
        List<Object> args = new ArrayList<>(events.both());
        if (!spoken.isEmpty()) {
            items.append(" UNION ALL SELECT q.article_id FROM " + tables.quotes() + " q WHERE q.speaker_key IN (")
                    .append(marks(spoken.size())).append(")");
            args.addAll(spoken);
        }
        String grouped = " FROM (" + items + ") x JOIN story_articles sa ON sa.article_id = x.article JOIN stories s "
                + "ON s.id = sa.story_id";
        long total = count("SELECT COUNT(DISTINCT sa.story_id)" + grouped, args);
        List<Object> page = new ArrayList<>(args);
        page.add(MAX_ITEMS);
        return db.read(c -> {
            try (PreparedStatement s = StoreQueries.prepare(c, "SELECT s.id, s.title, COUNT(*)" + grouped
                    + " GROUP BY s.id, s.title ORDER BY COUNT(*) DESC, s.id LIMIT ?", page);
                    ResultSet r = s.executeQuery()) {
                List<ActorStory> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new ActorStory(r.getString(1), r.getString(2), r.getLong(3)));
                }
                return new Listed<>(rows, total);
            }
        });
    }

    private long count(String sql, List<Object> args) {
        return db.read(c -> {
            try (PreparedStatement s = StoreQueries.prepare(c, sql, args); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
