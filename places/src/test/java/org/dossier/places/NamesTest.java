package org.dossier.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keys names are indexed by: plain names (the fast path) and others fold alike. */
class NamesTest {

    @Test
    void foldsPlainAndMarkedNamesAlike() {
        assertThat(Names.key("New York")).isEqualTo("new york");
        assertThat(Names.key("NEW YORK")).isEqualTo("new york");
        assertThat(Names.key("New  York ")).isEqualTo("new york");
        assertThat(Names.key("The Hague")).isEqualTo("hague");
        assertThat(Names.key("St Catherine")).isEqualTo("saint catherine");
        assertThat(Names.key("St. Catherine")).isEqualTo("saint catherine");
        assertThat(Names.key("Deir ez-Zor")).isEqualTo("deir ez zor");
        assertThat(Names.key("Sarāqib")).isEqualTo("saraqib");
        assertThat(Names.key("U.S.")).isEqualTo("us");
    }

    @Test
    void losAngelesInitialsAreNotLouisianasAbbreviation() {
        // both would fold to "la": the initials, with or without the last dot, key as Los Angeles; "La." and "LA"
        // keep the key that aliases.tsv gives Louisiana
        assertThat(Names.key("L.A.")).isEqualTo("los angeles");
        assertThat(Names.key("L.A")).isEqualTo("los angeles");
        assertThat(Names.key("La.")).isEqualTo("la");
        assertThat(Names.key("LA")).isEqualTo("la");
    }

    @Test
    void spacedInitialsKeyAsTheInitialsWrittenTogether() {
        // tokenized corpora write "N.Y." as "N. Y.": without the join it would key as "n y", no place
        assertThat(Names.key("N. Y.")).isEqualTo("ny");
        assertThat(Names.key("U. S.")).isEqualTo("us");
        assertThat(Names.key("L. A.")).isEqualTo("los angeles");
        assertThat(Names.key("New York")).isEqualTo("new york");
    }

    @Test
    void spacedInitialsOfADegreeOrTitleAreNotJoinedIntoAState() {
        // "earned an M. D." and "a P. A. at a clinic": joined they would key as Maryland's and Pennsylvania's "Md."
        // and "Pa."
        assertThat(Names.key("M. D.")).isEqualTo("m d");
        assertThat(Names.key("P. A.")).isEqualTo("p a");
        assertThat(Names.key("N. Y.")).isEqualTo("ny");
    }
}
