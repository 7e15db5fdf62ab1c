package org.dossier.stories.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.ArticleRecord.SpanText;
import org.dossier.model.record.StoryRecord;
import org.dossier.stories.cluster.JoinModel;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.Test;

/** Two articles of one story, written for this test, from two outlets that disagree on the toll. */
class StoryBuilderTest {

    private static final LocalDate TENTH = LocalDate.of(2016, 10, 10);

    private static final String FIRST = "Government warplanes bombed the rebel-held town of Maarat on Monday, "
            + "killing at least 40 civilians, according to the Observatory for Human Rights. Rescue workers "
            + "searched the rubble of the market in Maarat for survivors. The army said it had targeted militants "
            + "in the town and denied hitting the market.";
    private static final String SECOND = "At least 65 civilians were killed when government warplanes bombed a "
            + "market in the rebel-held town of Maarat on Monday, the town's civil defence said. The army denied "
            + "hitting the market and said it had targeted militants. Rescue workers were still searching the "
            + "rubble in Maarat on Tuesday.";

    private static ArticleRecord article(String id, String outlet, String text, List<EventRecord> events,
            List<FigureRecord> figures) {
        return article(id, outlet, text, events, figures, List.of());
    }

    private static ArticleRecord article(String id, String outlet, String text, List<EventRecord> events,
            List<FigureRecord> figures, List<ArticleRecord.QuoteRecord> quotes) {
        List<EntityRecord> places = List.of(new EntityRecord("e1", "Maarat", List.of(new SpanText("Maarat", 0, 6))));
        return new ArticleRecord(id, id + ".txt", null, "Warplanes bomb Maarat market", outlet,
                LocalDate.parse("2016-10-11"), "stated",
                null, "en", text, List.of(), List.of(), places, quotes, List.of(), figures, events, null, null,
                null);
    }

    private static EventRecord bombing(String text, int start) {
        return new EventRecord(TENTH, "day", "relative", "Syrian military", "SYRMIL",
                "ATTACK/BOMB", "195", "19", 4, -10, "town", null, "Maarat", 0.9, text, start, start + text.length());
    }

    private static FigureRecord toll(long value, String source, String text, int start) {
        return new FigureRecord(value, "at least", "civilians", "killed", source, TENTH,
                "Maarat", text, start, start + text.length());
    }

    private static StoryRecord build() throws Exception {
        ArticleRecord a = article("a1", "Outlet One", FIRST,
                List.of(bombing("Government warplanes bombed the rebel-held town", 0)),
                List.of(toll(40, "Observatory for Human Rights", "at least 40 civilians", 82)));
        ArticleRecord b = article("b2", "Outlet Two", SECOND,
                List.of(bombing("government warplanes bombed a market", 46)),
                List.of(toll(65, "civil defence", "At least 65 civilians were killed", 0)));
        try (StoryBuilder builder = new StoryBuilder(StoryClusterer.Config.DEFAULT)) {
            builder.accept(a);
            builder.accept(b);
            assertThat(builder.stories()).hasSize(1);
            return builder.stories().getFirst();
        }
    }

    @Test
    void aQuoteOfAnAnonymousSpeakerStaysAnonymousInItsStory() throws Exception {
        String denied = "denied hitting the market";
        int at = FIRST.indexOf(denied);
        ArticleRecord.QuoteRecord unnamed = new ArticleRecord.QuoteRecord("army source", denied, false, "denied", at,
                at + denied.length(), null, null, null, null, null, 0, FIRST.length(), null, true);
        ArticleRecord a = article("a1", "Outlet One", FIRST,
                List.of(bombing("Government warplanes bombed the rebel-held town", 0)), List.of(), List.of(unnamed));
        ArticleRecord b = article("b2", "Outlet Two", SECOND,
                List.of(bombing("government warplanes bombed a market", 46)), List.of());
        try (StoryBuilder builder = new StoryBuilder(StoryClusterer.Config.DEFAULT)) {
            builder.accept(a);
            builder.accept(b);
            assertThat(builder.stories().getFirst().quotes()).singleElement()
                    .satisfies(q -> assertThat(q.speakerAnonymous()).isTrue());
        }
    }

    @Test
    void mergesTheSameEventFromTwoOutlets() throws Exception {
        StoryRecord story = build();

        assertThat(story.events()).singleElement().satisfies(e -> {
            assertThat(e.corroboration()).isEqualTo(2);
            assertThat(e.outlets()).containsExactly("Outlet One", "Outlet Two");
            assertThat(e.sources()).extracting(StoryRecord.Source::article).containsExactly("a1", "b2");
        });
        assertThat(story.timeline()).first().satisfies(t -> assertThat(t.date()).isEqualTo(TENTH));
    }

    @Test
    void aMergedEventTakesTheMostPrecisePlaceItsReportsResolve() {
        PlaceRecord syria = new PlaceRecord("Syria", null, "SY", null, 35.0, 38.0, 4);
        PlaceRecord town = new PlaceRecord("Maarat", 169113L, "SY", "07", 35.64, 36.67, 1);
        EventRecord country = placed(bombing("Government warplanes bombed the rebel-held town", 0), syria);
        EventRecord precise = placed(bombing("government warplanes bombed a market", 46), town);
        List<StoryRecord.MergedEvent> merged = EventMerger.merge(List.of(
                article("a1", "Outlet One", FIRST, List.of(country), List.of()),
                article("b2", "Outlet Two", SECOND, List.of(precise), List.of())));
        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo(town);
            assertThat(e.location()).isEqualTo("Maarat");
            assertThat(e.corroboration()).isEqualTo(2);
        });
        assertThat(EventMerger.merge(List.of(article("a1", "Outlet One", FIRST,
                List.of(bombing("Government warplanes bombed the rebel-held town", 0)), List.of()))))
                .singleElement().extracting(StoryRecord.MergedEvent::place).isNull();
    }

    private static EventRecord placed(EventRecord e, PlaceRecord place) {
        return new EventRecord(e.date(), e.datePrecision(), e.dateBasis(), e.actor(), e.actorCode(), e.action(),
                e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.target(), e.targetCode(), place.name(),
                e.confidence(), e.text(), e.start(), e.end(), place);
    }

    @Test
    void flagsConflictingFiguresWithBothSources() throws Exception {
        StoryRecord story = build();

        assertThat(story.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.values()).extracting(StoryRecord.FigureEntry::value).containsExactly(40L, 65L);
            assertThat(c.values()).extracting(StoryRecord.FigureEntry::reportedBy)
                    .containsExactly("Observatory for Human Rights", "civil defence");
        });
    }

    @Test
    void summarySentencesCiteTheirArticles() throws Exception {
        StoryRecord story = build();

        assertThat(story.summary()).hasSizeBetween(Summarizer.MIN_SENTENCES, Summarizer.MAX_SENTENCES);
        for (StoryRecord.SummarySentence s : story.summary()) {
            assertThat(s.articles()).isNotEmpty();
            for (StoryRecord.Source source : s.sources()) {
                String text = source.article().equals("a1") ? FIRST : SECOND;
                assertThat(text.substring(source.start(), source.end())).isEqualTo(source.text());
            }
        }
    }

    @Test
    void figuresFarApartOrUndatedAreNotConflicts() {
        StoryRecord.Source s1 = new StoryRecord.Source("a1", null, "x", 0, 1);
        StoryRecord.Source s2 = new StoryRecord.Source("b2", null, "y", 0, 1);
        List<StoryRecord.FigureEntry> figures = List.of(
                new StoryRecord.FigureEntry(50L, null, "civilians", "killed", "A", TENTH, null, s1),
                new StoryRecord.FigureEntry(9L, null, "civilians", "killed", "B", TENTH, null, s2),
                new StoryRecord.FigureEntry(70L, null, "people", "wounded", "A", null, null, s1),
                new StoryRecord.FigureEntry(75L, null, "people", "wounded", "B", null, null, s2));

        assertThat(FigureConflicts.find(figures)).isEmpty();
    }

    @Test
    void aPartOfACountIsNoConflictWithAnotherArticlesWhole() {
        // session twenty-three, review: "Forty people were killed. Of them, 30 were civilians." beside another
        // article's forty; civilians count as people, so the part fell in the whole's group
        StoryRecord.Source whole = new StoryRecord.Source("a1", null, "Forty people were killed", 0, 24);
        StoryRecord.Source part = new StoryRecord.Source("a1", null, "Of them, 30 were civilians", 26, 52);
        StoryRecord.Source listed = new StoryRecord.Source("a1", null, "12 of them", 60, 70);
        StoryRecord.Source other = new StoryRecord.Source("b2", null, "40 people died", 0, 14);
        List<StoryRecord.FigureEntry> figures = List.of(
                new StoryRecord.FigureEntry(40L, null, "people", "killed", "officials", TENTH, null, whole),
                new StoryRecord.FigureEntry(30L, null, "civilians", "killed", null, TENTH, null, part),
                new StoryRecord.FigureEntry(25L, null, null, "killed", "officials", TENTH, null, listed),
                new StoryRecord.FigureEntry(40L, null, "people", "died", "the governor", TENTH, null, other));

        assertThat(FigureConflicts.find(figures)).isEmpty();
    }

    @Test
    void aCountFarFromTheOthersFirstInItsGroupDoesNotHideTheirConflict() {
        // a town's count whose place went unresolved falls into the nation's group, first in the story's order
        StoryRecord.Source s1 = new StoryRecord.Source("a1", null, "x", 0, 1);
        StoryRecord.Source s2 = new StoryRecord.Source("b2", null, "y", 0, 1);
        StoryRecord.Source s3 = new StoryRecord.Source("c3", null, "z", 0, 1);
        List<StoryRecord.FigureEntry> figures = List.of(
                new StoryRecord.FigureEntry(96L, null, "people", "killed", "the governor", TENTH, null, s1),
                new StoryRecord.FigureEntry(290L, null, "people", "killed", "the agency", TENTH, null, s2),
                new StoryRecord.FigureEntry(340L, null, "people", "killed", "the Red Crescent", TENTH, null, s3));

        assertThat(FigureConflicts.find(figures)).singleElement().satisfies(c -> assertThat(c.values())
                .extracting(StoryRecord.FigureEntry::reportedBy)
                .containsExactly("the agency", "the Red Crescent"));
    }

    @Test
    void killedDiedAndDeadAreOneMeasureOfOneDayAndPlace() {
        StoryRecord.Source s1 = new StoryRecord.Source("a1", null, "x", 0, 1);
        StoryRecord.Source s2 = new StoryRecord.Source("b2", null, "y", 0, 1);
        List<StoryRecord.FigureEntry> sameMeasure = List.of(
                new StoryRecord.FigureEntry(290L, "at least", "people", "killed", "the ministry", TENTH, null,
                        s1),
                new StoryRecord.FigureEntry(320L, null, "civilians", "died", "the Red Crescent", TENTH, null,
                        s2));
        List<StoryRecord.FigureEntry> otherPlace = List.of(
                new StoryRecord.FigureEntry(290L, null, "people", "killed", "A", TENTH, null, s1),
                new StoryRecord.FigureEntry(320L, null, "people", "dead", "B", TENTH, "Aleppo", s2));
        List<StoryRecord.FigureEntry> unknownMeasure = List.of(
                new StoryRecord.FigureEntry(290L, null, "people", "married", "A", TENTH, null, s1),
                new StoryRecord.FigureEntry(320L, null, "people", "married", "B", TENTH, null, s2));

        assertThat(FigureConflicts.find(sameMeasure)).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo("killed");
            assertThat(c.values()).extracting(StoryRecord.FigureEntry::reportedBy)
                    .containsExactly("the ministry", "the Red Crescent");
        });
        assertThat(FigureConflicts.find(otherPlace)).as("a city's count is not the country's").isEmpty();
        assertThat(FigureConflicts.find(unknownMeasure)).isEmpty();
    }

    @Test
    void theRecordsEmbeddingsReachTheClusterer() throws Exception {
        float[] direction = new float[384];
        direction[7] = 1;
        float[] opposite = new float[384];
        opposite[7] = -1;
        ArticleRecord a = withEmbedding(article("a1", "Outlet One", FIRST, List.of(), List.of()), direction);
        // The two texts join when their embeddings agree, and not when they point opposite ways.
        StoryClusterer.Config config = StoryClusterer.Config.DEFAULT;
        for (float[] second : new float[][] {direction, opposite}) {
            try (StoryBuilder builder = new StoryBuilder(config)) {
                builder.accept(a);
                builder.accept(withEmbedding(article("b2", "Outlet Two", SECOND, List.of(), List.of()), second));
                assertThat(builder.stories()).hasSize(second == direction ? 1 : 2);
            }
        }
    }

    @Test
    void anArticleOlderThanThoseReadBeforeItStillJoinsItsStory() throws Exception {
        // Read in this order, the hundreds of January articles would push October's story out of the window
        // before its second article came.
        List<ArticleRecord> received = new ArrayList<>();
        received.add(dated("a1", "2016-10-11", FIRST));
        for (int i = 0; i < 600; i++) {
            received.add(dated("jan" + i, "2017-01-" + (10 + i % 20), "Bulletin" + i + " covers matter" + i
                    + " near venue" + i + "."));
        }
        received.add(dated("b2", "2016-10-11", SECOND));
        try (StoryBuilder builder = new StoryBuilder(StoryClusterer.Config.DEFAULT)) {
            received.forEach(builder::accept);

            assertThat(builder.stories()).filteredOn(story -> story.articles().size() > 1).singleElement()
                    .satisfies(story -> assertThat(story.articles()).extracting(StoryRecord.StoryArticle::id)
                            .containsExactly("a1", "b2"));
        }
    }

    @Test
    void articlesAreLinkedByDayWithUndatedOnesAfterTheArticleReadBeforeThem() throws Exception {
        List<ArticleRecord> received = List.of(dated("u0", null, "x"), dated("d3", "2016-10-13", "x"),
                dated("u1", null, "x"), dated("d1", "2016-10-11", "x"), dated("d3b", "2016-10-13", "x"));

        try (StoryLinker<ArticleRecord> linker = StoryLinker.ofRecords(StoryClusterer.Config.DEFAULT)) {
            assertThat(linker.add(received)).extracting(placed -> placed.item().id())
                    .containsExactly("u0", "d1", "d3", "u1", "d3b");
        }
    }

    @Test
    void anUndatedArticleOfALaterBatchGoesAfterTheLastDatedArticleOfTheBatchesBefore() throws Exception {
        try (StoryLinker<ArticleRecord> linker = StoryLinker.ofRecords(StoryClusterer.Config.DEFAULT)) {
            linker.add(List.of(dated("d1", "2016-10-11", "x"), dated("d3", "2016-10-13", "x")));

            // "u" follows d3 of the batch before, so it goes after d2 of its own batch, received after it.
            assertThat(linker.add(List.of(dated("u", null, "y"), dated("d2", "2016-10-12", "y"))))
                    .extracting(placed -> placed.item().id()).containsExactly("d2", "u");
            assertThat(linker.lastDatedDay()).isEqualTo(java.time.LocalDate.of(2016, 10, 12).toEpochDay());
        }
    }

    @Test
    void aStoryMergedOnASecondLookIsNamedAfterItsFirstArticle() throws Exception {
        // Judged by names alone: "first" opens a story that "second" does not join; the three later articles join
        // "second"'s, and on the second look "first" joins them too (cosines in StoryClustererTest.BY_NAMES).
        JoinModel.Weights byNames = new JoinModel.Weights(-5, 0, 10, 0, 0, 0);
        StoryClusterer.Config config = StoryClusterer.Config.DEFAULT.withModel(new JoinModel(byNames, byNames))
                .withThreshold(0.5).withSecondLookSize(1);
        try (StoryBuilder builder = new StoryBuilder(config)) {
            builder.accept(placed("first", "alpha", "bravo"));
            builder.accept(placed("second", "bravo", "charlie", "delta"));
            for (int i = 2; i < 5; i++) {
                builder.accept(placed("later" + i, "alpha", "bravo", "charlie", "delta"));
            }

            assertThat(builder.storiesNamedByFirstArticle()).singleElement().satisfies(story -> {
                assertThat(story.id()).isEqualTo("story-first");
                assertThat(story.articles()).hasSize(5);
            });
        }
    }

    /** An undated article naming the given places, with a text of its own. */
    private static ArticleRecord placed(String id, String... places) {
        List<EntityRecord> entities = new ArrayList<>();
        for (String place : places) {
            entities.add(new EntityRecord("e" + entities.size(), place, List.of(new SpanText(place, 0, 1))));
        }
        return new ArticleRecord(id, id + ".txt", null, null, "Outlet", null, null, null, "en",
                "Item " + id + " about subject" + id + " in region" + id + ".", List.of(), List.of(), entities,
                List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    private static ArticleRecord dated(String id, String published, String text) {
        return new ArticleRecord(id, id + ".txt", null, null, "Outlet", day(published),
                published == null ? null : "stated",
                null, "en", text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, null);
    }

    private static ArticleRecord withEmbedding(ArticleRecord r, float[] embedding) {
        return new ArticleRecord(r.id(), r.source(), r.url(), r.title(), r.outlet(), r.published(),
                r.publishedConfidence(), r.dateline(), r.language(), r.text(), r.persons(), r.organizations(),
                r.locations(), r.quotes(), r.dates(), r.figures(), r.events(), r.error(), r.errorStage(), r.skipped(),
                org.dossier.output.EmbeddingCodec.encode(embedding));
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
