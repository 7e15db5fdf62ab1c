package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fields of one JSON line, under the names the datasets give them. */
class JsonlItemsTest {

    @Test
    void theEcbPlusExportsAddressIsTheDocumentsUrl() {
        SourceItem item = JsonlItems.item("documents.jsonl:1", "{\"doc_id\":\"24_3ecbplus\",\"text\":\"Thieves raided a"
                + " store.\",\"url_from_first_sentence\":\"http://news.example/2013/09/09/thieves\"}", 1_000_000);
        assertThat(item).isInstanceOfSatisfying(SourceItem.Document.class,
                d -> assertThat(d.raw().url()).isEqualTo("http://news.example/2013/09/09/thieves"));
    }
}
