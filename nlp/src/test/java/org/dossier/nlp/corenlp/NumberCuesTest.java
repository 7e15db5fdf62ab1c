package org.dossier.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.dossier.nlp.corenlp.NumberCues.Cue;
import org.junit.jupiter.api.Test;

class NumberCuesTest {

    @Test
    void sentencesWithoutAnAmountOrATimeNeedOnlyTheNameTagger() {
        assertThat(NumberCues.of(tokens("Assad met Putin in Moscow ."))).isEqualTo(Cue.NONE);
    }

    @Test
    void plainAmountsNeedTheNumericClassifiersButNotSutime() {
        assertThat(NumberCues.of(tokens("The army killed 20 people ."))).isEqualTo(Cue.NUMBER);
        assertThat(NumberCues.of(tokens("Twenty people died ."))).isEqualTo(Cue.NUMBER);
        assertThat(NumberCues.of(tokens("Aid worth $5 million , or 3.5 % of 1,200 shipments"))).isEqualTo(Cue.NUMBER);
        assertThat(NumberCues.of(tokens("Prices rose 40%"))).isEqualTo(Cue.NUMBER);
    }

    @Test
    void wordsAndNumbersThatMayBeDatesOrTimesNeedSutime() {
        for (String sentence : List.of("Talks resumed on Monday .", "It began in 2016 .", "since the 1990s",
                "at 10:30 GMT", "on the 5th", "on 12/03", "Talks resumed at 10 p.m. local", "a once thriving city",
                "in the first quarter", "two years ago", "a 24-hour truce", "Nov. elections",
                "the class of ' 11", "in daylight", "built in 0845", "a medieval town", "it ended at 2 am",
                "in the late fifties", "until next week", "early on Sunday")) {
            assertThat(NumberCues.of(tokens(sentence))).as(sentence).isEqualTo(Cue.DATE);
        }
    }

    @Test
    void wordsThatOnlyModifyATimeExpressionAreNoCueWithoutOne() {
        for (String sentence : List.of("The new government will meet next .", "He has never been there since .",
                "Every soldier left , and then the last convoy came early .")) {
            assertThat(NumberCues.of(tokens(sentence))).as(sentence).isEqualTo(Cue.NONE);
        }
    }

    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(word -> {
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            return label;
        }).toList();
    }
}
