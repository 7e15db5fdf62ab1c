package org.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.DateRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.dossier.model.record.ArticleRecord.PlaceMentionRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.ArticleRecord.SpanText;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.ActorRoles;
import org.dossier.model.record.StoryRecord.FigureConflict;
import org.dossier.model.record.StoryRecord.FigureEntry;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.model.record.StoryRecord.QuoteEntry;
import org.dossier.model.record.StoryRecord.Source;
import org.dossier.model.record.StoryRecord.StoryArticle;
import org.dossier.model.record.StoryRecord.SummarySentence;
import org.dossier.model.record.StoryRecord.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * The JSON of article and story records, field by field and in order, as {@code articles.jsonl},
 * {@code stories.jsonl}, the store's rows and the API have always written it: users' files and stores hold it, so
 * a change of the records' code must not change a byte of it, nor stop the old JSON from reading.
 */
class RecordJsonTest {

    private static final LocalDate DAY = LocalDate.of(2016, 10, 10);
    private static final PlaceRecord ALEPPO = new PlaceRecord("Aleppo", 170063L, "SY", "09", 36.20124, 37.16117, 1);
    private static final PlaceRecord UNRESOLVED = new PlaceRecord("Nowhere Hill", null, null, null, null, null, null);

    /** Every field filled somewhere, every nested record, and nulls where a record may hold them. */
    static ArticleRecord fullArticle() {
        QuoteRecord twoParts = new QuoteRecord("Ana Ruiz", "We will rebuild", true, "said", 1, 16, "e1", 28, 36, 37,
                41, 0, 42, List.of(new SpanText("We will", 1, 8), new SpanText("rebuild", 9, 16)));
        QuoteRecord unattributed = new QuoteRecord(null, "talks resume", false, null, 50, 62, null, null, null, null,
                null, 43, 63);
        QuoteRecord unnamedSource = new QuoteRecord("rebel source", "the road is shut", false, "said", 180, 196, null,
                200, 212, 213, 217, 180, 218, null, true);
        FigureRecord killed = new FigureRecord(12L, "at least", "people", "killed", "the UN", DAY, "Aleppo",
                "at least 12 people were killed", 70, 100, ALEPPO);
        FigureRecord vague = new FigureRecord(null, "dozens", "people", "displaced", null, null, null, "dozens",
                101, 107);
        EventRecord attack = new EventRecord(DAY.minusDays(1), "day", "stated", "Russia", "RUS", "ATTACK", "190",
                "19", 4, -10.0, "Aleppo", "SYR", "Aleppo", 0.73, "Russia attacked Aleppo", 110, 132, ALEPPO);
        EventRecord talks = new EventRecord(null, null, null, "Ana Ruiz", null, "MEET", "040", "04", 1, 1.0, null,
                null, null, null, "talks", 133, 138);
        return new ArticleRecord("a1", "in/a1.html", "https://example.org/a1", "Talks resume", "Example News", DAY,
                "stated", "ALEPPO", "en", "\"We will rebuild,\" Mayor Ana Ruiz said. \u00e9\u2014<b>",
                List.of(new EntityRecord("e1", "Ana Ruiz", List.of(new SpanText("Ana Ruiz", 28, 36)))),
                List.of(new EntityRecord("e2", "United Nations", List.of())), List.of(),
                List.of(twoParts, unattributed, unnamedSource),
                List.of(new DateRecord("Monday", "2016-10-10", DAY, "day", 140, 146),
                        new DateRecord("next year", "2017", null, "year", 147, 156)),
                List.of(killed, vague), List.of(attack, talks), null, null, null, "AAEC/w==",
                List.of(new PlaceMentionRecord("Aleppo", 160, 166, ALEPPO),
                        new PlaceMentionRecord("Nowhere Hill", 167, 179, UNRESOLVED)));
    }

    /** A failed document: what was found before it failed, no text, no lists. */
    static ArticleRecord failedArticle() {
        return new ArticleRecord("a2", "in/a2.pdf", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, "cannot decode the file", "decode", null);
    }

    static StoryRecord fullStory() {
        Source first = new Source("a1", "Example News", "Russia attacked Aleppo", 110, 132);
        Source second = new Source("a3", null, "strikes on Aleppo", 5, 22);
        FigureEntry twelve = new FigureEntry(12L, "at least", "people", "killed", "the UN", DAY, "Aleppo", first);
        FigureEntry twenty = new FigureEntry(20L, null, "people", "killed", null, null, null, second);
        return new StoryRecord("story-a1", "Talks resume",
                List.of(new StoryArticle("a1", "Talks resume", "Example News", DAY, "in/a1.html", null),
                        new StoryArticle("a3", null, null, null, "in/a3.txt", "a1")),
                List.of(new TimelineEntry(DAY.minusDays(1), "event", "Russia attacked Aleppo", List.of(first, second)),
                        new TimelineEntry(null, "article", "Talks resume", List.of())),
                List.of(new MergedEvent(DAY.minusDays(1), "stated", "Russia", "RUS", "ATTACK", "190", "19", 4, -10.0,
                                "Aleppo", "SYR", "Aleppo", ALEPPO, 0.73, 2, List.of("Example News"),
                                List.of(first, second)),
                        new MergedEvent(null, null, "Ana Ruiz", null, "MEET", "040", "04", 1, 1.0, null, null, null,
                                null, 1, List.of(), List.of(first))),
                List.of(new ActorRoles("Russia", "RUS", 1, 0, 0), new ActorRoles("Ana Ruiz", null, 0, 0, 1)),
                List.of(new QuoteEntry("Ana Ruiz", "We will rebuild", true, DAY, first, false),
                        new QuoteEntry("a rebel source", "talks resume", false, null, second, true)),
                List.of(twelve, twenty),
                List.of(new FigureConflict("people", "killed", DAY, "Aleppo", List.of(twelve, twenty)),
                        new FigureConflict("people", "killed", null, null, List.of())),
                List.of(new SummarySentence("Russia attacked Aleppo.", List.of("a1", "a3"), List.of(first, second))));
    }

    static StoryRecord emptyStory() {
        return new StoryRecord("story-a9", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    static final String FULL_ARTICLE = ""
            + "{\"id\":\"a1\",\"source\":\"in/a1.html\",\"url\":\"https://example.org/a1\",\"title\":\"Talks resume\","
            + "\"outlet\":\"Example News\",\"published\":\"2016-10-10\",\"published_confidence\":\"stated\","
            + "\"dateline\":\"ALEPPO\",\"language\":\"en\","
            + "\"text\":\"\\\"We will rebuild,\\\" Mayor Ana Ruiz said. \u00e9\u2014<b>\","
            + "\"persons\":[{\"id\":\"e1\",\"name\":\"Ana Ruiz\",\"mentions\":[{\"text\":\"Ana Ruiz\",\"start\":28,"
            + "\"end\":36}]}],"
            + "\"organizations\":[{\"id\":\"e2\",\"name\":\"United Nations\",\"mentions\":[]}],"
            + "\"locations\":[],"
            + "\"places\":[{\"text\":\"Aleppo\",\"start\":160,\"end\":166,\"place\":{\"name\":\"Aleppo\","
            + "\"geonames_id\":170063,\"country\":\"SY\",\"admin1\":\"09\",\"lat\":36.20124,\"lon\":37.16117,"
            + "\"precision\":1}},"
            + "{\"text\":\"Nowhere Hill\",\"start\":167,\"end\":179,\"place\":{\"name\":\"Nowhere Hill\","
            + "\"geonames_id\":null,\"country\":null,\"admin1\":null,\"lat\":null,\"lon\":null,\"precision\":null}}],"
            + "\"quotes\":[{\"speaker\":\"Ana Ruiz\",\"text\":\"We will rebuild\",\"direct\":true,\"cue\":\"said\","
            + "\"start\":1,\"end\":16,\"speaker_entity\":\"e1\",\"speaker_start\":28,\"speaker_end\":36,"
            + "\"cue_start\":37,\"cue_end\":41,\"context_start\":0,\"context_end\":42,"
            + "\"parts\":[{\"text\":\"We will\",\"start\":1,\"end\":8},{\"text\":\"rebuild\",\"start\":9,\"end\":16}],"
            + "\"speaker_anonymous\":false},"
            + "{\"speaker\":null,\"text\":\"talks resume\",\"direct\":false,\"cue\":null,\"start\":50,\"end\":62,"
            + "\"speaker_entity\":null,\"speaker_start\":null,\"speaker_end\":null,\"cue_start\":null,"
            + "\"cue_end\":null,\"context_start\":43,\"context_end\":63,\"speaker_anonymous\":false},"
            + "{\"speaker\":\"rebel source\",\"text\":\"the road is shut\",\"direct\":false,\"cue\":\"said\","
            + "\"start\":180,\"end\":196,\"speaker_entity\":null,\"speaker_start\":200,\"speaker_end\":212,"
            + "\"cue_start\":213,\"cue_end\":217,\"context_start\":180,\"context_end\":218,"
            + "\"speaker_anonymous\":true}],"
            + "\"dates\":[{\"text\":\"Monday\",\"value\":\"2016-10-10\",\"date\":\"2016-10-10\",\"precision\":\"day\","
            + "\"start\":140,\"end\":146},"
            + "{\"text\":\"next year\",\"value\":\"2017\",\"date\":null,\"precision\":\"year\",\"start\":147,"
            + "\"end\":156}],"
            + "\"figures\":[{\"value\":12,\"qualifier\":\"at least\",\"unit\":\"people\",\"what\":\"killed\","
            + "\"source\":\"the UN\",\"date\":\"2016-10-10\",\"location\":\"Aleppo\",\"place\":{\"name\":\"Aleppo\","
            + "\"geonames_id\":170063,\"country\":\"SY\",\"admin1\":\"09\",\"lat\":36.20124,\"lon\":37.16117,"
            + "\"precision\":1},\"text\":\"at least 12 people were killed\",\"start\":70,\"end\":100},"
            + "{\"value\":null,\"qualifier\":\"dozens\",\"unit\":\"people\",\"what\":\"displaced\",\"source\":null,"
            + "\"date\":null,\"location\":null,\"place\":null,\"text\":\"dozens\",\"start\":101,\"end\":107}],"
            + "\"events\":[{\"date\":\"2016-10-09\",\"date_precision\":\"day\",\"date_basis\":\"stated\","
            + "\"actor\":\"Russia\",\"actor_code\":\"RUS\",\"action\":\"ATTACK\",\"cameo\":\"190\",\"root\":\"19\","
            + "\"quad_class\":4,\"goldstein\":-10.0,\"target\":\"Aleppo\",\"target_code\":\"SYR\","
            + "\"location\":\"Aleppo\",\"place\":{\"name\":\"Aleppo\",\"geonames_id\":170063,\"country\":\"SY\","
            + "\"admin1\":\"09\",\"lat\":36.20124,\"lon\":37.16117,\"precision\":1},\"confidence\":0.73,"
            + "\"text\":\"Russia attacked Aleppo\",\"start\":110,\"end\":132},"
            + "{\"date\":null,\"date_precision\":null,\"date_basis\":null,\"actor\":\"Ana Ruiz\",\"actor_code\":null,"
            + "\"action\":\"MEET\",\"cameo\":\"040\",\"root\":\"04\",\"quad_class\":1,\"goldstein\":1.0,"
            + "\"target\":null,\"target_code\":null,\"location\":null,\"place\":null,\"confidence\":null,"
            + "\"text\":\"talks\",\"start\":133,\"end\":138}],"
            + "\"error\":null,\"error_stage\":null,\"skipped\":null,\"embedding\":\"AAEC/w==\"}";

    static final String FAILED_ARTICLE = ""
            + "{\"id\":\"a2\",\"source\":\"in/a2.pdf\",\"url\":null,\"title\":null,\"outlet\":null,\"published\":null,"
            + "\"published_confidence\":null,\"dateline\":null,\"language\":null,\"text\":null,\"persons\":[],"
            + "\"organizations\":[],\"locations\":[],\"places\":[],\"quotes\":[],\"dates\":[],\"figures\":[],"
            + "\"events\":[],\"error\":\"cannot decode the file\",\"error_stage\":\"decode\",\"skipped\":null,"
            + "\"embedding\":null}";

    static final String FULL_STORY = ""
            + "{\"id\":\"story-a1\",\"title\":\"Talks resume\","
            + "\"articles\":[{\"id\":\"a1\",\"title\":\"Talks resume\",\"outlet\":\"Example News\","
            + "\"published\":\"2016-10-10\",\"source\":\"in/a1.html\",\"duplicate_of\":null},"
            + "{\"id\":\"a3\",\"title\":null,\"outlet\":null,\"published\":null,\"source\":\"in/a3.txt\","
            + "\"duplicate_of\":\"a1\"}],"
            + "\"timeline\":[{\"date\":\"2016-10-09\",\"kind\":\"event\",\"text\":\"Russia attacked Aleppo\","
            + "\"sources\":[" + source1() + "," + source2() + "]},"
            + "{\"date\":null,\"kind\":\"article\",\"text\":\"Talks resume\",\"sources\":[]}],"
            + "\"events\":[{\"date\":\"2016-10-09\",\"date_basis\":\"stated\",\"actor\":\"Russia\","
            + "\"actor_code\":\"RUS\",\"action\":\"ATTACK\",\"cameo\":\"190\",\"root\":\"19\",\"quad_class\":4,"
            + "\"goldstein\":-10.0,\"target\":\"Aleppo\",\"target_code\":\"SYR\",\"location\":\"Aleppo\","
            + "\"place\":{\"name\":\"Aleppo\",\"geonames_id\":170063,\"country\":\"SY\",\"admin1\":\"09\","
            + "\"lat\":36.20124,\"lon\":37.16117,\"precision\":1},\"confidence\":0.73,\"corroboration\":2,"
            + "\"outlets\":[\"Example News\"],\"sources\":[" + source1() + "," + source2() + "]},"
            + "{\"date\":null,\"date_basis\":null,\"actor\":\"Ana Ruiz\",\"actor_code\":null,\"action\":\"MEET\","
            + "\"cameo\":\"040\",\"root\":\"04\",\"quad_class\":1,\"goldstein\":1.0,\"target\":null,"
            + "\"target_code\":null,\"location\":null,\"place\":null,\"confidence\":null,\"corroboration\":1,"
            + "\"outlets\":[],\"sources\":[" + source1() + "]}],"
            + "\"actors\":[{\"name\":\"Russia\",\"code\":\"RUS\",\"as_actor\":1,\"as_target\":0,\"as_speaker\":0},"
            + "{\"name\":\"Ana Ruiz\",\"code\":null,\"as_actor\":0,\"as_target\":0,\"as_speaker\":1}],"
            + "\"quotes\":[{\"speaker\":\"Ana Ruiz\",\"text\":\"We will rebuild\",\"direct\":true,"
            + "\"date\":\"2016-10-10\",\"source\":" + source1() + ",\"speaker_anonymous\":false},"
            + "{\"speaker\":\"a rebel source\",\"text\":\"talks resume\",\"direct\":false,\"date\":null,"
            + "\"source\":" + source2() + ",\"speaker_anonymous\":true}],"
            + "\"figures\":[" + twelve() + "," + twenty() + "],"
            + "\"conflicts\":[{\"unit\":\"people\",\"what\":\"killed\",\"date\":\"2016-10-10\",\"place\":\"Aleppo\","
            + "\"values\":[" + twelve() + "," + twenty() + "]},"
            + "{\"unit\":\"people\",\"what\":\"killed\",\"date\":null,\"place\":null,\"values\":[]}],"
            + "\"summary\":[{\"text\":\"Russia attacked Aleppo.\",\"articles\":[\"a1\",\"a3\"],"
            + "\"sources\":[" + source1() + "," + source2() + "]}]}";

    static final String EMPTY_STORY = "{\"id\":\"story-a9\",\"title\":null,\"articles\":[],\"timeline\":[],"
            + "\"events\":[],\"actors\":[],\"quotes\":[],\"figures\":[],\"conflicts\":[],\"summary\":[]}";

    private static String source1() {
        return "{\"article\":\"a1\",\"outlet\":\"Example News\",\"text\":\"Russia attacked Aleppo\",\"start\":110,"
                + "\"end\":132}";
    }

    private static String source2() {
        return "{\"article\":\"a3\",\"outlet\":null,\"text\":\"strikes on Aleppo\",\"start\":5,\"end\":22}";
    }

    private static String twelve() {
        return "{\"value\":12,\"qualifier\":\"at least\",\"unit\":\"people\",\"what\":\"killed\","
                + "\"reported_by\":\"the UN\",\"date\":\"2016-10-10\",\"place\":\"Aleppo\",\"source\":" + source1()
                + "}";
    }

    private static String twenty() {
        return "{\"value\":20,\"qualifier\":null,\"unit\":\"people\",\"what\":\"killed\",\"reported_by\":null,"
                + "\"date\":null,\"place\":null,\"source\":" + source2() + "}";
    }

    /** The mapper the store's pages, the Spark job's events and export's JSONL write nested records with. */
    private static ObjectMapper recordMapper() {
        return RecordJson.mapper();
    }

    /** The API's mapper: snake_case names for its own objects. */
    private static ObjectMapper apiMapper() {
        return RecordJson.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    @Test
    void articlesAreWrittenFieldByFieldAsAlways() {
        assertThat(ArticlesJsonl.toLine(fullArticle())).isEqualTo(FULL_ARTICLE);
        assertThat(ArticlesJsonl.toLine(failedArticle())).isEqualTo(FAILED_ARTICLE);
    }

    @Test
    void storiesAreWrittenFieldByFieldAsAlways() {
        assertThat(StoriesJsonl.toLine(fullStory())).isEqualTo(FULL_STORY);
        assertThat(StoriesJsonl.toLine(emptyStory())).isEqualTo(EMPTY_STORY);
    }

    @Test
    void theApiAndTheOtherWritersWriteTheSameJson() throws Exception {
        for (ObjectMapper mapper : List.of(recordMapper(), apiMapper())) {
            assertThat(mapper.writeValueAsString(fullArticle())).isEqualTo(FULL_ARTICLE);
            assertThat(mapper.writeValueAsString(failedArticle())).isEqualTo(FAILED_ARTICLE);
            assertThat(mapper.writeValueAsString(fullStory())).isEqualTo(FULL_STORY);
            assertThat(mapper.writeValueAsString(emptyStory())).isEqualTo(EMPTY_STORY);
        }
    }

    @Test
    void nestedRecordsAreWrittenAloneAsInsideTheirRecord() throws Exception {
        // The Spark job's events/ lines and export's JSONL put an event in a map; the store's story pages write
        // each item of a story's lists alone.
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("article", "a1");
        row.put("event", fullArticle().events().getFirst());
        String line = recordMapper().writeValueAsString(row);
        assertThat(line).isEqualTo("{\"article\":\"a1\",\"event\":" + FULL_ARTICLE.substring(
                FULL_ARTICLE.indexOf("{\"date\":\"2016-10-09\""), FULL_ARTICLE.indexOf(",{\"date\":null")) + "}");
        assertThat(recordMapper().valueToTree(fullStory().figures().getFirst()).toString()).isEqualTo(twelve());
        assertThat(apiMapper().writeValueAsString(ALEPPO)).isEqualTo("{\"name\":\"Aleppo\",\"geonames_id\":170063,"
                + "\"country\":\"SY\",\"admin1\":\"09\",\"lat\":36.20124,\"lon\":37.16117,\"precision\":1}");
    }

    @Test
    void aRecordWrittenBeforeSpeakersWereJudgedAnonymousReadsBackWithNoneAnonymous() {
        String older = FULL_ARTICLE.replace(",\"speaker_anonymous\":false", "")
                .replace(",\"speaker_anonymous\":true", "");
        assertThat(older).doesNotContain("speaker_anonymous");
        assertThat(ArticlesJsonl.fromLine(older).quotes()).hasSize(3)
                .allSatisfy(q -> assertThat(q.speakerAnonymous()).isFalse());
    }

    @Test
    void theJsonReadsBackAsTheSameRecords() {
        assertThat(ArticlesJsonl.fromLine(FULL_ARTICLE)).isEqualTo(fullArticle());
        assertThat(ArticlesJsonl.fromLine(FAILED_ARTICLE)).isEqualTo(failedArticle());
        assertThat(StoriesJsonl.fromLine(FULL_STORY)).isEqualTo(fullStory());
        assertThat(StoriesJsonl.fromLine(EMPTY_STORY)).isEqualTo(emptyStory());
    }

    /** A record of another module, named by its own annotations. */
    record Elsewhere(@JsonProperty("geo_id") Long geoId, String countryCode) {}

    @Test
    void aComponentsNameIsItsNameInTheJson() {
        assertThat(nameOf(ArticleRecord.class, "publishedConfidence")).isEqualTo("published_confidence");
        assertThat(nameOf(ArticleRecord.class, "persons")).isEqualTo("persons");
        assertThat(nameOf(PlaceRecord.class, "geonamesId")).isEqualTo("geonames_id");
        assertThat(nameOf(StoryArticle.class, "duplicateOf")).isEqualTo("duplicate_of");
        assertThat(nameOf(Elsewhere.class, "geoId")).isEqualTo("geo_id");
        assertThat(nameOf(Elsewhere.class, "countryCode")).isEqualTo("countryCode");
    }

    private static String nameOf(Class<?> record, String component) {
        return RecordJson.nameOf(Arrays.stream(record.getRecordComponents())
                .filter(c -> c.getName().equals(component)).findFirst().orElseThrow());
    }

    @Test
    void olderArticleLinesWithoutLaterFieldsAndWithUnknownOnesStillRead() {
        String older = "{\"id\":\"a2\",\"source\":\"in/a2.pdf\",\"published\":\"2016-10-10T08:00:00Z\","
                + "\"error\":\"cannot decode the file\",\"error_stage\":\"decode\",\"from_a_newer_version\":1}";

        ArticleRecord read = ArticlesJsonl.fromLine(older);

        assertThat(read.published()).isEqualTo(DAY);
        assertThat(read.errorStage()).isEqualTo("decode");
        assertThat(read.places()).isEmpty();
        assertThat(read.embedding()).isNull();
    }
}
