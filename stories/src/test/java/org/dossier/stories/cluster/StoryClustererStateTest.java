package org.dossier.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Saving a stream's state and continuing it later, and the merges a stream's end would make, seen without making
 * them: over a made-up stream long enough for sweeps, second looks and stories leaving the window.
 */
class StoryClustererStateTest {

    /** A small window, so that stories leave it within the stream. */
    private static final StoryClusterer.Config CONFIG = StoryClusterer.Config.DEFAULT.withWindowArticles(300);

    /**
     * Articles of made-up stories: each story has its own words and names, each article some of them with words
     * of the day's other news; some articles repeat an earlier one with a few words changed (near-copies), and a
     * few have no day.
     */
    private static List<ClusterDocument> stream(int size, long seed) {
        Random random = new Random(seed);
        List<ClusterDocument> docs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i % 150 == 5) {
                leftBehind(i, docs, texts);
                i += 4;
                continue;
            }
            int story = Math.abs((int) (random.nextGaussian() * 40 + i / 8)) % 400;
            StringBuilder text = new StringBuilder();
            String copied = null;
            if (i > 10 && random.nextInt(20) == 0) {
                copied = texts.get(i - 1 - random.nextInt(10));
                text.append(copied).append(" update").append(random.nextInt(3));
            } else {
                // A third are loosely worded: they may open stories of their own that join theirs later.
                int other = random.nextInt(3) == 0 ? 6 : 3;
                for (int w = 0; w < 30; w++) {
                    text.append(random.nextInt(other) > 1 ? "news" + random.nextInt(2000) : "topic" + story + "x"
                            + random.nextInt(12)).append(' ');
                }
            }
            texts.add(text.toString());
            Set<String> names = new LinkedHashSet<>();
            names.add("person" + story);
            names.add("place" + story % 50);
            Long day = random.nextInt(25) == 0 ? null : (long) (i / 60);
            docs.add(new ClusterDocument("a" + i, day, null, text.toString(), names));
        }
        return docs;
    }

    /**
     * Five articles of one story whose first is left behind ({a, b}, then {b, c, d}, then three of {a, b, c, d}):
     * it joins the others on its second look.
     */
    private static void leftBehind(int i, List<ClusterDocument> docs, List<String> texts) {
        List<Set<String>> names = List.of(Set.of("a", "b"), Set.of("b", "c", "d"), Set.of("a", "b", "c", "d"),
                Set.of("a", "b", "c", "d"), Set.of("a", "b", "c", "d"));
        for (int k = 0; k < names.size(); k++) {
            int n = i + k;
            String text = "lone" + n + "a lone" + n + "b lone" + n + "c lone" + n + "d"; // shares no word
            Set<String> these = new LinkedHashSet<>();
            names.get(k).forEach(name -> these.add(name + i));
            docs.add(new ClusterDocument("a" + (i + k), (long) (i / 60), null, text, these));
            texts.add(text);
        }
    }

    private record Run(List<StoryClusterer.Assignment> assignments, List<StoryClusterer.Merge> finish) {}

    private static Run uninterrupted(List<ClusterDocument> docs) throws IOException {
        try (StoryClusterer clusterer = new StoryClusterer(CONFIG)) {
            List<StoryClusterer.Assignment> assignments = new ArrayList<>();
            for (ClusterDocument doc : docs) {
                assignments.add(clusterer.add(doc));
            }
            return new Run(assignments, clusterer.finish());
        }
    }

    @Test
    void aStreamSavedAndRestoredGoesOnAsIfItHadNotPaused() throws IOException {
        List<ClusterDocument> docs = stream(1_400, 7);
        Run whole = uninterrupted(docs);
        assertThat(whole.assignments().stream().filter(a -> !a.merges().isEmpty())).isNotEmpty();
        assertThat(whole.assignments().stream().filter(a -> a.duplicateOf() != null)).isNotEmpty();

        List<StoryClusterer.Assignment> assignments = new ArrayList<>();
        StoryClusterer clusterer = new StoryClusterer(CONFIG);
        // Pauses at odd places: just before a sweep, just after one, and between refreshes of the index.
        for (int pause : List.of(0, 511, 512, 700, 1_023, 1_100, 1_400)) {
            while (assignments.size() < pause) {
                assignments.add(clusterer.add(docs.get(assignments.size())));
            }
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            clusterer.save(saved);
            clusterer.close();
            clusterer = StoryClusterer.restore(CONFIG, new ByteArrayInputStream(saved.toByteArray()));
        }
        List<StoryClusterer.Merge> finish = clusterer.finish();
        clusterer.close();

        assertThat(assignments).isEqualTo(whole.assignments());
        assertThat(finish).isEqualTo(whole.finish());
    }

    @Test
    void thePreviewOfTheEndGivesTheMergesOfTheEndAndChangesNothing() throws IOException {
        List<ClusterDocument> docs = stream(900, 11);
        Run whole = uninterrupted(docs);
        assertThat(whole.finish()).isNotEmpty();

        try (StoryClusterer clusterer = new StoryClusterer(CONFIG)) {
            List<StoryClusterer.Assignment> assignments = new ArrayList<>();
            for (ClusterDocument doc : docs) {
                assignments.add(clusterer.add(doc));
                if (assignments.size() % 150 == 0) {
                    clusterer.previewFinish(); // a batch ends here; the stream goes on
                }
            }
            List<StoryClusterer.Merge> preview = clusterer.previewFinish();
            assertThat(assignments).isEqualTo(whole.assignments());
            assertThat(preview).isEqualTo(whole.finish());
            assertThat(clusterer.previewFinish()).isEqualTo(preview);
            assertThat(clusterer.finish()).isEqualTo(preview);
        }
    }

    @Test
    void aStateOfAnotherFormatIsRefused() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(bytes)) {
            out.write(new byte[] {0, 0, 0, 99});
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> StoryClusterer.restore(CONFIG, new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("format 99");
    }
}
