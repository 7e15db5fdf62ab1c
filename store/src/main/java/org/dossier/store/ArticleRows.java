package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.output.ArticlesJsonl;

/** Writes one article and the items extracted from it as rows, inside the caller's transaction. */
final class ArticleRows {

    private ArticleRows() {}

    static String status(ArticleRecord record) {
        return record.failed() ? "failed" : record.skipped() != null ? "skipped" : "analyzed";
    }

    /**
     * Adds the article's rows; {@code embedded} says which database's statement adds a party's name only when it
     * is new (H2's MERGE, PostgreSQL's ON CONFLICT).
     */
    static void insert(Connection c, ArticleRecord a, boolean embedded) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (id, status, source, url, title, outlet, "
                + "published, language, error, record, ingested_at, outlet_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, a.id());
            s.setString(2, status(a));
            s.setString(3, a.source());
            s.setString(4, a.url());
            s.setString(5, a.title());
            s.setString(6, clip(a.outlet(), 400));
            SqlDays.set(s, 7, a.published());
            s.setString(8, a.language());
            s.setString(9, a.error());
            s.setString(10, ArticlesJsonl.toLine(a));
            s.setTimestamp(11, Timestamp.from(Instant.now()));
            String outlet = clip(a.outlet(), 400);
            s.setString(12, outlet == null ? null : outlet.toLowerCase(java.util.Locale.ROOT));
            s.executeUpdate();
        }
        insertEntities(c, a.id(), "person", a.persons());
        insertEntities(c, a.id(), "organization", a.organizations());
        insertEntities(c, a.id(), "location", a.locations());
        insertQuotes(c, a.id(), a.quotes());
        insertEvents(c, a.id(), a.events());
        insertPartyNames(c, a.events(), embedded);
        insertFigures(c, a.id(), a.figures());
    }

    private static void insertEntities(Connection c, String article, String kind, List<EntityRecord> entities)
            throws SQLException {
        if (entities.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entities (article_id, ordinal, kind, name, "
                + "mentions, start_offset, end_offset) VALUES (?,?,?,?,?,?,?)")) {
            int ordinal = 0;
            for (EntityRecord e : entities) {
                s.setString(1, article);
                s.setInt(2, ordinal++);
                s.setString(3, kind);
                s.setString(4, clip(e.name(), 1000));
                s.setInt(5, e.mentions().size());
                s.setInt(6, e.mentions().isEmpty() ? 0 : e.mentions().getFirst().start());
                s.setInt(7, e.mentions().isEmpty() ? 0 : e.mentions().getFirst().end());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertQuotes(Connection c, String article, List<QuoteRecord> quotes) throws SQLException {
        if (quotes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO quotes (article_id, ordinal, speaker, speaker_key, "
                + "text, direct, start_offset, end_offset, speaker_anonymous) VALUES (?,?,?,?,?,?,?,?,?)")) {
            int ordinal = 0;
            for (QuoteRecord q : quotes) {
                s.setString(1, article);
                s.setInt(2, ordinal++);
                s.setString(3, clip(q.speaker(), 1000));
                s.setString(4, q.speaker() == null ? null : clip(q.speaker().toLowerCase(Locale.ROOT), 1000));
                s.setString(5, q.text());
                s.setBoolean(6, q.direct());
                s.setInt(7, q.start());
                s.setInt(8, q.end());
                s.setBoolean(9, q.speakerAnonymous());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertEvents(Connection c, String article, List<EventRecord> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events (article_id, ordinal, event_day, actor, "
                + "actor_code, action, cameo, root, quad_class, goldstein, target, target_code, location, text, "
                + "start_offset, end_offset, confidence, date_precision, date_basis, " + PLACE_COLUMNS
                + ", actor_key, target_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int ordinal = 0;
            for (EventRecord e : events) {
                s.setString(1, article);
                s.setInt(2, ordinal++);
                SqlDays.set(s, 3, e.date());
                s.setString(4, clip(e.actor(), 1000));
                s.setString(5, clip(e.actorCode(), 200));
                s.setString(6, clip(e.action(), 200));
                s.setString(7, e.cameo());
                s.setString(8, e.root());
                s.setInt(9, e.quadClass());
                s.setDouble(10, e.goldstein());
                s.setString(11, clip(e.target(), 1000));
                s.setString(12, clip(e.targetCode(), 200));
                s.setString(13, clip(e.location(), 1000));
                s.setString(14, e.text());
                s.setInt(15, e.start());
                s.setInt(16, e.end());
                s.setObject(17, e.confidence(), java.sql.Types.DOUBLE);
                s.setString(18, e.datePrecision());
                s.setString(19, e.dateBasis());
                setPlace(s, 20, e.place());
                s.setString(27, partyKey(e.actor()));
                s.setString(28, partyKey(e.target()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** A party's name as stored, in lower case (actor_key, target_key, party_names); null for none. */
    static String partyKey(String name) {
        String stored = clip(name, 1000);
        return stored == null ? null : stored.toLowerCase(Locale.ROOT);
    }

    /** The events' actors' and targets' names, each added to party_names unless there already. */
    private static void insertPartyNames(Connection c, List<EventRecord> events, boolean embedded)
            throws SQLException {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (EventRecord e : events) {
            for (String name : new String[] {e.actor(), e.target()}) {
                String key = partyKey(name);
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        String sql = embedded ? "MERGE INTO party_names (name_key) KEY (name_key) VALUES (?)"
                : "INSERT INTO party_names (name_key) VALUES (?) ON CONFLICT DO NOTHING";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String key : keys) {
                s.setString(1, key);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertFigures(Connection c, String article, List<FigureRecord> figures) throws SQLException {
        if (figures.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO figures (article_id, ordinal, amount, qualifier, "
                + "unit, what, reported_by, figure_day, text, start_offset, end_offset, " + PLACE_COLUMNS + ") "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int ordinal = 0;
            for (FigureRecord f : figures) {
                s.setString(1, article);
                s.setInt(2, ordinal++);
                if (f.value() == null) {
                    s.setNull(3, Types.BIGINT);
                } else {
                    s.setLong(3, f.value());
                }
                s.setString(4, clip(f.qualifier(), 100));
                s.setString(5, clip(f.unit(), 200));
                s.setString(6, clip(f.what(), 200));
                s.setString(7, clip(f.source(), 1000));
                SqlDays.set(s, 8, f.date());
                s.setString(9, f.text());
                s.setInt(10, f.start());
                s.setInt(11, f.end());
                setPlace(s, 12, f.place());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The columns of an event's or a figure's place, in the order {@link #setPlace} sets them. */
    static final String PLACE_COLUMNS = "place_name, place_geonames_id, place_country, place_admin1, place_lat, "
            + "place_lon, place_precision";

    /** Sets the seven place columns from {@code first} on; all null when there is no place. */
    static void setPlace(PreparedStatement s, int first, PlaceRecord place) throws SQLException {
        boolean none = place == null;
        s.setString(first, none ? null : clip(place.name(), 1000));
        s.setObject(first + 1, none ? null : place.geonamesId(), Types.BIGINT);
        s.setString(first + 2, none ? null : place.country());
        s.setString(first + 3, none ? null : clip(place.admin1(), 20));
        s.setObject(first + 4, none ? null : place.lat(), Types.DOUBLE);
        s.setObject(first + 5, none ? null : place.lon(), Types.DOUBLE);
        s.setObject(first + 6, none ? null : place.precision(), Types.INTEGER);
    }

    /** Names longer than a column are cut, not refused: the full text stays in the article's record. */
    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
