package org.dossier.eval.places;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A gold of places (docs/places.md): articles by document id, each with its place mentions, offsets into Dossier's
 * cleaned text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlaceGold(String annotator, List<Article> articles) {

    public PlaceGold {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public static PlaceGold read(Path file) throws IOException {
        PlaceGold gold = new ObjectMapper().readValue(file.toFile(), PlaceGold.class);
        for (Article a : gold.articles()) {
            if (a.id() == null) {
                throw new IOException("an article of " + file + " has no id");
            }
            for (Mention m : a.mentions()) {
                if (m.kind() == null || m.end() < m.start()) {
                    throw new IOException("article " + a.id() + ": mention '" + m.text() + "' at " + m.start()
                            + " has no kind or an end before its start");
                }
            }
        }
        return gold;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** One document: its id, its benchmark file ({@code <set>/<path>}; the event golds also give it), its part. */
    public record Article(String id, String file, String part, List<Mention> mentions) {

        public Article {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    /**
     * One place mention: {@code kind} is city, district, admin1, country or region; {@code precision} 1 place, 2
     * part of or near a place, 3 admin area, 4 country, null for a region.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(int start, int end, String text, String kind, @JsonProperty("geonames_id") Long geonamesId,
            String name, String country, String admin1, Double lat, Double lon, Integer precision) {}
}
