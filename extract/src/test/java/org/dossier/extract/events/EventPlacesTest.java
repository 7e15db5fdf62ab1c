package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Place;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** The article's place as each unplaced event takes it ({@link EventPlaces#forTheEvent}). */
class EventPlacesTest {

    private static final Place NORWAY = new Place("Norway", null, "NO", null, 62.0, 10.0, Place.Precision.COUNTRY);
    private static final Place OSLO = new Place("Oslo", 3143244L, "NO", "12", 59.91273, 10.74609,
            Place.Precision.PLACE);

    private static Event event(String actorCode, String cameo) {
        return new Event("a1", new Span(0, 10), "said it", null, null, null, new Actor("someone", actorCode), "SAY",
                cameo, CameoCodes.root(cameo), 1, 0.0, null, null, 0.5);
    }

    /**
     * "The White House called the inquiry a sham", "Swedish prosecutors dropped the case": a state's own body speaks,
     * decides or charges where it sits, not in the country another story's news is about.
     */
    @Test
    void aStatementOrLegalActOfAnotherCountrysBodyTakesItsOwnCountryNotACountryFocus() {
        Place denial = EventPlaces.forTheEvent(event("USAGOV", "111"), NORWAY);
        Place charge = EventPlaces.forTheEvent(event("SWEJUD", "173"), NORWAY);
        Place both = EventPlaces.forTheEvent(event("USAGOV;USALEG", "112"), NORWAY);

        assertThat(denial.country()).isEqualTo("US");
        assertThat(denial.precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(charge.country()).isEqualTo("SE");
        assertThat(both.country()).isEqualTo("US");
    }

    /**
     * The focus stays where the story is set in a town (a minister's remarks on a visit there), where the body is the
     * focus country's own, where the act is done where the other party is (talks, aid, force), and where the parties
     * are not all one country's state bodies.
     */
    @Test
    void theFocusStaysForATownOwnBodiesActsDoneAbroadAndOtherParties() {
        assertThat(EventPlaces.forTheEvent(event("USAGOV", "111"), OSLO)).isEqualTo(OSLO);
        assertThat(EventPlaces.forTheEvent(event("NORGOV", "111"), NORWAY)).isEqualTo(NORWAY);
        assertThat(EventPlaces.forTheEvent(event("USAGOV", "042"), NORWAY)).isEqualTo(NORWAY);
        assertThat(EventPlaces.forTheEvent(event("USAMIL", "190"), NORWAY)).isEqualTo(NORWAY);
        assertThat(EventPlaces.forTheEvent(event("USAMIL", "111"), NORWAY)).isEqualTo(NORWAY);
        assertThat(EventPlaces.forTheEvent(event("USAGOV;SWEGOV", "111"), NORWAY)).isEqualTo(NORWAY);
        assertThat(EventPlaces.forTheEvent(event("USA", "111"), NORWAY)).isEqualTo(NORWAY);
        assertThat(EventPlaces.forTheEvent(event(null, "111"), NORWAY)).isEqualTo(NORWAY);
    }
}
