package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.ingest.source.InputSource;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.stories.cluster.StoryClusterer;
import org.dossier.testing.KilledChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest, then the same ingest again: the store holds every document exactly once,
 * each whole, the index holds each once, and the stories account for every analyzed article.
 */
class StoreCrashTest {

    private static final int DOCUMENTS = 1500;
    private static final String[] SENTENCES = {
        "The city council met on Tuesday to discuss the new budget for schools and roads.",
        "Officials said the bridge would reopen next month after repairs to its steel frame.",
        "Residents complained about the noise from the construction site near the river.",
        "The mayor promised to hire more teachers and to repair the old library building.",
        "Police reported that traffic on the main highway was heavy throughout the weekend.",
        "A local company announced plans to open a factory that would employ many workers.",
        "The weather service warned of strong winds and heavy rain along the coast on Friday.",
        "Farmers said the long dry summer had cut the harvest of wheat and corn this year.",
    };

    @TempDir
    Path dir;

    @Test
    void aRerunAfterKillMinus9GivesExactCountsWithoutDuplicates() throws Exception {
        Path input = writeCorpus(dir.resolve("corpus"));
        Path storeDir = dir.resolve("store");

        int storedWhenKilled = runAndKill(storeDir, input, 100, null);
        assertThat(storedWhenKilled).as("the child was killed mid-ingest").isGreaterThanOrEqualTo(100);
        long afterFirstKill;
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(storeDir))) {
            afterFirstKill = store.counts().articles();
        }
        assertThat(afterFirstKill).as("killed before the end").isBetween(1L, (long) DOCUMENTS - 1);

        // A rerun, killed again while another process tries the same store (and is kept out).
        runAndKill(storeDir, input, 1, () -> assertThatThrownBy(
                () -> DossierStore.open(StoreConfig.embedded(storeDir)).close())
                .as("a second process is kept out of a store in use").isInstanceOf(StoreException.class)
                .hasMessageContaining("another dossier process", "dossier serve", "/api/events"));

        DossierEngine engine = DossierEngine.cleaningOnly(EngineConfig.DEFAULT.withStoryDates(false));
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(storeDir))) {
            long before = store.counts().articles();
            assertThat(before).isGreaterThanOrEqualTo(afterFirstKill);
            StoreIngest.Result rerun = new StoreIngest(engine, 2, StoryClusterer.Config.DEFAULT).ingest(
                    InputSource.of(List.of(input), InputSource.DEFAULT_MAX_BYTES), store, (d, t, l) -> {}, l -> {});

            assertThat(rerun.added()).isEqualTo(DOCUMENTS - before);
            assertThat(rerun.summary().known()).isEqualTo(before);
            assertThat(store.counts().articles()).isEqualTo(DOCUMENTS);
            List<String> ids = store.articleIds();
            assertThat(new HashSet<>(ids)).hasSize(DOCUMENTS);
            for (String id : ids) {
                ArticleRecord record = store.article(id).orElseThrow();
                assertThat(record.failed()).as("document %s stored whole", id).isFalse();
                assertThat(record.text()).contains("This was report number");
            }
            assertThat(store.indexSize()).as("each article indexed once").isEqualTo(DOCUMENTS);
            assertThat(store.search("\"report number 777\"", SearchIndex.Kind.article, 5)).hasSize(1);
            int inStories = store.stories(1000, 0).stream().mapToInt(StoreRows.StorySummary::articles).sum();
            assertThat(inStories).isEqualTo(DOCUMENTS);
            assertThat(store.storiesStale()).isFalse();

            StoreIngest.Result again = new StoreIngest(engine, 2, StoryClusterer.Config.DEFAULT).ingest(
                    InputSource.of(List.of(input), InputSource.DEFAULT_MAX_BYTES), store, (d, t, l) -> {}, l -> {});
            assertThat(again.added()).isZero();
            assertThat(again.summary().known()).isEqualTo(DOCUMENTS);
            assertThat(store.counts().articles()).isEqualTo(DOCUMENTS);
            StoryRecord any = store.story(store.stories(1, 0).getFirst().id()).orElseThrow();
            assertThat(any.articles()).isNotEmpty();
        }
    }

    /** Runs an ingest in another process and kills it (SIGKILL) once it has stored {@code after} documents. */
    private static int runAndKill(Path storeDir, Path input, int after, Runnable whileRunning) throws Exception {
        return KilledChild.runAndKill(IngestProcessMain.class, after, whileRunning, storeDir.toString(),
                input.toString());
    }

    private static Path writeCorpus(Path folder) throws Exception {
        Files.createDirectories(folder);
        Random random = new Random(7);
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("Report number " + i + " from the county\n\n");
            for (int s = 0; s < 12; s++) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
                if (s % 4 == 3) {
                    text.append("\n\n");
                }
            }
            text.append("This was report number ").append(i).append(".\n");
            Files.writeString(folder.resolve(String.format("doc-%05d.txt", i)), text);
        }
        return folder;
    }
}
