package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.ArticleRecord.SpanText;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.model.record.StoryRecord.Source;
import org.dossier.model.record.StoryRecord.StoryArticle;
import org.dossier.output.ArticlesJsonl;
import org.dossier.output.StoriesJsonl;
import org.dossier.store.StoreRows.EventRow;
import org.junit.jupiter.api.Test;

/** The API writes records as the JSONL files and the store hold them, though its mapper names its own objects. */
class JsonTest {

    private static final LocalDate DAY = LocalDate.of(2016, 10, 10);
    private static final PlaceRecord HOMS = new PlaceRecord("Homs", 169577L, "SY", "11", 34.72682, 36.72339, 1);

    @Test
    void articlesAndStoriesAreWrittenAsInTheirFiles() {
        EventRecord event = new EventRecord(DAY, "day", "stated", "Syrian army", "SYRMIL", "shell", "195", "19", 4,
                -10.0, "rebels", "REB", "Homs", 0.85, "The army shelled Homs.", 0, 22, HOMS);
        QuoteRecord quote = new QuoteRecord("Ana Ruiz", "We will rebuild", true, "said", 24, 39, null, null, null,
                null, null, 23, 50, List.of(new SpanText("We will", 24, 31), new SpanText("rebuild", 32, 39)));
        ArticleRecord article = new ArticleRecord("a1", "a1.txt", null, "Homs shelled", "Outlet", DAY, "stated",
                "HOMS", "en", "The army shelled Homs.", null, null, null, List.of(quote), null, null,
                List.of(event), null, null, null);
        Source source = new Source("a1", "Outlet", "The army shelled Homs.", 0, 22);
        StoryRecord story = new StoryRecord("story-a1", "Homs shelled",
                List.of(new StoryArticle("a1", "Homs shelled", "Outlet", DAY, "a1.txt", null)), List.of(),
                List.of(new MergedEvent(DAY, "stated", "Syrian army", "SYRMIL", "shell", "195", "19", 4, -10.0,
                        "rebels", "REB", "Homs", HOMS, 0.85, 1, List.of("Outlet"), List.of(source))),
                List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(Json.write(article)).isEqualTo(ArticlesJsonl.toLine(article)).contains(
                "\"published_confidence\":\"stated\"", "\"published\":\"2016-10-10\"", "\"geonames_id\":169577");
        assertThat(Json.write(story)).isEqualTo(StoriesJsonl.toLine(story)).contains("\"quad_class\":4");
    }

    @Test
    void aPlaceInsideTheApisOwnRowsIsWrittenAsInTheRecords() {
        EventRow row = new EventRow("a1", "story-a1", "Outlet", null, LocalDate.of(2016, 10, 10), "day", "stated", "Syrian army",
                "SYRMIL", "shell", "195", "19", 4, -10.0, "rebels", "REB", "Homs", HOMS, 0.85,
                "The army shelled Homs.", 0, 22);

        assertThat(Json.write(row)).contains("\"place\":{\"name\":\"Homs\",\"geonames_id\":169577,\"country\":\"SY\","
                + "\"admin1\":\"11\",\"lat\":34.72682,\"lon\":36.72339,\"precision\":1}", "\"actor_code\":\"SYRMIL\"");
    }
}
