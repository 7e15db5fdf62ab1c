package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.junit.jupiter.api.Test;

class ArticleRecordCacheTest {

    private static ArticleRecord article(String id) {
        return StoreFixtures.record(id, null, "Outlet", "2024-03-01", "Text of " + id + ".", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        ArticleRecordCache cache = new ArticleRecordCache(2);
        ArticleRecord a = article("a");
        cache.put(a);
        cache.put(article("b"));
        assertThat(cache.get("a")).isSameAs(a); // a used after b
        cache.put(article("c"));
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isSameAs(a);
        assertThat(cache.get("c")).isNotNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void keepingNoneKeepsNothing() {
        ArticleRecordCache cache = new ArticleRecordCache(0);
        cache.put(article("a"));
        assertThat(cache.get("a")).isNull();
        assertThatThrownBy(() -> new ArticleRecordCache(-1)).hasMessageContaining("-1");
    }
}
