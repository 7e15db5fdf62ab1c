package org.dossier.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;

/**
 * Analyzed articles kept parsed for the story updates, the least recently used going first when more than {@code
 * capacity} are kept. A story that a new article joins is written again from all its articles, so the articles of
 * the stories that are growing are read at every update (hundreds for a large story, at each POST): from here
 * instead of parsing their stored records again. A stored record never changes (an article is stored once under
 * its content hash; corrections apply when records are read for the API, not to the stored record), so a record
 * kept here is never stale. Not thread-safe: used under the store's write lock.
 */
final class ArticleRecordCache {

    /** About 100 to 300 MB of parsed records at most; more than the articles of the largest stories measured. */
    static final int DEFAULT_CAPACITY = 5_000;

    private final Map<String, ArticleRecord> records;

    ArticleRecordCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.records = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArticleRecord> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The record of the article, or null when it is not kept. */
    ArticleRecord get(String articleId) {
        return records.get(articleId);
    }

    void put(ArticleRecord record) {
        records.put(record.id(), record);
    }

    int size() {
        return records.size();
    }
}
