package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.places.Gazetteer;
import org.junit.jupiter.api.Test;

/** Scoring against a gold of events (gold/events/README.md), where every count is known. */
class EventGoldScoringTest {

    private static final String TEXT = "Rebels shelled the town on Monday. The army arrested two men. Floods killed 40.";

    private static final String GOLD = """
            {"articles": [{"id": "doc1", "file": "set/doc1.html", "published": "2016-10-12",
              "events": [
                {"start": 0, "end": 14, "text": "Rebels shelled", "actor": "Syrian rebels", "actor_code": "SYRREB",
                 "cameo": "194", "target": null, "target_code": null, "date": "2016-10-10", "date_basis": "relative",
                 "location": "Blue Nile state"},
                {"start": 35, "end": 60, "text": "The army arrested two men", "actor": "Syrian military",
                 "actor_code": "SYRMIL", "cameo": "173", "target": "men", "target_code": "SYRCVL",
                 "date": "2016-10-03", "date_to": "2016-10-09", "date_basis": "relative"}],
              "non_events": [{"start": 62, "end": 79, "text": "Floods killed 40.", "why": "nature"}]}]}
            """;

    private static EventRecord event(String text, String cameo, String actor, String code, Double confidence,
            String date) {
        int start = TEXT.indexOf(text);
        return new EventRecord(date == null ? null : LocalDate.parse(date), date == null ? null : "day",
                date == null ? null : "reported", actor, code,
                "X", cameo, cameo.substring(0, 2), 4, -9, null, null, null, confidence, text, start,
                start + text.length());
    }

    private static ArticleRecord system(List<EventRecord> events) {
        return new ArticleRecord("doc1", "set/doc1.html", null, null, null, LocalDate.parse("2016-10-12"), "stated",
                null, "en",
                TEXT, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), events, null, null, null);
    }

    private static EvalResult score(List<EventRecord> events) throws Exception {
        GoldSet gold = new ObjectMapper().readValue(GOLD, GoldSet.class);
        return new Evaluator().evaluate(gold, List.of(system(events)));
    }

    @Test
    void anEventIsRightWhenItsWordsRootAndActorCodeMatch() throws Exception {
        EvalResult result = score(List.of(
                event("Rebels shelled the town", "190", "rebels", "SYRREBX", 0.9, "2016-10-10"),
                event("The army arrested", "173", "Syrian police", "SYRCOP", 0.4, "2016-10-05"),
                event("Floods killed", "190", null, null, 0.2, "2016-10-12")));

        assertThat(result.score("events").tp()).as("the shelling: root 19 and SYRREB on six characters").isEqualTo(1);
        assertThat(result.score("events").fp()).isEqualTo(2);
        assertThat(result.score("events").fn()).isEqualTo(1);
        assertThat(result.score("events (words and root)").tp()).as("the arrest matches but its actor").isEqualTo(2);
        assertThat(result.score("event actor code").correct()).isEqualTo(1);
        assertThat(result.score("event date").correct()).as("a day inside the gold week is right").isEqualTo(2);
    }

    @Test
    void anEventPlaceIsRightWhenItNamesTheGoldsPlaceOrAPartOfIt() throws Exception {
        int start = TEXT.indexOf("Rebels shelled");
        LocalDate day = LocalDate.of(2016, 10, 10);
        EventRecord placed = new EventRecord(day, "day", "relative", "Syrian rebels", "SYRREB", "X", "194", "19", 4,
                -9, null, null, "Blue Nile", 0.5, "Rebels shelled", start, start + 14, null);
        EventRecord elsewhere = new EventRecord(day, "day", "relative", "Syrian rebels", "SYRREB", "X", "194", "19", 4,
                -9, null, null, "Khartoum", 0.5, "Rebels shelled", start, start + 14, null);

        assertThat(score(List.of(placed)).score("event place (matched events the gold places)").correct())
                .isEqualTo(1);
        assertThat(score(List.of(elsewhere)).score("event place (matched events the gold places)").correct())
                .isZero();
        assertThat(EventScorer.samePlace("Fajardo, Puerto Rico", "Fajardo", null)).isTrue();
        assertThat(EventScorer.samePlace("off Yemen", null, "Yemen")).isTrue();
        assertThat(EventScorer.samePlace("the West Bank", "West Bank", null)).isTrue();
        assertThat(EventScorer.samePlace("Paris", "Parisian suburbs", null)).isFalse();
    }

    @Test
    void anEventPlaceIsRightWhenTheGoldSpellsTheSamePlaceOtherwise() {
        Gazetteer gazetteer = Gazetteer.standard();
        long jabalia = gazetteer.places("jabalya").get(0).geonamesId();
        PlaceRecord town = new PlaceRecord("Jabālyā", jabalia, "PS", null, 31.5, 34.5, 1);
        PlaceRecord turkey = new PlaceRecord("Türkiye", null, "TR", null, 39.0, 35.0, 4);

        assertThat(EventScorer.samePlace("Jabalia refugee camp", "Jabālyā", "Jabālyā")).isFalse();
        assertThat(EventScorer.sameGazetteerPlace("Jabalia refugee camp", town, gazetteer)).isTrue();
        assertThat(EventScorer.sameGazetteerPlace("Turkey", turkey, gazetteer)).isTrue();
        assertThat(EventScorer.sameGazetteerPlace("Gaza City", town, gazetteer)).isFalse();
        assertThat(EventScorer.sameGazetteerPlace("Greece", turkey, gazetteer)).isFalse();
        PlaceRecord partOfTown = new PlaceRecord("Beach Camp", jabalia, "PS", null, 31.5, 34.5, 2);
        assertThat(EventScorer.sameGazetteerPlace("Jabalia", partOfTown, gazetteer))
                .as("a part of a town keeps the text's name: no spelling to forgive").isFalse();
    }

    @Test
    void anEventPlacedAtACountryOrAreaIsNotRightForAPartOfItOrAnotherPlaceOfTheName() {
        Gazetteer gazetteer = Gazetteer.standard();
        PlaceRecord palestine = new PlaceRecord("Palestine", null, "PS", null, 31.9, 35.2, 4);
        PlaceRecord lebanon = new PlaceRecord("Lebanon", null, "LB", null, 33.8, 35.8, 4);
        PlaceRecord virginia = new PlaceRecord("Virginia", null, "US", "VA", 37.5, -78.8, 3);

        assertThat(EventScorer.sameGazetteerPlace("Gaza Strip", palestine, gazetteer))
                .as("a part of a country is not the country").isFalse();
        assertThat(EventScorer.sameGazetteerPlace("Hebron, West Bank", palestine, gazetteer)).isFalse();
        assertThat(EventScorer.sameGazetteerPlace("Lebanon, Pennsylvania", lebanon, gazetteer)).isFalse();
        assertThat(EventScorer.sameGazetteerPlace("Charleston, West Virginia", virginia, gazetteer)).isFalse();
        assertThat(EventScorer.sameGazetteerPlace("Virginia", virginia, gazetteer)).isTrue();
        PlaceRecord us = new PlaceRecord("United States", null, "US", null, 39.8, -98.6, 4);
        PlaceRecord iceland = new PlaceRecord("Iceland", null, "IS", null, 65.0, -18.0, 4);
        assertThat(EventScorer.sameGazetteerPlace("Latin America", us, gazetteer)).isFalse();
        assertThat(EventScorer.sameGazetteerPlace("Long Island", iceland, gazetteer)).isFalse();
    }

    @Test
    void theTallyCountsRootsConfusionsNonEventsAndCalibration() throws Exception {
        EvalResult result = score(List.of(
                event("Rebels shelled", "111", "Syrian rebels", "SYRREB", 0.95, null),
                event("Floods killed", "190", null, null, 0.15, null)));
        EventTally tally = result.events();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        result.print(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(printed).contains("19 -> 11", "17 -> none", "nature           1 coded    1");
        assertThat(tally.calibrationRows().get(9)[1]).as("one event at 0.9-1.0").isEqualTo(1);
        assertThat(tally.calibrationRows().get(9)[2]).as("and it is wrong").isZero();
        assertThat(tally.partiesNamingNoActor()).isZero();
    }

    @Test
    void aPartyWithNoCodeThatIsNoEntityOfTheArticleNamesNoActor() throws Exception {
        EvalResult result = score(List.of(event("Rebels shelled", "194", "rebel-held areas", null, 0.5, null)));

        assertThat(result.events().partiesNamingNoActor()).isEqualTo(1);
    }
}
