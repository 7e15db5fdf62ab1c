package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.model.record.StoryRecord.Source;
import org.dossier.model.record.StoryRecord.StoryArticle;
import org.dossier.model.record.StoryRecord.TimelineEntry;
import org.dossier.output.StoriesJsonl;
import org.junit.jupiter.api.Test;

class StoryPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A source in article {@code a}, at offset {@code at}. */
    private static Source source(int a, int at) {
        return new Source("article-" + a, "Outlet " + (a % 3), "the words of " + a, at, at + 5);
    }

    /**
     * A story of {@code articles} articles, each reporting one event that all of them report (so the event has
     * a source per article), and a timeline of the event and a lead per article.
     */
    private static StoryRecord story(int articles) {
        List<StoryArticle> list = IntStream.range(0, articles).mapToObj(i -> new StoryArticle("article-" + i,
                "Title " + i, "Outlet " + (i % 3), LocalDate.parse("2016-10-01"), null, null)).toList();
        List<Source> reports = IntStream.range(0, articles).mapToObj(i -> source(i, 10)).toList();
        MergedEvent strike = new MergedEvent(LocalDate.parse("2016-10-01"), "stated", "warplanes", "MIL", "attack", "190", "19", 4,
                -10, "Aleppo", null, null, 0.9, articles, List.of("Outlet 0"), reports);
        MergedEvent talks = new MergedEvent(LocalDate.parse("2016-10-02"), "stated", "envoy", "UKRGOV", "meet", "040", "04", 1, 1,
                "rebels", "UKRREB", null, 0.5, 1, List.of("Outlet 1"), List.of(source(1, 50)));
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(LocalDate.parse("2016-10-01"), "event", "warplanes attack", reports));
        timeline.add(new TimelineEntry(LocalDate.parse("2016-10-02"), "event", "envoy meets", List.of(source(1, 50))));
        for (int i = 0; i < articles; i++) {
            timeline.add(new TimelineEntry(LocalDate.parse("2016-10-03"), "report", "lead " + i, List.of(source(i, 0))));
        }
        return new StoryRecord("story-article-0", "Strikes", list, timeline, List.of(strike, talks), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aPageHoldsEachListsFirstItemsAndEachItemsFirstSourcesWithTheirLengths() throws Exception {
        JsonNode page = JSON.readTree(StoryPage.json(story(250)));
        assertThat(page.get("articles")).hasSize(StoryPage.LIST_CAP);
        assertThat(page.get("timeline")).hasSize(StoryPage.LIST_CAP);
        assertThat(page.get("counts").get("articles").asInt()).isEqualTo(250);
        assertThat(page.get("counts").get("timeline").asInt()).isEqualTo(252);
        assertThat(page.get("counts").get("events").asInt()).isEqualTo(2);
        assertThat(page.get("counts").get("outlets").asInt()).isEqualTo(3);
        JsonNode strike = page.get("timeline").get(0);
        assertThat(strike.get("sources")).hasSize(StoryPage.SOURCE_CAP);
        assertThat(strike.get("source_count").asInt()).isEqualTo(250);
        assertThat(strike.get("event").get("index").asInt()).isZero();
        assertThat(strike.get("event").get("actor_code").asText()).isEqualTo("MIL");
        assertThat(strike.get("event").get("source_count").asInt()).isEqualTo(250);
        JsonNode talks = page.get("timeline").get(1);
        assertThat(talks.has("source_count")).as("every source shown").isFalse();
        assertThat(talks.get("event").get("index").asInt()).isEqualTo(1);
        assertThat(page.get("timeline").get(2).has("event")).as("a lead is no event").isFalse();
        assertThat(page.get("events").get(0).get("source_count").asInt()).isEqualTo(250);
    }

    @Test
    void aListIsReadAPageAtATimeWithEverySource() {
        StoryRecord story = story(250);
        StoryPage.Slice first = StoryPage.items(story, StoryPage.Part.timeline, 0, 1);
        assertThat(first.total()).isEqualTo(252);
        assertThat(first.items()).singleElement().satisfies(e -> {
            assertThat(e.get("sources")).hasSize(250);
            assertThat(e.has("source_count")).isFalse();
            assertThat(e.get("event").get("index").asInt()).isZero();
        });
        StoryPage.Slice last = StoryPage.items(story, StoryPage.Part.articles, 200, 100);
        assertThat(last.items()).hasSize(50).first().satisfies(a -> assertThat(a.get("id").asText())
                .isEqualTo("article-200"));
        assertThat(StoryPage.items(story, StoryPage.Part.articles, 300, 100).items()).isEmpty();
    }

    @Test
    void aSmallStorysPageIsItsRecordWithCounts() throws Exception {
        StoryRecord story = story(3);
        JsonNode page = JSON.readTree(StoryPage.json(story));
        JsonNode record = JSON.readTree(StoriesJsonl.toLine(story));
        for (String list : List.of("articles", "events", "actors", "quotes", "figures", "conflicts", "summary")) {
            assertThat(page.get(list)).as(list).isEqualTo(record.get(list));
        }
        assertThat(page.get("timeline").get(0).get("sources")).isEqualTo(record.get("timeline").get(0)
                .get("sources"));
    }
}
