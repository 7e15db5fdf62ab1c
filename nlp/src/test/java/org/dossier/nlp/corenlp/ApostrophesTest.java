package org.dossier.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApostrophesTest {

    @Test
    void apostrophesInsideWordsBecomeAsciiAndEveryOffsetHolds() {
        String text = "She said it’s fine, O’Neil’s aide didn’t ‘agree’ and the ’90s ended.";
        String ascii = Apostrophes.asciiInWords(text);
        assertThat(ascii).isEqualTo("She said it's fine, O'Neil's aide didn't ‘agree’ and the ’90s ended.");
        assertThat(ascii).hasSameSizeAs(text);
    }

    @Test
    void aTokenKeepsTheApostropheItsTextHas() {
        assertThat(Apostrophes.asWritten("'s", "’s")).isEqualTo("’s");
        assertThat(Apostrophes.asWritten("'s", "'s")).isEqualTo("'s");
        assertThat(Apostrophes.asWritten("be", "’s")).isEqualTo("be");
    }

    @Test
    void theParserReadsAsciiApostrophes() {
        assertThat(Apostrophes.forParser("n’t")).isEqualTo("n't");
        assertThat(Apostrophes.forParser("said")).isEqualTo("said");
    }
}
