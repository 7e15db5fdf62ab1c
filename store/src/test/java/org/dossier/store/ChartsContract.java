package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.store.ChartRows.ActorCount;
import org.dossier.store.ChartRows.ActorProfile;
import org.dossier.store.ChartRows.Dyad;
import org.dossier.store.ChartRows.EventsOverTime;
import org.dossier.store.ChartRows.FiguresOverTime;
import org.dossier.store.ChartRows.Interval;
import org.dossier.store.ChartRows.Network;
import org.dossier.store.ChartRows.Period;
import org.dossier.store.ChartRows.QuadCounts;
import org.dossier.store.ChartRows.TopActors;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.PlaceFilter;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts' and actor pages' queries over a hand-built store: the strike fixtures (two reports of one strike,
 * with conflicting death tolls) and an article of Russian, Syrian and American moves whose numbers are known.
 */
abstract class ChartsContract {

    /** Russia is named "Russia" twice and "Moscow" once as an actor, "Russia" as a target; a coalition holds it too. */
    static final String MOVES = "Russia bombed rebel positions. Russia shelled the rebels again. Moscow praised "
            + "Washington. Washington criticized Russia. Russia and Syria struck civilians. Warplanes hit "
            + "a market. Kremlin officials said the talks would go on.";

    @TempDir
    Path dir;

    DossierStore store;

    abstract StoreConfig emptyStore(Path dir) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = DossierStore.open(emptyStore(dir));
        store.add(StoreFixtures.strikeA());
        store.add(StoreFixtures.strikeB());
        store.add(StoreFixtures.harvest());
        store.add(StoreFixtures.record("eeee000000000005", "Moves and countermoves", "Courier", "2016-10-01", MOVES,
                List.of(), List.of(), List.of(),
                List.of(StoreFixtures.quote(MOVES, "Moscow", "Moscow praised Washington"),
                        StoreFixtures.quote(MOVES, "Kremlin", "the talks would go on")),
                List.of(),
                List.of(event("Russia bombed rebel positions", "2016-10-01", "Russia", "RUS", "190", 4, -10,
                                "rebels", "SYRREB"),
                        event("Russia shelled the rebels again", "2016-10-03", "Russia", "RUS", "194", 4, -9,
                                "rebels", "SYRREB"),
                        event("Moscow praised Washington", "2016-10-03", "Moscow", "RUS", "051", 1, 3.4,
                                "Washington", "USA"),
                        event("Washington criticized Russia", null, "Washington", "USA", "111", 3, -2,
                                "Russia", "RUS"),
                        event("Russia and Syria struck civilians", "2016-10-03", "Russia and Syria", "RUS;SYR",
                                "190", 4, -10, "civilians", "SYRCVL"),
                        event("Warplanes hit a market", "2016-10-03", "warplanes", null, "190", 4, -10, "market",
                                null))));
        store.flush();
        store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the database was not there (PostgreSQL skipped)
            store.close();
        }
    }

    private static EventRecord event(String phrase, String date, String actor, String actorCode, String cameo,
            int quad, double goldstein, String target, String targetCode) {
        int at = MOVES.indexOf(phrase);
        return new EventRecord(StoreFixtures.day(date), date == null ? null : "day", date == null ? null : "stated",
                actor, actorCode,
                "act", cameo, cameo.substring(0, 2), quad, goldstein, target, targetCode, null, 0.8, phrase, at,
                at + phrase.length());
    }

    private static EventFilter all() {
        return filter(null, null);
    }

    private static EventFilter filter(String actor, String cameo) {
        return new EventFilter(actor, cameo, null, null, null, null, 1000, 0);
    }

    @Test
    void countsTheEventsOfEachDayByQuadClassWithEmptyDaysAndUndatedApart() {
        EventsOverTime chart = store.charts().eventsOverTime(all(), null);
        assertThat(chart.interval()).as("three days apart: by day").isEqualTo(Interval.DAY);
        assertThat(chart.periods()).extracting(Period::period)
                .containsExactly("2016-10-01", "2016-10-02", "2016-10-03");
        Period first = chart.periods().get(0);
        Period empty = chart.periods().get(1);
        Period third = chart.periods().get(2);
        assertThat(first.events()).isEqualTo(1);
        assertThat(first.quadClasses()).isEqualTo(new QuadCounts(0, 0, 0, 1));
        assertThat(empty.events()).isZero();
        assertThat(empty.goldsteinMean()).isNull();
        // The two strike reports (195, quad 4) and four of the moves.
        assertThat(third.events()).isEqualTo(6);
        assertThat(third.quadClasses()).isEqualTo(new QuadCounts(1, 0, 0, 5));
        assertThat(third.goldsteinMean()).isCloseTo((-10 - 10 - 9 + 3.4 - 10 - 10) / 6, org.assertj.core.data.Offset
                .offset(1e-9));
        assertThat(chart.dated()).isEqualTo(7);
        assertThat(chart.undated()).isEqualTo(1);

        EventsOverTime months = store.charts().eventsOverTime(filter(null, "19"), Interval.MONTH);
        assertThat(months.periods()).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo("2016-10");
            assertThat(p.events()).as("the CAMEO 19 events: 190 three times, 194, 195 twice").isEqualTo(6);
        });
        assertThat(months.undated()).isZero();
    }

    @Test
    void choosesTheIntervalByTheSpanAndRefusesTooManyPeriods() {
        assertThat(StoreCharts.chooseInterval(day("2016-10-01"), day("2016-12-31"))).isEqualTo(Interval.DAY);
        assertThat(StoreCharts.chooseInterval(day("2016-10-01"), day("2017-01-01"))).isEqualTo(Interval.MONTH);
        assertThat(StoreCharts.chooseInterval(day("2001-01-01"), day("2016-10-01"))).isEqualTo(Interval.YEAR);
        assertThat(StoreCharts.periodsBetween(day("2016-11-20"), day("2017-02-03"), Interval.MONTH))
                .containsExactly("2016-11", "2016-12", "2017-01", "2017-02");
        assertThat(StoreCharts.periodsBetween(day("2015-12-31"), day("2017-01-01"), Interval.YEAR))
                .containsExactly("2015", "2016", "2017");
        assertThat(StoreCharts.periodsBetween(null, null, Interval.DAY)).isEmpty();
        assertThat(StoreCharts.periodCount(day("2001-01-01"), day("2016-10-01"), Interval.DAY)).isEqualTo(5753);

        String text = "The old war ended.";
        store.add(StoreFixtures.record("ffff000000000006", "Long ago", "Courier", "2001-01-01", text, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(StoreFixtures.event(text, "The old war ended",
                        "2001-01-01", "army", "MIL", "190", null, null, null, 0.5))));
        assertThatThrownBy(() -> store.charts().eventsOverTime(all(), Interval.DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5755 periods")
                .hasMessageContaining("month or year");
        assertThat(store.charts().eventsOverTime(all(), null).interval()).isEqualTo(Interval.YEAR);
    }

    @Test
    void topActorsMergeANamesVariantsUnderItsCode() {
        TopActors top = store.charts().topActors(all(), 3);
        ActorCount russia = top.actors().getFirst();
        assertThat(russia.actor().id()).isEqualTo("RUS");
        assertThat(russia.actor().name()).as("its most frequent name").isEqualTo("Russia");
        assertThat(russia.asActor()).isEqualTo(3);
        assertThat(russia.asTarget()).isEqualTo(1);
        assertThat(top.actors()).hasSize(3);
        // RUS, SYRREB, USA, RUS;SYR, SYRCVL, name:warplanes, name:market, MIL, MED
        assertThat(top.total()).isEqualTo(9);
        assertThat(top.actors().get(1).events()).isEqualTo(2);

        TopActors named = store.charts().topActors(filter("warplanes", null), 10);
        assertThat(named.actors()).extracting(a -> a.actor().id())
                .containsExactlyInAnyOrder("MIL", "MED", "name:warplanes", "name:market");
        assertThat(named.actors()).filteredOn(a -> a.actor().id().equals("name:warplanes")).singleElement()
                .satisfies(a -> {
                    assertThat(a.actor().code()).isNull();
                    assertThat(a.actor().name()).isEqualTo("warplanes");
                });
    }

    @Test
    void dyadsCountWhoActsOnWhomAndTheNetworkJoinsThem() {
        ChartRows.Dyads dyads = store.charts().dyads(all(), 10);
        Dyad first = dyads.dyads().getFirst();
        assertThat(first.actor().id()).isEqualTo("MIL");
        assertThat(first.target().id()).isEqualTo("MED");
        assertThat(first.events()).isEqualTo(2);
        Dyad rebels = dyads.dyads().get(1);
        assertThat(rebels.actor().id()).isEqualTo("RUS");
        assertThat(rebels.target().id()).isEqualTo("SYRREB");
        assertThat(rebels.events()).isEqualTo(2);
        assertThat(rebels.goldsteinMean()).isEqualTo(-9.5);
        assertThat(rebels.quadClasses()).isEqualTo(new QuadCounts(0, 0, 0, 2));
        assertThat(dyads.dyads()).extracting(d -> d.actor().id() + ">" + d.target().id())
                .contains("RUS>USA", "USA>RUS", "RUS;SYR>SYRCVL", "name:warplanes>name:market");
        assertThat(dyads.total()).isEqualTo(6);

        Network network = store.charts().network(all(), 2);
        assertThat(network.edges()).hasSize(2);
        assertThat(network.totalDyads()).isEqualTo(6);
        assertThat(network.nodes()).extracting(n -> n.actor().id()).containsExactly("MIL", "MED", "RUS", "SYRREB");
        assertThat(network.nodes()).allMatch(n -> n.events() == 2);
        assertThat(store.charts().dyads(filter(null, "99"), 10).dyads()).isEmpty();
    }

    @Test
    void figuresOverTimeAreMarkedWhereTheirStoryShowsAConflict() {
        FiguresOverTime figures = store.charts().figuresOverTime(all(), 100);
        assertThat(figures.figures()).extracting(ChartRows.FigurePoint::value).containsExactly(40L, 65L);
        assertThat(figures.figures()).allMatch(ChartRows.FigurePoint::conflict);
        assertThat(figures.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.story()).isEqualTo(store.storyOf("aaaa000000000001").orElseThrow());
            assertThat(c.values()).hasSize(2);
        });
        assertThat(figures.total()).isEqualTo(2);

        FiguresOverTime inSyria = store.charts().figuresOverTime(new EventFilter(null, null, null, null, null, null,
                null, new PlaceFilter("SY", null, null, false), 10, 0), 100);
        assertThat(inSyria.figures()).as("the fixture figures name no place").isEmpty();
        FiguresOverTime later = store.charts().figuresOverTime(new EventFilter(null, null, day("2016-10-04"), null,
                null, null, 10, 0), 100);
        assertThat(later.figures()).isEmpty();
        FiguresOverTime one = store.charts().figuresOverTime(all(), 1);
        assertThat(one.figures()).hasSize(1);
        assertThat(one.total()).isEqualTo(2);
    }

    @Test
    void anActorsPageHoldsItsEventsQuotesAndStoriesAcrossItsNames() {
        ActorProfile russia = store.actors().profile("rus", 50, 0).orElseThrow();
        assertThat(russia.actor().id()).isEqualTo("RUS");
        assertThat(russia.names()).extracting(ChartRows.ActorName::name).containsExactly("Russia", "Moscow");
        assertThat(russia.asActor()).isEqualTo(4).as("three as RUS, one in the coalition");
        assertThat(russia.asTarget()).isEqualTo(1);
        assertThat(russia.events().total()).isEqualTo(5);
        assertThat(russia.events().items()).extracting(ChartRows.ActorEvent::role)
                .containsExactly("target", "actor", "actor", "actor", "actor");
        assertThat(russia.events().items().getFirst().event().date()).as("undated first").isNull();
        assertThat(russia.quotes().items()).extracting(StoreRows.QuoteRow::speaker).containsExactly("Moscow");
        assertThat(russia.stories().items()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(store.storyOf("eeee000000000005").orElseThrow());
            assertThat(s.items()).isEqualTo(6);
        });
        assertThat(store.actors().profile("RUS", 2, 3).orElseThrow().events().items()).hasSize(2);

        ActorProfile warplanes = store.actors().profile("name:Warplanes", 50, 0).orElseThrow();
        assertThat(warplanes.events().items()).singleElement().extracting(e -> e.event().text())
                .isEqualTo("Warplanes hit a market");
        ActorProfile kremlin = store.actors().profile("name:kremlin", 50, 0).orElseThrow();
        assertThat(kremlin.events().total()).isZero();
        assertThat(kremlin.quotes().total()).as("a speaker only").isEqualTo(1);
        assertThat(kremlin.actor().name()).isEqualTo("Kremlin");

        ActorProfile observatory = store.actors().profile("name:rescuers", 50, 0).orElseThrow();
        assertThat(observatory.figures().items()).singleElement().extracting(StoreRows.FigureRow::value)
                .isEqualTo(65L);
        assertThat(store.actors().profile("CHN", 50, 0)).isEmpty();
        assertThatThrownBy(() -> store.actors().profile("name: ", 50, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no actor");
        assertThatThrownBy(() -> store.actors().profile("RUS%", 50, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theActorListCountsEachActorWholeAndFindsItByAnyOfItsNames() {
        ChartRows.Listed<ActorCount> all = store.actors().list(null, 50, 0);
        assertThat(all.total()).isEqualTo(9);
        assertThat(all.items().getFirst().actor().id()).isEqualTo("RUS");
        ChartRows.Listed<ActorCount> moscow = store.actors().list("mosc", 50, 0);
        assertThat(moscow.items()).singleElement().satisfies(a -> {
            assertThat(a.actor().id()).isEqualTo("RUS");
            assertThat(a.events()).as("all of Russia's events, not only those naming Moscow").isEqualTo(4);
        });
        assertThat(store.actors().list("syr", 50, 0).items()).extracting(a -> a.actor().id())
                .containsExactlyInAnyOrder("SYRREB", "SYRCVL", "RUS;SYR");
        assertThat(store.actors().list("%", 50, 0).total()).as("% is a character, not a wildcard").isZero();
        assertThat(store.actors().list(null, 2, 8).items()).hasSize(1);
    }

    @Test
    void chartsAndActorPagesCountTheEventsAsCorrected() {
        int at = MOVES.indexOf("Warplanes hit a market");
        Correction.ItemKey warplanes = new Correction.ItemKey("eeee000000000005", Correction.ItemKind.event, at,
                at + "Warplanes hit a market".length());
        at = MOVES.indexOf("Washington criticized Russia");
        Correction.ItemKey criticism = new Correction.ItemKey("eeee000000000005", Correction.ItemKind.event, at,
                at + "Washington criticized Russia".length());
        store.correct(new NewCorrection(Correction.Kind.reject, warplanes, null, null, null, "not an event"));
        store.correct(new NewCorrection(Correction.Kind.set_actor, criticism, null, "Russia", "RUS", null));

        TopActors top = store.charts().topActors(all(), 20);
        assertThat(top.actors()).extracting(a -> a.actor().id()).doesNotContain("name:warplanes", "name:market");
        ActorCount russia = top.actors().getFirst();
        assertThat(russia.actor().id()).isEqualTo("RUS");
        assertThat(russia.asActor()).as("the criticism is now Russia's").isEqualTo(4);
        assertThat(store.actors().profile("name:warplanes", 10, 0)).isEmpty();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
