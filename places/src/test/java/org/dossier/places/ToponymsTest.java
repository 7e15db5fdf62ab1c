package org.dossier.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.junit.jupiter.api.Test;

/** Finding place names and the words around them, over hand-made tokens and NER mentions. */
class ToponymsTest {

    private final Toponyms toponyms = new Toponyms(TinyGazetteer.load(), PlaceWords.standard());

    /** One sentence of the space-separated words, with the given words tagged as one location each. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(new Span(at, at + word.length()), word, word, "NN", "O"));
            at += word.length() + 1;
        }
        return new Sentence(0, new Span(0, text.length()), tokens);
    }

    private static Mention location(String text, String name) {
        int at = text.indexOf(name);
        return new Mention("a1", new Span(at, at + name.length()), name, EntityType.LOCATION);
    }

    private List<Toponym> find(String text, String dateline, String... locations) {
        List<Mention> mentions = new ArrayList<>();
        for (String l : locations) {
            mentions.add(location(text, l));
        }
        return toponyms.find(text, List.of(sentence(text)), mentions, dateline);
    }

    @Test
    void aWordForAPartJoinedByAHyphenMakesItAPart() {
        // as CoreNLP splits "Paris-area": the name, the hyphen and the word, with no space between
        String text = "Paris-area sales rose";
        List<Token> tokens = List.of(new Token(new Span(0, 5), "Paris", "Paris", "NNP", "O"),
                new Token(new Span(5, 6), "-", "-", "HYPH", "O"), new Token(new Span(6, 10), "area", "area", "NN", "O"),
                new Token(new Span(11, 16), "sales", "sales", "NNS", "O"),
                new Token(new Span(17, 21), "rose", "rose", "VBD", "O"));
        List<Toponym> found = toponyms.find(text, List.of(new Sentence(0, new Span(0, text.length()), tokens)),
                List.of(location(text, "Paris")), null);
        assertThat(found).extracting(Toponym::role).containsExactly(Toponym.Role.PART);
        assertThat(found.get(0).span().of(text)).isEqualTo("Paris-area");
    }

    @Test
    void aDemonymBeforeAWordForACityPutsTheCityInItsCountryOrArea() {
        String text = "Games in the English city of Birmingham , the northern Syrian town of Idlib and the city of "
                + "Paris";
        List<Toponym> found = find(text, null, "Birmingham", "Idlib", "Paris");
        assertThat(found).extracting(Toponym::role).containsOnly(Toponym.Role.CITY);
        assertThat(found).extracting(Toponym::within).containsExactly(new Toponym.Within("GB", "ENG"),
                new Toponym.Within("SY", null), null);
    }

    @Test
    void aCountrysNameThatNerSplitAtItsAndIsOneName() {
        String text = "They meet Antigua and Barbuda on May 9 , then France and Syria and Antigua alone";
        List<Toponym> found = find(text, null, "Antigua", "Barbuda", "France", "Syria");
        // not two names joined by "and" that make no country together; the last "Antigua" an echo of the tagged one
        assertThat(found).extracting(Toponym::text).containsExactly("Antigua and Barbuda", "France", "Syria",
                "Antigua");
        assertThat(found.get(0).key()).isEqualTo(Names.key("Antigua and Barbuda"));
        // the sentence's full stop and a possessive stay out of the name, and the possessive is no bar to it
        String held = "The games were held in Antigua and Barbuda. Antigua and Barbuda's prime minister spoke"
                + " with Bosnia and Herzegovina’s neighbours.";
        List<Toponym> joined = find(held, null, "Antigua", "Barbuda", "Antigua", "Barbuda", "Bosnia",
                "Herzegovina");
        assertThat(joined).extracting(t -> t.span().of(held)).containsExactly("Antigua and Barbuda",
                "Antigua and Barbuda", "Bosnia and Herzegovina");
        assertThat(joined).extracting(Toponym::key).containsExactly(Names.key("Antigua and Barbuda"),
                Names.key("Antigua and Barbuda"), Names.key("Bosnia and Herzegovina"));
    }

    @Test
    void wordsAroundANameMakeItAnAreaOrAPart() {
        String text = "Jets struck Idlib province and east Aleppo and the outskirts of Paris";
        List<Toponym> found = find(text, null, "Idlib", "Aleppo", "Paris");
        assertThat(found).extracting(Toponym::role)
                .containsExactly(Toponym.Role.AREA, Toponym.Role.PART, Toponym.Role.PART);
        assertThat(found).extracting(t -> t.span().of(text))
                .containsExactly("Idlib province", "east Aleppo", "outskirts of Paris");
        assertThat(found).extracting(Toponym::key).containsExactly("idlib", "aleppo", "paris");
    }

    @Test
    void aWordBeforeThatIsPartOfTheNameStaysInIt() {
        String text = "Refugees crossed into South Sudan";
        List<Toponym> found = find(text, null, "Sudan");
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("south sudan");
            assertThat(t.role()).isEqualTo(Toponym.Role.NAME);
        });
    }

    @Test
    void aCityBeforeAPlayersRoleIsATeamNotAPlace() {
        // a country's name counts as written, also for its team
        String text = "The Portland quarterback and a Brazil striker met in Portland";
        int last = text.lastIndexOf("Portland");
        List<Mention> mentions = List.of(location(text, "Portland"), location(text, "Brazil"),
                new Mention("a1", new Span(last, last + 8), "Portland", EntityType.LOCATION));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("Brazil"),
                text.lastIndexOf("Portland"));
    }

    @Test
    void aRoleWithAnotherSenseOrAStateBeforeARoleIsATeamOnlyBeforeAName() {
        // a worker on strike, a court's receiver, one who receives stolen goods; a state's college or player
        for (String text : List.of("A Portland striker said the union would not give up",
                "A Portland receiver appointed by the court sold the plant",
                "He was a Portland receiver of stolen goods", "A Texas quarterback was hurt")) {
            String name = text.contains("Texas") ? "Texas" : "Portland";
            assertThat(find(text, null, name)).as(text).extracting(Toponym::text).containsExactly(name);
        }
        // a player's name after the role: the team
        for (String text : List.of("Portland striker Jozy Altidore scored", "Texas quarterback Sam Ehlinger ran",
                "Portland defenseman Erik Gudbranson left")) {
            String name = text.contains("Texas") ? "Texas" : "Portland";
            assertThat(find(text, null, name)).as(text).isEmpty();
        }
    }

    @Test
    void aNameOutletsWriteWithALowerCaseDirectionKeepsIt() {
        // AP writes "east Jerusalem": East Jerusalem, not the east of (Israel's) Jerusalem
        String text = "Clashes broke out in east Jerusalem";
        assertThat(find(text, null, "Jerusalem")).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("east jerusalem");
            assertThat(t.role()).isEqualTo(Toponym.Role.NAME);
        });
        assertThat(find(text, null, "east Jerusalem")).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("east jerusalem");
            assertThat(t.role()).isEqualTo(Toponym.Role.NAME);
        });
    }

    @Test
    void aDirectionInLowerCaseIsAPartNotTheStartOfAName() {
        // "rural south Georgia" is the south of the state, not the island of South Georgia: the same with the
        // direction outside the tagged name and inside it
        String text = "Raiders crossed into south Sudan";
        assertThat(find(text, null, "Sudan")).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("sudan");
            assertThat(t.role()).isEqualTo(Toponym.Role.PART);
            assertThat(t.span().of(text)).isEqualTo("south Sudan");
        });
        assertThat(find(text, null, "south Sudan")).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("sudan");
            assertThat(t.role()).isEqualTo(Toponym.Role.PART);
        });
    }

    @Test
    void aWordForAPartAtTheStartOfATaggedNameMakesItAPartOfTheRest() {
        String text = "Riots spread through East Aleppo and West Bank towns";
        List<Toponym> found = find(text, null, "East Aleppo");
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.role()).isEqualTo(Toponym.Role.PART);
            assertThat(t.key()).isEqualTo("aleppo");
            assertThat(t.span().of(text)).isEqualTo("East Aleppo");
        });
    }

    @Test
    void aRegionIsNotAPartOfTheCountryItsLastWordNames() {
        String text = "Storms crossed North America and the Bay Area";
        List<Toponym> found = find(text, null, "North America", "Bay Area");
        assertThat(found).extracting(Toponym::key).containsExactly("north america", "bay area");
        assertThat(found).extracting(Toponym::role).containsOnly(Toponym.Role.NAME);
    }

    @Test
    void aCommaOrAnArticleBeforeANameIsNotPartOfIt() {
        String text = "Suits were filed in Ohio , Texas and in the Texas capital";
        int second = text.lastIndexOf("Texas");
        List<Mention> mentions = List.of(location(text, "Texas"),
                new Mention("a1", new Span(second, second + 5), "Texas", EntityType.LOCATION));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("Texas", "Texas");
        assertThat(found).extracting(Toponym::text).containsExactly("Texas", "Texas");
    }

    @Test
    void aDemonymBeforeSoilIsItsCountrysTerritoryButNotBeforeOtherWords() {
        String text = "Shells fell on Syrian soil as Syrian troops advanced";
        List<Toponym> found = find(text, null);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.role()).isEqualTo(Toponym.Role.TERRITORY);
            assertThat(t.span().of(text)).isEqualTo("Syrian soil");
        });
    }

    @Test
    void aDemonymBeforeCoastIsItsCountrysTerritory() {
        // ships seized "off the Syrian coast" are off Syria: the coast is the country's, as its waters are
        String text = "Boats were seized off the Syrian coast by Syrian sailors";
        assertThat(find(text, null)).singleElement().satisfies(t -> {
            assertThat(t.role()).isEqualTo(Toponym.Role.TERRITORY);
            assertThat(t.span().of(text)).isEqualTo("Syrian coast");
        });
    }

    @Test
    void aDemonymBeforeCoastGuardIsNoTerritory() {
        // "the Syrian coast guard" is a service, not the country's coast
        String text = "The Syrian coast guard said Syrian coast guards boarded it off the Syrian coast";
        assertThat(find(text, null)).singleElement().satisfies(t -> assertThat(t.span().start())
                .isEqualTo(text.lastIndexOf("Syrian")));
    }

    @Test
    void capitalsAfterAPersonAndACommaAreADegreeNotAState() {
        // "MD" keys as Maryland's "Md.": after a person's name it is the doctor's degree, after a town the state
        String doctor = "Dr. Ann Lee , MD , met voters on Monday";
        int person = doctor.indexOf("Ann Lee");
        List<Mention> mentions = List.of(new Mention("p1", new Span(person, person + 7), "Ann Lee", EntityType.PERSON));
        assertThat(toponyms.find(doctor, List.of(sentence(doctor)), mentions, null)).isEmpty();
        String town = "Voters met in Salem , MD on Monday";
        assertThat(find(town, null, "Salem")).extracting(t -> t.span().of(town)).containsExactly("Salem", "MD");
    }

    /**
     * One sentence of the words, hyphens and commas, tagged as a tagger would in outline: a capitalized word NNP,
     * the given nouns NN, a possessive POS, any other word RB.
     */
    private static Sentence tagged(String text, String... nouns) {
        List<Token> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s,-]+|[-,]").matcher(text);
        while (m.find()) {
            String word = m.group();
            String pos = Character.isUpperCase(word.charAt(0)) ? "NNP"
                    : List.of(nouns).contains(word) ? "NN" : word.equals("'s") ? "POS" : "RB";
            tokens.add(new Token(new Span(m.start(), m.end()), word, word, pos, "O"));
        }
        return new Sentence(0, new Span(0, text.length()), tokens);
    }

    /** The starts of the names found, with each "Paris" in the text tagged as a location. */
    private List<Integer> parisFound(String text, String... nouns) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf("Paris"); at >= 0; at = text.indexOf("Paris", at + 1)) {
            mentions.add(new Mention("a1", new Span(at, at + 5), "Paris", EntityType.LOCATION));
        }
        return toponyms.find(text, List.of(tagged(text, nouns)), mentions, null).stream()
                .map(t -> t.span().start()).toList();
    }

    @Test
    void aPlaceNamedInsideAQuotedTitleOfAWorkIsNoPlaceUnlessTheQuotationHasWordsInLowerCase() {
        // a film, song or show named for a place: the quotation is written as a title
        String film = "His movie \u201cA Rainy Day in Paris\u201d never came out in France";
        assertThat(find(film, null, "Paris", "France")).extracting(Toponym::text).containsExactly("France");
        String song = "She wrote \u201cParis,\u201d a song , and the show \"Paris\" in Paris";
        assertThat(find(song, null, "Paris")).extracting(t -> t.span().start())
                .containsExactly(song.lastIndexOf("Paris"));
        String tex = "He starred in `` Paris , '' which opened in Paris";
        assertThat(find(tex, null, "Paris")).extracting(t -> t.span().start())
                .containsExactly(tex.lastIndexOf("Paris"));
        // speech and scare quotes with words in lower case stay places, and so does a name outside the quotation
        String speech = "\u201cI am from Paris,\u201d she said , \"tough on France\" he said";
        assertThat(find(speech, null, "Paris", "France")).extracting(Toponym::text).containsExactly("Paris",
                "France");
        String after = "\u201cWe Won,\u201d she said in Paris";
        assertThat(find(after, null, "Paris")).extracting(Toponym::text).containsExactly("Paris");
    }

    @Test
    void aPlacesNameAfterAShipsPrefixAndAfterTheIsTheShip() {
        // a navy names its ships for cities: "INS Paris" and "the Paris" are the ship, a bare "Paris" the city
        String text = "The destroyer INS Paris sailed ; the Paris then left port while Paris slept";
        assertThat(parisFound(text, "port")).containsExactly(text.lastIndexOf("Paris"));
        String possessive = "The destroyer USS Paris sailed ; the Paris 's crew slept";
        assertThat(parisFound(possessive, "crew")).isEmpty();
        String comma = "The destroyer USS Paris sailed ; the Paris, a destroyer, left";
        assertThat(parisFound(comma, "destroyer")).isEmpty();
    }

    @Test
    void theNameOfAShipAtTheStartOfALongerNounPhraseIsThePlace() {
        // "the Paris mayor", "the Paris area", "the Paris-based crew": the city, though a ship bears its name
        String text = "The destroyer USS Paris sailed ; the Paris mayor and the Paris area and the Paris-based crew"
                + " and the Paris Navy Yard waited";
        List<Integer> found = parisFound(text, "mayor", "area", "based", "crew");
        assertThat(found).hasSize(4).doesNotContain(text.indexOf("Paris"));
    }

    @Test
    void aPrefixThatIsAlsoAnAgencysInitialsIsAShipsOnlyWhereTheWordsAroundItSayAShip() {
        // "INS" is also the initials of an immigration service: "an INS Paris spokesman" speaks for its Paris office
        String agency = "An INS Paris spokesman said the Paris office and the Paris staff agreed";
        assertThat(parisFound(agency, "spokesman", "office", "staff")).hasSize(3);
        String agencyBare = "An INS Paris spokesman said the Paris agreed";
        assertThat(parisFound(agencyBare, "spokesman")).hasSize(2);
        String ship = "The frigate INS Paris sailed ; the Paris left";
        assertThat(parisFound(ship)).isEmpty();
        // with no word for a ship before it, the name that ends its noun phrase, or a word for a ship after it
        String owned = "Norland 's INS Paris and its crew sailed ; INS Paris warship left ; the Paris left";
        assertThat(parisFound(owned, "crew", "warship")).isEmpty();
    }

    @Test
    void aDemonymBeforeTwoWordsOfTerritory() {
        String text = "Damascus closed Syrian air space and Syrian air force jets flew";
        assertThat(find(text, null)).singleElement().satisfies(t -> assertThat(t.span().of(text))
                .isEqualTo("Syrian air space"));
    }

    @Test
    void theDatelineIsFoundEvenWhereNerMissedIt() {
        String text = "BEIRUT - Talks began in Paris";
        List<Toponym> found = find(text, "BEIRUT", "Paris");
        assertThat(found).extracting(Toponym::text).containsExactly("BEIRUT", "Paris");
        assertThat(found).extracting(Toponym::dateline).containsExactly(true, false);
    }

    private static Mention mention(String text, String name, EntityType type, int from) {
        int at = text.indexOf(name, from);
        return new Mention("a1", new Span(at, at + name.length()), name, type);
    }

    @Test
    void aNameTaggedAsALocationIsFoundWhereNerLeftItUntaggedButNotInsideALongerName() {
        String text = "Troops took Saraqeb . Saraqeb fell and the Saraqeb Council fled";
        List<Toponym> found = find(text, null, "Saraqeb");
        assertThat(found).extracting(t -> t.span().start())
                .containsExactly(text.indexOf("Saraqeb"), text.indexOf("Saraqeb fell"));
        assertThat(found).noneMatch(Toponym::untagged);
    }

    @Test
    void aNameNerTagsAsSomethingElseAsOftenIsNotEchoed() {
        String text = "Amazon won . Amazon sued and Amazon paid";
        List<Mention> mentions = List.of(location(text, "Amazon"),
                mention(text, "Amazon", EntityType.ORGANIZATION, 5));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().start()).containsExactly(0);
    }

    @Test
    void gazetteerNamesInUntaggedCapitalizedWordsAreFoundAsUntagged() {
        String text = "Fires hit the state of Mato Grosso while a U.S. expert and a Thai boat "
                + "watched the Syria War and I’ll go";
        List<Toponym> found = find(text, null);
        // a country, an admin area; not an unknown run, a demonym-like country name, a name in a longer name, a
        // contraction whose key is an area's abbreviation ("ill", Ill.)
        assertThat(found).extracting(Toponym::text).containsExactly("Mato Grosso", "U.S.");
        assertThat(found).allMatch(Toponym::untagged);
    }

    @Test
    void aLargeCitysExonymIsTakenWhereNerTagsItAPlaceOnly() {
        // untagged, a large city's own name is taken, its exonym not (GeoNames' lists hold common words)
        String text = "Buses left for Toronto and Velmora today";
        assertThat(find(text, null)).extracting(Toponym::text).containsExactly("Toronto");
        assertThat(find(text, null, "Velmora")).extracting(Toponym::text).containsExactly("Toronto", "Velmora");
    }

    @Test
    void theFirstWordOfASentenceAndWordsOfOtherEntitiesAreNotTakenForPlaces() {
        String text = "Paris said Tripoli Jones met";
        List<Mention> mentions = List.of(mention(text, "Tripoli Jones", EntityType.PERSON, 0));
        assertThat(toponyms.find(text, List.of(sentence(text)), mentions, null)).isEmpty();
    }

    @Test
    void thePartyAndStateOfAUsPoliticianGiveTheState() {
        String text = "Sen. Boxer ( D-Calif. ) said";
        assertThat(find(text, null)).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Calif.");
            assertThat(t.untagged()).isTrue();
        });
    }

    @Test
    void aPartyAndStateTagNerTookWholeForALocationGivesTheState() {
        // CoreNLP keeps "D-Calif." one token and may tag it as a location: the state is the place, not the letter
        String text = "said Rep. Vance , D-Calif. , on Monday";
        assertThat(find(text, null, "D-Calif.")).singleElement().satisfies(t -> {
            assertThat(t.span().of(text)).isEqualTo("Calif.");
            assertThat(t.key()).isEqualTo(Names.key("Calif."));
        });
    }

    @Test
    void aPersonNamedLikeAPlaceAfterOfIsTheHomeTownWhereTheArticleNamesItSoElsewhere() {
        // a survivors' list: "his son Ned , of Rochdale" where NER took the town for a person, as it tagged it a
        // place earlier; "the son of Atlanta" it only ever tags as a person stays a person
        String text = "He lived in Rochdale . Survivors include his son Ned , of Rochdale , and the son of Atlanta";
        List<Mention> mentions = List.of(mention(text, "Rochdale", EntityType.LOCATION, 0),
                mention(text, "Ned", EntityType.PERSON, 0),
                mention(text, "Rochdale", EntityType.PERSON, text.indexOf("Ned")),
                mention(text, "Atlanta", EntityType.PERSON, 0));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("Rochdale"),
                text.indexOf("Rochdale", text.indexOf("Ned")));
    }

    @Test
    void aPersonNamedLikeAPlaceAfterADistanceAndADirectionIsThePlaceMeasuredFrom() {
        // "40km south west of Rochdale": NER took the town for a person, and the article names it nowhere else;
        // "the son of Atlanta" with no distance before it stays a person
        String text = "The quake struck 40km south west of Rochdale and woke the son of Atlanta";
        List<Mention> mentions = List.of(mention(text, "Rochdale", EntityType.PERSON, 0),
                mention(text, "Atlanta", EntityType.PERSON, 0));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("Rochdale");
        assertThat(found.get(0).role()).as("a reference point, the town itself").isEqualTo(Toponym.Role.NAME);
    }

    @Test
    void aPersonNamedLikeAPlaceAfterAWordForATownIsThatTown() {
        // "the City of Woodburn": NER took the town for a person; "the son of Atlanta" stays a person
        String text = "The City of Woodburn hired a manager and the son of Atlanta left";
        List<Mention> mentions = List.of(mention(text, "Woodburn", EntityType.PERSON, 0),
                mention(text, "Atlanta", EntityType.PERSON, 0));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("Woodburn");
        assertThat(found.get(0).role()).isEqualTo(Toponym.Role.CITY);
    }

    @Test
    void aPersonNamedLikeAPlaceThatTheArticlePlacesOrTagsALocationMoreOftenIsThatPlace() {
        // NER tags the first town a location after "in" and a person before a possessive, the second a location
        // twice and a person once; "Aleppo" it tags a location and a person once each and never places (a side named
        // for its town scores as often as it is visited), "Paris" is also a word of a person's name the article
        // gives (so no place at all there), and "Atlanta" it never tags a location
        String text = "Crowds met in Rochdale , Aleppo , Idlib and Paris . Rochdale 's mayor thanked Ann Paris , "
                + "Paris , Atlanta and Aleppo . Idlib rose , Idlib 's mayor said";
        int after = text.indexOf(".");
        int last = text.lastIndexOf(".");
        List<Mention> mentions = List.of(mention(text, "Rochdale", EntityType.LOCATION, 0),
                mention(text, "Aleppo", EntityType.LOCATION, 0),
                mention(text, "Idlib", EntityType.LOCATION, 0),
                mention(text, "Paris", EntityType.LOCATION, 0),
                mention(text, "Rochdale", EntityType.PERSON, after),
                mention(text, "Ann Paris", EntityType.PERSON, 0),
                mention(text, "Paris", EntityType.PERSON, text.indexOf("Ann Paris") + 5),
                mention(text, "Atlanta", EntityType.PERSON, 0),
                mention(text, "Aleppo", EntityType.PERSON, after),
                mention(text, "Idlib", EntityType.LOCATION, last),
                mention(text, "Idlib", EntityType.PERSON, text.indexOf("rose")));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("Rochdale"),
                text.indexOf("Aleppo"), text.indexOf("Idlib"), text.indexOf("Rochdale", after),
                text.indexOf("Idlib", last), text.indexOf("Idlib", text.indexOf("rose")));
        assertThat(found.get(3).untagged()).isTrue();
        assertThat(found.get(5).untagged()).isTrue();
    }

    @Test
    void wordsThatSayACityOrAReferencePoint() {
        String text = "the town of Idlib and Aleppo city lie 30 miles south of Paris near west Tripoli";
        List<Toponym> found = find(text, null, "Idlib", "Aleppo", "Paris", "Tripoli");
        assertThat(found).extracting(Toponym::role).containsExactly(Toponym.Role.CITY, Toponym.Role.CITY,
                Toponym.Role.NAME, Toponym.Role.PART);
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("Idlib", "Aleppo", "Paris",
                "west Tripoli");
    }

    @Test
    void abbreviatedFirstWordsMeetTheirFullSpelling() {
        assertThat(Names.key("St. Catherine")).isEqualTo(Names.key("Saint Catherine"));
        assertThat(Names.key("ST CATHERINE")).isEqualTo("saint catherine");
        assertThat(Names.key("Mt Cook")).isEqualTo("mount cook");
        assertThat(Names.key("Main St")).isEqualTo("main st");
    }

    @Test
    void aTaggedNameBeforeAnAreaThatHasNoPlaceOfThatNameIsPutInThatAreaAllTheSame() {
        // the gazetteer has Smallville only in Kansas: the text's Oregon one is a place it lacks, still in Oregon
        String text = "Bands played in Smallville , Oregon , and Paris , France";
        List<Toponym> found = find(text, null, "Smallville", "Oregon", "Paris", "France");
        assertThat(found.get(0).within()).isEqualTo(new Toponym.Within("US", "OR"));
        assertThat(found.get(2).within()).as("a country after the comma is left to the resolver")
                .isEqualTo(new Toponym.Within("FR", null));
        // a list of towns whose second is named like an area: "and" follows it, no area of the first
        String list = "Games in Smallville , Oregon and Paris were called off";
        assertThat(find(list, null, "Smallville", "Oregon", "Paris").get(0).within()).isNull();
    }

    @Test
    void aNameBeforeAnAreaNamedLikeALargeCityIsNotPutInTheArea() {
        // "Washington" after a comma is as often the capital ("Foggy Bottom, Washington") as the state, so a name
        // the gazetteer lacks before it is not moved into the state; a state no large city is named for still takes it
        String capital = "Bands played in Smallville , Washington , on Friday";
        assertThat(find(capital, null, "Smallville", "Washington").get(0).within()).isNull();
        String state = "Bands played in Smallville , Oregon ; fans came";
        assertThat(find(state, null, "Smallville", "Oregon").get(0).within())
                .as("a semicolon after the area ends the run of names too").isEqualTo(new Toponym.Within("US", "OR"));
    }

    @Test
    void aPlaceBeforeItsAreaAfterACommaIsFoundWhereNerMissedItOrCalledItAPerson() {
        String text = "Crews flew from Woodburn , Oregon to Paris , Texas but not to Smallville , Oregon "
                + "and met Otto von Portland , Oregon";
        List<Mention> mentions = List.of(mention(text, "Paris", EntityType.PERSON, 0),
                mention(text, "Otto von Portland", EntityType.PERSON, 0));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        // not Smallville (none in Oregon), not a place inside a person's longer name
        assertThat(found).extracting(Toponym::text)
                .containsExactly("Woodburn", "Oregon", "Paris", "Texas", "Oregon", "Oregon");
        assertThat(found).extracting(t -> t.span().start()).contains(text.indexOf("Woodburn"),
                text.indexOf("Paris"));
    }

    @Test
    void aPersonNamedLikeAPlaceAfterAPrepositionOfWhereIsAnUntaggedPlace() {
        String text = "She lived in Rochdale and near Atlanta , met Atlanta later , stayed in Paris 's house "
                + "and in Tripoli Jones and in Smallville and in Beirut with Sam Beirut";
        List<Mention> mentions = List.of(mention(text, "Rochdale", EntityType.PERSON, 0),
                mention(text, "Atlanta", EntityType.PERSON, 0),
                mention(text, "Atlanta", EntityType.PERSON, text.indexOf("met")),
                mention(text, "Paris", EntityType.PERSON, 0),
                mention(text, "Tripoli Jones", EntityType.PERSON, 0),
                mention(text, "Beirut", EntityType.PERSON, 0), mention(text, "Sam Beirut", EntityType.PERSON, 0));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        // not after "met", not a possessive, not a person's longer name or a word of one the article names, not an
        // untagged small town
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("Rochdale", "near Atlanta");
        assertThat(found).allMatch(Toponym::untagged);
    }

    @Test
    void anUntaggedTownAfterAPrepositionOfWhereIsAnUntaggedPlaceWhereItIsAProperNounOfAKnownTownAlone() {
        String text = "Crews from Oregon worked in Woodburn and near Smallville but not in Tinyville , in August , "
                + "in Woodburn Hall , in Decatur 's mall , in Smallville 8 , In Westmoor or in Oakhaven";
        List<Toponym> found = toponyms.find(text, List.of(properNounSentence(text)),
                List.of(location(text, "Oregon")), null);
        // not a town under a thousand people, a date, a name a capitalized word continues, a possessive, a name before
        // a number, a title-case preposition, a name the gazetteer does not know
        assertThat(found).extracting(Toponym::text).containsExactly("Oregon", "Woodburn", "Smallville");
        assertThat(found.subList(1, 3)).allMatch(Toponym::untagged);
    }

    @Test
    void aTownBeforeANounOfAResidentOrAPoliceIsAnUntaggedPlaceUntaggedOrCalledAPerson() {
        String text = "A Morgantown man and a Smallville woman met Woodburn police , a Tinyville driver and a Decatur "
                + "man , Sam Decatur , left Oregon";
        List<Mention> mentions = List.of(mention(text, "Morgantown", EntityType.PERSON, 0),
                mention(text, "Sam Decatur", EntityType.PERSON, 0), location(text, "Oregon"));
        List<Toponym> found = toponyms.find(text, List.of(properNounSentence(text)), mentions, null);
        // not a town under a thousand people, nor a word of a longer person's name in the article
        assertThat(found).extracting(Toponym::text).containsExactly("Morgantown", "Smallville", "Woodburn", "Oregon");
        assertThat(found.subList(0, 3)).allMatch(Toponym::untagged);
    }

    @Test
    void aTownBeforeAHyphenAndBasedOrBornOrCalledAnOrganizationBeforeAResidentsNounIsAnUntaggedPlace() {
        String text = "The Smallville man joined a Morgantown - based firm , a Woodburn - born singer , a Tinyville - "
                + "based shop , Decatur - made cars , Westmoor Rovers fans and the Decatur Group in Oregon near "
                + "Smallville";
        List<Mention> mentions = List.of(mention(text, "Smallville", EntityType.ORGANIZATION, 0),
                mention(text, "Decatur Group", EntityType.ORGANIZATION, 0), location(text, "Oregon"),
                mention(text, "Smallville", EntityType.LOCATION, 10));
        List<Toponym> found = toponyms.find(text, List.of(properNounSentence(text)), mentions, null);
        // not a town under a thousand people, a compound of another word, an organization of longer words
        assertThat(found).extracting(Toponym::text)
                .containsExactly("Smallville", "Morgantown", "Woodburn", "Oregon", "Smallville");
        assertThat(found.subList(0, 3)).allMatch(Toponym::untagged);
    }

    @Test
    void aCountryThatBeginsAnOrganizationBeforeAnOfficeTitleIsAPlace() {
        // NER tags the country and the words after it as an organization; the title's head noun may be inside it
        String text = "United States Trade Representative Ann Roy met France Defence Minister Paul Lee , the United "
                + "States Navy , the France Trade Commissioner Office and the France General Practice Database";
        List<Mention> mentions = List.of(mention(text, "United States Trade", EntityType.ORGANIZATION, 0),
                mention(text, "France Defence Minister", EntityType.ORGANIZATION, 0),
                mention(text, "United States Navy", EntityType.ORGANIZATION, 10),
                mention(text, "France Trade", EntityType.ORGANIZATION, text.indexOf("Navy")),
                mention(text, "France General Practice Database", EntityType.ORGANIZATION, 0));
        List<Toponym> found = toponyms.find(text, List.of(properNounSentence(text)), mentions, null);
        // not the navy (no title), the commissioner's office (the office's name) or the database ("General" alone)
        assertThat(found).extracting(Toponym::text).containsExactly("United States", "France");
        assertThat(found).extracting(t -> t.span().start()).containsExactly(0, text.indexOf("France"));
    }

    @Test
    void aCountryThatBeginsAFirmsOrABodysNameBeforeAnOfficeTitleIsNoPlace() {
        // the words between the country and the title end an organization's name: the title is the firm's or the
        // body's, and the country is part of its name (review of session twenty-eight)
        String text = "France Airlines President Ann Roy met the United States Olympic Committee President and France "
                + "Trade Minister Paul Lee";
        List<Mention> mentions = List.of(mention(text, "France Airlines", EntityType.ORGANIZATION, 0),
                mention(text, "United States Olympic Committee", EntityType.ORGANIZATION, 0),
                mention(text, "France Trade", EntityType.ORGANIZATION, 10));
        List<Toponym> found = toponyms.find(text, List.of(properNounSentence(text)), mentions, null);
        assertThat(found).extracting(Toponym::text).containsExactly("France");
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.lastIndexOf("France"));
    }

    @Test
    void anOrganizationOfATownsNameBeforeAResidentsNounIsNoPlaceUnlessTheArticleTagsItALocationElsewhere() {
        // a club's or a car maker's name before "man" or "driver": NER tags it an organization, and nowhere a place
        String text = "The Morgantown man scored twice and a Cadillac driver watched in Oregon";
        List<Mention> mentions = List.of(mention(text, "Morgantown", EntityType.ORGANIZATION, 0),
                mention(text, "Cadillac", EntityType.ORGANIZATION, 0), location(text, "Oregon"));
        assertThat(toponyms.find(text, List.of(properNounSentence(text)), mentions, null))
                .extracting(Toponym::text).containsExactly("Oregon");
    }

    @Test
    void aPlaceOfTheBodyIsFoundInAHeadlineInTitleCaseOrCapitalsUnlessTheBodyCapitalizesTheWordAfterIt() {
        String head = "Crash Closes EASTMOOR Road as Westmoor Rovers Fans Wait for The Eastmoor Courier";
        String body = "A crash shut the road in Eastmoor where fans of Westmoor Rovers from Westmoor waited";
        String text = head + " " + body;
        int at = head.length() + 1;
        List<Mention> mentions = List.of(mention(text, "Eastmoor", EntityType.LOCATION, at),
                mention(text, "Westmoor Rovers", EntityType.ORGANIZATION, at),
                mention(text, "Westmoor", EntityType.LOCATION, text.indexOf("from Westmoor")));
        List<Toponym> found = toponyms.find(text, List.of(sentence(head, 0, 0), sentence(body, 1, at)), mentions,
                null);
        // the headline's "EASTMOOR Road" (the body writes "road" in lower case); not its "Westmoor Rovers", a name
        // the body capitalizes, nor "The Eastmoor Courier"
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("EASTMOOR"),
                text.indexOf("Eastmoor where"), text.indexOf("Westmoor waited"));
        // the same words in a sentence that is no headline are not found
        String plain = "a crash closes Eastmoor Road now";
        String both = plain + " " + body;
        List<Mention> again = List.of(mention(both, "Eastmoor", EntityType.LOCATION, plain.length() + 1));
        assertThat(toponyms.find(both, List.of(sentence(plain, 0, 0), sentence(body, 1, plain.length() + 1)),
                again, null)).extracting(t -> t.span().start()).containsExactly(both.indexOf("Eastmoor where"));
    }

    /** A sentence of the space-separated words, starting at {@code at} in the article's text. */
    private static Sentence sentence(String words, int index, int at) {
        List<Token> tokens = new ArrayList<>();
        int from = at;
        for (String word : words.split(" ")) {
            tokens.add(new Token(new Span(from, from + word.length()), word, word, "NN", "O"));
            from += word.length() + 1;
        }
        return new Sentence(index, new Span(at, at + words.length()), tokens);
    }

    @Test
    void aTownAfterAPersonAndOfIsAnUntaggedPlaceUnlessTheArticleCallsItAnOrganization() {
        String text = "Dana Quist of Smallville and Sam Ferris , of Morgantown , met Lee Park of Westmoor Rovers , "
                + "Kim Lo of Tinyville and Ann Bell of Decatur , a lab like Decatur in Oregon";
        int lab = text.indexOf("Decatur in");
        List<Mention> mentions = List.of(mention(text, "Dana Quist", EntityType.PERSON, 0),
                mention(text, "Sam Ferris", EntityType.PERSON, 0), mention(text, "Morgantown", EntityType.PERSON, 0),
                mention(text, "Lee Park", EntityType.PERSON, 0), mention(text, "Kim Lo", EntityType.PERSON, 0),
                mention(text, "Ann Bell", EntityType.PERSON, 0), mention(text, "Decatur", EntityType.ORGANIZATION, lab),
                location(text, "Oregon"));
        List<Toponym> found = toponyms.find(text, List.of(properNounSentence(text)), mentions, null);
        // not a name a capitalized word continues, a town under a thousand people, a name NER calls an organization
        assertThat(found).extracting(Toponym::text).containsExactly("Smallville", "Morgantown", "Oregon");
        assertThat(found.subList(0, 2)).allMatch(Toponym::untagged);
    }

    /** One sentence of the space-separated words, capitalized ones proper nouns, "August" a date. */
    private static Sentence properNounSentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            String ner = word.equals("August") ? "DATE" : "O";
            String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(new Span(at, at + word.length()), word, word, pos, ner));
            at += word.length() + 1;
        }
        return new Sentence(0, new Span(0, text.length()), tokens);
    }

    @Test
    void aPersonNamedLikeAPlaceAfterAPrepositionOfMotionIsAPlaceWhereTheArticleNamesItSoElsewhere() {
        String text = "Trucks drove from Atlanta to Rochdale , a quake struck off Rochdale , storms hit Rochdale "
                + "and they passed the map to Paris";
        List<Mention> mentions = List.of(mention(text, "Atlanta", EntityType.PERSON, 0),
                mention(text, "Rochdale", EntityType.PERSON, 0),
                mention(text, "Rochdale", EntityType.PERSON, text.indexOf("off")),
                mention(text, "Rochdale", EntityType.LOCATION, text.indexOf("hit")),
                mention(text, "Paris", EntityType.PERSON, 0));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        // "to" and "from" take people too: only a name the article also tags as a place ("Rochdale"), not "Atlanta"
        // or "Paris", which it only ever tags as persons
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("Rochdale"),
                text.indexOf("Rochdale", text.indexOf("off")), text.indexOf("Rochdale", text.indexOf("hit")));
    }

    @Test
    void aNameFollowedByAWinLossRecordIsATeamThroughoutTheArticleButNotAfterAPrepositionOfWhere() {
        String text = "No. 4 Rochdale (8-2) at No. 5 Atlanta (7-3-1) , Rochdale won , fans flew from Paris "
                + "and the final is in Atlanta";
        List<Mention> mentions = List.of(mention(text, "Rochdale", EntityType.LOCATION, 0),
                mention(text, "Atlanta", EntityType.LOCATION, 0),
                mention(text, "Rochdale", EntityType.LOCATION, text.indexOf("won") - 10),
                mention(text, "Paris", EntityType.LOCATION, 0),
                mention(text, "Atlanta", EntityType.LOCATION, text.indexOf("in Atlanta")));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("Paris"),
                text.indexOf("Atlanta", text.indexOf("in Atlanta")));
    }

    @Test
    void aNameBeforeATeamsStaffOrInAGamesResultIsATeamThroughoutTheArticleButNotAfterAPrepositionOfWhere() {
        // made up: a possessive and a team's staff, the two sides of a result with its score
        String text = "Atlanta's quarterback was hurt , Portland beat Paris 24-17 , then Portland fans and "
                + "Paris voters cheered in Atlanta and the east side of Portland";
        List<Mention> mentions = List.of(mention(text, "Atlanta", EntityType.LOCATION, 0),
                mention(text, "Portland", EntityType.LOCATION, 0),
                mention(text, "Paris", EntityType.LOCATION, 0),
                mention(text, "Portland", EntityType.LOCATION, text.indexOf("fans") - 10),
                mention(text, "Paris", EntityType.LOCATION, text.indexOf("voters") - 10),
                mention(text, "Atlanta", EntityType.LOCATION, text.indexOf("in Atlanta")),
                mention(text, "Portland", EntityType.LOCATION, text.indexOf("side of")));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("in Atlanta") + 3,
                text.indexOf("side of Portland") + 8);
    }

    @Test
    void aTownsManagerOrCoachStationIsNoTeamsStaff() {
        // made up: a town has a manager and a coach station as often as a team has either
        String text = "Paris's manager resigned , Atlanta's coach station closed , and Paris and Atlanta voted";
        List<Toponym> found = find(text, null, "Paris", "Atlanta");
        assertThat(found).extracting(Toponym::text).containsExactly("Paris", "Atlanta", "Paris", "Atlanta");
    }

    @Test
    void aPossessiveBeforeAnotherNounOrAResultWithoutAScoreLeavesThePlace() {
        // a city's mayor, a defence a city is come to, a list a city tops: no team, and no score in the sentence
        String text = "Paris's mayor came to Atlanta's defense as Portland topped Rochdale on the list";
        List<Toponym> found = find(text, null, "Paris", "Atlanta", "Portland", "Rochdale");
        assertThat(found).extracting(Toponym::text).containsExactly("Paris", "Atlanta", "Portland", "Rochdale");
        // a state's or a nation's side keeps its name, as the gold counts it; "of" a team's possessive is no place
        String side = "Texas beat Paris 3-1 , and none of Paris's fans came from Texas";
        List<Mention> mentions = List.of(mention(side, "Texas", EntityType.LOCATION, 0),
                mention(side, "Paris", EntityType.LOCATION, 0),
                mention(side, "Paris", EntityType.LOCATION, side.indexOf("none")),
                mention(side, "Texas", EntityType.LOCATION, side.indexOf("from")));
        List<Toponym> sides = toponyms.find(side, List.of(sentence(side)), mentions, null);
        assertThat(sides).extracting(Toponym::text).containsExactly("Texas", "Texas");
    }

    @Test
    void aPairOfNumbersAwayFromTheLosingSideIsNoScoreAndLeavesTheCity() {
        // made up: a city taken by an army, with a range of numbers later in the sentence, then a real result
        String war = "Portland fell to Norland troops in March , when 20-30 homes burned , and Portland stayed dark";
        List<Mention> mentions = List.of(mention(war, "Portland", EntityType.LOCATION, 0),
                mention(war, "Portland", EntityType.LOCATION, war.indexOf("stayed") - 10));
        assertThat(toponyms.find(war, List.of(sentence(war)), mentions, null)).hasSize(2);
        String game = "Portland fell to the Paris Rams , 23-17 , and Portland fans left";
        List<Mention> sides = List.of(mention(game, "Portland", EntityType.LOCATION, 0),
                mention(game, "Paris", EntityType.LOCATION, 0),
                mention(game, "Portland", EntityType.LOCATION, game.indexOf("fans") - 10));
        assertThat(toponyms.find(game, List.of(sentence(game)), sides, null)).isEmpty();
    }

    @Test
    void aCityOfANameBeforeAStateIsPutInThatStateWhetherTheGazetteerHasItThereOrNot() {
        String text = "Floods hit the town of Paris , Illinois and the city of Portland , Texas";
        List<Toponym> found = find(text, null, "Paris", "Illinois", "Portland", "Texas");
        assertThat(found).filteredOn(t -> t.role() == Toponym.Role.CITY).extracting(Toponym::within)
                .containsExactly(new Toponym.Within("US", "IL"), new Toponym.Within("US", "TX"));
    }

    @Test
    void aCountryOrStateBeforeNumbersInBracketsStaysAPlaceThroughoutTheArticle() {
        String text = "Brazil (6-4-2) topped the medal table , Texas (48-46) leans right , Rochdale (7-2) won , "
                + "Brazil 's coach and Texas voters cheered Rochdale";
        List<Mention> mentions = List.of(mention(text, "Brazil", EntityType.LOCATION, 0),
                mention(text, "Texas", EntityType.LOCATION, 0),
                mention(text, "Rochdale", EntityType.LOCATION, 0),
                mention(text, "Brazil", EntityType.LOCATION, text.indexOf("coach") - 10),
                mention(text, "Texas", EntityType.LOCATION, text.indexOf("voters") - 7),
                mention(text, "Rochdale", EntityType.LOCATION, text.indexOf("cheered")));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        // a poll's margin or a medal tally is no team's record: only the town's name is taken for its team
        assertThat(found).extracting(Toponym::text).containsExactly("Brazil", "Texas", "Brazil", "Texas");
    }

    @Test
    void aNameBeforeItsAreaIsPutInItTaggedOrNotAndAStatesPostalCodeCounts() {
        String text = "Storms hit Atlanta , Texas and Paris , TX but not Smallville , TX , then Toronto , ON";
        List<Toponym> found = find(text, null, "Atlanta", "Texas", "Toronto");
        assertThat(found).extracting(Toponym::text).containsExactly("Atlanta", "Texas", "Paris", "TX", "Toronto",
                "ON");
        assertThat(found).extracting(Toponym::within).containsExactly(new Toponym.Within("US", "TX"), null,
                new Toponym.Within("US", "TX"), new Toponym.Within("US", "TX"), new Toponym.Within("CA", "08"),
                new Toponym.Within("CA", "08"));
    }

    @Test
    void aListOfStatesIsNoPlaceInItsNeighbour() {
        String text = "Lawmakers in Texas , Oregon and Georgia met";
        List<Toponym> found = find(text, null, "Texas", "Oregon", "Georgia");
        assertThat(found).extracting(Toponym::text).containsExactly("Texas", "Oregon", "Georgia");
        assertThat(found).extracting(Toponym::within).containsOnlyNulls();
    }

    @Test
    void aContractionAfterACommaIsNoAdminArea() {
        // as CoreNLP splits it: "I" and "’ll", with no space between ("ill" is the key of Illinois' "Ill.")
        String text = "If you like it, I’ll be there";
        List<Token> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("’ll|\\w+|,").matcher(text);
        while (m.find()) {
            tokens.add(new Token(new Span(m.start(), m.end()), m.group(), m.group(), "NN", "O"));
        }
        Sentence s = new Sentence(0, new Span(0, text.length()), tokens);
        assertThat(toponyms.find(text, List.of(s), List.of(), null)).isEmpty();
    }

    @Test
    void aPostalCodeNerTaggedAfterItsPlaceAndACommaIsPutInItsArea() {
        String text = "Storms hit Paris , TX and Toronto , ON";
        List<Toponym> found = find(text, null, "Paris", "TX", "Toronto", "ON");
        assertThat(found).extracting(Toponym::text).containsExactly("Paris", "TX", "Toronto", "ON");
        assertThat(found).extracting(Toponym::within).containsExactly(new Toponym.Within("US", "TX"),
                new Toponym.Within("US", "TX"), new Toponym.Within("CA", "08"), new Toponym.Within("CA", "08"));
    }

    @Test
    void lettersWrittenAsAnAcronymOrAnAbbreviationWithoutItsStopAreNoPlaceUnlessTheTextSaysSo() {
        String text = "Photograph by Kim / PA shows the EU flag , the poem Ill Brother , Crimea , a vote in PA "
                + "and the Ill. senator from Paris , Ill";
        List<Mention> mentions = new ArrayList<>();
        for (String name : new String[] {"PA", "EU", "Ill", "Crimea"}) {
            mentions.add(location(text, name));
        }
        mentions.add(mention(text, "PA", EntityType.LOCATION, text.indexOf("in PA")));
        mentions.add(mention(text, "Ill.", EntityType.LOCATION, text.indexOf("Ill.")));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        // not "PA" of a photo credit, "EU", nor "Ill" ("Ill." without its stop); "Crimea", an alias without a stop,
        // stays, and so do letters after "in" and an abbreviation after a place and a comma
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("Crimea"),
                text.indexOf("PA and"), text.indexOf("Ill."), text.indexOf("Paris"), text.lastIndexOf("Ill"));
    }

    @Test
    void aWordOfALongerPersonsNameIsNoPlaceUnlessTheTextSaysAPlace() {
        String text = "Dianne Houston spoke , and Houston , like many , waited in Houston and Paris , TX";
        List<Mention> mentions = List.of(mention(text, "Dianne Houston", EntityType.PERSON, 0),
                mention(text, "Houston", EntityType.LOCATION, text.indexOf("and Houston")),
                mention(text, "Houston", EntityType.LOCATION, text.indexOf("in Houston")),
                location(text, "Paris"), location(text, "TX"));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().start()).containsExactly(text.indexOf("Houston and"),
                text.indexOf("Paris"), text.indexOf("TX"));
    }

    @Test
    void aFirstNameOrAPlaceAfterOfIsNoPersonsWord() {
        String text = "Charlotte Brown and Whitney Houston said Charlotte and the mayor of Houston flew in";
        List<Mention> mentions = List.of(mention(text, "Charlotte Brown", EntityType.PERSON, 0),
                mention(text, "Whitney Houston", EntityType.PERSON, text.indexOf("Whitney")),
                mention(text, "Charlotte", EntityType.LOCATION, text.indexOf("said Charlotte") + 5),
                mention(text, "Houston", EntityType.LOCATION, text.indexOf("of Houston") + 3));
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("Charlotte", "Houston");
    }

    @Test
    void aWordForAnAreaAndOfBeforeANameMakeItTheAreaButNotACountry() {
        String text = "the state of Oregon and the province of Idlib but not the State of Syria";
        List<Toponym> found = find(text, null, "Oregon", "Idlib", "Syria");
        assertThat(found).extracting(Toponym::role).containsExactly(Toponym.Role.AREA, Toponym.Role.AREA,
                Toponym.Role.NAME);
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("Oregon", "Idlib", "Syria");
    }

    @Test
    void aDistanceWrittenWithItsNumberOrBeforeAHyphenatedDirectionMakesAReferencePoint() {
        String glued = "the project lies 50km south of Paris";
        assertThat(find(glued, null, "Paris")).singleElement().satisfies(t -> {
            assertThat(t.role()).isEqualTo(Toponym.Role.NAME);
            assertThat(t.span().of(glued)).isEqualTo("Paris");
        });
        String hyphen = "the project lies 50 km south - west of Paris";
        assertThat(find(hyphen, null, "Paris")).singleElement().satisfies(t ->
                assertThat(t.role()).isEqualTo(Toponym.Role.NAME));
        String near = "the tenure lies immediately south of Paris";
        assertThat(find(near, null, "Paris")).singleElement().satisfies(t ->
                assertThat(t.role()).isEqualTo(Toponym.Role.PART));
    }

    @Test
    void theCentreOfAPlaceIsAPartOfIt() {
        String text = "lanterns glow in the city center of Paris and the centre of Aleppo";
        List<Toponym> found = find(text, null, "Paris", "Aleppo");
        assertThat(found).extracting(Toponym::role).containsOnly(Toponym.Role.PART);
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("center of Paris", "centre of Aleppo");
    }

    @Test
    void aPlaceNameThatBeginsTheNameOfAnEventOrAnAccordIsNoPlace() {
        String text = "after the Paris Olympics and the 2008 Aleppo Light Festival and the Tripoli 2022"
                + " Commonwealth Games the Paris agreement was signed in Aleppo";
        List<Mention> mentions = new ArrayList<>();
        for (String name : new String[] {"Paris", "Aleppo", "Tripoli"}) {
            int from = 0;
            int at;
            while ((at = text.indexOf(name, from)) >= 0) {
                mentions.add(new Mention("a1", new Span(at, at + name.length()), name, EntityType.LOCATION));
                from = at + name.length();
            }
        }
        List<Toponym> found = toponyms.find(text, List.of(sentence(text)), mentions, null);
        // the lower-case "agreement" is no name's word: that Paris stays, and so does Aleppo after "in"
        assertThat(found).extracting(t -> t.span().start())
                .containsExactly(text.indexOf("Paris agreement"), text.lastIndexOf("Aleppo"));
    }

    @Test
    void aPlaceInATitleCaseHeadlineBeforeTheWordsOfAnEventStaysAPlace() {
        String text = "Officers Clash With Protesters in Aleppo As Games Begin";
        List<Mention> mentions = List.of(new Mention("a1", new Span(text.indexOf("Aleppo"),
                text.indexOf("Aleppo") + 6), "Aleppo", EntityType.LOCATION));

        assertThat(toponyms.find(text, List.of(sentence(text)), mentions, null))
                .extracting(t -> t.span().of(text)).containsExactly("Aleppo");
    }

    @Test
    void aHomeTownAfterAPersonsAgeIsAnUntaggedPlace() {
        String text = "Wren Tolley , 30 , Tripoli , was cited and Mara Quist , 52 , of Paris , Texas , drove"
                + " on while Jack , 5 , and Smallville stayed";
        List<Toponym> found = find(text, null);
        // "Paris , Texas": the town after the age, and its state after the comma
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("Tripoli", "Paris", "Texas");
        assertThat(found).allSatisfy(t -> assertThat(t.untagged()).isTrue());
    }

    @Test
    void aPersonsNameInAListOfAgesIsNoHomeTown() {
        String text = "Maria Lopez , 34 , Paris Hilton , 22 , and Victoria Hill , 19 , were arrested";
        assertThat(find(text, null)).isEmpty();
    }
}
