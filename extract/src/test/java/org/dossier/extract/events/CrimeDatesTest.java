package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.DateExpression.Precision;
import org.dossier.model.Event;
import org.dossier.model.Event.DateBasis;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class CrimeDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2010, 12, 8);
    private static final LocalDate SEPTEMBER = LocalDate.of(2010, 9, 1);
    private static final Actor HILLER = new Actor("Yvonne Hiller", "USACRM");
    private static final Actor VICTIM = new Actor("LaTonya Brown", "USACVL");

    @Test
    void anAssaultToldAgainTakesTheDateTheArticleGivesItElsewhere() {
        // "... when she opened fire at the plant in September" ... "Hiller admitted firing at several employees"
        Event dated = event("182", HILLER, VICTIM, 0, SEPTEMBER, Precision.MONTH, DateBasis.RELATIVE);
        Event retold = event("182", HILLER, null, 100, PUBLISHED, Precision.DAY, DateBasis.REPORTED);
        Event retoldVictim = event("1823", null, VICTIM, 200, PUBLISHED, Precision.DAY, DateBasis.REPORTED);
        List<Event> out = CrimeDates.dated(List.of(dated, retold, retoldVictim), PUBLISHED);
        assertThat(out.get(1).date()).isEqualTo(SEPTEMBER);
        assertThat(out.get(1).datePrecision()).isEqualTo(Precision.MONTH);
        assertThat(out.get(1).dateBasis()).isEqualTo(DateBasis.RELATIVE);
        assertThat(out.get(2).date()).as("the same victim").isEqualTo(SEPTEMBER);
        assertThat(out.get(0)).isEqualTo(dated);
    }

    @Test
    void aPartyWithAssaultsOfTwoDatesDatesNone() {
        // review, session thirteen: which of two crimes of the same person a retelling tells, the text does not say
        LocalDate june = LocalDate.of(2005, 6, 24);
        Event later = event("173", null, HILLER, 0, PUBLISHED.minusDays(1), Precision.DAY, DateBasis.RELATIVE);
        Event laterAssault = event("182", HILLER, null, 10, LocalDate.of(2006, 1, 1), Precision.YEAR,
                DateBasis.STATED);
        Event first = event("1823", HILLER, null, 50, june, Precision.DAY, DateBasis.STATED);
        Event retold = event("182", HILLER, null, 100, PUBLISHED, Precision.DAY, DateBasis.REPORTED);
        assertThat(CrimeDates.dated(List.of(later, first, retold), PUBLISHED).get(2).date()).isEqualTo(june);
        assertThat(CrimeDates.dated(List.of(later, laterAssault, first, retold), PUBLISHED).get(3).date())
                .isEqualTo(PUBLISHED);
    }

    @Test
    void anOlderCrimeOfTheSameDoerOnAnotherVictimDatesNothing() {
        // "Police said John Miller attacked a woman ... Miller had stabbed a nurse in March 2019"
        Actor miller = new Actor("John Miller", "USACRM");
        Event older = event("182", miller, new Actor("US health sector", "USAHLH"), 0, LocalDate.of(2009, 3, 1),
                Precision.MONTH, DateBasis.STATED);
        Event current = event("182", miller, new Actor("US civilians", "USACVL"), 100, PUBLISHED, Precision.DAY,
                DateBasis.REPORTED);
        assertThat(CrimeDates.dated(List.of(older, current), PUBLISHED).get(1).date()).isEqualTo(PUBLISHED);
    }

    @Test
    void otherPeopleOtherActsAndDatesOfTheNewsDayDoNotDate() {
        Actor rioters = new Actor("Brooklyn rioters", "USACVL");
        Event shooting = event("1823", new Actor("US police", "USACOP"), new Actor("Kimani Gray", "USACVL"), 0,
                LocalDate.of(2010, 12, 4), Precision.DAY, DateBasis.RELATIVE);
        Event riot = event("180", rioters, null, 100, PUBLISHED, Precision.DAY, DateBasis.REPORTED);
        assertThat(CrimeDates.dated(List.of(shooting, riot), PUBLISHED).get(1).dateBasis())
                .as("the riot after the shooting names other people").isEqualTo(DateBasis.REPORTED);
        Event statement = event("112", HILLER, null, 100, PUBLISHED, Precision.DAY, DateBasis.REPORTED);
        Event dated = event("182", HILLER, null, 0, SEPTEMBER, Precision.MONTH, DateBasis.STATED);
        assertThat(CrimeDates.dated(List.of(dated, statement), PUBLISHED).get(1).date()).as("no assault")
                .isEqualTo(PUBLISHED);
        Actor israel = new Actor("Israel", "ISR");
        Actor civilians = new Actor("Palestinian civilians", "PSECVL");
        Event october = event("1823", new Actor("Hamas", "PSEREBHMS"), israel, 0, LocalDate.of(2010, 10, 7),
                Precision.DAY, DateBasis.STATED);
        Event strike = event("183", israel, civilians, 100, PUBLISHED, Precision.DAY, DateBasis.REPORTED);
        Event dead = event("1823", null, civilians, 200, PUBLISHED, Precision.DAY, DateBasis.REPORTED);
        Event october2 = event("1823", null, civilians, 300, LocalDate.of(2010, 10, 7), Precision.DAY,
                DateBasis.STATED);
        List<Event> war = CrimeDates.dated(List.of(october, strike, dead, october2), PUBLISHED);
        assertThat(war.get(1).date()).as("a country is no one crime's party").isEqualTo(PUBLISHED);
        assertThat(war.get(2).date()).as("nor is a sector").isEqualTo(PUBLISHED);
        Event today = event("182", HILLER, null, 0, PUBLISHED, Precision.DAY, DateBasis.RELATIVE);
        Event retold = event("182", HILLER, null, 100, PUBLISHED, Precision.DAY, DateBasis.REPORTED);
        assertThat(CrimeDates.dated(List.of(today, retold), PUBLISHED).get(1).dateBasis())
                .as("a date of the news day is the reported day already").isEqualTo(DateBasis.REPORTED);
    }

    private static Event event(String cameo, Actor actor, Actor target, int start, LocalDate date,
            Precision precision, DateBasis basis) {
        return new Event("a", new Span(start, start + 5), "words", date, precision, basis, actor, "ACT", cameo,
                cameo.substring(0, 2), 4, -9, target, null, 0.5);
    }
}
