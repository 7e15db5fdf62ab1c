package org.dossier.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's example corpus (one story) mixed with short articles written for this test (two others). */
class StoryClustererTest {

    private static final List<String> QUAKE = List.of(
            "A magnitude 7.1 earthquake struck southern Chile on Tuesday, collapsing buildings in Concepcion and "
                    + "Arauco province. Chile's emergency office said at least 20 people died in the earthquake.",
            "Rescuers in Concepcion searched the rubble of a collapsed apartment block after Tuesday's earthquake in "
                    + "southern Chile, as the death toll rose to 41 and aftershocks shook Arauco province.",
            "Chile's president visited Arauco province, where the earthquake destroyed thousands of homes, and "
                    + "promised aid to Concepcion. Aftershocks of the magnitude 7.1 quake continued.");

    private static final List<String> TRANSFER = List.of(
            "Striker Marco Vellani has signed a four-year contract with Real Betis, the Seville club said, ending "
                    + "months of talks with Fiorentina over the transfer fee for the Italian forward.",
            "Fiorentina confirmed the sale of Marco Vellani to Real Betis for 30 million euros; the striker joins "
                    + "the Seville side after scoring 19 goals in Serie A last season.",
            "Real Betis fans welcomed new striker Marco Vellani at the Seville stadium, where the Italian forward "
                    + "said the transfer from Fiorentina was a dream move.");

    private static Map<String, String> articles() throws Exception {
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/aleppo"))) {
            for (Path f : files.sorted().toList()) {
                texts.put("aleppo-" + f.getFileName(), Files.readString(f));
            }
        }
        for (int i = 0; i < QUAKE.size(); i++) {
            texts.put("quake-" + i, QUAKE.get(i));
            texts.put("transfer-" + i, TRANSFER.get(i));
        }
        return texts;
    }

    /** A short text that shares no word with any other {@code unrelated(j)}: a story of its own. */
    private static String unrelated(int i) {
        return "Unrelated item " + i + " about topic" + i + " and subject" + i + " in place" + i;
    }

    /** The partition of the articles, as sets of ids, for the given arrival order. */
    private static Set<Set<String>> cluster(List<String> order, Map<String, String> texts) throws Exception {
        List<ClusterDocument> docs = new ArrayList<>();
        for (String id : order) {
            docs.add(new ClusterDocument(id, null, null, texts.get(id), SurfaceNames.of(texts.get(id))));
        }
        return partition(docs, StoryClusterer.Config.DEFAULT);
    }

    /** The stories of a stream, as sets of article ids, with the merges of second looks applied. */
    private static Set<Set<String>> partition(List<ClusterDocument> docs, StoryClusterer.Config config)
            throws Exception {
        Map<String, List<String>> stories = new HashMap<>();
        try (StoryClusterer clusterer = new StoryClusterer(config)) {
            for (ClusterDocument doc : docs) {
                StoryClusterer.Assignment a = clusterer.add(doc);
                stories.computeIfAbsent(a.storyId(), s -> new ArrayList<>()).add(doc.id());
                a.merges().forEach(merge -> merge.applyTo(stories));
            }
            clusterer.finish().forEach(merge -> merge.applyTo(stories));
        }
        Set<Set<String>> partition = new HashSet<>();
        stories.values().forEach(ids -> partition.add(new HashSet<>(ids)));
        return partition;
    }

    /**
     * Judged by the names alone (weighted by rarity), the probability clears 0.5 from a names cosine of 0.5 up:
     * {a, b} and {b, c, d} stay apart (cosine 0.30), while {a, b, c, d} joins {b, c, d} (0.85) rather than {a, b}
     * (0.66); {a, b} and the story {b, c, d} grew into with three of {a, b, c, d} have a cosine of 0.59.
     */
    private static final StoryClusterer.Config BY_NAMES = StoryClusterer.Config.DEFAULT
            .withModel(new JoinModel(new JoinModel.Weights(-5, 0, 10, 0, 0, 0),
                    new JoinModel.Weights(-5, 0, 10, 0, 0, 0)))
            .withThreshold(0.5);

    /** An article whose story grew elsewhere: {a, b}, then {b, c, d}, then three of {a, b, c, d}. */
    private static List<ClusterDocument> firstArticleLeftBehind() {
        List<ClusterDocument> docs = new ArrayList<>();
        docs.add(new ClusterDocument("first", null, null, unrelated(0), Set.of("alpha", "bravo")));
        docs.add(new ClusterDocument("second", null, null, unrelated(1), Set.of("bravo", "charlie", "delta")));
        for (int i = 2; i < 5; i++) {
            docs.add(new ClusterDocument("later" + i, null, null, unrelated(i),
                    Set.of("alpha", "bravo", "charlie", "delta")));
        }
        return docs;
    }

    @Test
    void aSmallStoryJoinsTheStoryThatGrewWithoutItOnASecondLook() throws Exception {
        List<ClusterDocument> docs = firstArticleLeftBehind();

        assertThat(partition(docs, BY_NAMES.withSecondLookSize(0))).as("without a second look")
                .containsExactlyInAnyOrder(Set.of("first"), Set.of("second", "later2", "later3", "later4"));
        assertThat(partition(docs, BY_NAMES.withSecondLookSize(1))).as("with one")
                .containsExactly(Set.of("first", "second", "later2", "later3", "later4"));
    }

    @Test
    void storiesLargerThanTheSecondLookSizeAreNotMerged() throws Exception {
        List<ClusterDocument> docs = new ArrayList<>(firstArticleLeftBehind());
        docs.add(1, new ClusterDocument("firstToo", null, null, unrelated(9), Set.of("alpha", "bravo")));

        assertThat(partition(docs, BY_NAMES.withSecondLookSize(1))).as("a story of two, looked at as of one")
                .hasSize(2);
        assertThat(partition(docs, BY_NAMES.withSecondLookSize(2)))
                .containsExactly(Set.of("first", "firstToo", "second", "later2", "later3", "later4"));
    }

    @Test
    void smallStoriesGetTheirSecondLookDuringTheStream() throws Exception {
        List<ClusterDocument> docs = new ArrayList<>(firstArticleLeftBehind());
        for (int i = 10; docs.size() < 1_100; i++) { // past the sweep at which the first article's story is due
            docs.add(new ClusterDocument("other" + i, null, null, unrelated(i), Set.of()));
        }
        List<StoryClusterer.Merge> duringStream = new ArrayList<>();
        List<StoryClusterer.Merge> atTheEnd;
        List<String> stories = new ArrayList<>();
        try (StoryClusterer clusterer = new StoryClusterer(BY_NAMES.withSecondLookSize(1))) {
            for (ClusterDocument doc : docs) {
                StoryClusterer.Assignment a = clusterer.add(doc);
                stories.add(a.storyId());
                duringStream.addAll(a.merges());
            }
            atTheEnd = clusterer.finish();
        }
        StoryClusterer.Merge expected = new StoryClusterer.Merge(stories.get(0), stories.get(1), 0);
        assertThat(duringStream).extracting(StoryClusterer.Merge::from, StoryClusterer.Merge::into)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(expected.from(), expected.into()));
        assertThat(atTheEnd).isEmpty();
    }

    @Test
    void examplesFormOneStoryApartFromOtherStories() throws Exception {
        Map<String, String> texts = articles();
        List<String> order = new ArrayList<>(texts.keySet());
        Collections.sort(order);

        Set<Set<String>> partition = cluster(order, texts);

        assertThat(partition).hasSize(3);
        assertThat(partition).allSatisfy(story -> assertThat(story.stream().map(id -> id.substring(0, 5))
                .distinct()).hasSize(1));
    }

    @Test
    void shuffledInputYieldsTheSameStories() throws Exception {
        Map<String, String> texts = articles();
        List<String> order = new ArrayList<>(texts.keySet());
        Collections.sort(order);
        Set<Set<String>> expected = cluster(order, texts);
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(order, new Random(seed));
            assertThat(cluster(order, texts)).as("order with seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void undatedLookAlikeStoriesOfDifferentYearsStayApart() throws Exception {
        String first = "A strong earthquake struck the coast of Sumatra on Sunday, killing dozens of people and "
                + "destroying hundreds of homes, officials said. Rescue teams searched the rubble of a collapsed "
                + "school. It was the strongest quake in the region since 2004, when a tsunami followed.";
        String second = "A strong earthquake struck western Sumatra on Sunday, killing dozens of people, officials "
                + "said. Thousands of families slept outdoors, fearing aftershocks, and aid agencies flew tents to "
                + "the worst-hit districts, as the 2013 budget allowed.";
        Set<String> names = Set.of("sumatra", "indonesia", "padang");
        Set<String> otherNames = Set.of("sumatra", "aceh", "jakarta");
        // Texts without embeddings: how likely they are one story by words and names alone, years unweighed.
        JoinModel.Weights weights = JoinModel.DEFAULT.withoutEmbedding();
        JoinModel yearsUnweighed = new JoinModel(JoinModel.DEFAULT.withEmbedding(), new JoinModel.Weights(
                weights.bias(), weights.text(), weights.names(), 0, 0, 0));
        double alike;
        try (StoryClusterer clusterer = new StoryClusterer(
                StoryClusterer.Config.DEFAULT.withModel(yearsUnweighed).withThreshold(1e-6))) {
            String a = clusterer.add(new ClusterDocument("a", null, null, first, names)).storyId();
            StoryClusterer.Assignment joined = clusterer.add(new ClusterDocument("b", null, null, second, otherNames));
            assertThat(joined.storyId()).isEqualTo(a);
            alike = joined.score();
        }
        // At a threshold they clear on words and names, the years keep them apart.
        StoryClusterer.Config config = StoryClusterer.Config.DEFAULT.withThreshold(0.9 * alike);
        try (StoryClusterer clusterer = new StoryClusterer(config)) {
            String a = clusterer.add(new ClusterDocument("a", null, null, first, names)).storyId();
            String b = clusterer.add(new ClusterDocument("b", null, null, second, otherNames)).storyId();
            assertThat(b).as("2004 and 2013 are different stories").isNotEqualTo(a);
        }
        try (StoryClusterer clusterer = new StoryClusterer(config)) {
            long day = java.time.LocalDate.of(2013, 4, 7).toEpochDay();
            String a = clusterer.add(new ClusterDocument("a", day, null, first, names)).storyId();
            String b = clusterer.add(new ClusterDocument("b", day, null, second, otherNames)).storyId();
            assertThat(b).as("publication days decide when both are known").isEqualTo(a);
        }
    }

    @Test
    void storiesLeaveTheActiveWindow() throws Exception {
        StoryClusterer.Config config = StoryClusterer.Config.DEFAULT.withWindowArticles(600);
        try (StoryClusterer clusterer = new StoryClusterer(config)) {
            for (int i = 0; i < 2_000; i++) {
                clusterer.add(new ClusterDocument("d" + i, null, null, unrelated(i), Set.of()));
            }
            assertThat(clusterer.activeStories()).isLessThanOrEqualTo(600 + 512);
        }
    }

    @Test
    void aCopyJoinsItsOriginalsStoryAndIsLinked() throws Exception {
        try (StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.DEFAULT)) {
            String text = QUAKE.get(0) + " " + QUAKE.get(1) + " " + QUAKE.get(2);
            StoryClusterer.Assignment original = clusterer.add(new ClusterDocument("a", null, null, text, Set.of()));
            StoryClusterer.Assignment copy = clusterer.add(new ClusterDocument("b", null, "Quake",
                    "SANTIAGO (AP) - " + text, Set.of()));

            assertThat(copy.storyId()).isEqualTo(original.storyId());
            assertThat(copy.duplicateOf()).isEqualTo("a");
        }
    }

    @Test
    void aCopyOfAnArticleWhoseStoryLeftTheWindowReopensThatStory() throws Exception {
        StoryClusterer.Config config = StoryClusterer.Config.DEFAULT;
        try (StoryClusterer clusterer = new StoryClusterer(config)) {
            String text = QUAKE.get(0) + " " + QUAKE.get(1) + " " + QUAKE.get(2);
            StoryClusterer.Assignment original = clusterer.add(new ClusterDocument("a", 0L, null, text, Set.of()));
            long later = config.windowDays() + 10L;
            for (int i = 0; i < 600; i++) { // enough for a sweep of the window
                clusterer.add(new ClusterDocument("d" + i, later, null, unrelated(i), Set.of()));
            }
            int activeBefore = clusterer.activeStories();

            StoryClusterer.Assignment reprint = clusterer.add(new ClusterDocument("b", later, null, text, Set.of()));

            assertThat(reprint.duplicateOf()).isEqualTo("a");
            assertThat(reprint.storyId()).isEqualTo(original.storyId());
            assertThat(clusterer.activeStories()).isEqualTo(activeBefore + 1);
        }
    }

    @Test
    void theEmbeddingWeighsOnWhetherAnArticleJoinsAStory() throws Exception {
        float[] direction = new float[384];
        direction[0] = 1;
        float[] opposite = new float[384];
        opposite[0] = -1;
        Set<String> names = Set.of("chile", "concepcion", "arauco");
        String[] joined = new String[2];
        int i = 0;
        for (float[] second : new float[][] {direction, opposite}) {
            try (StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.DEFAULT)) {
                String a = clusterer.add(new ClusterDocument("a", null, null, QUAKE.get(0), names, direction))
                        .storyId();
                String b = clusterer.add(new ClusterDocument("b", null, null, QUAKE.get(1), names, second)).storyId();
                joined[i++] = a.equals(b) ? "joined" : "apart";
            }
        }
        assertThat(joined).containsExactly("joined", "apart");
    }

    @Test
    void articlesOfKnownStoriesYieldTheirCandidatesMarkedForFitting() throws Exception {
        Set<String> names = Set.of("chile", "concepcion", "arauco");
        try (StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.DEFAULT)) {
            assertThat(clusterer.addKnown(new ClusterDocument("a", null, null, QUAKE.get(0), names), "quake"))
                    .as("the first article has no story to be compared with").isEmpty();
            List<JoinExample> same = clusterer.addKnown(
                    new ClusterDocument("b", null, null, QUAKE.get(1), names), "quake");
            assertThat(same).hasSize(1);
            assertThat(same.get(0).sameStory()).isTrue();
            assertThat(same.get(0).features().text()).isGreaterThan(0.1);
            // A look-alike said to be another story is a negative example for the quake story, and opens its own.
            List<JoinExample> other = clusterer.addKnown(
                    new ClusterDocument("c", null, null, QUAKE.get(2), names), "another quake");
            assertThat(other).hasSize(1);
            assertThat(other.get(0).sameStory()).isFalse();
            assertThat(other.get(0).features().names()).isGreaterThan(0.5);
            List<JoinExample> fourth = clusterer.addKnown(
                    new ClusterDocument("d", null, null, QUAKE.get(2) + " More aftershocks.", names), "another quake");
            assertThat(fourth).extracting(JoinExample::sameStory).containsExactlyInAnyOrder(true, false);
        }
    }
}
