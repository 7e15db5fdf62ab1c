package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class UncodedVerbalActsTest {

    @Test
    void aStatementOrCriticismByANameWithNoCodeIsNoEvent() {
        assertThat(UncodedVerbalActs.isNoEvent(event("111", new Actor("Phoebe Waller-Bridge", null)))).isTrue();
        assertThat(UncodedVerbalActs.isNoEvent(event("051", new Actor("Tim Lee", " ")))).isTrue();
        assertThat(UncodedVerbalActs.isNoEvent(event("010", null))).isTrue();
        assertThat(UncodedVerbalActs.isNoEvent(event("100", new Actor("Adele", null)))).as("a demand").isTrue();
    }

    @Test
    void aCodedSpeakerOrAnActOfForceStays() {
        assertThat(UncodedVerbalActs.isNoEvent(event("111", new Actor("Kristi Noem", "USAGOV")))).isFalse();
        assertThat(UncodedVerbalActs.isNoEvent(event("043", new Actor("Germany", "DEU")))).isFalse();
        assertThat(UncodedVerbalActs.isNoEvent(event("190", null))).as("violence by people not named").isFalse();
        assertThat(UncodedVerbalActs.isNoEvent(event("173", new Actor("Smith", null)))).isFalse();
    }

    @Test
    void theWordsOfACommentatorAreNoEventButTheirProtestIsOne() {
        assertThat(UncodedVerbalActs.isNoEvent(event("111", new Actor("Ada Quill", "USAEDU")))).isTrue();
        assertThat(UncodedVerbalActs.isNoEvent(event("020", new Actor("economists", "GBREDU;USAEDU")))).isTrue();
        assertThat(UncodedVerbalActs.isNoEvent(event("141", new Actor("students", "USAEDU")))).as("a march").isFalse();
        assertThat(UncodedVerbalActs.isNoEvent(event("111", new Actor("Ada Quill", "USAEDU;USAGOV")))).isFalse();
    }

    private static Event event(String cameo, Actor actor) {
        return new Event("a", new Span(0, 5), "words", null, null, null, actor, "ACT", cameo, cameo.substring(0, 2),
                1, 0, null, null, 0.3);
    }
}
