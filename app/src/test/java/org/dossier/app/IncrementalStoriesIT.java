package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.ArticlesJsonl;
import org.dossier.output.StoriesJsonl;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreConfig;
import org.dossier.store.StoreRows;
import org.dossier.stories.cluster.StoryClusterer;
import org.dossier.testing.ExampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example corpus's analyzed articles stored in five batches, the store opened anew for each, give the stories
 * of one batch, and the stories {@code analyze} gives the corpus.
 */
class IncrementalStoriesIT {

    @TempDir
    Path dir;

    private static Map<String, String> stories(DossierStore store) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (StoreRows.StorySummary summary : store.stories(1_000, 0)) {
            lines.put(summary.id(), store.storyJson(summary.id()).orElseThrow());
        }
        return lines;
    }

    private static Set<Set<String>> partition(List<StoryRecord> stories) {
        Set<Set<String>> partition = new HashSet<>();
        for (StoryRecord story : stories) {
            Set<String> ids = new HashSet<>();
            story.articles().forEach(a -> ids.add(a.id()));
            partition.add(ids);
        }
        return partition;
    }

    @Test
    void fiveBatchesOfTheExampleCorpusGiveTheStoriesOfOne() throws Exception {
        Path out = dir.resolve("out");
        int code = Main.commandLine().setErr(new PrintWriter(new StringWriter()))
                .execute("analyze", ExampleCorpus.folder().toString(), "--out", out.toString(), "-q");
        assertThat(code).isZero();
        List<ArticleRecord> records = Files.readAllLines(out.resolve("articles.jsonl")).stream()
                .map(ArticlesJsonl::fromLine).toList();
        List<StoryRecord> analyzed = Files.readAllLines(out.resolve("stories.jsonl")).stream()
                .map(StoriesJsonl::fromLine).toList();
        assertThat(records).hasSize(5);

        Map<String, String> one;
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("one")), line -> {})) {
            records.forEach(store::add);
            store.updateStories(StoryClusterer.Config.DEFAULT, line -> {});
            one = stories(store);
            List<StoryRecord> stored = new ArrayList<>();
            store.forEachStory(stored::add);
            assertThat(partition(stored)).isEqualTo(partition(analyzed));
        }
        for (ArticleRecord record : records) {
            try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("five")), line -> {})) {
                store.add(record);
                store.updateStories(StoryClusterer.Config.DEFAULT, line -> {});
            }
        }
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(dir.resolve("five")), line -> {})) {
            assertThat(stories(store)).containsExactlyEntriesOf(one);
        }
    }
}
