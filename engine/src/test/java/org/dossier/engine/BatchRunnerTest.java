package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.core.Cleaner;
import org.dossier.core.Outcome;
import org.dossier.core.Pipeline;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.OffsetMap;
import org.dossier.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    @TempDir
    Path folder;

    /** A cleaner that counts its calls and takes the text as it is. */
    private static final class CountingCleaner implements Cleaner {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Article clean(RawDocument document) {
            calls.incrementAndGet();
            String text = new String(document.content(), StandardCharsets.UTF_8);
            return new Article(document.id(), document.source(), null, text, text, OffsetMap.identity(),
                    ArticleMetadata.EMPTY.withLanguage("en"));
        }
    }

    @Test
    void theDateEvidencePassHandsItsCleanedDocumentsOnSoEachIsCleanedOnce() throws Exception {
        CountingCleaner cleaner = new CountingCleaner();
        List<Outcome> outcomes = run(cleaner, Long.MAX_VALUE);
        assertThat(outcomes).hasSize(3).allMatch(outcome -> outcome instanceof Outcome.Ok);
        assertThat(cleaner.calls).hasValue(3);
    }

    @Test
    void beyondTheBoundDocumentsAreCleanedAgainWithTheSameResult() throws Exception {
        CountingCleaner kept = new CountingCleaner();
        CountingCleaner again = new CountingCleaner();
        List<Outcome> fromKept = run(kept, Long.MAX_VALUE);
        List<Outcome> cleanedAgain = run(again, 0);
        assertThat(again.calls).hasValue(6);
        assertThat(texts(cleanedAgain)).isEqualTo(texts(fromKept)).hasSize(3);
    }

    private List<Outcome> run(Cleaner cleaner, long keptChars) throws IOException, InterruptedException {
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(folder.resolve(name + ".txt"), "Article " + name + " was published on Monday.");
        }
        DossierEngine engine = new DossierEngine(EngineConfig.DEFAULT, Pipeline.builder().cleaner(cleaner).build());
        List<Outcome> outcomes = new ArrayList<>();
        new BatchRunner(engine, 2, keptChars).run(engine.input(List.of(folder)), outcomes::add, (d, t, o) -> { });
        return outcomes;
    }

    private static List<String> texts(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> ((Outcome.Ok) o).result().article().text()).toList();
    }
}
