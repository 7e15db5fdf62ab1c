package org.dossier.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Gold annotations: what a careful analyst extracts from each article. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldSet(List<Article> articles) {

    public static GoldSet read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), GoldSet.class);
    }

    /**
     * A gold article. {@code id} (Dossier's document id) and {@code file} (a benchmark path, or
     * {@code documents.jsonl#doc_id}) name it; the older format names it by {@code file} alone, a file name.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(
            String id,
            String file,
            String title,
            String outlet,
            String published,
            String dateline,
            @JsonProperty("body_first_line") String bodyFirstLine,
            @JsonProperty("body_last_line") String bodyLastLine,
            @JsonProperty("boilerplate_lines") List<String> boilerplateLines,
            List<Entity> persons,
            List<Entity> organizations,
            List<Entity> locations,
            List<Quote> quotes,
            List<Figure> figures,
            List<Event> events,
            @JsonProperty("non_events") List<NonEvent> nonEvents) {

        public Article {
            boilerplateLines = orEmpty(boilerplateLines);
            persons = orEmpty(persons);
            organizations = orEmpty(organizations);
            locations = orEmpty(locations);
            quotes = orEmpty(quotes);
            figures = orEmpty(figures);
            events = orEmpty(events);
            nonEvents = orEmpty(nonEvents);
        }

        /**
         * Whether this article is gold for some items alone, named by document id (the event and figure gold
         * formats), not for every field.
         */
        public boolean eventsOnly() {
            return id != null && title == null && bodyFirstLine() == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String name, List<String> mentions) {
        public Entity {
            mentions = orEmpty(mentions);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String speaker, String text, boolean direct, String cue) {}

    /**
     * A gold figure. The figure gold ({@code gold/figures/README.md}) adds offsets ({@code start}, {@code end};
     * {@code text} is the characters there), the measure ("killed", "injured", "arrested", ...) and the place the
     * count applies to ({@code scope}); the older format names the figure by {@code what} and its text alone.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(String what, Long value, String qualifier, String unit, String source, String text,
            String measure, String scope, Integer start, Integer end) {}

    /**
     * A gold event. The older format gives an action label and actor names; the event gold format adds offsets
     * ({@code start}, {@code end}; {@code text} is the characters there), the CAMEO code, actor codes, the last day
     * of a period ({@code date_to}) and what the date rests on.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String date, String actor, String action, String target, String location, String text,
            Integer start, Integer end, String cameo, @JsonProperty("actor_code") String actorCode,
            @JsonProperty("target_code") String targetCode, @JsonProperty("date_to") String dateTo,
            @JsonProperty("date_basis") String dateBasis) {

        /** The CAMEO root code, or null in the older format (which gives only an action label). */
        public String root() {
            return cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2);
        }
    }

    /** Words that look like an event and are not one, and why ("nature", "sports", "negated", ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NonEvent(String text, Integer start, Integer end, String why) {}

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
