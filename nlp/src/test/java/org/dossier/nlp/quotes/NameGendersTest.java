package org.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.core.NameGenders;
import org.junit.jupiter.api.Test;

class NameGendersTest {

    @Test
    void aTitleOrAFirstNameGivesTheGenderASurnameAloneDoesNot() {
        assertThat(NameGenders.of("Mrs. Clinton")).isEqualTo(NameGenders.Gender.FEMALE);
        assertThat(NameGenders.of("Mr Rove")).isEqualTo(NameGenders.Gender.MALE);
        assertThat(NameGenders.of("Clinton")).as("a surname alone").isNull();
        assertThat(NameGenders.of(null)).isNull();
        assertThat(NameGenders.ofPronoun("She")).isEqualTo(NameGenders.Gender.FEMALE);
        assertThat(NameGenders.ofPronoun("him")).isEqualTo(NameGenders.Gender.MALE);
        assertThat(NameGenders.ofPronoun("they")).isNull();
    }

    @Test
    void firstNamesComeFromCoreNlpsTable() {
        assertThat(NameGenders.of("Hillary Clinton")).isEqualTo(NameGenders.Gender.FEMALE);
        assertThat(NameGenders.of("Donald Trump")).isEqualTo(NameGenders.Gender.MALE);
        assertThat(NameGenders.of("Zzyzx Qwerty")).isNull();
        assertThat(NameGenders.of("Jordan Peterson")).as("a name the table lists both ways").isNull();
    }
}
