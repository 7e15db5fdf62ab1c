package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.ArticlesJsonl;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.Near;
import org.dossier.store.StoreRows.PlaceFilter;
import org.dossier.store.StoreRows.SearchHit;
import org.dossier.stories.cluster.StoryClusterer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every store backend must do; run against the embedded database and against PostgreSQL. */
abstract class StoreContract {

    @TempDir
    Path dir;

    /** A store over an empty database. */
    abstract StoreConfig emptyStore(Path dir) throws Exception;

    private DossierStore openWithFixtures() throws Exception {
        DossierStore store = DossierStore.open(emptyStore(dir));
        for (ArticleRecord r : List.of(StoreFixtures.strikeA(), StoreFixtures.strikeB(), StoreFixtures.harvest(),
                StoreFixtures.failed("dddd000000000004"))) {
            assertThat(store.add(r)).isTrue();
        }
        store.flush();
        store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
        return store;
    }

    @Test
    void storesEachArticleOnceWithItsItems() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            assertThat(store.add(StoreFixtures.strikeA())).as("the same content hash again").isFalse();
            StoreRows.Counts counts = store.counts();
            assertThat(counts.articles()).isEqualTo(4);
            assertThat(counts.analyzed()).isEqualTo(3);
            assertThat(counts.failed()).isEqualTo(1);
            assertThat(counts.events()).isEqualTo(2);
            assertThat(counts.quotes()).isEqualTo(3);
            assertThat(counts.figures()).isEqualTo(2);
            assertThat(store.article("aaaa000000000001")).contains(StoreFixtures.strikeA());
            assertThat(store.article("dddd000000000004").orElseThrow().error()).contains("binary");
            assertThat(store.articleIds()).containsExactly("aaaa000000000001", "bbbb000000000002",
                    "cccc000000000003", "dddd000000000004");
        }
    }

    @Test
    void filtersEventsByActorCodeDateLocationAndConfidence() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            assertThat(store.events(new EventFilter("warplanes", null, null, null, null, null, 100, 0))).hasSize(2);
            assertThat(store.events(new EventFilter("MIL", "19", null, null, null, null, 100, 0))).hasSize(2);
            assertThat(store.events(new EventFilter(null, "04", null, null, null, null, 100, 0))).isEmpty();
            assertThat(store.events(new EventFilter(null, null, LocalDate.of(2016, 10, 4), null, null, null, 100, 0)))
                    .isEmpty();
            assertThat(store.events(new EventFilter(null, null, LocalDate.of(2016, 10, 1),
                    LocalDate.of(2016, 10, 3), "aleppo", null, 100, 0)))
                    .extracting(StoreRows.EventRow::article)
                    .containsExactly("aaaa000000000001", "bbbb000000000002");
            assertThat(store.events(new EventFilter(null, null, null, null, null, 0.5, 100, 0)))
                    .extracting(StoreRows.EventRow::article, StoreRows.EventRow::confidence)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("aaaa000000000001", 0.9));
            StoreRows.EventRow row = store.events(new EventFilter(null, null, null, null, null, null, 1, 0))
                    .getFirst();
            assertThat(row.dateBasis()).isEqualTo("stated");
            assertThat(StoreFixtures.STRIKE_A.substring(row.start(), row.end())).isEqualTo(row.text());
            assertThat(row.story()).isNotNull();
        }
    }

    private static final String TALKS = "Russia threatened Ukraine on Monday. Poland praised the mediators. "
            + "Police arrested protesters in Minsk. The envoy met rebels in Donetsk.";

    /** An article of four events of four quad classes, one undated and one without a confidence. */
    private static ArticleRecord talks() {
        return StoreFixtures.record("eeee000000000005", "Talks and threats", "Courier", "2016-10-06", TALKS,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
                        talksEvent("Russia threatened Ukraine", "2016-10-06", "Russia", "RUS", "138", 3, "Ukraine",
                                "UKR", 0.8, null),
                        talksEvent("Poland praised the mediators", "2016-10-07", "Poland", "POL", "051", 1,
                                "mediators", null, 0.6, null),
                        talksEvent("Police arrested protesters", null, "police", "BLRCOP", "173", 4, "protesters",
                                "BLROPP", null, new PlaceRecord("Minsk", 625144L, "BY", "5", 53.9, 27.56667, 1)),
                        talksEvent("The envoy met rebels", "2016-10-05", "envoy", "UKRGOV", "040", 2, "rebels",
                                "UKRREB", 0.7, null)));
    }

    private static ArticleRecord.EventRecord talksEvent(String phrase, String date, String actor, String actorCode,
            String cameo, int quadClass, String target, String targetCode, Double confidence, PlaceRecord place) {
        int i = TALKS.indexOf(phrase);
        return new ArticleRecord.EventRecord(StoreFixtures.day(date), date == null ? null : "day",
                date == null ? null : "stated", actor,
                actorCode, "act", cameo, cameo.substring(0, 2), quadClass, 1.0, target, targetCode,
                place == null ? null : place.name(), confidence, phrase, i, i + phrase.length(), place);
    }

    private static EventFilter filter(String target, Integer quadClass, String location, String outlet,
            StoreRows.EventSort sort, int limit, int offset) {
        return new EventFilter(null, target, null, quadClass, null, null, location, outlet, null, null,
                PlaceFilter.ANY, sort, limit, offset);
    }

    @Test
    void filtersEventsByTargetQuadClassOutletAndPlaceName() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            store.add(talks());
            StoreRows.EventSort byDate = StoreRows.EventSort.DEFAULT;
            assertThat(store.events(filter("ukraine", null, null, null, byDate, 100, 0)))
                    .extracting(StoreRows.EventRow::text).containsExactly("Russia threatened Ukraine");
            assertThat(store.events(filter("UKR", null, null, null, byDate, 100, 0)))
                    .as("a code prefix (UKR, UKRREB)").extracting(StoreRows.EventRow::text)
                    .containsExactly("The envoy met rebels", "Russia threatened Ukraine");
            assertThat(store.events(filter("UKRGOV", null, null, null, byDate, 100, 0)))
                    .as("the actor's code is not the target's").isEmpty();
            assertThat(store.events(filter(null, 4, null, null, byDate, 100, 0)))
                    .extracting(StoreRows.EventRow::quadClass).hasSize(3).containsOnly(4);
            assertThat(store.events(filter(null, 2, null, null, byDate, 100, 0))).singleElement()
                    .extracting(StoreRows.EventRow::actorCode).isEqualTo("UKRGOV");
            assertThat(store.countEvents(filter(null, null, null, "courier", byDate, 100, 0))).isEqualTo(4);
            assertThat(store.countEvents(filter(null, null, null, "Daily Planet", byDate, 100, 0))).isEqualTo(1);
            assertThat(store.countEvents(filter(null, null, null, "Daily", byDate, 100, 0)))
                    .as("an outlet is matched whole").isZero();
            assertThat(store.events(filter(null, null, "minsk", null, byDate, 100, 0)))
                    .as("the place an event was resolved to").extracting(StoreRows.EventRow::text)
                    .containsExactly("Police arrested protesters");
            assertThatThrownBy(() -> filter(null, 5, null, null, byDate, 100, 0))
                    .hasMessageContaining("quad_class");
        }
    }

    @Test
    void sortsEventsByDateConfidenceCodeOrActorEitherWayWithMissingValuesLast() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            store.add(talks());
            assertThat(texts(store, "date")).containsExactly("The envoy met rebels", "Russia threatened Ukraine",
                    "Poland praised the mediators", "Police arrested protesters");
            assertThat(texts(store, "-date")).containsExactly("Poland praised the mediators",
                    "Russia threatened Ukraine", "The envoy met rebels", "Police arrested protesters");
            assertThat(texts(store, "-confidence")).containsExactly("Russia threatened Ukraine",
                    "The envoy met rebels", "Poland praised the mediators", "Police arrested protesters");
            assertThat(texts(store, "confidence")).containsExactly("Poland praised the mediators",
                    "The envoy met rebels", "Russia threatened Ukraine", "Police arrested protesters");
            assertThat(texts(store, "cameo")).containsExactly("The envoy met rebels", "Poland praised the mediators",
                    "Russia threatened Ukraine", "Police arrested protesters");
            assertThat(texts(store, "-actor")).as("names in any case").containsExactly("Russia threatened Ukraine",
                    "Police arrested protesters", "Poland praised the mediators", "The envoy met rebels");
            assertThatThrownBy(() -> StoreRows.EventSort.parse("goldstein")).hasMessageContaining("sort must be");
        }
    }

    private static List<String> texts(DossierStore store, String sort) {
        EventFilter filter = filter(null, null, null, "Courier", StoreRows.EventSort.parse(sort), 100, 0);
        return store.events(filter).stream().map(StoreRows.EventRow::text).toList();
    }

    @Test
    void givesEveryMatchingEventInTheOrderOfItsPagesWhateverThePage() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            store.add(talks());
            StoreRows.EventSort sort = StoreRows.EventSort.parse("-confidence");
            List<StoreRows.EventRow> pages = new java.util.ArrayList<>();
            for (int offset = 0; offset < 6; offset += 2) {
                pages.addAll(store.events(filter(null, null, null, null, sort, 2, offset)));
            }
            for (String by : List.of("date", "-date", "confidence", "-confidence", "cameo", "-cameo", "actor")) {
                for (int offset = 0; offset < 6; offset += 2) {
                    EventFilter page = filter(null, null, null, null, StoreRows.EventSort.parse(by), 2, offset);
                    StoreRows.Page<StoreRows.EventRow> read = store.eventsPage(page);
                    assertThat(read.total()).isEqualTo(6);
                    assertThat(read.items()).as("the page read through the sort's index, by " + by + " from "
                            + offset).isEqualTo(store.events(page));
                }
            }
            List<StoreRows.EventRow> all = new java.util.ArrayList<>();
            long given = store.forEachEvent(filter(null, null, null, null, sort, 2, 4), all::add);
            assertThat(given).isEqualTo(6);
            assertThat(all).isEqualTo(pages);
            assertThat(all).extracting(StoreRows.EventRow::source).contains("fixtures/eeee000000000005.txt");
            List<StoreRows.EventRow> fights = new java.util.ArrayList<>();
            store.forEachEvent(filter(null, 4, null, null, sort, 1, 0), fights::add);
            assertThat(fights).hasSize(3).extracting(StoreRows.EventRow::quadClass).containsOnly(4);
        }
    }

    /**
     * A name filter matches a name contained in the actor's or target's (any case) or a code's start; the store
     * reads it through the table of names and the union of each alternative's events on the embedded database:
     * every page of every sort must be what testing each event's names gives.
     */
    @Test
    void nameFiltersMatchWhatEachEventsNamesSayInEverySortAndPage() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            store.add(talks());
            List<StoreRows.EventRow> every = store.events(filter(null, null, null, null,
                    StoreRows.EventSort.DEFAULT, 1000, 0));
            assertThat(every).hasSize(6);
            String[][] names = {{"r", null}, {"RUS", null}, {"ukr", null}, {"MIL", null}, {null, "rebel"},
                {null, "ukr"}, {"r", "ukr"}, {"police", "BLR"}, {"nobody", null}, {null, "Mediators"}};
            for (String[] name : names) {
                for (Integer quad : new Integer[] {null, 3}) {
                    for (String by : List.of("date", "-date", "confidence", "-confidence", "cameo", "-cameo", "actor",
                            "-actor")) {
                        StoreRows.EventSort sort = StoreRows.EventSort.parse(by);
                        List<StoreRows.EventRow> expected = store.events(filter(null, null, null, null, sort, 1000, 0))
                                .stream().filter(e -> (name[0] == null || names(e, name[0], true))
                                        && (name[1] == null || names(e, name[1], false))
                                        && (quad == null || e.quadClass() == quad)).toList();
                        List<StoreRows.EventRow> pages = new java.util.ArrayList<>();
                        for (int offset = 0; offset < 8; offset += 2) {
                            EventFilter page = new EventFilter(name[0], name[1], null, quad, null, null, null, null,
                                    null, null, PlaceFilter.ANY, sort, 2, offset);
                            StoreRows.Page<StoreRows.EventRow> read = store.eventsPage(page);
                            assertThat(read.total()).as(String.join("/", java.util.Arrays.asList(name)) + " by " + by)
                                    .isEqualTo(expected.size());
                            pages.addAll(read.items());
                        }
                        assertThat(pages).as(String.join("/", java.util.Arrays.asList(name)) + " by " + by)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    /** Whether the event's actor or target (or target alone) contains the name in any case or has a code it starts. */
    private static boolean names(StoreRows.EventRow e, String name, boolean actorToo) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        boolean target = (e.target() != null && e.target().toLowerCase(java.util.Locale.ROOT).contains(lower))
                || (e.targetCode() != null && e.targetCode().startsWith(upper));
        boolean actor = (e.actor() != null && e.actor().toLowerCase(java.util.Locale.ROOT).contains(lower))
                || (e.actorCode() != null && e.actorCode().startsWith(upper));
        return target || (actorToo && actor);
    }

    private static final StoryRecord TALKS_STORY = new StoryRecord("story-talks", "Talks",
            List.of(new StoryRecord.StoryArticle("eeee000000000005", "Talks and threats", "Courier",
                    java.time.LocalDate.parse("2016-10-06"), null, null)), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void fillsThePartiesKeysNamesAndStoryPagesOfAStoreMadeBeforeThem() throws Exception {
        StoreConfig config = emptyStore(dir);
        Flyway.configure().dataSource(config.effectiveJdbcUrl(), config.user(), config.password())
                .locations("classpath:org/dossier/store/migration").javaMigrations(new PlacesFromRecords())
                .target("9").load().migrate();
        ArticleRecord talks = talks();
        try (Connection c = connect(config)) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (id, status, record, ingested_at, "
                    + "outlet, outlet_key) VALUES (?, 'analyzed', ?, CURRENT_TIMESTAMP, 'Courier', 'courier')")) {
                s.setString(1, talks.id());
                s.setString(2, ArticlesJsonl.toLine(talks));
                s.executeUpdate();
            }
            int ordinal = 0;
            for (ArticleRecord.EventRecord e : talks.events()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO events (article_id, ordinal, event_day, "
                        + "actor, actor_code, cameo, root, quad_class, goldstein, target, target_code, text, "
                        + "start_offset, end_offset, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, talks.id());
                    s.setInt(2, ordinal++);
                    s.setString(3, e.date() == null ? null : e.date().toString());
                    s.setString(4, e.actor());
                    s.setString(5, e.actorCode());
                    s.setString(6, e.cameo());
                    s.setString(7, e.root());
                    s.setInt(8, e.quadClass());
                    s.setString(9, e.target());
                    s.setString(10, e.targetCode());
                    s.setString(11, e.text());
                    s.setInt(12, e.start());
                    s.setInt(13, e.end());
                    s.setObject(14, e.confidence(), java.sql.Types.DOUBLE);
                    s.executeUpdate();
                }
            }
            c.commit();
        }
        try (Connection c = connect(config)) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO stories (id, title, article_count, "
                    + "event_count, conflict_count, record) VALUES ('story-talks', 'Talks', 1, 0, 0, ?)")) {
                s.setString(1, org.dossier.output.StoriesJsonl.toLine(TALKS_STORY));
                s.executeUpdate();
            }
            c.commit();
        }
        try (DossierStore store = DossierStore.open(config)) {
            assertThat(store.storyPageJson("story-talks")).as("the page of a story stored before pages")
                    .contains(StoryPage.json(TALKS_STORY));
            EventFilter byActor = new EventFilter(null, null, null, null, null, null, null, null, null, null,
                    PlaceFilter.ANY, StoreRows.EventSort.parse("-actor"), 10, 0);
            assertThat(store.events(byActor)).extracting(StoreRows.EventRow::actor)
                    .containsExactly("Russia", "police", "Poland", "envoy");
            EventFilter mediators = new EventFilter(null, "MEDIATOR", null, null, null, null, null, null, null, null,
                    PlaceFilter.ANY, StoreRows.EventSort.DEFAULT, 10, 0);
            assertThat(store.eventsPage(mediators).items()).as("a name from before, in the table of names")
                    .extracting(StoreRows.EventRow::text).containsExactly("Poland praised the mediators");
        }
    }

    /**
     * A store made before schema version 11, its days written as text the way that version wrote them (ISO dates),
     * with a timestamp an earlier version may have left and a value that is no day: it opens with its days as
     * DATEs, its rows and records intact, the views and the events' index working on the new columns.
     */
    @Test
    void turnsTheDaysOfAStoreMadeBeforeVersion11IntoDates() throws Exception {
        StoreConfig config = emptyStore(dir);
        Flyway.configure().dataSource(config.effectiveJdbcUrl(), config.user(), config.password())
                .locations("classpath:org/dossier/store/migration")
                .javaMigrations(new PlacesFromRecords(), new StoryPages()).target("10.1").load().migrate();
        ArticleRecord talks = talks();
        try (Connection c = connect(config)) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (id, status, record, ingested_at, "
                    + "outlet, outlet_key, published) VALUES (?, 'analyzed', ?, CURRENT_TIMESTAMP, 'Courier', "
                    + "'courier', '2016-10-06T08:00:00Z')")) {
                s.setString(1, talks.id());
                s.setString(2, ArticlesJsonl.toLine(talks));
                s.executeUpdate();
            }
            int ordinal = 0;
            for (ArticleRecord.EventRecord e : talks.events()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO events (article_id, ordinal, event_day, "
                        + "actor, actor_key, actor_code, cameo, root, quad_class, goldstein, target, target_key, "
                        + "target_code, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, "
                        + "?, ?, ?)")) {
                    s.setString(1, talks.id());
                    s.setInt(2, ordinal++);
                    // the third event (undated) holds text that is no day, as no version wrote but a hand might
                    s.setString(3, e.date() == null ? "sometime" : e.date().toString());
                    s.setString(4, e.actor());
                    s.setString(5, e.actor().toLowerCase(java.util.Locale.ROOT));
                    s.setString(6, e.actorCode());
                    s.setString(7, e.cameo());
                    s.setString(8, e.root());
                    s.setInt(9, e.quadClass());
                    s.setString(10, e.target());
                    s.setString(11, e.target().toLowerCase(java.util.Locale.ROOT));
                    s.setString(12, e.targetCode());
                    s.setString(13, e.text());
                    s.setInt(14, e.start());
                    s.setInt(15, e.end());
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO figures (article_id, ordinal, amount, unit, "
                    + "what, figure_day, text, start_offset, end_offset) VALUES (?, 0, 3, 'people', 'arrested', "
                    + "'2016-10-04', 'three people', 0, 5)")) {
                s.setString(1, talks.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO stories (id, title, first_day, last_day, "
                    + "article_count, event_count, conflict_count, record) VALUES ('story-talks', 'Talks', "
                    + "'2016-10-06', '2016-10-07', 1, 4, 0, ?)")) {
                s.setString(1, org.dossier.output.StoriesJsonl.toLine(TALKS_STORY));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO story_articles (article_id, story_id) "
                    + "VALUES (?, 'story-talks')")) {
                s.setString(1, talks.id());
                s.executeUpdate();
            }
            c.commit();
        }

        try (DossierStore store = DossierStore.open(config)) {
            assertThat(store.article(talks.id())).as("the record, whole").contains(talks);
            EventFilter all = new EventFilter(null, null, null, null, null, null, null, null, null, null,
                    PlaceFilter.ANY, StoreRows.EventSort.DEFAULT, 10, 0);
            assertThat(store.events(all)).extracting(StoreRows.EventRow::date).containsExactly(
                    LocalDate.of(2016, 10, 5), LocalDate.of(2016, 10, 6), LocalDate.of(2016, 10, 7), null);
            assertThat(store.eventsPage(new EventFilter(null, null, null, null, LocalDate.of(2016, 10, 6),
                    LocalDate.of(2016, 10, 6), null, null, null, null, PlaceFilter.ANY, StoreRows.EventSort.DEFAULT,
                    10, 0)).items()).as("a day's events, by the index of the events view")
                    .extracting(StoreRows.EventRow::text).containsExactly("Russia threatened Ukraine");
            assertThat(store.stories(10, 0)).singleElement().satisfies(st -> {
                assertThat(st.firstDay()).isEqualTo(LocalDate.of(2016, 10, 6));
                assertThat(st.lastDay()).isEqualTo(LocalDate.of(2016, 10, 7));
            });
            assertThat(store.figures(null, 10, 0)).extracting(StoreRows.FigureRow::date)
                    .containsExactly(LocalDate.of(2016, 10, 4));
            ChartRows.EventsOverTime overTime = store.charts().eventsOverTime(all, null);
            assertThat(overTime.dated()).isEqualTo(3);
            assertThat(overTime.undated()).isEqualTo(1);
            assertThat(overTime.periods()).extracting(ChartRows.Period::period)
                    .containsExactly("2016-10-05", "2016-10-06", "2016-10-07");
        }
        try (Connection c = connect(config); java.sql.Statement s = c.createStatement()) {
            for (String column : List.of("articles.published", "events.event_day", "figures.figure_day",
                    "stories.first_day", "stories.last_day", "corrected_events.event_day",
                    "corrected_events_all.event_day", "corrected_figures.figure_day")) {
                String[] part = column.split("\\.");
                try (java.sql.ResultSet r = s.executeQuery("SELECT " + part[1] + " FROM " + part[0])) {
                    assertThat(r.getMetaData().getColumnType(1)).as(column).isEqualTo(java.sql.Types.DATE);
                }
            }
            try (java.sql.ResultSet r = s.executeQuery("SELECT published FROM articles")) {
                r.next();
                assertThat(r.getObject(1, LocalDate.class)).as("the day of a timestamp")
                        .isEqualTo(LocalDate.of(2016, 10, 6));
            }
        }
    }

    private static final PlaceRecord AMES = new PlaceRecord("Ames", 4846834L, "US", "IA", 42.03471, -93.61994, 1);
    private static final PlaceRecord SUVA = new PlaceRecord("Suva", 2198148L, "FJ", "01", -18.14161, 178.44149, 1);
    private static final String WEATHER = "Storms flooded streets in Ames. Protesters marched in Sheik Said. "
            + "Cyclone winds hit Suva, killing 3 people.";

    /** An article with events in Iowa, in Fiji (near the 180th meridian) and in a place left unresolved. */
    private static ArticleRecord weather() {
        return StoreFixtures.record("ffff000000000006", "Storms", "Gazette", "2016-10-05", WEATHER, List.of(),
                List.of(), List.of(), List.of(),
                List.of(StoreFixtures.placed(StoreFixtures.figure(WEATHER, 3, "killing 3 people", "2016-10-05",
                        null), SUVA)),
                List.of(StoreFixtures.placed(StoreFixtures.event(WEATHER, "Storms flooded streets", "2016-10-05",
                                "storms", null, "200", null, null, null, 0.7), AMES),
                        StoreFixtures.placed(StoreFixtures.event(WEATHER, "Protesters marched", "2016-10-05",
                                "protesters", "CVL", "141", null, null, null, 0.7),
                                new PlaceRecord("Sheik Said", null, null, null, null, null, null)),
                        StoreFixtures.placed(StoreFixtures.event(WEATHER, "Cyclone winds hit Suva", "2016-10-05",
                                "cyclone", null, "200", null, null, null, 0.7), SUVA)));
    }

    private static List<StoreRows.EventRow> placed(DossierStore store, PlaceFilter place) {
        EventFilter filter = new EventFilter(null, null, null, null, null, null, null, place, 100, 0);
        List<StoreRows.EventRow> rows = store.events(filter);
        assertThat(store.countEvents(filter)).as("the count of " + place).isEqualTo(rows.size());
        return rows;
    }

    @Test
    void keepsEachEventsAndFiguresPlaceAndFiltersByCountryAdminAreaAndDistance() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            store.add(weather());
            store.flush();
            assertThat(placed(store, PlaceFilter.ANY)).extracting(StoreRows.EventRow::place).containsExactly(
                    StoreFixtures.ALEPPO, StoreFixtures.EAST_ALEPPO, AMES,
                    new PlaceRecord("Sheik Said", null, null, null, null, null, null), SUVA);
            assertThat(store.figures(null, 10, 0)).extracting(StoreRows.FigureRow::place)
                    .containsExactly(null, null, SUVA);
            assertThat(placed(store, new PlaceFilter("sy", null, null, false))).extracting(StoreRows.EventRow::article)
                    .containsExactly("aaaa000000000001", "bbbb000000000002");
            assertThat(placed(store, new PlaceFilter("US", "ia", null, false))).extracting(StoreRows.EventRow::place)
                    .containsExactly(AMES);
            assertThat(placed(store, new PlaceFilter("US", "09", null, false))).isEmpty();
            assertThat(placed(store, new PlaceFilter(null, null, null, true))).extracting(StoreRows.EventRow::place)
                    .containsExactly(StoreFixtures.ALEPPO, StoreFixtures.EAST_ALEPPO, AMES, SUVA);
            // Damascus is about 310 km from Aleppo.
            assertThat(placed(store, new PlaceFilter(null, null, new Near(33.51, 36.29, 300), false))).isEmpty();
            assertThat(placed(store, new PlaceFilter(null, null, new Near(33.51, 36.29, 330), false))).hasSize(2);
            assertThat(placed(store, new PlaceFilter("SY", "09", new Near(36.2, 37.1, 25), false))).hasSize(2);
            // Across the 180th meridian: about 180 km east of Suva.
            assertThat(placed(store, new PlaceFilter(null, null, new Near(-18.0, -179.9, 200), false)))
                    .extracting(StoreRows.EventRow::place).containsExactly(SUVA);
            assertThat(placed(store, new PlaceFilter(null, null, new Near(-18.0, -179.9, 150), false))).isEmpty();
            assertThat(placed(store, new PlaceFilter(null, null, new Near(89.9, 0, 1000), false))).isEmpty();
            EventFilter story = new EventFilter(null, null, null, null, null, null, "story-aaaa000000000001",
                    new PlaceFilter("SY", null, null, true), 100, 0);
            assertThat(store.events(story)).extracting(StoreRows.EventRow::article)
                    .containsExactly("aaaa000000000001", "bbbb000000000002");
            assertThat(store.countEvents(story)).isEqualTo(2);
            assertThat(store.countEvents(new EventFilter(null, null, null, null, null, null, "story-none",
                    PlaceFilter.ANY, 100, 0))).isZero();
        }
    }

    @Test
    void refusesPlaceFiltersThatNameNoPlace() {
        assertThatThrownBy(() -> new PlaceFilter("SYR", null, null, false)).hasMessageContaining("two-letter");
        assertThatThrownBy(() -> new PlaceFilter(null, "09", null, false)).hasMessageContaining("admin1 needs country");
        assertThatThrownBy(() -> new PlaceFilter("SY", "0 9", null, false)).hasMessageContaining("admin1");
        assertThatThrownBy(() -> new Near(91, 0, 10)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> new Near(0, 180.5, 10)).hasMessageContaining("longitude");
        assertThatThrownBy(() -> new Near(0, 0, 0)).hasMessageContaining("distance");
        assertThatThrownBy(() -> new Near(0, 0, Double.NaN)).hasMessageContaining("distance");
    }

    @Test
    void fillsThePlacesOfAStoreMadeBeforeTheyWereStoredFromItsRecords() throws Exception {
        StoreConfig config = emptyStore(dir);
        Flyway.configure().dataSource(config.effectiveJdbcUrl(), config.user(), config.password())
                .locations("classpath:org/dossier/store/migration").target("2").load().migrate();
        ArticleRecord placedArticle = StoreFixtures.strikeA();
        try (Connection c = connect(config)) {
            for (ArticleRecord a : List.of(placedArticle, StoreFixtures.harvest())) {
                int ordinal = 0;
                try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (id, status, record, ingested_at) "
                        + "VALUES (?, 'analyzed', ?, CURRENT_TIMESTAMP)")) {
                    s.setString(1, a.id());
                    s.setString(2, ArticlesJsonl.toLine(a));
                    s.executeUpdate();
                }
                for (ArticleRecord.EventRecord e : a.events()) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO events (article_id, ordinal, cameo, "
                            + "root, quad_class, goldstein, location, text, start_offset, end_offset) "
                            + "VALUES (?, ?, ?, ?, 4, -10, ?, ?, ?, ?)")) {
                        s.setString(1, a.id());
                        s.setInt(2, ordinal++);
                        s.setString(3, e.cameo());
                        s.setString(4, e.root());
                        s.setString(5, e.location());
                        s.setString(6, e.text());
                        s.setInt(7, e.start());
                        s.setInt(8, e.end());
                        s.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        try (DossierStore store = DossierStore.open(config)) {
            assertThat(placed(store, new PlaceFilter("SY", "09", null, false))).extracting(StoreRows.EventRow::place)
                    .containsExactly(StoreFixtures.ALEPPO);
            assertThat(store.search("corn", SearchIndex.Kind.article, 10)).as("indexed on opening").hasSize(1);
        }
    }

    private static Connection connect(StoreConfig config) throws Exception {
        Connection c = config.user() == null ? DriverManager.getConnection(config.effectiveJdbcUrl())
                : DriverManager.getConnection(config.effectiveJdbcUrl(), config.user(), config.password());
        c.setAutoCommit(false);
        return c;
    }

    @Test
    void wildcardsTypedInAFilterAreTheirOwnCharacters() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            assertThat(store.events(new EventFilter("%", null, null, null, null, null, 100, 0))).isEmpty();
            assertThat(store.events(new EventFilter("_", null, null, null, null, null, 100, 0))).isEmpty();
            assertThat(store.events(new EventFilter(null, "_9", null, null, null, null, 100, 0))).isEmpty();
            assertThat(store.events(new EventFilter(null, null, null, null, "%", null, 100, 0))).isEmpty();
            assertThat(store.quotes("_", 10, 0)).isEmpty();
            assertThat(store.quotes("%", 10, 0)).isEmpty();
            assertThat(store.quotes("ayr", 10, 0)).as("plain text still matches inside names").isNotEmpty();
        }
    }

    @Test
    void keepsWhetherASpeakerIsAnonymousAndListsQuotesByIt() throws Exception {
        String text = "\"The road north is closed,\" a rebel source said. \"We will reopen it,\" Mary Olsen said.";
        QuoteRecord unnamed = StoreFixtures.anonymousQuote(text, "rebel source", "The road north is closed");
        QuoteRecord named = StoreFixtures.quote(text, "Mary Olsen", "We will reopen it");
        try (DossierStore store = openWithFixtures()) {
            assertThat(store.add(StoreFixtures.record("ffff000000000006", "Road closed", "Daily Planet",
                    "2016-10-04", text, List.of(), List.of(), List.of(), List.of(unnamed, named), List.of(),
                    List.of()))).isTrue();
            store.flush();
            assertThat(store.quotes(null, true, 10, 0)).extracting(StoreRows.QuoteRow::speaker)
                    .containsExactly("rebel source");
            assertThat(store.countQuotes(null, true)).isEqualTo(1);
            assertThat(store.quotes("olsen", false, 10, 0)).extracting(StoreRows.QuoteRow::speakerAnonymous)
                    .containsOnly(false).hasSize(2);
            assertThat(store.quotes(null, 10, 0)).hasSize(5);

            // a speaker the analyst writes again as it was stays anonymous; one they name is no longer
            Correction.ItemKey key = new Correction.ItemKey("ffff000000000006", Correction.ItemKind.quote,
                    unnamed.start(), unnamed.end());
            store.correct(new NewCorrection(Correction.Kind.set_speaker, key, null, "rebel source", null, null));
            assertThat(store.quotes(null, true, 10, 0)).extracting(StoreRows.QuoteRow::speaker)
                    .containsExactly("rebel source");
            store.correct(new NewCorrection(Correction.Kind.set_speaker, key, null, "Abu Omar", null, null));
            assertThat(store.quotes(null, true, 10, 0)).isEmpty();
            assertThat(store.quotes("abu omar", null, 10, 0)).singleElement()
                    .extracting(StoreRows.QuoteRow::speakerAnonymous).isEqualTo(false);
        }
    }

    @Test
    void countsWhatAFilterMatchesWhateverThePage() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            EventFilter fights = new EventFilter("MIL", "19", null, null, null, null, 1, 0);
            assertThat(store.events(fights)).hasSize(1);
            assertThat(store.countEvents(fights)).isEqualTo(2);
            assertThat(store.countEvents(new EventFilter(null, null, null, null, null, 0.5, 1, 1))).isEqualTo(1);
            assertThat(store.countEvents(new EventFilter("%", null, null, null, null, null, 1, 0))).isZero();
            assertThat(store.countQuotes(null)).isEqualTo(3);
            assertThat(store.countQuotes("ayrault")).isEqualTo(2);
            assertThat(store.countFigures("killed")).isEqualTo(2);
            assertThat(store.countFigures("tonnes")).isZero();
            assertThat(store.countStories()).isEqualTo(2);
        }
    }

    @Test
    void pagesStorySearchesAndCountsTheirStories() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            StoreRows.Page<StoreRows.StorySummary> first = store.searchStories("said", 1, 0);
            assertThat(first.total()).isEqualTo(2);
            assertThat(first.items()).hasSize(1);
            StoreRows.Page<StoreRows.StorySummary> second = store.searchStories("said", 1, 1);
            assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
            assertThat(store.searchStories("said", 1, 2).items()).isEmpty();
            assertThat(store.countHits("war crime", SearchIndex.Kind.quote)).isEqualTo(1);
            List<SearchHit> both = store.search("hospital", null, 2);
            assertThat(store.search("hospital", null, 1, 1)).containsExactly(both.get(1));
        }
    }

    @Test
    void findsQuotesBySpeakerAndFigures() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            assertThat(store.quotes("ayrault", 10, 0)).extracting(StoreRows.QuoteRow::article)
                    .containsExactlyInAnyOrder("aaaa000000000001", "bbbb000000000002");
            assertThat(store.quotes("olsen", 10, 0)).singleElement()
                    .extracting(StoreRows.QuoteRow::text).isEqualTo("We have never seen yields like this");
            assertThat(store.figures("killed", 10, 0)).extracting(StoreRows.FigureRow::value)
                    .containsExactlyInAnyOrder(40L, 65L);
        }
    }

    @Test
    void buildsStoriesWithMergedEventsAndConflicts() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            String strike = store.storyOf("aaaa000000000001").orElseThrow();
            assertThat(store.storyOf("bbbb000000000002")).contains(strike);
            assertThat(store.storyOf("cccc000000000003")).isPresent().get().isNotEqualTo(strike);
            assertThat(store.storyOf("dddd000000000004")).as("failed documents belong to no story").isEmpty();
            StoryRecord story = store.story(strike).orElseThrow();
            assertThat(story.id()).isEqualTo("story-aaaa000000000001");
            assertThat(story.events()).singleElement().extracting(StoryRecord.MergedEvent::corroboration)
                    .isEqualTo(2);
            assertThat(story.conflicts()).singleElement().satisfies(c -> assertThat(c.values())
                    .extracting(StoryRecord.FigureEntry::value).containsExactlyInAnyOrder(40L, 65L));
            assertThat(store.stories(10, 0)).extracting(StoreRows.StorySummary::id).first().isEqualTo(strike);
            assertThat(store.storiesStale()).isFalse();
            store.add(StoreFixtures.record("eeee000000000005", "More strikes", "Gazette", "2016-10-04",
                    StoreFixtures.STRIKE_A + " More strikes followed.", List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of()));
            assertThat(store.storiesStale()).isTrue();
        }
    }

    @Test
    void searchesArticlesQuotesAndEventsWithTheirStories() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            List<SearchHit> hits = store.search("hospital", null, 10);
            assertThat(hits).extracting(SearchHit::article).contains("aaaa000000000001", "bbbb000000000002")
                    .doesNotContain("cccc000000000003");
            SearchHit quote = store.search("war crime", SearchIndex.Kind.quote, 10).getFirst();
            assertThat(quote.article()).isEqualTo("aaaa000000000001");
            assertThat(StoreFixtures.STRIKE_A.substring(quote.start(), quote.end())).isEqualTo("This is a war crime");
            assertThat(quote.story()).isEqualTo("story-aaaa000000000001");
            assertThat(store.searchStories("corn harvest", 10)).extracting(StoreRows.StorySummary::id)
                    .containsExactly("story-cccc000000000003");
            assertThat(store.search("", null, 10)).isEmpty();
            assertThat(store.searchTerms("*")).as("a wildcard alone is no word").isEmpty();
            assertThat(store.searchTerms("the -hospital")).isEmpty();
            assertThat(store.searchTerms("War crimes -Aleppo")).containsExactly("war", "crime");
            assertThat(store.search("\"unbalanced (query", null, 10)).isEmpty();
        }
    }

    @Test
    void quotesAndEventsMatchByTheirOwnWordsNotTheirArticlesTitle() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            store.add(StoreFixtures.record("eeee000000000005", "Leaders meet at the summit", "Gazette", "2016-10-04",
                    StoreFixtures.HARVEST, List.of(), List.of(), List.of(), List.of(StoreFixtures.quote(
                            StoreFixtures.HARVEST, "Mary Olsen", "We have never seen yields like this")), List.of(),
                    List.of()));
            store.flush();
            assertThat(store.search("summit", null, 10)).extracting(SearchHit::kind)
                    .as("the article by its title, not its quote").containsExactly("article");
            assertThat(store.search("yields", SearchIndex.Kind.quote, 10)).isNotEmpty();
        }
    }

    @Test
    void hitsMarkTheWordsOfTheQueryInTheirExcerpt() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            SearchHit quote = store.search("war crimes", SearchIndex.Kind.quote, 10).getFirst();
            assertThat(quote.marks()).extracting(m -> quote.excerpt().substring(m.start(), m.end()))
                    .containsExactly("war", "crime");
        }
    }

    private static EventFilter allEvents() {
        return new EventFilter(null, null, null, null, null, null, 100, 0);
    }

    @Test
    void correctionsApplyToListsRecordsAndStoriesSurviveRebuildsAndReopeningAndCanBeUndone() throws Exception {
        StoreConfig config;
        ArticleRecord a = StoreFixtures.strikeA();
        ArticleRecord b = StoreFixtures.strikeB();
        Correction.ItemKey eventB = new Correction.ItemKey(b.id(), Correction.ItemKind.event,
                b.events().getFirst().start(), b.events().getFirst().end());
        Correction.ItemKey eventA = new Correction.ItemKey(a.id(), Correction.ItemKind.event,
                a.events().getFirst().start(), a.events().getFirst().end());
        Correction.ItemKey quoteA = new Correction.ItemKey(a.id(), Correction.ItemKind.quote,
                a.quotes().getFirst().start(), a.quotes().getFirst().end());
        Correction rejected;
        try (DossierStore store = openWithFixtures()) {
            config = store.config();
            rejected = store.correct(new NewCorrection(Correction.Kind.reject, eventB, null, null, null,
                    "the second report is of the same strike"));
            assertThat(rejected.itemText()).isEqualTo("was bombed by warplanes");
            Correction actor = store.correct(new NewCorrection(Correction.Kind.set_actor, eventA, null, "Russia",
                    "rus", null));
            assertThat(actor.before()).isEqualTo("warplanes (MIL)");
            store.correct(new NewCorrection(Correction.Kind.set_code, eventA, null, "190", null, null));
            store.correct(new NewCorrection(Correction.Kind.set_speaker, quoteA, null, "Ayrault", null, null));
            store.correct(new NewCorrection(Correction.Kind.merge_actor, null, "Mary Olsen", "Mary K. Olsen", null,
                    null));

            assertThat(store.countEvents(allEvents())).isEqualTo(1);
            EventFilter withRejected = new EventFilter(null, null, null, null, null, null, null, null, null, null,
                    PlaceFilter.ANY, StoreRows.EventSort.DEFAULT, 100, 0, true);
            assertThat(store.eventsPage(withRejected).total()).isEqualTo(2);
            assertThat(store.events(withRejected)).filteredOn(StoreRows.EventRow::rejected).singleElement()
                    .extracting(StoreRows.EventRow::article).isEqualTo(b.id());
            assertThat(store.events(allEvents())).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("Russia");
                assertThat(e.actorCode()).isEqualTo("RUS");
                assertThat(e.cameo()).isEqualTo("190");
                assertThat(e.root()).isEqualTo("19");
            });
            assertThat(store.events(new EventFilter("RUS", "19", null, null, null, null, 10, 0)))
                    .as("filters read the corrected values").hasSize(1);
            assertThat(store.events(new EventFilter("MIL", null, null, null, null, null, 10, 0))).isEmpty();
            assertThat(store.counts().events()).isEqualTo(1);
            assertThat(store.countQuotes("ayrault")).isEqualTo(2);
            assertThat(store.search("bombed", SearchIndex.Kind.event, 10)).as("a rejected event is no hit")
                    .extracting(SearchHit::article).containsExactly(a.id());
            assertThat(store.quotes("K. Olsen", 10, 0)).singleElement()
                    .extracting(StoreRows.QuoteRow::speaker).isEqualTo("Mary K. Olsen");
            assertThat(store.article(b.id()).orElseThrow().events()).isEmpty();
            assertThat(store.articleJson(b.id()).orElseThrow()).doesNotContain("was bombed by warplanes\",\"start");
            assertThat(store.analyzed(b.id())).contains(b);
            String strike = store.storyOf(a.id()).orElseThrow();
            assertThat(store.story(strike).orElseThrow().events()).singleElement().satisfies(e -> {
                assertThat(e.corroboration()).isEqualTo(1);
                assertThat(e.actor()).isEqualTo("Russia");
            });
            assertThat(store.storyJson(strike).orElseThrow()).contains("\"actor\":\"Russia\"");
            assertThat(store.storyPageJson(strike).orElseThrow()).as("the page as corrected")
                    .contains("\"actor\":\"Russia\"").doesNotContain("\"actor\":\"warplanes\"");

            store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
            assertThat(store.story(strike).orElseThrow().events()).as("after rebuilding the stories")
                    .singleElement().extracting(StoryRecord.MergedEvent::actor).isEqualTo("Russia");
            assertThat(store.add(b)).as("the same article again").isFalse();
        }
        try (DossierStore store = DossierStore.open(config)) {
            assertThat(store.events(allEvents())).as("after reopening").singleElement()
                    .extracting(StoreRows.EventRow::actor).isEqualTo("Russia");
            StoreRows.Page<Correction> history = store.correctionHistory(10, 0);
            assertThat(history.total()).isEqualTo(5);
            assertThat(history.items()).extracting(Correction::kind).first().isEqualTo(Correction.Kind.merge_actor);

            Correction undone = store.undoCorrection(rejected.id());
            assertThat(undone.undoneAt()).isNotNull();
            assertThat(undone.note()).isEqualTo("the second report is of the same strike");
            assertThat(store.countEvents(allEvents())).isEqualTo(2);
            String strike = store.storyOf(a.id()).orElseThrow();
            assertThat(store.story(strike).orElseThrow().events())
                    .extracting(StoryRecord.MergedEvent::corroboration).containsExactly(1, 1)
                    .as("Russia's event and the warplanes' event are two now");
            assertThat(store.stories(10, 0)).filteredOn(st -> st.id().equals(strike)).singleElement()
                    .as("the story list counts the events as corrected, not as the stories were built")
                    .extracting(StoreRows.StorySummary::events).isEqualTo(2);
            assertThat(store.correctionHistory(10, 0).total()).as("an undone correction stays in the history")
                    .isEqualTo(5);
            assertThat(store.countActiveCorrections()).isEqualTo(4);
            assertThatThrownBy(() -> store.undoCorrection(rejected.id())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("undone already");
            assertThatThrownBy(() -> store.undoCorrection(999)).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }

    @Test
    void aCorrectionOfAnItemTheStoreDoesNotHoldIsRefused() throws Exception {
        try (DossierStore store = openWithFixtures()) {
            assertThatThrownBy(() -> store.correct(new NewCorrection(Correction.Kind.reject, new Correction.ItemKey(
                    "ffff000000000000", Correction.ItemKind.event, 0, 5), null, null, null, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no article ffff000000000000");
            assertThatThrownBy(() -> store.correct(new NewCorrection(Correction.Kind.reject, new Correction.ItemKey(
                    "aaaa000000000001", Correction.ItemKind.event, 0, 5), null, null, null, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no event at offsets 0-5");
            ArticleRecord a = StoreFixtures.strikeA();
            Correction.ItemKey event = new Correction.ItemKey(a.id(), Correction.ItemKind.event,
                    a.events().getFirst().start(), a.events().getFirst().end());
            assertThatThrownBy(() -> store.correct(new NewCorrection(Correction.Kind.set_code, event, null, "999",
                    null, null))).hasMessageContaining("not a CAMEO event code");
            store.correct(new NewCorrection(Correction.Kind.merge_actor, null, "Moscow", "Russia", null, null));
            assertThatThrownBy(() -> store.correct(new NewCorrection(Correction.Kind.merge_actor, null, "Russia",
                    "moscow", null, null))).hasMessageContaining("into itself");
            assertThat(store.correctionHistory(10, 0).total()).as("nothing refused is kept").isEqualTo(1);
        }
    }

    @Test
    void reopensAndRebuildsALostIndexFromTheDatabase() throws Exception {
        StoreConfig config;
        try (DossierStore store = openWithFixtures()) {
            config = store.config();
        }
        deleteTree(config.indexDir());
        try (DossierStore store = DossierStore.open(config)) {
            assertThat(store.counts().articles()).isEqualTo(4);
            assertThat(store.search("hospital", SearchIndex.Kind.article, 10)).hasSize(2);
            assertThat(store.storiesStale()).isFalse();
        }
    }

    static void deleteTree(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
