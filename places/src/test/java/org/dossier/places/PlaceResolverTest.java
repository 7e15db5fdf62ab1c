package org.dossier.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.Place.Precision;
import org.dossier.model.PlaceMention;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** Resolution over a tiny gazetteer and hand-made toponyms. */
class PlaceResolverTest {

    private static final Gazetteer GAZETTEER = TinyGazetteer.load();
    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceWords.standard());

    /** Toponyms for the names, found in order in the text, each as a plain name. */
    private static List<Toponym> names(String text, String... names) {
        List<Toponym> out = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int at = text.indexOf(name, from);
            Span span = new Span(at, at + name.length());
            out.add(new Toponym(span, span, name, Names.key(name), Toponym.Role.NAME, false, 0));
            from = at + name.length();
        }
        return out;
    }

    private List<Place> resolve(String text, List<Toponym> names) {
        return resolver.resolve("a1", text, names).stream().map(PlaceMention::place).toList();
    }

    @Test
    void aHomonymOfTheCountryWhoseDemonymTheArticleWritesMostIsTheCityWhereNoNameSaysACountry() {
        String text = "A Canadian firm's party in Caldermouth ended in a shooting, Canadian police said.";
        assertThat(resolve(text, names(text, "Caldermouth")).get(0).country()).isEqualTo("CA");
        String american = "Two American guests of a Canadian firm's party in Caldermouth, American police said.";
        assertThat(resolve(american, names(american, "Caldermouth")).get(0).country()).isEqualTo("US");
        // no demonym, or two countries' as often: too close to choose, as before
        String none = "A firm's party in Caldermouth ended in a shooting.";
        assertThat(resolve(none, names(none, "Caldermouth")).get(0).geonamesId()).isNull();
        String even = "An American guest of a Canadian firm's party in Caldermouth.";
        assertThat(resolve(even, names(even, "Caldermouth")).get(0).geonamesId()).isNull();
        // a country the article names speaks instead of the demonym
        String named = "A Canadian firm's party in Caldermouth, United States, ended in a shooting.";
        assertThat(resolve(named, names(named, "Caldermouth", "United States")).get(0).country()).isEqualTo("US");
    }

    @Test
    void anAreaAfterAPlaceItHoldsIsTheAreaThereOnly() {
        String text = "She was sworn in at Olympia, Washington. Talks in Washington went on.";
        List<Toponym> names = new ArrayList<>(names(text, "Olympia", "Washington", "Washington"));
        names.set(0, names.get(0).within(new Toponym.Within("US", "WA")));
        List<Place> places = resolve(text, names);
        assertThat(places.get(1).precision()).isEqualTo(Precision.ADMIN1);
        assertThat(places.get(1).admin1()).isEqualTo("WA");
        assertThat(places.get(2).geonamesId()).as("the bare name elsewhere").isEqualTo(4140963L);
    }

    @Test
    void aLargeCitysExonymIsTheCityWhereTheArticleNamesItsCountryOnly() {
        // an exonym is GeoNames' name of the city in any language, which English news may use for another place
        String named = "Trucks reached Velmora on Monday. Brazil sent more.";
        List<Place> places = resolve(named, names(named, "Velmora", "Brazil"));
        assertThat(places.get(0).geonamesId()).isEqualTo(TinyGazetteer.KOLMARSK);
        String elsewhere = "Trucks reached Velmora on Monday. Aleppo sent more.";
        places = resolve(elsewhere, names(elsewhere, "Velmora", "Aleppo"));
        assertThat(places.get(0).resolved()).as("its country named nowhere").isFalse();
        assertThat(places.get(1).geonamesId()).isEqualTo(TinyGazetteer.ALEPPO);
        // a word for an area after it: a district's name, which GeoNames lists among a city's names too
        String district = "Trucks reached the Velmora area on Monday. Brazil sent more.";
        Span name = new Span(district.indexOf("Velmora"), district.indexOf("Velmora") + "Velmora".length());
        Span mention = new Span(name.start(), name.end() + " area".length());
        List<Toponym> names = new ArrayList<>(names(district, "Velmora", "Brazil"));
        names.set(0, new Toponym(name, mention, "Velmora", "velmora", Toponym.Role.PART, false, 0));
        assertThat(resolve(district, names).get(0).resolved()).isFalse();
    }

    @Test
    void aNameOfAnotherSenseThatTheTextPutsInItsAreaIsTheTownThereAndAlone() {
        // "Jupiter" is a planet in most news and left unresolved; "Jupiter, Florida" is the town, and so is the bare
        // name in that article (a story uses a name in one sense)
        String text = "Voters in Jupiter, Florida, lined up. Jupiter has a new mayor.";
        List<Toponym> names = new ArrayList<>(names(text, "Jupiter", "Florida", "Jupiter"));
        names.set(0, names.get(0).within(new Toponym.Within("US", "FL")));
        List<Place> places = resolve(text, names);
        assertThat(places.get(0).geonamesId()).isEqualTo(4160610L);
        assertThat(places.get(2).geonamesId()).as("the bare name elsewhere").isEqualTo(4160610L);
        String planet = "Probes flew past Jupiter. Florida launched them.";
        assertThat(resolve(planet, names(planet, "Jupiter", "Florida")).get(0).resolved())
                .as("not put in its area: not the town").isFalse();
    }

    @Test
    void aSeaOrPlanetBeforeAStateThatBeginsTheNextClauseStaysUnresolved() {
        // a fronted phrase ends at the comma, and the state after it is the next clause's subject or modifier: the
        // ocean and the planet keep their own sense, in that mention and alone elsewhere in the article
        String ocean = "Tensions rose in the Pacific, Washington said. Ships crossed the Pacific.";
        List<Toponym> names = new ArrayList<>(names(ocean, "Pacific", "Washington", "Pacific"));
        names.set(0, names.get(0).within(new Toponym.Within("US", "WA")));
        List<Place> places = resolve(ocean, names);
        assertThat(places.get(0).resolved()).as("after 'the'").isFalse();
        assertThat(places.get(2).resolved()).as("the bare name elsewhere").isFalse();
        String planet = "The probe will reach Jupiter, Florida engineers said.";
        List<Toponym> probe = new ArrayList<>(names(planet, "Jupiter", "Florida"));
        probe.set(0, probe.get(0).within(new Toponym.Within("US", "FL")));
        assertThat(resolve(planet, probe).get(0).resolved()).as("the state runs on into a noun").isFalse();
        String town = "Voters in Pacific, Washington, lined up.";
        List<Toponym> voters = new ArrayList<>(names(town, "Pacific", "Washington"));
        voters.set(0, voters.get(0).within(new Toponym.Within("US", "WA")));
        assertThat(resolve(town, voters).get(0).geonamesId()).as("written as a town").isEqualTo(5806017L);
    }

    @Test
    void anAreaNamedBySpacedInitialsIsShownWithTheInitialsTogether() {
        // tokenized corpora write "D.C." as "D. C."; the place the later "D.C." takes shows the initials together
        String text = "She moved to Washington, D. C. in May. Rents in D.C. rose.";
        List<Place> places = resolve(text, names(text, "D. C.", "D.C."));
        assertThat(places).extracting(Place::admin1).containsExactly("DC", "DC");
        assertThat(places).extracting(Place::name).containsExactly("D.C.", "D.C.");
    }

    @Test
    void aNameListedWithOtherAreasOfItsCountryIsTheArea() {
        String text = "Sales were legal in Oregon, Washington and Texas by 2016. Talks in Washington went on.";
        List<Place> places = resolve(text, names(text, "Oregon", "Washington", "Texas", "Washington"));
        assertThat(places.get(1).precision()).isEqualTo(Precision.ADMIN1);
        assertThat(places.get(1).admin1()).isEqualTo("WA");
        assertThat(places.get(3).geonamesId()).as("the bare name elsewhere").isEqualTo(4140963L);
    }

    @Test
    void aCapitalListedWithItsNeighbouringAreasStaysTheCapital() {
        // the list names the capital with the states around it, not the distant state that shares its name
        String last = "Commuters in Maryland, Virginia and Washington waited.";
        assertThat(resolve(last, names(last, "Maryland", "Virginia", "Washington")).get(2).geonamesId())
                .isEqualTo(4140963L);
        String first = "Riders from Washington, Maryland and Virginia waited.";
        assertThat(resolve(first, names(first, "Washington", "Maryland", "Virginia")).get(0).geonamesId())
                .isEqualTo(4140963L);
        // a large city named like its own territory, listed with the state beside it
        String delhi = "Schools in Delhi and Haryana shut.";
        assertThat(resolve(delhi, names(delhi, "Delhi", "Haryana")).get(0).geonamesId()).isEqualTo(1273294L);
    }

    @Test
    void aNameBeforeTheAreaThatHoldsItIsNoList() {
        // the capital before its district stays the capital: a bare comma before an area that holds a place of the
        // name is no list
        String text = "Flights from Washington, District of Columbia";
        List<Place> places = resolve(text, names(text, "Washington", "District of Columbia"));
        assertThat(places.get(0).geonamesId()).isEqualTo(4140963L);
    }

    @Test
    void aCityADemonymPutsInItsAreaIsThatAreasThereAndAlone() {
        // England's Birmingham has five times the people of Alabama's: too few for the name alone in a story that
        // names the United States
        String text = "Meets in Portland, Oregon clash with the Games in the English city of Birmingham. Birmingham"
                + " is ready.";
        List<Toponym> names = new ArrayList<>(names(text, "Portland", "Oregon", "Birmingham", "Birmingham"));
        names.set(0, names.get(0).within(new Toponym.Within("US", "OR")));
        Toponym city = names.get(2);
        names.set(2, new Toponym(city.name(), city.span(), city.text(), city.key(), Toponym.Role.CITY, false, 0)
                .within(new Toponym.Within("GB", "ENG")));
        List<Place> places = resolve(text, names);
        assertThat(places.subList(2, 4)).extracting(Place::geonamesId).containsExactly(2655603L, 2655603L);
    }

    @Test
    void aNameTheTextPutsInItsOwnAreaIsThereWhateverCameBefore() {
        // each name with its area is that area's place; the first one only decides the bare names after it
        String text = "The English city of Birmingham hosted last year's, and Birmingham, Alabama will host the next;"
                + " Portland, Oregon and Portland, Maine too.";
        List<Toponym> names = new ArrayList<>(names(text, "Birmingham", "Birmingham", "Alabama", "Portland",
                "Oregon", "Portland", "Maine"));
        Toponym city = names.get(0);
        names.set(0, new Toponym(city.name(), city.span(), city.text(), city.key(), Toponym.Role.CITY, false, 0)
                .within(new Toponym.Within("GB", "ENG")));
        names.set(1, names.get(1).within(new Toponym.Within("US", "AL")));
        names.set(3, names.get(3).within(new Toponym.Within("US", "OR")));
        names.set(5, names.get(5).within(new Toponym.Within("US", "ME")));
        List<Place> places = resolve(text, names);
        assertThat(places).extracting(Place::geonamesId).element(0).isEqualTo(2655603L);
        assertThat(places).extracting(Place::geonamesId).element(1).isEqualTo(4049979L);
        assertThat(places).extracting(Place::geonamesId).element(3).isEqualTo(TinyGazetteer.PORTLAND_OR);
        assertThat(places).extracting(Place::geonamesId).element(5).isEqualTo(4975802L);
    }

    @Test
    void aHomonymAloneIsTheMostPopulous() {
        String text = "Talks opened in Paris.";
        assertThat(resolve(text, names(text, "Paris")).get(0).geonamesId()).isEqualTo(TinyGazetteer.PARIS_FR);
    }

    @Test
    void aHamletDoesNotMakeALargerHomonymDoubtful() {
        // Portland, Pennsylvania (600 people) lies near Philadelphia and in its state: it is still not what the name
        // means beside a city of 650,000
        String text = "Tolley moved to Philadelphia from Portland, where she taught.";
        assertThat(resolve(text, names(text, "Philadelphia", "Portland")).get(1).geonamesId())
                .isEqualTo(TinyGazetteer.PORTLAND_OR);
    }

    @Test
    void aNameOnlyAHamletHasIsTheHamletWhereTheArticleSupportsIt() {
        String text = "Storms hit Texas. In Tinyville, roofs were torn off.";
        assertThat(resolve(text, names(text, "Texas", "Tinyville")).get(1).geonamesId()).isEqualTo(9000003L);
    }

    @Test
    void aTownOfTenThousandThatAloneBearsItsNameIsItWithoutSupport() {
        // no country or neighbour named: with no homonym to choose from, the town of 22,000 is what the name means;
        // a town of 6,000 alone still needs the article's support (a town named near it gives it)
        String text = "The couple settled in Eastmoor in 1990.";
        assertThat(resolve(text, names(text, "Eastmoor")).get(0).geonamesId()).isEqualTo(9100001L);
        String alone = "The couple settled in Westmoor in 1990.";
        assertThat(resolve(alone, names(alone, "Westmoor")).get(0).geonamesId()).isNull();
        // never after "in", "near" or "outside", the name may be another thing NER tags as a place (a planet)
        String planet = "A probe photographed the storms of Eastmoor.";
        assertThat(resolve(planet, names(planet, "Eastmoor")).get(0).geonamesId()).isNull();
        // an article of another country: the name is something of that country the gazetteer lacks (an island)
        String abroad = "Ferries from Brazil landed in Eastmoor.";
        assertThat(resolve(abroad, names(abroad, "Brazil", "Eastmoor")).get(1).geonamesId()).isNull();
        // the first part of a country's name is that country's island, not a town abroad that alone bears it
        String island = "The goats were flown to a farm in Antigua.";
        assertThat(resolve(island, names(island, "Antigua")).get(0).geonamesId()).isNull();
    }

    @Test
    void aTownThatSharesItsNameWithAnAreaAbroadIsNoSoleBearer() {
        // the name is also a province of another country: the town is not the one place that bears it
        String text = "Diggers found old bricks in Northfen last year.";
        assertThat(resolve(text, names(text, "Northfen")).get(0).geonamesId()).isNull();
    }

    @Test
    void aPlaceTheGazetteerLacksInTheAreaTheTextPutsItInIsThatAreaNotANamesakeElsewhere() {
        // "Paris, Oregon": no Paris of Oregon in the gazetteer; the text says Oregon, so not France's or Texas's
        String text = "Bands played in Paris, Oregon, on Friday.";
        Span span = new Span(text.indexOf("Paris"), text.indexOf("Paris") + "Paris".length());
        Toponym paris = new Toponym(span, span, "Paris", Names.key("Paris"), Toponym.Role.NAME, false, 0)
                .within(new Toponym.Within("US", "OR"));
        Place place = resolve(text, List.of(paris, names(text, "Oregon").get(0))).get(0);
        assertThat(place.geonamesId()).isNull();
        assertThat(place.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(place.admin1()).isEqualTo("OR");
    }

    @Test
    void aCityTheGazetteerLacksInTheStateTheTextPutsItInIsThatStateNotANamesakeElsewhere() {
        // "the town of Portland, Texas": no Portland of Texas in the gazetteer; not Oregon's or Maine's
        String text = "Floods hit the town of Portland, Texas, on Friday.";
        Span span = new Span(text.indexOf("Portland"), text.indexOf("Portland") + "Portland".length());
        Toponym portland = new Toponym(span, span, "Portland", Names.key("Portland"), Toponym.Role.CITY, false, 0)
                .within(new Toponym.Within("US", "TX"));
        Place place = resolve(text, List.of(portland, names(text, "Texas").get(0))).get(0);
        assertThat(place.geonamesId()).isNull();
        assertThat(place.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(place.admin1()).isEqualTo("TX");
    }

    @Test
    void aHamletNeedsMoreThanItsCountryNamed() {
        String text = "Sales rose in the United States, where Tinyville opened a store.";
        assertThat(resolve(text, names(text, "United States", "Tinyville")).get(1).geonamesId()).isNull();
    }

    @Test
    void aSmallTownNeedsMoreThanItsCountryNamed() {
        // a town of 2,700 that alone bears the name: the article names only its country and not as where something
        // is, so the name is more likely a park or a neighbourhood elsewhere than the town; beside its state, it is
        String text = "Tourists in the United States strolled around Elm Park at dusk.";
        assertThat(resolve(text, names(text, "United States", "Elm Park")).get(1).geonamesId()).isNull();
        String inItsState = "Storms hit Oregon, and Elm Park lost its roofs.";
        assertThat(resolve(inItsState, names(inItsState, "Oregon", "Elm Park")).get(1).geonamesId())
                .isEqualTo(9000011L);
        // where the article says it is a town, or that something happened in it, the name is the town
        String town = "Tourists in the United States loved the town of Elm Park.";
        List<Toponym> townNames = new ArrayList<>(names(town, "United States", "Elm Park"));
        Toponym elmPark = townNames.get(1);
        townNames.set(1, new Toponym(elmPark.name(), elmPark.span(), elmPark.text(), elmPark.key(),
                Toponym.Role.CITY, false, 0));
        assertThat(resolve(town, townNames).get(1).geonamesId()).isEqualTo(9000011L);
        String measured = "A mine in the United States lies 50km south-west of Elm Park.";
        assertThat(resolve(measured, names(measured, "United States", "Elm Park")).get(1).geonamesId())
                .isEqualTo(9000011L);
        String where = "A trial in the United States opened in Elm Park on Monday.";
        assertThat(resolve(where, names(where, "United States", "Elm Park")).get(1).geonamesId())
                .isEqualTo(9000011L);
    }

    @Test
    void aNationalDomainDecidesAmongHomonymsWhereTheArticleNamesNoCountry() {
        // a town of 22,000 that the article puts nowhere: unsupported, it is left unresolved; a British site's
        // article is of Britain, so it is the English town
        String text = "Crews from Eastmoor fought the blaze until dawn.";
        List<Toponym> names = names(text, "Eastmoor");
        assertThat(resolver.resolve("a1", text, names, null, List.of(), null).get(0).place().geonamesId()).isNull();
        assertThat(resolver.resolve("a1", text, names, null, List.of(), "GB").get(0).place().geonamesId())
                .isEqualTo(9100001L);
        // it weighs less than a country the article names: a British site's story of Texas keeps Texas's Paris
        String abroad = "Storms hit Texas overnight. In Paris, roofs were torn off.";
        assertThat(resolver.resolve("a1", abroad, names(abroad, "Texas", "Paris"), null, List.of(), "FR").get(1)
                .place().geonamesId()).isEqualTo(4717560L);
    }

    @Test
    void anAreaAbroadIsNoGuessForACityLeftDoubtfulBetweenCountries() {
        // the English town has its site's support, the city abroad its size: neither leads enough, and the region
        // abroad named like its city would only guess the country, so the name is left unresolved
        String text = "Crews from Harrowby fought the blaze until dawn.";
        Place place = resolver.resolve("a1", text, names(text, "Harrowby"), null, List.of(), "GB").get(0).place();
        assertThat(place.precision()).isNotEqualTo(Precision.ADMIN1);
        assertThat(place.country()).isNull();
        // with nothing for the English town, the city abroad is what the name means
        assertThat(resolve(text, names(text, "Harrowby")).get(0).geonamesId()).isEqualTo(9100021L);
    }

    @Test
    void aCityOfMillionsKeepsItsRegionWhereItIsLeftDoubtfulAgainstASupportedHomonymAbroad() {
        // the Texas town has its state named beside it, the city abroad its millions: neither leads enough, and the
        // Texas town's support keeps the world city from winning outright; a city of millions is what its name means
        // abroad too, so its region, which at least gives the right country, is kept rather than nothing
        String text = "The investor, based in Corvanna, bought two ranches in Texas.";
        Place place = resolve(text, names(text, "Corvanna", "Texas")).get(0);
        assertThat(place.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(place.country()).isEqualTo("ID");
    }

    @Test
    void theCountryOfASitesAddressIsItsNationalDomainsOnly() {
        OutletCountries countries = OutletCountries.standard();
        assertThat(countries.countryOf("https://www.example-gazette.co.uk/news/fire.html")).isEqualTo("GB");
        assertThat(countries.countryOf("http://news.example.com.au/story")).isEqualTo("AU");
        assertThat(countries.countryOf("https://www.example.com/news")).isNull();
        assertThat(countries.countryOf("https://example.tv/clip")).isNull();
        assertThat(countries.countryOf(null)).isNull();
        assertThat(countries.countryOf("not an address")).isNull();
    }

    @Test
    void aPlaceNearASmallTownOnItsCountryAloneIsNotTheTown() {
        // "near" and "outside" open the span of a place near the name, so they do not exempt the small town (the
        // preposition check reads the word before the span); a change here must be judged on unseen data
        for (String word : List.of("near", "outside")) {
            String text = "Reporters in the United States waited " + word + " Elm Park.";
            List<Toponym> names = new ArrayList<>(names(text, "United States", word + " Elm Park"));
            int nameStart = text.indexOf("Elm Park");
            names.set(1, new Toponym(new Span(nameStart, nameStart + "Elm Park".length()), names.get(1).span(),
                    "Elm Park", Names.key("Elm Park"), Toponym.Role.PART, false, 0));
            assertThat(resolve(text, names).get(1).geonamesId()).as(word).isNull();
        }
    }

    @Test
    void theAdminAreaAndPlacesAnArticleNamesChooseAmongHomonyms() {
        String text = "Storms hit Texas. In Paris, near Houston, roofs were torn off.";
        List<Place> places = resolve(text, names(text, "Texas", "Paris", "Houston"));
        assertThat(places.get(0).precision()).isEqualTo(Precision.ADMIN1);
        assertThat(places.get(0).admin1()).isEqualTo("TX");
        assertThat(places.get(1).geonamesId()).isEqualTo(TinyGazetteer.PARIS_TX);
        assertThat(places.get(1).precision()).isEqualTo(Precision.PLACE);
    }

    @Test
    void anAreaNamedFarOffInTheTextDoesNotOutweighAFarLargerHomonym() {
        String filler = " The season went on, and the team played its games at home and away as it does.".repeat(10);
        String far = "He was born in Texas." + filler + " He was traded from Atlanta to Boston.";
        assertThat(resolve(far, names(far, "Texas", "Atlanta")).get(1).admin1()).isEqualTo("GA");
        String beside = "Storms hit Texas. In Atlanta, roofs were torn off.";
        assertThat(resolve(beside, names(beside, "Texas", "Atlanta")).get(1).admin1())
                .as("beside the name, the area still weighs").isNotEqualTo("GA");
    }

    @Test
    void theCountriesAnArticleNamesChooseAmongHomonyms() {
        String libya = "Fighting in Libya spread to Tripoli.";
        assertThat(resolve(libya, names(libya, "Libya", "Tripoli")).get(1).geonamesId())
                .isEqualTo(TinyGazetteer.TRIPOLI_LY);
        String lebanon = "Lebanon's army entered Tripoli.";
        assertThat(resolve(lebanon, names(lebanon, "Lebanon", "Tripoli")).get(1).geonamesId())
                .isEqualTo(TinyGazetteer.TRIPOLI_LB);
    }

    @Test
    void aNameSpelledOtherwiseIsTheSamePlaceOnlyInACountryTheArticleNames() {
        String syria = "Troops in Syria entered Saraqeb.";
        Place saraqeb = resolve(syria, names(syria, "Syria", "Saraqeb")).get(1);
        assertThat(saraqeb.geonamesId()).isEqualTo(164816L);
        assertThat(saraqeb.name()).isEqualTo("Saraqeb");
        String france = "Troops in France entered Saraqeb.";
        assertThat(resolve(france, names(france, "France", "Saraqeb")).get(1).resolved()).isFalse();
        String twoEdits = "Troops in Syria entered Saraqaba.";
        assertThat(resolve(twoEdits, names(twoEdits, "Syria", "Saraqaba")).get(1).resolved())
                .as("a short name two letters off is another name").isFalse();
    }

    @Test
    void aNameSpelledOtherwiseIsNoPlaceOfAnAreaTheArticleDoesNotNameWhereItNamesOthersOfTheCountry() {
        // an Oklahoma village one letter off an unknown name of an Oregon story is a coincidence of the many small
        // names of the country, not the name spelled otherwise; in an Oklahoma story it is the village
        String oregon = "Police of the United States in Oregon searched Lakemant.";
        assertThat(resolve(oregon, names(oregon, "United States", "Oregon", "Lakemant")).get(2).resolved()).isFalse();
        String oklahoma = "Police of the United States in Oklahoma searched Lakemant.";
        assertThat(resolve(oklahoma, names(oklahoma, "United States", "Oklahoma", "Lakemant")).get(2).geonamesId())
                .isEqualTo(9000005L);
        String country = "Police of the United States searched Lakemant.";
        assertThat(resolve(country, names(country, "United States", "Lakemant")).get(1).geonamesId())
                .as("no area of the country named: the country's village").isEqualTo(9000005L);
    }

    @Test
    void aWordOfAPersonsOrOrganizationsNameIsNoPlaceSpelledOtherwise() {
        // a painter NER also tags as a place: one letter off a Syrian town, yet a person of the article
        String text = "In Syria, a portrait by Anna Saraqeb was sold. Saraqeb painted it in 1900.";
        int at = text.indexOf("Anna Saraqeb");
        Mention painter = new Mention("a1", new Span(at, at + "Anna Saraqeb".length()), "Anna Saraqeb",
                EntityType.PERSON);
        int last = text.lastIndexOf("Saraqeb");
        Span tagged = new Span(last, last + "Saraqeb".length());
        List<Toponym> names = List.of(names(text, "Syria").get(0),
                new Toponym(tagged, tagged, "Saraqeb", Names.key("Saraqeb"), Toponym.Role.NAME, false, 0));
        assertThat(resolver.resolve("a1", text, names, null, List.of(painter)).get(1).place().resolved()).isFalse();
        assertThat(resolver.resolve("a1", text, names, null, List.of()).get(1).place().geonamesId())
                .as("with no person of that name, the town").isEqualTo(164816L);
    }

    @Test
    void anAreasEnglishNameMeansItOnlyWhereNoPlaceHasTheName() {
        String java = "Floods hit West Java.";
        Place westJava = resolve(java, names(java, "West Java")).get(0);
        assertThat(westJava.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(westJava.admin1()).isEqualTo("30");
        String gaza = "Jets struck Gaza.";
        assertThat(resolve(gaza, names(gaza, "Gaza")).get(0).geonamesId()).isEqualTo(281133L);
    }

    @Test
    void anAreaOfACountryTheArticleDoesNotNameYieldsToACityOfOneItDoes() {
        String text = "Jets hit the Gaza region of Palestine. Hospitals in Gaza ran out of fuel.";
        List<Toponym> names = new ArrayList<>();
        names.add(area(text, "Gaza region", "Gaza"));
        names.addAll(names(text, "Palestine"));
        int bare = text.lastIndexOf("Gaza");
        Span bareSpan = new Span(bare, bare + 4);
        names.add(new Toponym(bareSpan, bareSpan, "Gaza", "gaza", Toponym.Role.NAME, false, 0));
        List<Place> places = resolve(text, names);
        assertThat(places.get(0).country()).as("the Gaza region").isEqualTo("PS");
        assertThat(places.get(2).geonamesId()).as("Gaza").isEqualTo(281133L);
        String england = "Troops from the United States trained in England.";
        Place area = resolve(england, names(england, "United States", "England")).get(1);
        assertThat(area.country()).as("a small town does not outweigh an area").isEqualTo("GB");
    }

    @Test
    void aCountrysNameIsAStateWhereTheArticleIsSetAmongThePlacesOfThatCountryAlone() {
        String home = "She grew up in rural Georgia and now works in Houston.";
        Place state = resolve(home, names(home, "Georgia", "Houston")).get(0);
        assertThat(state.country()).as("one place of the United States, no other country").isEqualTo("US");
        assertThat(state.admin1()).isEqualTo("GA");
        String talks = "Envoys met in Houston and Beirut to discuss Georgia.";
        assertThat(resolve(talks, names(talks, "Houston", "Beirut", "Georgia")).get(2).country())
                .as("another country named").isEqualTo("GE");
    }

    @Test
    void aCountrysNameIsAStateOfTheCountryWhoseStatesTheArticleNames() {
        String storm = "Storms hit Texas and Oregon, then Georgia.";
        Place state = resolve(storm, names(storm, "Texas", "Oregon", "Georgia")).get(2);
        assertThat(state.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(state.country()).isEqualTo("US");
        assertThat(state.admin1()).isEqualTo("GA");
        String war = "The United States condemned the attack on Georgia.";
        assertThat(resolve(war, names(war, "United States", "Georgia")).get(1).country()).isEqualTo("GE");
        String strait = "Jets from Fujian and Beijing flew near Taiwan.";
        assertThat(resolve(strait, names(strait, "Fujian", "Beijing", "Taiwan")).get(2).country())
                .as("an area on the country's own land").isEqualTo("TW");
    }

    @Test
    void namesThatAreNotPlacesStayNames() {
        String text = "A rover built in Texas landed on Mars, far from North America.";
        List<Place> places = resolve(text, names(text, "Texas", "Mars", "North America"));
        assertThat(places.get(1).resolved()).as("Mars").isFalse();
        assertThat(places.get(2).resolved()).as("North America").isFalse();
    }

    @Test
    void anAreaWithoutACodeIsTakenOnlyWithAWordForItsKindInACountryTheArticleNames() {
        String sudan = "Sudan's army shelled Blue Nile state and Blue Nile.";
        List<Toponym> names = new ArrayList<>(names(sudan, "Sudan"));
        names.add(area(sudan, "Blue Nile state", "Blue Nile"));
        int bare = sudan.lastIndexOf("Blue Nile");
        Span bareSpan = new Span(bare, bare + "Blue Nile".length());
        names.add(new Toponym(bareSpan, bareSpan, "Blue Nile", Names.key("Blue Nile"), Toponym.Role.NAME, false, 0));
        List<Place> places = resolve(sudan, names);
        assertThat(places.get(1).country()).isEqualTo("SD");
        assertThat(places.get(1).precision()).isEqualTo(Precision.ADMIN1);
        assertThat(places.get(1).admin1()).isNull();
        String elsewhere = "Tourists in France saw Blue Nile state.";
        List<Toponym> abroad = new ArrayList<>(names(elsewhere, "France"));
        abroad.add(area(elsewhere, "Blue Nile state", "Blue Nile"));
        assertThat(resolve(elsewhere, abroad).get(1).resolved()).isFalse();
        String alone = "Sudan's army shelled Blue Nile.";
        assertThat(resolve(alone, names(alone, "Sudan", "Blue Nile")).get(1).resolved()).as("named alone").isFalse();
    }

    /** A toponym of an area: the name and the word for its kind after it. */
    private static Toponym area(String text, String phrase, String name) {
        int at = text.indexOf(phrase);
        Span span = new Span(at, at + phrase.length());
        Span nameSpan = new Span(at, at + name.length());
        return new Toponym(nameSpan, span, name, Names.key(name), Toponym.Role.AREA, false, 0);
    }

    @Test
    void aNameSkeletonKeepsFirstLettersAndConsonants() {
        assertThat(Names.skeleton("saraqeb")).isEqualTo(Names.skeleton("saraqib")).isEqualTo("srqb");
        assertThat(Names.skeleton("khan younis")).isEqualTo(Names.skeleton("khan yunis"));
        assertThat(Names.skeleton("ua")).isNull();
        assertThat(Names.editDistance("saraqeb", "saraqib")).isEqualTo(1);
        assertThat(Names.editDistance("herero", "herrera")).isEqualTo(2);
        assertThat(Names.editDistance("", "abc")).isEqualTo(3);
    }

    @Test
    void aDatelineWeighsMoreThanAPassingMention() {
        String text = "BEIRUT - A minister said Libya would help. Tripoli's mayor agreed.";
        List<Toponym> names = new ArrayList<>(names(text, "BEIRUT", "Libya", "Tripoli"));
        Toponym beirut = names.get(0);
        names.set(0, new Toponym(beirut.name(), beirut.span(), beirut.text(), beirut.key(), beirut.role(), true, 0));
        assertThat(resolve(text, names).get(2).geonamesId()).isEqualTo(TinyGazetteer.TRIPOLI_LB);
    }

    @Test
    void aSmallTownsDatelineSupportsTheTownsNearItThroughTheWholeReport() {
        String filler = " A goat wandered onto the lane and a tow truck hauled the car off.".repeat(12);
        String text = "TAYLORVILLE - The following are arrest reports." + filler
                + " Rory T. Vance, 27, Macon, was cited for a broken fence.";
        List<Toponym> names = new ArrayList<>(names(text, "TAYLORVILLE", "Macon"));
        Toponym dateline = names.get(0);
        names.set(0, new Toponym(dateline.name(), dateline.span(), dateline.text(), dateline.key(), dateline.role(),
                true, 0));
        assertThat(resolve(text, names).get(1).admin1()).isEqualTo("IL");
        // the same town named in passing, not as the dateline, does not make the village the place
        List<Toponym> passing = names(text, "TAYLORVILLE", "Macon");
        assertThat(resolve(text, passing).get(1).admin1()).isNotEqualTo("IL");
    }

    @Test
    void anOutletNamedForItsTownSupportsTheHomonymsInItsArea() {
        // no other place in the text: the outlet's town says which Decatur a local weekly means
        String text = "The council of Decatur approved the new library on Monday.";
        List<Place> withOutlet = resolver.resolve("a1", text, names(text, "Decatur"), "The Atlanta Courier").stream()
                .map(PlaceMention::place).toList();
        assertThat(withOutlet.get(0).admin1()).isEqualTo("GA");
        assertThat(resolve(text, names(text, "Decatur")).get(0).admin1()).as("no outlet: no clear homonym")
                .isNull();
        // a town too small to be what an outlet is named for by its name alone (the gazetteer's Mars has 1,700)
        List<Place> smallTown = resolver.resolve("a1", text, names(text, "Decatur"), "Mars Weekly").stream()
                .map(PlaceMention::place).toList();
        assertThat(smallTown.get(0).admin1()).isNull();
    }

    @Test
    void anAreaInsideAnOrganizationsNameSupportsTheHomonymBesideIt() {
        // the state is no place mention here, but says which Morgantown the sentence means
        String text = "The lab of West Virginia University near Morgantown hired two chemists.";
        int at = text.indexOf("West Virginia University");
        Mention university = new Mention("a1", new Span(at, at + "West Virginia University".length()),
                "West Virginia University", EntityType.ORGANIZATION);
        List<Place> places = resolver.resolve("a1", text, names(text, "Morgantown"), null, List.of(university))
                .stream().map(PlaceMention::place).toList();
        assertThat(places.get(0).admin1()).isEqualTo("WV");
        assertThat(resolve(text, names(text, "Morgantown")).get(0).admin1()).as("without the organization").isNull();
        // a team's name is no institution's: it plays far from its state
        String game = "The West Virginia Owls played in Morgantown.";
        int teamAt = game.indexOf("West Virginia Owls");
        Mention team = new Mention("a1", new Span(teamAt, teamAt + "West Virginia Owls".length()),
                "West Virginia Owls", EntityType.ORGANIZATION);
        assertThat(resolver.resolve("a1", game, names(game, "Morgantown"), null, List.of(team)).get(0).place()
                .admin1()).isNull();
    }

    @Test
    void anOutletsTownDoesNotOutweighTheAreaTheStoryNamesBesideTheName() {
        // a city's daily prints stories from far off: the state said beside the name outweighs the outlet's state
        String text = "Officials in Illinois said the plant in Decatur would close in the spring.";
        List<Place> places = resolver.resolve("a1", text, names(text, "Illinois", "Decatur"), "The Atlanta Courier")
                .stream().map(PlaceMention::place).toList();
        assertThat(places.get(1).admin1()).isNotEqualTo("GA");
    }

    @Test
    void anInstitutionNamedTwiceFarFromAHomonymIsOneNameNotTwoThatAgree() {
        // far from the name, an area takes two names that agree; the same institution said twice is one
        String filler = " The board met for hours and talked of fees, rooms and the long winter ahead.".repeat(9);
        String text = "A report by Alabama State University came out." + filler
                + " Alabama State University will answer questions." + filler + " The mayor of Dalton Springs quit.";
        List<Mention> twice = new ArrayList<>();
        for (int at = text.indexOf("Alabama State University"); at >= 0;
                at = text.indexOf("Alabama State University", at + 1)) {
            twice.add(new Mention("a1", new Span(at, at + "Alabama State University".length()),
                    "Alabama State University", EntityType.ORGANIZATION));
        }
        assertThat(twice).hasSize(2);
        List<Place> places = resolver.resolve("a1", text, names(text, "Dalton Springs"), null, twice).stream()
                .map(PlaceMention::place).toList();
        assertThat(places.get(0).admin1()).isNull();
    }

    @Test
    void anOutletsTownDoesNotSupportAHomonymNearItAcrossAnAreaBorder() {
        // the gazetteer's made-up Dalton Springs of Alabama lies 100 km from Atlanta, but not in Georgia
        String text = "The mayor of Dalton Springs resigned on Monday.";
        List<Place> places = resolver.resolve("a1", text, names(text, "Dalton Springs"), "The Atlanta Courier")
                .stream().map(PlaceMention::place).toList();
        assertThat(places.get(0).admin1()).isNull();
    }

    @Test
    void aSmallTownsDatelineDoesNotMoveACapitalIntoItsState() {
        String filler = " A goat wandered onto the lane and a tow truck hauled the car off.".repeat(12);
        String text = "TAYLORVILLE - A student came home." + filler + " She had studied in Paris for a year.";
        List<Toponym> names = new ArrayList<>(names(text, "TAYLORVILLE", "Paris"));
        Toponym dateline = names.get(0);
        names.set(0, new Toponym(dateline.name(), dateline.span(), dateline.text(), dateline.key(), dateline.role(),
                true, 0));

        assertThat(resolve(text, names).get(1).geonamesId()).isEqualTo(TinyGazetteer.PARIS_FR);
    }

    @Test
    void aCityOfMillionsIsItsNameBesideAFarSmallerHomonymThatOnlyItsCountrySupports() {
        String text = "Awards went to people of the United States and Canada. The ceremony was held in Paris.";
        assertThat(resolve(text, names(text, "United States", "Canada", "Paris")).get(2).geonamesId())
                .isEqualTo(TinyGazetteer.PARIS_FR);
        // a city of millions whose other name it is does not outweigh the place whose own name it is
        String pueblo = "People of Canada, of Canada again and of the United States came. Her father was Pueblo.";
        // (Pueblo, Colorado, or no place: a word of doubt, never Puebla)
        assertThat(resolve(pueblo, names(pueblo, "Canada", "Canada", "United States", "Pueblo")).get(3).geonamesId())
                .isIn(null, 5435464L);
        // the homonym's area named beside it keeps the doubt, or wins
        String texas = "Storms hit Texas. In Paris, roofs were torn off.";
        assertThat(resolve(texas, names(texas, "Texas", "Paris")).get(1).geonamesId())
                .isIn(null, TinyGazetteer.PARIS_TX);
    }

    @Test
    void aPartOfACityIsTheCityAtCoarserPrecision() {
        String text = "Shelling hit east Aleppo.";
        int at = text.indexOf("Aleppo");
        Toponym t = new Toponym(new Span(at, at + 6), new Span(text.indexOf("east"), at + 6), "Aleppo", "aleppo",
                Toponym.Role.PART, false, 0);
        Place p = resolve(text, List.of(t)).get(0);
        assertThat(p.geonamesId()).isEqualTo(TinyGazetteer.ALEPPO);
        assertThat(p.precision()).isEqualTo(Precision.NEAR_PLACE);
        assertThat(p.name()).isEqualTo("Aleppo");
    }

    @Test
    void aSectionOfACityIsThatCityNearby() {
        String text = "Crowds gathered in West Jerusalem.";
        Place p = resolve(text, names(text, "West Jerusalem")).get(0);
        assertThat(p.geonamesId()).isEqualTo(281184L);
        assertThat(p.precision()).isEqualTo(Precision.NEAR_PLACE);
    }

    @Test
    void aNameWithAnAreaWordIsTheAdminArea() {
        String text = "Airstrikes hit Idlib province.";
        int at = text.indexOf("Idlib");
        Toponym t = new Toponym(new Span(at, at + 5), new Span(at, at + 14), "Idlib", "idlib", Toponym.Role.AREA,
                false, 0);
        Place p = resolve(text, List.of(t)).get(0);
        assertThat(p.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(p.country()).isEqualTo("SY");
        assertThat(p.admin1()).isEqualTo("12");
        assertThat(p.geonamesId()).isNull();
    }

    @Test
    void countriesByNameAliasAndDemonymOfTerritory() {
        String text = "The U.S. and Syria met. Shells fell on Syrian soil.";
        List<Toponym> names = new ArrayList<>(names(text, "U.S.", "Syria"));
        int at = text.indexOf("Syrian");
        names.add(new Toponym(new Span(at, at + 6), new Span(at, at + 11), "Syrian", "syrian",
                Toponym.Role.TERRITORY, false, 0));
        List<Place> places = resolve(text, names);
        assertThat(places).extracting(Place::country).containsExactly("US", "SY", "SY");
        assertThat(places).extracting(Place::precision).containsOnly(Precision.COUNTRY);
    }

    @Test
    void whatCannotBeResolvedWithConfidenceStaysAName() {
        String text = "Refugees reached Atlantis. Others went to Smallville. Some went to France.";
        List<Place> places = resolve(text, names(text, "Atlantis", "Smallville", "France"));
        // unknown, and a village of 2,000 people abroad that nothing in the article supports
        assertThat(places.get(0)).isEqualTo(Place.unresolved("Atlantis"));
        assertThat(places.get(1).resolved()).isFalse();
        assertThat(places.get(1).lat()).isNull();
        assertThat(places.get(2).country()).isEqualTo("FR");
    }

    @Test
    void theSameNameResolvesTheSameWayThroughAnArticle() {
        String text = "Paris. Texas. Paris again.";
        List<Place> places = resolve(text, names(text, "Paris", "Texas", "Paris"));
        assertThat(places.get(0)).isEqualTo(places.get(2));
        assertThat(places.get(0).country()).isEqualTo("US");
    }

    private static Toponym role(String text, String name, String span, Toponym.Role role) {
        int at = text.indexOf(name);
        int from = text.indexOf(span);
        Span whole = new Span(Math.min(at, from), Math.max(at + name.length(), from + span.length()));
        return new Toponym(new Span(at, at + name.length()), whole, name, Names.key(name), role, false, 0);
    }

    @Test
    void aBareNameIsTheAreaWhereTheArticleCallsItAnAreaButTheCityWhereTheTextSaysSo() {
        String text = "Jets hit Idlib province. Thousands flee Idlib. In the town of Idlib shops shut.";
        List<Toponym> names = new ArrayList<>();
        names.add(role(text, "Idlib", "Idlib province", Toponym.Role.AREA));
        int second = text.indexOf("Idlib", text.indexOf("flee"));
        names.add(new Toponym(new Span(second, second + 5), new Span(second, second + 5), "Idlib", "idlib",
                Toponym.Role.NAME, false, 0));
        int third = text.lastIndexOf("Idlib");
        names.add(new Toponym(new Span(third, third + 5), new Span(third, third + 5), "Idlib", "idlib",
                Toponym.Role.CITY, false, 0));
        List<Place> places = resolve(text, names);
        assertThat(places).extracting(Place::precision)
                .containsExactly(Precision.ADMIN1, Precision.ADMIN1, Precision.PLACE);
        assertThat(places.get(2).geonamesId()).isEqualTo(169389L);
        // without "province", the bare name is the city, its area's seat
        String alone = "Thousands flee Idlib.";
        assertThat(resolve(alone, names(alone, "Idlib")).get(0).precision()).isEqualTo(Precision.PLACE);
    }

    @Test
    void theProvinceOfANameIsTheAreaThereOnlyAndTheBareNameStaysTheCity() {
        String text = "Jets hit the province of Idlib. Thousands flee Idlib.";
        List<Toponym> names = new ArrayList<>();
        int first = text.indexOf("Idlib");
        names.add(new Toponym(new Span(first, first + 5), new Span(first, first + 5), "Idlib", "idlib",
                Toponym.Role.AREA, false, 0));
        int second = text.lastIndexOf("Idlib");
        names.add(new Toponym(new Span(second, second + 5), new Span(second, second + 5), "Idlib", "idlib",
                Toponym.Role.NAME, false, 0));
        assertThat(resolve(text, names)).extracting(Place::precision)
                .containsExactly(Precision.ADMIN1, Precision.PLACE);
    }

    @Test
    void placesResolvedFirstSupportASmallTownNearThem() {
        String text = "A bank in Woodburn, 30 miles south of Portland, was robbed.";
        List<Place> places = resolve(text, names(text, "Woodburn", "Portland"));
        assertThat(places.get(1).geonamesId()).isEqualTo(TinyGazetteer.PORTLAND_OR);
        assertThat(places.get(0).geonamesId()).isEqualTo(TinyGazetteer.WOODBURN_OR);
        // alone, a town of 25,000 with a homonym stays a name
        String alone = "A bank in Woodburn was robbed.";
        assertThat(resolve(alone, names(alone, "Woodburn")).get(0).resolved()).isFalse();
    }

    @Test
    void theNameOfAnAreaBelowTheFirstLevelIsItsSeatTown() {
        String text = "He was attacked in Rochdale. Essex police were called.";
        List<Place> places = resolve(text, names(text, "Rochdale", "Essex"));
        assertThat(places.get(0).geonamesId()).isEqualTo(TinyGazetteer.ROCHDALE);
        assertThat(places.get(0).precision()).isEqualTo(Precision.PLACE);
        // a lower area with no town of its name is still its first-level area
        assertThat(places.get(1).precision()).isEqualTo(Precision.ADMIN1);
        assertThat(places.get(1).admin1()).isEqualTo("ENG");
    }

    @Test
    void anUntaggedNameIsKeptWhereNerTagsTheSameNameElsewhereAsThatPlace() {
        String text = "The Rochdale man was charged. Police in Rochdale said so.";
        List<Toponym> names = new ArrayList<>(names(text, "Rochdale", "Rochdale"));
        names.set(0, names.get(0).asUntagged());
        assertThat(resolve(text, names)).extracting(Place::geonamesId).hasSize(2).doesNotContainNull()
                .containsOnly(resolve(text, names.subList(1, 2)).get(0).geonamesId());
        // a name the article tags nowhere still needs a country the article names
        String alone = "The Rochdale man was charged. Police in Decatur said so.";
        List<Toponym> other = new ArrayList<>(names(alone, "Rochdale", "Decatur"));
        other.set(0, other.get(0).asUntagged());
        assertThat(resolver.resolve("a1", alone, other)).extracting(PlaceMention::text).containsExactly("Decatur");
    }

    @Test
    void anUntaggedNameIsKeptOnlyWhereTheArticlePutsItsCountry() {
        String brazil = "Fires hit Brazil, burning in Mato Grosso and Paraná.";
        List<Toponym> names = new ArrayList<>(names(brazil, "Brazil"));
        names.add(names(brazil, "Mato Grosso").get(0).asUntagged());
        List<Place> places = resolve(brazil, names);
        assertThat(places).hasSize(2);
        assertThat(places.get(1).admin1()).isEqualTo("14");
        String elsewhere = "The Mato Grosso band played in Paris.";
        List<Toponym> other = List.of(names(elsewhere, "Mato Grosso").get(0).asUntagged(),
                names(elsewhere, "Paris").get(0));
        assertThat(resolver.resolve("a1", elsewhere, other)).extracting(PlaceMention::text).containsExactly("Paris");
        // an untagged country needs no support
        String country = "A Brazil expert spoke.";
        assertThat(resolve(country, List.of(names(country, "Brazil").get(0).asUntagged())))
                .extracting(Place::country).containsExactly("BR");
    }

    @Test
    void aNameTheTextPutsInItsAreaIsThePlaceThereAlsoWhenUsedAlone() {
        String text = "Portland saw snow. A ship left Portland, ME, for Atlanta, TX, and Toronto, ON.";
        List<Toponym> names = new ArrayList<>(names(text, "Portland", "Portland", "ME", "Atlanta", "TX", "Toronto",
                "ON"));
        names.set(1, names.get(1).within(new Toponym.Within("US", "ME")));
        names.set(3, names.get(3).within(new Toponym.Within("US", "TX")));
        names.set(4, names.get(4).within(new Toponym.Within("US", "TX")));
        names.set(5, names.get(5).within(new Toponym.Within("CA", "08")));
        names.set(6, names.get(6).within(new Toponym.Within("CA", "08")));
        List<Place> places = resolve(text, names);
        // Portland, Oregon is ten times as large, Atlanta, Georgia eighty times
        assertThat(places.get(0).geonamesId()).isEqualTo(4975802L);
        assertThat(places.get(1).geonamesId()).isEqualTo(4975802L);
        assertThat(places.get(3).geonamesId()).isEqualTo(4671524L);
        assertThat(places.get(4).precision()).isEqualTo(Place.Precision.ADMIN1);
        assertThat(places.get(4).admin1()).isEqualTo("TX");
        assertThat(places.get(5).geonamesId()).isEqualTo(6167865L);
        assertThat(places.get(6).country()).isEqualTo("CA");
        assertThat(places.get(6).admin1()).isEqualTo("08");
    }
}
