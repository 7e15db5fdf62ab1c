package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class UncodedVerbalActsTest {

    @Test
    void aStatementOrCriticismByANameWithNoCodeIsNoEvent() {
        assertThat(isNoEvent(event("111", new Actor("Phoebe Waller-Bridge", null)))).isTrue();
        assertThat(isNoEvent(event("051", new Actor("Tim Lee", " ")))).isTrue();
        assertThat(isNoEvent(event("010", null))).isTrue();
        assertThat(isNoEvent(event("100", new Actor("Adele", null)))).as("a demand").isTrue();
    }

    @Test
    void aCodedSpeakerOrAnActOfForceStays() {
        assertThat(isNoEvent(event("111", new Actor("Kristi Noem", "USAGOV")))).isFalse();
        assertThat(isNoEvent(event("043", new Actor("Germany", "DEU")))).isFalse();
        assertThat(isNoEvent(event("190", null))).as("violence by people not named").isFalse();
        assertThat(isNoEvent(event("173", new Actor("Smith", null)))).isFalse();
    }

    @Test
    void theWordsOfACommentatorAreNoEventButTheirProtestIsOne() {
        assertThat(isNoEvent(event("111", new Actor("Ada Quill", "USAEDU")))).isTrue();
        assertThat(isNoEvent(event("141", new Actor("students", "USAEDU")))).as("a march").isFalse();
        assertThat(isNoEvent(event("111", new Actor("Ada Quill", "USAEDU;USAGOV")))).isFalse();
        // a university or students act as bodies, not as commentators (review, session sixteen)
        assertThat(isNoEvent(event("120", new Actor("Eastvale University", "USAEDU")))).as("rejected").isFalse();
        assertThat(isNoEvent(event("100", new Actor("Students", "USAEDU")))).as("demanded").isFalse();
        assertThat(isNoEvent(event("112", new Actor("Eastvale College", "USAEDU")))).as("sued").isFalse();
        assertThat(UncodedVerbalActs.isNoEvent(event("130", new Actor("US education sector", "USAEDU")), PERSONS,
                true)).as("economists as a group warned").isTrue();
    }

    /** The persons the article names, as the extractor passes them. */
    private static final java.util.Set<String> PERSONS = java.util.Set.of("Ada Quill", "Phoebe Waller-Bridge",
            "Tim Lee", "Kristi Noem", "Smith");

    private static boolean isNoEvent(Event event) {
        return UncodedVerbalActs.isNoEvent(event, PERSONS);
    }

    private static Event event(String cameo, Actor actor) {
        return new Event("a", new Span(0, 5), "words", null, null, null, actor, "ACT", cameo, cameo.substring(0, 2),
                1, 0, null, null, 0.3);
    }
}
