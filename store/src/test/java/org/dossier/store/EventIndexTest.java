package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.store.Correction.ItemKey;
import org.dossier.store.Correction.ItemKind;
import org.dossier.store.Correction.Kind;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.EventRow;
import org.dossier.store.StoreRows.EventSort;
import org.dossier.store.StoreRows.Page;
import org.dossier.store.StoreRows.PlaceFilter;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event index gives the events view's SQL answers: the same total and the same page, row for row, for many
 * filters, sorts and pages drawn at random (seeded) over hand-built articles, before and after corrections and
 * articles added while it is kept; and the next query sees an article added and a correction made.
 */
class EventIndexTest {

    @TempDir
    Path dir;

    // Values drawn for the events: names and codes that contain one another, missing ones, LIKE's wildcards.
    private static final String[] NAMES = {"Russian forces", "Russia", "Ukraine", "ukrainian army", "Syrian army",
        "rebels", "US_troops", "50% group", "Rebels"};
    private static final String[] CODES = {"RUSMIL", "RUS", "UKR", "UKRMIL", "SYRMIL", "REB", "USAMIL"};
    private static final String[] CAMEOS = {"190", "195", "042", "0431", "111", "193", "20", "1831"};
    private static final String[] OUTLETS = {"Outlet 1", "OUTLET 1", "Outlet 2", "Daily Planet", "outlet 10"};
    private static final String[] TOPICS = {
        "Warplanes struck the eastern districts of Aleppo again as the ceasefire talks stalled in Geneva.",
        "Farmers in Iowa began the corn harvest early after a dry summer and prices for corn fell.",
        "Ukrainian and Russian delegations met in Minsk to discuss a prisoner exchange and a truce.",
    };

    private final Random random = new Random(25);

    @Test
    void theIndexGivesTheSqlAnswersForRandomFiltersBeforeAndAfterCorrectionsAndIngest() {
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("store")), line -> {})) {
            List<ArticleRecord> articles = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ArticleRecord a = article(i);
                articles.add(a);
                store.add(a);
            }
            store.flush();
            store.rebuildStories(StoryClusterer.Config.DEFAULT, line -> {});
            assertThat(store.useEventIndex()).startsWith("event index: ").contains(" events of 60 articles");
            compareMany(store, 400);

            // Corrections: a rejected event, a changed actor, target and code, and a merge of two names.
            ArticleRecord a = withEvents(articles, 0);
            ArticleRecord b = withEvents(articles, articles.indexOf(a) + 1);
            store.correct(new NewCorrection(Kind.reject, key(a, 0), null, null, null, null));
            store.correct(new NewCorrection(Kind.set_actor, key(b, 0), null, "Zed Brigade", "ZED", null));
            store.correct(new NewCorrection(Kind.set_code, key(a, a.events().size() - 1), null, "042", null,
                    null));
            store.correct(new NewCorrection(Kind.set_target, key(b, b.events().size() - 1), null, "rebels", null,
                    null));
            Correction merge = store.correct(new NewCorrection(Kind.merge_actor, null, "Syrian army", "Russia",
                    null, null));
            compareMany(store, 400);

            // Undone: the merge, then articles added (and their stories) while the index is kept.
            store.undoCorrection(merge.id());
            for (int i = 60; i < 75; i++) {
                store.add(article(i));
            }
            store.flush();
            store.updateStories(StoryClusterer.Config.DEFAULT, line -> {});
            compareMany(store, 300);
        }
    }

    @Test
    void theNextQuerySeesAnArticleAddedAndACorrection() {
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("store")), line -> {})) {
            store.add(article(1));
            store.useEventIndex();
            EventFilter byName = filter("Quentin Forces", null);
            assertThat(store.eventsPage(byName).total()).isZero();

            String text = "Quentin Forces shelled the bridge. Nobody else did.";
            ArticleRecord added = record("added00000000001", "Outlet 9", text,
                    List.of(new EventRecord(LocalDate.parse("2016-02-01"), "day", "stated", "Quentin Forces", "QFM",
                            "shell", "190", "19", 4, -10.0, "bridge", null, null, 0.8,
                            "Quentin Forces shelled the bridge.", 0, 34, null)));
            store.add(added);
            Page<EventRow> found = store.eventsPage(byName);
            assertThat(found.total()).isEqualTo(1);
            assertThat(found.items()).extracting(EventRow::article).containsExactly(added.id());
            assertThat(store.eventsPage(filter(null, "Outlet 9")).total()).isEqualTo(1);

            ItemKey event = new ItemKey(added.id(), ItemKind.event, 0, 34);
            store.correct(new NewCorrection(Kind.set_actor, event, null, "Renamed Unit", null, null));
            assertThat(store.eventsPage(byName).total()).isZero();
            assertThat(store.eventsPage(filter("renamed unit", null)).items()).extracting(EventRow::actor)
                    .containsExactly("Renamed Unit");

            store.correct(new NewCorrection(Kind.reject, event, null, null, null, null));
            assertThat(store.eventsPage(filter("renamed unit", null)).total()).isZero();
            EventFilter withRejected = new EventFilter("renamed unit", null, null, null, null, null, null, null, null,
                    null, PlaceFilter.ANY, EventSort.DEFAULT, 50, 0, true);
            assertThat(store.eventsPage(withRejected).items()).extracting(EventRow::rejected).containsExactly(true);
        }
    }

    private static EventFilter filter(String actor, String outlet) {
        return new EventFilter(actor, null, null, null, null, null, null, outlet, null, null, PlaceFilter.ANY,
                EventSort.DEFAULT, 50, 0);
    }

    /** Draws filters and checks the index's answer against SQL's, each. */
    private void compareMany(DossierStore store, int times) {
        List<String> stories = store.stories(1000, 0).stream().map(StoreRows.StorySummary::id).toList();
        int nonEmpty = 0;
        for (int i = 0; i < times; i++) {
            EventFilter f = randomFilter(stories);
            Page<EventRow> byIndex = store.eventsPage(f);
            Page<EventRow> bySql = store.eventsPageBySql(f);
            assertThat(byIndex.total()).as("total of %s", f).isEqualTo(bySql.total());
            assertThat(byIndex.items()).as("page of %s", f).containsExactlyElementsOf(bySql.items());
            // Both read a page's rows alike; an export reads every matching row in one query, in order.
            List<EventRow> all = new ArrayList<>();
            store.forEachEvent(f, all::add);
            assertThat(byIndex.items()).as("page of %s against the export", f).containsExactlyElementsOf(
                    all.subList(Math.min(all.size(), f.offset()), Math.min(all.size(), f.offset() + f.limit())));
            if (!bySql.items().isEmpty()) {
                nonEmpty++;
            }
        }
        // The draws must exercise pages with rows, not only empty answers.
        assertThat(nonEmpty).isGreaterThan(times / 3);
    }

    private EventFilter randomFilter(List<String> stories) {
        String actor = maybe(0.25) ? nameOrCode() : null;
        String target = maybe(0.15) ? nameOrCode() : null;
        String cameo = maybe(0.2) ? pick(new String[] {"1", "19", "04", "2", "195", "0431"}) : null;
        Integer quad = maybe(0.15) ? 1 + random.nextInt(4) : null;
        LocalDate from = maybe(0.2) ? day(random.nextInt(12)) : null;
        LocalDate to = maybe(0.2) ? day(random.nextInt(12)) : null;
        String outlet = maybe(0.15) ? pick(new String[] {"outlet 1", " Outlet 2 ", "DAILY PLANET", "Outlet"}) : null;
        Double confidence = maybe(0.15) ? random.nextInt(11) / 10.0 : null;
        String story = maybe(0.15) && !stories.isEmpty() ? stories.get(random.nextInt(stories.size())) : null;
        String country = maybe(0.2) ? pick(new String[] {"SY", "ua", "US"}) : null;
        String admin1 = country != null && maybe(0.4) ? pick(new String[] {"09", "01"}) : null;
        PlaceFilter place = new PlaceFilter(country, admin1, null, maybe(0.2));
        EventSort sort = new EventSort(pick(EventSort.Key.values()), random.nextBoolean());
        int limit = 1 + random.nextInt(random.nextBoolean() ? 10 : 80);
        int offset = random.nextBoolean() ? 0 : random.nextInt(60);
        return new EventFilter(actor, target, cameo, quad, from, to, null, outlet, confidence, story, place, sort,
                limit, offset, maybe(0.3));
    }

    private String nameOrCode() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(NAMES);
            case 1 -> pick(NAMES).substring(0, 3).toUpperCase(java.util.Locale.ROOT);
            case 2 -> pick(CODES).substring(0, 2);
            case 3 -> pick(new String[] {"%", "_", "ar", "rebel", "zed"});
            case 4 -> pick(CODES);
            default -> pick(NAMES).substring(2);
        };
    }

    /** An article of 0 to 5 events with values drawn from the lists above (some missing), on a topic. */
    private ArticleRecord article(int n) {
        StringBuilder text = new StringBuilder(TOPICS[n % TOPICS.length]);
        int count = random.nextInt(6);
        List<String> sentences = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String sentence = " Event " + k + " of article " + n + " was reported.";
            sentences.add(sentence.strip());
            text.append(sentence);
        }
        String body = text.toString();
        List<EventRecord> events = new ArrayList<>();
        for (String sentence : sentences) {
            int start = body.indexOf(sentence);
            String cameo = pick(CAMEOS);
            LocalDate date = maybe(0.15) ? null : day(random.nextInt(10));
            Double confidence = maybe(0.2) ? null : random.nextInt(10) / 10.0 + (maybe(0.5) ? 0.05 : 0);
            PlaceRecord place = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> new PlaceRecord("Aleppo", 170063L, "SY", "09", 36.2, 37.16, 1);
                case 2 -> new PlaceRecord("Kharkiv", 706483L, "UA", "07", null, null, 1);
                default -> new PlaceRecord("Idlib", 169389L, "SY", "01", 35.93, 36.63, 1);
            };
            events.add(new EventRecord(date, date == null ? null : "day", "stated", maybe(0.1) ? null : pick(NAMES),
                    maybe(0.2) ? null : pick(CODES), "act", cameo, cameo.substring(0, 2), 1 + random.nextInt(4),
                    -5.0, maybe(0.2) ? null : pick(NAMES), maybe(0.3) ? null : pick(CODES),
                    place == null ? null : place.name(), confidence, sentence, start, start + sentence.length(),
                    place));
        }
        String outlet = maybe(0.1) ? null : pick(OUTLETS);
        return record(String.format("%016x", 0xabc000L + n), outlet, body, events);
    }

    private static ArticleRecord record(String id, String outlet, String text, List<EventRecord> events) {
        return StoreFixtures.record(id, "Article " + id, outlet, "2016-01-05", text, List.of(), List.of(), List.of(),
                List.of(), List.of(), events);
    }

    private static LocalDate day(int i) {
        return LocalDate.of(2016, 1, 1).plusDays(i);
    }

    private static ArticleRecord withEvents(List<ArticleRecord> articles, int from) {
        return articles.subList(from, articles.size()).stream().filter(a -> a.events().size() >= 2).findFirst()
                .orElseThrow();
    }

    private static ItemKey key(ArticleRecord a, int event) {
        EventRecord e = a.events().get(event);
        return new ItemKey(a.id(), ItemKind.event, e.start(), e.end());
    }

    private boolean maybe(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
