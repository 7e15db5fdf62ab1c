package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.model.Place;
import org.dossier.model.Place.Precision;
import org.dossier.model.PlaceMention;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

/** Place resolution on a written article, with the real NLP stages and the gazetteer built into the application. */
class PlacesIT {

    @Test
    void resolvesTheNamesOfAWrittenArticleByItsContext() throws Exception {
        String text = "Rebels shelled eastern Aleppo on Monday, and government jets struck Idlib province.\n\n"
                + "In Libya, militias clashed near Tripoli. The French foreign minister spoke in Paris.\n\n"
                + "Nobody knew where Zorblax Plains lay.";
        AnnotatedArticle annotated = NlpLayers.of(Articles.of(text, LocalDate.of(2016, 10, 12)), s -> false);
        List<PlaceMention> places = annotated.get(Layers.PLACES);

        assertThat(place(places, "eastern Aleppo")).satisfies(p -> {
            assertThat(p.geonamesId()).isEqualTo(170063L);
            assertThat(p.precision()).isEqualTo(Precision.NEAR_PLACE);
        });
        assertThat(place(places, "Idlib province")).satisfies(p -> {
            assertThat(p.precision()).isEqualTo(Precision.ADMIN1);
            assertThat(p.admin1()).isEqualTo("12");
        });
        assertThat(place(places, "Libya").precision()).isEqualTo(Precision.COUNTRY);
        assertThat(place(places, "near Tripoli").country()).isEqualTo("LY");
        assertThat(place(places, "Paris").geonamesId()).isEqualTo(2988507L);
        for (PlaceMention p : places) {
            assertThat(p.span().of(text)).isEqualTo(p.text());
            if (p.text().contains("Zorblax")) {
                assertThat(p.place().resolved()).isFalse();
            }
        }
    }

    @Test
    void anEventInASentenceOfCountriesAndOneTownTakesTheTown() throws Exception {
        String text = "Jets from Russia and Syria bombed eastern Aleppo on Monday, killing 20 civilians.";
        AnnotatedArticle annotated = NlpLayers.of(Articles.of(text, LocalDate.of(2016, 10, 12)), s -> false);
        ArticleContext context = new ArticleContext(annotated);

        Place place = SentencePlaces.of(context, context.sentences().get(0));

        assertThat(place).isNotNull();
        assertThat(place.geonamesId()).isEqualTo(170063L);
    }

    private static Place place(List<PlaceMention> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no place mention '" + text + "' in " + places)).place();
    }
}
