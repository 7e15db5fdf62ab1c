package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.output.ArticleRecord;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.SearchHit;
import org.dossier.stories.build.StoryRecord;
import org.dossier.stories.cluster.StoryClusterer;
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
            assertThat(store.events(new EventFilter(null, null, "2016-10-04", null, null, null, 100, 0))).isEmpty();
            assertThat(store.events(new EventFilter(null, null, "2016-10-01", "2016-10-03", "aleppo", null, 100, 0)))
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
