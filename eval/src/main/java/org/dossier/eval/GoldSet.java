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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(
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
            List<Event> events) {

        public Article {
            boilerplateLines = orEmpty(boilerplateLines);
            persons = orEmpty(persons);
            organizations = orEmpty(organizations);
            locations = orEmpty(locations);
            quotes = orEmpty(quotes);
            figures = orEmpty(figures);
            events = orEmpty(events);
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(String what, Long value, String qualifier, String unit, String source, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String date, String actor, String action, String target, String location, String text) {}

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
