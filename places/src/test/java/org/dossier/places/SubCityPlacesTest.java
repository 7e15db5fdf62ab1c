package org.dossier.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Place;
import org.dossier.model.Place.Precision;
import org.dossier.model.PlaceMention;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** Parts of a city the gazetteer lacks, over the tiny gazetteer and hand-made toponyms. */
class SubCityPlacesTest {

    private static final Gazetteer GAZETTEER = TinyGazetteer.load();
    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceWords.standard());

    /**
     * The toponyms of the text, in order: each "name" alone, or "name|span|ROLE" for one with words around it; the
     * sentence is the count of ". " before it.
     */
    private static List<Toponym> names(String text, String... specs) {
        List<Toponym> out = new ArrayList<>();
        int from = 0;
        for (String spec : specs) {
            String[] parts = spec.split("\\|");
            String name = parts[0];
            int at = text.indexOf(parts.length > 1 ? parts[1] : name, from);
            int nameAt = text.indexOf(name, at);
            Span span = new Span(at, at + (parts.length > 1 ? parts[1] : name).length());
            Toponym.Role role = parts.length > 2 ? Toponym.Role.valueOf(parts[2]) : Toponym.Role.NAME;
            int sentence = text.substring(0, at).split("\\. ", -1).length - 1;
            out.add(new Toponym(new Span(nameAt, nameAt + name.length()), span, name, Names.key(name), role, false,
                    sentence));
            from = span.end();
        }
        return out;
    }

    private Place placeOf(String text, List<Toponym> names, String name) {
        for (PlaceMention m : resolver.resolve("a1", text, names)) {
            if (m.text().equals(name)) {
                return m.place();
            }
        }
        throw new AssertionError("no mention " + name);
    }

    private static void assertPartOfAleppo(Place p, String name) {
        assertThat(p.geonamesId()).isEqualTo(TinyGazetteer.ALEPPO);
        assertThat(p.precision()).isEqualTo(Precision.NEAR_PLACE);
        assertThat(p.name()).isEqualTo(name);
    }

    /** The name, said after a sentence of Paris and before ", Aleppo", stays unresolved. */
    private void assertUnplacedBeforeAleppo(String sentence, String name) {
        String text = "Talks in Paris went on. " + sentence;
        assertThat(placeOf(text, names(text, "Paris", name, "Aleppo"), name).resolved()).as(name).isFalse();
    }

    @Test
    void aNameTheGazetteerLacksBeforeALargeCityAfterACommaIsPartOfThatCity() {
        String text = "Talks in Paris went on. Her studio in Cobble Yard, Aleppo, was shut.";
        assertPartOfAleppo(placeOf(text, names(text, "Paris", "Cobble Yard", "Aleppo"), "Cobble Yard"),
                "Cobble Yard");
        // in a list of places, the unknown name is another town, not a part of the city after it
        String list = "Aid reached Cobble Yard, Aleppo and Paris.";
        assertThat(placeOf(list, names(list, "Cobble Yard", "Aleppo", "Paris"), "Cobble Yard").resolved())
                .isFalse();
        // a venue before its city is no part of it to place
        assertUnplacedBeforeAleppo("The match at Harbour Arena, Aleppo, was called off.", "Harbour Arena");
        // nor is a bar or a street written short
        assertUnplacedBeforeAleppo("A fight broke out at Juniper Tavern, Aleppo, on Friday.", "Juniper Tavern");
        assertUnplacedBeforeAleppo("A shop on Quince St., Aleppo, was shut.", "Quince St.");
        // a town the gazetteer knows keeps its own place ("Woodburn, Portland" is no neighbourhood)
        String town = "Trucks left Woodburn, Portland, at dawn.";
        assertThat(placeOf(town, names(town, "Woodburn", "Portland"), "Woodburn").geonamesId())
                .isEqualTo(TinyGazetteer.WOODBURN_OR);
    }

    @Test
    void aNameAfterItsCitysPossessiveIsPartOfThatCity() {
        String text = "Talks in Paris went on. Shells hit Aleppo's Kalasseh on Friday.";
        assertPartOfAleppo(placeOf(text, names(text, "Paris", "Aleppo", "Kalasseh"), "Kalasseh"), "Kalasseh");
    }

    @Test
    void aDistrictOfACityIsThatCitysNotTheTownNamedBeforeIt() {
        String text = "Talks in Paris went on. Shells hit the Kalasseh district of Aleppo.";
        List<Toponym> names = names(text, "Paris", "Kalasseh|Kalasseh district|PART", "Aleppo");
        assertPartOfAleppo(placeOf(text, names, "Kalasseh district"), "Kalasseh");
    }

    @Test
    void aHeldNameInAStoryOfOneCityIsPartOfThatCity() {
        String text = "Jets struck Aleppo. Talks in Paris stalled. Aleppo is besieged. "
                + "Two shells landed in rebel-held Kalasseh.";
        assertPartOfAleppo(placeOf(text, names(text, "Aleppo", "Paris", "Aleppo", "Kalasseh"), "Kalasseh"),
                "Kalasseh");
    }

    @Test
    void aHeldNameFarFromTheLastMentionOfTheStorysCityStaysAName() {
        // "KABUL - ... Taliban-controlled Khakrez was bombed": a town of another province, named paragraphs later
        String text = "Jets struck Aleppo. Aleppo is besieged. Talks went on. "
                + "Two shells landed in rebel-held Kalasseh.";
        assertThat(placeOf(text, names(text, "Aleppo", "Aleppo", "Kalasseh"), "Kalasseh").resolved()).isFalse();
    }

    @Test
    void aNameWithAPartWordIsPartOfTheStorysCityAndSoIsItsBareName() {
        String text = "Jets struck Aleppo. Aleppo is besieged. Signs went up in the Kalasseh district. "
                + "Residents in Kalasseh fled.";
        List<Toponym> names = names(text, "Aleppo", "Aleppo", "Kalasseh|Kalasseh district|PART", "Kalasseh");
        List<PlaceMention> mentions = resolver.resolve("a1", text, names);
        assertPartOfAleppo(mentions.get(2).place(), "Kalasseh");
        assertPartOfAleppo(mentions.get(3).place(), "Kalasseh");
    }

    @Test
    void aNameWithOnlyAPrepositionStaysAName() {
        String text = "Jets struck Aleppo. Aleppo is besieged. Two shells landed in Kalasseh.";
        assertThat(placeOf(text, names(text, "Aleppo", "Aleppo", "Kalasseh"), "Kalasseh").resolved()).isFalse();
    }

    @Test
    void aHeldNameBesideAnotherAreaStaysAName() {
        // a village of Idlib province the gazetteer lacks, in a story of Aleppo
        String text = "Jets struck Aleppo. Aleppo is besieged. Shells hit rebel-held Kafr Foo in Idlib province.";
        List<Toponym> names = names(text, "Aleppo", "Aleppo", "Kafr Foo", "Idlib|Idlib province|AREA");
        assertThat(placeOf(text, names, "Kafr Foo").resolved()).isFalse();
    }

    @Test
    void aHeldNameInAStoryOfTwoCitiesStaysAName() {
        String text = "Jets struck Aleppo and Paris. Aleppo and Paris are at war. Shells hit rebel-held Kalasseh.";
        List<Toponym> names = names(text, "Aleppo", "Paris", "Aleppo", "Paris", "Kalasseh");
        assertThat(placeOf(text, names, "Kalasseh").resolved()).isFalse();
    }

    @Test
    void aCampIsNotPutInTheStorysCity() {
        // "Yida camp" in a story that names Khartoum most: a camp lies as often far from the town
        String text = "Jets struck Aleppo. Aleppo is besieged. Paris sent aid. It reached Foo camp.";
        List<Toponym> names = names(text, "Aleppo", "Aleppo", "Paris", "Foo|Foo camp|PART");
        Place camp = resolver.resolve("a1", text, names).get(3).place();
        // not the story's city by the story's count alone (the older fallback may still take the town before it)
        assertThat(camp.geonamesId()).isNotEqualTo(TinyGazetteer.ALEPPO);
    }

    @Test
    void aNeighbourhoodInAStoryOfOneCityIsThatCitysThoughTheCityWasNamedParagraphsBefore() {
        String text = "Jets struck Aleppo. Talks went on. Aleppo is besieged. Nobody slept. Schools shut. "
                + "The school lies on the edge of the edgy neighborhood of Kalasseh. Residents call Kalasseh home.";
        List<Toponym> names = names(text, "Aleppo", "Aleppo", "Kalasseh", "Kalasseh");
        List<PlaceMention> mentions = resolver.resolve("a1", text, names);
        assertPartOfAleppo(mentions.get(2).place(), "Kalasseh");
        assertPartOfAleppo(mentions.get(3).place(), "Kalasseh");
    }

    @Test
    void aNeighbourhoodInAStoryThatNamesItsCityOnceIsThatCitys() {
        // and in a story that names its city only in the dateline
        String dated = "ALEPPO - Riots broke out in the neighbourhood of Kalasseh.";
        List<Toponym> datedNames = List.of(new Toponym(new Span(0, 6), new Span(0, 6), "ALEPPO", Names.key("ALEPPO"),
                Toponym.Role.NAME, true, -1), names(dated, "Kalasseh").get(0));
        assertPartOfAleppo(placeOf(dated, datedNames, "Kalasseh"), "Kalasseh");
        String text = "Police in Aleppo said so. Nobody slept. Riots broke out in the neighbourhood of Kalasseh.";
        assertPartOfAleppo(placeOf(text, names(text, "Aleppo", "Kalasseh"), "Kalasseh"), "Kalasseh");
    }

    @Test
    void aDistrictFarFromTheLastMentionOfTheStorysCityStaysAName() {
        // "KABUL - ... Khakrez district" is a district of another province, not a part of the capital
        String text = "Jets struck Aleppo. Aleppo is besieged. Talks went on. Nobody slept. "
                + "Shells hit the district of Kalasseh.";
        assertThat(placeOf(text, names(text, "Aleppo", "Aleppo", "Kalasseh"), "Kalasseh").resolved()).isFalse();
    }

    @Test
    void aNeighbourhoodInAStoryOfTwoCitiesStaysAName() {
        String text = "Jets struck Aleppo. Paris sent aid. Nobody slept. Riots broke out in the quarter of Kalasseh.";
        assertThat(placeOf(text, names(text, "Aleppo", "Paris", "Kalasseh"), "Kalasseh").resolved()).isFalse();
    }

    @Test
    void aShareOfATownOrAPartOfItAfterAnIndefiniteArticleIsNoPartOfTheStorysCity() {
        // "a quarter of Kalasseh's residents" is a share, "a suburb of Kalasseh" makes it the whole (review of
        // session twenty-eight); "the quarter of Kalasseh" still names a part
        for (String phrase : new String[] {"Nearly a quarter of Kalasseh residents", "Riots spread to a suburb of Kalasseh",
            "Three quarters of Kalasseh voters"}) {
            String text = "Police in Aleppo said so. Nobody slept. " + phrase + " stayed home.";
            assertThat(placeOf(text, names(text, "Aleppo", "Kalasseh"), "Kalasseh").resolved()).as(phrase).isFalse();
        }
        String part = "Police in Aleppo said so. Nobody slept. Riots spread to the old quarter of Kalasseh.";
        assertPartOfAleppo(placeOf(part, names(part, "Aleppo", "Kalasseh"), "Kalasseh"), "Kalasseh");
    }

    @Test
    void aNameInAppositionToAPartOfACityIsThatCitys() {
        String[][] cases = {
            {"Talks in Paris went on. Riots broke out in Kalasseh, the Aleppo district, on Friday.", "Aleppo"},
            {"Talks in Paris went on. Riots broke out in Kalasseh, an edgy Aleppo neighbourhood.", "Aleppo"},
            {"Talks in Paris went on. Riots broke out in Kalasseh, a neighbourhood of Aleppo.", "Aleppo"},
        };
        for (String[] c : cases) {
            assertPartOfAleppo(placeOf(c[0], names(c[0], "Paris", "Kalasseh", c[1]), "Kalasseh"), "Kalasseh");
        }
        // a town in apposition to its city and no word for a part: no part of the city
        String town = "Talks in Paris went on. Riots broke out in Kalasseh, a town near Aleppo.";
        assertThat(placeOf(town, names(town, "Paris", "Kalasseh", "Aleppo"), "Kalasseh").resolved()).isFalse();
    }
}
