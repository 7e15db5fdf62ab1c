package org.dossier.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthNounTest {

    @Test
    void aMonthsNameAloneInLowerCaseIsNoDate() {
        // "Guards detained two students during a march ." : SUTime reads "march" as the month
        List<CoreLabel> march = tokens("Guards detained two students during a march .");
        assertThat(CoreNlpAnnotator.isMonthNoun(march, 6, 7)).isTrue();
    }

    @Test
    void aModalAfterThisIsNoMonth() {
        // "This may seem odd ." : SUTime reads "This may" as this May
        List<CoreLabel> modal = tokens("This may seem odd .");
        List<CoreLabel> month = tokens("Rebels attacked the town this May .");
        assertThat(CoreNlpAnnotator.isMonthNoun(modal, 0, 2)).isTrue();
        assertThat(CoreNlpAnnotator.isMonthNoun(month, 4, 6)).isFalse();
    }

    @Test
    void aCapitalMonthAfterThisOrLastAtTheSentenceStartIsADate() {
        // the pointer's capital says nothing; the month's does ("This May the council met", "Last June, ...")
        assertThat(CoreNlpAnnotator.isMonthNoun(tokens("This May the council met ."), 0, 2)).isFalse();
        assertThat(CoreNlpAnnotator.isMonthNoun(tokens("Last June , the mill closed ."), 0, 2)).isFalse();
        assertThat(CoreNlpAnnotator.isMonthNoun(tokens("Their last march was peaceful ."), 1, 3)).isTrue();
    }

    @Test
    void aMonthWithACapitalOrWithADayIsADate() {
        List<CoreLabel> capital = tokens("Guards detained two students in March .");
        List<CoreLabel> withDay = tokens("Guards detained two students on march 3 .");
        assertThat(CoreNlpAnnotator.isMonthNoun(capital, 5, 6)).isFalse();
        assertThat(CoreNlpAnnotator.isMonthNoun(withDay, 5, 7)).isFalse();
    }

    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(word -> {
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            return label;
        }).toList();
    }
}
