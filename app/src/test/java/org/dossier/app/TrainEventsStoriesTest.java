package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.eval.GoldSet;
import org.junit.jupiter.api.Test;

class TrainEventsStoriesTest {

    private static GoldSet.Article article(String id, String file) {
        return new GoldSet.Article(id, file, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theDocumentsOfOneEcbTopicAreOneStoryAndAPageIsItsOwn() {
        Map<String, GoldSet.Article> byId = Map.of(
                "a", article("a", "ecbplus-story-clustering/documents.jsonl#7_2ecb"),
                "b", article("b", "ecbplus-story-clustering/documents.jsonl#7_11ecbplus"),
                "c", article("c", "ecbplus-story-clustering/documents.jsonl#17_2ecb"),
                "d", article("d", "htmldate-eval/html/some-page.html.gz"));

        Function<String, String> storyOf = TrainEventsCommand.storyOf(byId);

        assertThat(storyOf.apply("a")).isEqualTo(storyOf.apply("b"));
        assertThat(storyOf.apply("c")).isNotEqualTo(storyOf.apply("a"));
        assertThat(storyOf.apply("d")).isEqualTo("htmldate-eval/html/some-page.html.gz");
        assertThat(storyOf.apply("unknown")).isEqualTo("unknown");
    }
}
