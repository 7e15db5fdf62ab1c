package org.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTitlesTest {

    @Test
    void capitalizedWordsWithoutEndPunctuationAreATitle() {
        assertThat(QuotedTitles.isTitle("Planet of the Apes")).isTrue();
        assertThat(QuotedTitles.isTitle("A Choice, Not an Echo")).isTrue();
        assertThat(QuotedTitles.isTitle("The Rachel Maddow Show")).isTrue();
    }

    @Test
    void aSentenceOrLowerCaseWordsAreNoTitle() {
        assertThat(QuotedTitles.isTitle("We Are Going To Win The Nomination.")).isFalse();
        assertThat(QuotedTitles.isTitle("Is There Anyone Here?")).isFalse();
        assertThat(QuotedTitles.isTitle("we will not stop now")).isFalse();
        assertThat(QuotedTitles.isTitle("Nobody breaks these rules")).isFalse();
        assertThat(QuotedTitles.isTitle("Yes")).isFalse();
    }
}
