package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article published (as a POST does) is searchable at once, and stays so once the store is opened again. */
class PublishTest {

    @TempDir
    Path dir;

    private static ArticleRecord article(String id, String word) {
        return StoreFixtures.record(id, null, "Outlet", "2024-03-01", "The " + word + " report of the day.",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aPublishedArticleIsSearchableBeforeAnyCommit() {
        StoreConfig config = StoreConfig.embedded(dir.resolve("store"));
        try (DossierStore store = DossierStore.open(config, line -> {})) {
            store.add(article("0000000000000a01", "zanzibarian"));
            assertThat(store.search("zanzibarian", SearchIndex.Kind.article, 5)).isEmpty();
            store.publish();
            assertThat(store.search("zanzibarian", SearchIndex.Kind.article, 5)).hasSize(1);
        }
        try (DossierStore store = DossierStore.open(config, line -> {})) {
            assertThat(store.search("zanzibarian", SearchIndex.Kind.article, 5)).hasSize(1);
            assertThat(store.indexSize()).isEqualTo(1);
        }
    }
}
