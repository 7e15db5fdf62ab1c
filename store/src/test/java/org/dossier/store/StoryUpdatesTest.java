package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.StoriesJsonl;
import org.dossier.stories.build.StoryBuilder;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories that grow with each batch give the stories one batch of all articles gives: over a made-up collection of
 * several stories told over weeks, with undated articles, near-copies and small stories that join others on a
 * second look, stored in batches with the store closed and opened again between them.
 */
class StoryUpdatesTest {

    private static final StoryClusterer.Config CLUSTERING = StoryClusterer.Config.DEFAULT;

    @TempDir
    Path dir;

    private static final String[] TOPICS = {"flood", "election", "strike", "merger", "vaccine", "wildfire", "trial",
        "summit"};
    private static final String[] PLACES = {"Dhaka", "Lagos", "Lyon", "Osaka", "Quito", "Perth", "Gdansk",
        "Tunis"};
    private static final String[] PEOPLE = {"Rahman", "Okafor", "Dubois", "Tanaka", "Vera", "Walsh", "Nowak",
        "Haddad"};

    /**
     * The collection in the order received, which is the order of publication (so that batches arrive in that
     * order): each of eight stories told for about ten days in words of its own, among the words of the day; one
     * in twelve undated; one in ten a near-copy of an earlier article; and stories whose first article names only
     * part of what the later ones do (one of them told across the first two batches).
     */
    static List<ArticleRecord> collection() {
        Random random = new Random(23);
        List<ArticleRecord> records = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 3, 1);
        for (int i = 0; i < 160; i++) {
            int day = i / 4;
            int topic = (day / 6 + random.nextInt(3)) % TOPICS.length;
            String published = random.nextInt(12) == 0 ? null : start.plusDays(day).toString();
            String text;
            int pattern = i < 40 ? i - 30 : i - 100;
            if (pattern >= 0 && pattern < LEFT_BEHIND.length) {
                // Shares no word with the rest; the names make the story, and its first article names too few.
                text = "Lone" + i + "a lone" + i + "b: " + String.join(" and ", LEFT_BEHIND[pattern]).replace("X",
                        Integer.toString(i < 40 ? 1 : 2)) + ".";
                texts.add(text);
                String id = String.format("%016x", 0xabc000L + i);
                List<EntityRecord> people = new ArrayList<>();
                for (String name : LEFT_BEHIND[pattern]) {
                    people.add(StoreFixtures.entity(text, name.replace("X", Integer.toString(i < 40 ? 1 : 2))));
                }
                records.add(StoreFixtures.record(id, null, "Outlet " + i % 5, published, text, people, List.of(),
                        List.of(), List.of(), List.of(), List.of()));
                continue;
            }
            if (i > 20 && random.nextInt(10) == 0) {
                text = texts.get(texts.size() - 1 - random.nextInt(8)) + " The report was updated on day " + day + ".";
            } else {
                StringBuilder words = new StringBuilder();
                words.append(PEOPLE[topic]).append(" spoke in ").append(PLACES[topic]).append(" about the ")
                        .append(TOPICS[topic]).append(". ");
                for (int w = 0; w < 40; w++) {
                    words.append(random.nextInt(3) == 0 ? "daily" + random.nextInt(400)
                            : TOPICS[topic] + "word" + random.nextInt(15)).append(w % 10 == 9 ? ". " : " ");
                }
                text = words.toString();
            }
            texts.add(text);
            String id = String.format("%016x", 0xabc000L + i);
            records.add(StoreFixtures.record(id, i % 3 == 0 ? null : TOPICS[topic] + " news " + i, "Outlet " + i % 5,
                    published, text, names(text, PEOPLE), List.of(), names(text, PLACES), List.of(), List.of(),
                    List.of()));
        }
        return records;
    }

    /** {a, b}, then {c, d, e}, then three of {a, b, c, d, e}: the first joins the others on its second look. */
    private static final String[][] LEFT_BEHIND = {{"AlfaX", "BravoX"}, {"CharlieX", "DeltaX", "EchoX"},
        {"AlfaX", "BravoX", "CharlieX", "DeltaX", "EchoX"}, {"AlfaX", "BravoX", "CharlieX", "DeltaX", "EchoX"},
        {"AlfaX", "BravoX", "CharlieX", "DeltaX", "EchoX"}};

    private static List<EntityRecord> names(String text, String[] known) {
        List<EntityRecord> found = new ArrayList<>();
        for (String name : known) {
            if (text.contains(name)) {
                found.add(StoreFixtures.entity(text, name));
            }
        }
        return found;
    }

    /** Every story as its JSON line, in the story list's order (largest first). */
    private static Map<String, String> stories(DossierStore store) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (StoreRows.StorySummary summary : store.stories(10_000, 0)) {
            lines.put(summary.id(), store.storyJson(summary.id()).orElseThrow());
        }
        return lines;
    }

    private Map<String, String> inOneBatch(List<ArticleRecord> records) {
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("one")), line -> {})) {
            records.forEach(store::add);
            store.updateStories(CLUSTERING, line -> {});
            return stories(store);
        }
    }

    @Test
    void fiveBatchesGiveTheStoriesOfOne() throws Exception {
        List<ArticleRecord> records = collection();
        Map<String, String> one = inOneBatch(records);
        assertThat(one.size()).as("several stories, not one, not one per article").isBetween(6, 60);
        assertThat(one.values()).anyMatch(line -> line.contains("\"duplicate_of\":\"0"));

        StoreConfig config = StoreConfig.embedded(dir.resolve("five"));
        int batch = records.size() / 5;
        for (int b = 0; b < 5; b++) {
            // Closed and opened again between batches; the clustering saved every 13 articles, so that opening
            // it both restores a saved state and clusters again the articles since.
            try (DossierStore store = DossierStore.open(config, line -> {}, 13)) {
                records.subList(b * batch, b == 4 ? records.size() : (b + 1) * batch).forEach(store::add);
                store.updateStories(CLUSTERING, line -> {});
                assertThat(store.storiesStale()).isFalse();
            }
        }
        try (DossierStore store = DossierStore.open(config, line -> {})) {
            assertThat(stories(store)).containsExactlyEntriesOf(one);
        }
    }

    @Test
    void articlesPostedOneByOneGiveTheStoriesOfOneBatch() throws Exception {
        List<ArticleRecord> records = collection().subList(0, 60);
        Map<String, String> one = inOneBatch(records);
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("each")), line -> {}, 10)) {
            for (ArticleRecord record : records) {
                store.add(record);
                store.updateStories(CLUSTERING, line -> {});
            }
            assertThat(stories(store)).containsExactlyEntriesOf(one);
            // The story of each article, as search answers give it, follows the stories as they change.
            for (ArticleRecord record : records) {
                String story = store.storyOf(record.id()).orElseThrow();
                assertThat(store.story(story).orElseThrow().articles()).extracting(StoryRecord.StoryArticle::id)
                        .contains(record.id());
            }
        }
    }

    /**
     * The story updates keep the articles they read parsed: keeping none, or too few for a story (so that some are
     * parsed again from the database), gives the same stories.
     */
    @Test
    void theArticlesKeptParsedChangeNoStory() throws Exception {
        List<ArticleRecord> records = collection().subList(0, 80);
        Map<String, String> one = inOneBatch(records);
        for (int kept : new int[] {0, 5}) {
            StoreConfig config = StoreConfig.embedded(dir.resolve("kept-" + kept));
            try (DossierStore store = DossierStore.open(config, line -> {}, 10, kept)) {
                for (ArticleRecord record : records) {
                    store.add(record);
                    store.updateStories(CLUSTERING, line -> {});
                }
                assertThat(stories(store)).as("keeping %d", kept).containsExactlyEntriesOf(one);
            }
        }
    }

    @Test
    void theStoriesBuiltFromAllArticlesAreThoseOfTheStoryBuilder() throws Exception {
        List<ArticleRecord> records = collection();
        List<String> built = new ArrayList<>();
        try (StoryBuilder builder = new StoryBuilder(CLUSTERING)) {
            records.forEach(builder::accept);
            builder.storiesNamedByFirstArticle().forEach(story -> built.add(StoriesJsonl.toLine(story)));
        }
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("rebuilt")), line -> {})) {
            records.forEach(store::add);
            store.rebuildStories(CLUSTERING, line -> {});
            assertThat(stories(store).values()).containsExactlyElementsOf(built);
        }
    }

    @Test
    void otherSettingsBuildTheStoriesAgain() throws Exception {
        List<ArticleRecord> records = collection().subList(0, 80);
        StoryClusterer.Config strict = CLUSTERING.withThreshold(0.9999);
        List<String> notices = new ArrayList<>();
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("settings")), line -> {})) {
            records.forEach(store::add);
            store.updateStories(CLUSTERING, line -> {});
            int loose = (int) store.countStories();
            store.updateStories(strict, notices::add);
            assertThat(notices).anyMatch(n -> n.contains("other settings"));
            assertThat(store.countStories()).isGreaterThan(loose);
        }
    }

    @Test
    void aLateArticleJoinsItsStoryAndWidensItsDates() throws Exception {
        List<ArticleRecord> records = collection().subList(0, 60);
        ArticleRecord late = records.get(30);
        List<ArticleRecord> onTime = new ArrayList<>(records);
        onTime.remove(late);
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("late")), line -> {})) {
            onTime.forEach(store::add);
            store.updateStories(CLUSTERING, line -> {});
            store.add(late);
            store.updateStories(CLUSTERING, line -> {});
            String story = store.storyOf(late.id()).orElseThrow();
            assertThat(store.story(story).orElseThrow().articles()).hasSizeGreaterThan(1);
            if (late.published() != null) {
                StoreRows.StorySummary summary = store.stories(10_000, 0).stream()
                        .filter(s -> s.id().equals(story)).findFirst().orElseThrow();
                assertThat(summary.firstDay()).isBeforeOrEqualTo(late.published());
                assertThat(summary.lastDay()).isAfterOrEqualTo(late.published());
            }
        }
    }
}
