package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class CriminalPartiesTest {

    private static final Actor CIVILIANS = new Actor("US civilians", "USACVL");
    private static final Actor POLICE = new Actor("US police", "USACOP");

    @Test
    void theCivilianDoerOfAKillingOrAShootingIsACriminal() {
        // "the man who killed three people", "the woman who abducted the boy"
        assertThat(CriminalParties.recoded(event("1823", CIVILIANS, null)).actor())
                .isEqualTo(new Actor("US criminals", "USACRM"));
        assertThat(CriminalParties.recoded(event("181", CIVILIANS, null)).actor().code()).isEqualTo("USACRM");
        assertThat(CriminalParties.recoded(event("182", CIVILIANS, POLICE)).target()).isEqualTo(POLICE);
    }

    @Test
    void whomTheLawChargesOrConvictsIsASuspect() {
        // "the two men were charged", "a jury convicted a Spiro man"
        Event charged = event("173", POLICE, CIVILIANS, "Detectives charged the man");
        assertThat(CriminalParties.recoded(charged).target().code()).isEqualTo("USACRM");
        assertThat(CriminalParties.recoded(event("116", POLICE, CIVILIANS)).target().code()).isEqualTo("USACRM");
        assertThat(CriminalParties.recoded(charged).actor()).isEqualTo(POLICE);
    }

    @Test
    void anArrestMakesASuspectOnlyWhenTheSentenceSaysOfWhatAndNeverOfProtesters() {
        Event arrested = event("173", POLICE, CIVILIANS, "Police arrested the man");
        assertThat(CriminalParties.recoded(arrested, "Police arrested the man on charges of murder .").target()
                .code()).isEqualTo("USACRM");
        assertThat(CriminalParties.recoded(arrested, "Police arrested the man in Ponce on various drug charges .")
                .target().code()).isEqualTo("USACRM");
        assertThat(CriminalParties.recoded(arrested, "Police arrested the man for allegedly running a brothel .")
                .target().code()).isEqualTo("USACRM");
        assertThat(CriminalParties.recoded(arrested, "Police arrested the man on Monday .").target())
                .isEqualTo(CIVILIANS);
        assertThat(CriminalParties.recoded(event("173", POLICE, CIVILIANS, "Police arrested 30 protesters"),
                "Police arrested 30 protesters in Portland for assault .").target()).isEqualTo(CIVILIANS);
        assertThat(CriminalParties.recoded(event("173", POLICE, CIVILIANS, "detained a Uighur woman"),
                "Authorities detained a Uighur woman in Urumqi .").target()).isEqualTo(CIVILIANS);
        assertThat(CriminalParties.recoded(event("173", POLICE, CIVILIANS, "Police arrested dozens of people"),
                "Police arrested dozens of people at a vigil for robbery victims .").target()).isEqualTo(CIVILIANS);
    }

    @Test
    void civiliansOfNoCountryAreRenamedWithTheirCode() {
        Event e = event("1823", new Actor("civilians", "---CVL"), null);
        assertThat(CriminalParties.recoded(e).actor()).isEqualTo(new Actor("criminals", "---CRM"));
    }

    @Test
    void riotersVictimsAndOtherActsStayCivilians() {
        assertThat(CriminalParties.recoded(event("180", CIVILIANS, null)).actor()).as("rioters throwing bottles")
                .isEqualTo(CIVILIANS);
        assertThat(CriminalParties.recoded(event("145", CIVILIANS, POLICE)).actor()).isEqualTo(CIVILIANS);
        assertThat(CriminalParties.recoded(event("182", POLICE, CIVILIANS)).target()).as("a victim")
                .isEqualTo(CIVILIANS);
        assertThat(CriminalParties.recoded(event("111", CIVILIANS, null)).actor()).isEqualTo(CIVILIANS);
        Actor named = new Actor("Gary Gomes", "USAGOV");
        assertThat(CriminalParties.recoded(event("1823", named, null)).actor()).as("a code of another sector")
                .isEqualTo(named);
    }

    private static Event event(String cameo, Actor actor, Actor target) {
        return event(cameo, actor, target, "words");
    }

    private static Event event(String cameo, Actor actor, Actor target, String text) {
        return new Event("a", new Span(0, 5), text, null, null, null, actor, "ACT", cameo, cameo.substring(0, 2),
                4, -9, target, null, 0.5);
    }
}
