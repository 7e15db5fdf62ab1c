package org.dossier.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DateExpression.Precision;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexAnchorTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 10, 12);

    @ParameterizedTest
    @CsvSource({
        "2016-10-10, PAST, 2016-10-10, DAY",
        "2016-10-10TNI, PAST, 2016-10-10, DAY",
        "2016-W40, PAST, 2016-10-03, WEEK",
        "2016-09, PAST, 2016-09-01, MONTH",
        "2016, PAST, 2016-01-01, YEAR",
        "XXXX-WXX-1, PAST, 2016-10-10, DAY",
        "XXXX-WXX-1, FUTURE, 2016-10-17, DAY",
        "XXXX-WXX-3, PAST, 2016-10-12, DAY",
        "XXXX-WXX-6TNI, PAST, 2016-10-08, DAY",
        "XXXX-WXX-1 OFFSET P-1W, PAST, 2016-10-03, DAY",
        "XXXX-WXX-5 OFFSET P1W, FUTURE, 2016-10-21, DAY",
        "XXXX-WE, PAST, 2016-10-08, WEEK",
        "THIS P1W OFFSET P-1W, PAST, 2016-10-03, WEEK",
        "THIS P1W, PAST, 2016-10-10, WEEK",
        "THIS P1D, PAST, 2016-10-12, DAY",
        "OFFSET P-1D, PAST, 2016-10-11, DAY",
        "OFFSET P1D, FUTURE, 2016-10-13, DAY",
        "OFFSET P-2W, PAST, 2016-09-28, WEEK",
        "THIS P1M OFFSET P-1M, PAST, 2016-09-01, MONTH",
        "THIS P1Y, PAST, 2016-01-01, YEAR",
        "XXXX-10-19, FUTURE, 2016-10-19, DAY",
        "XXXX-09-22, PAST, 2016-09-22, DAY",
        "XXXX-11-21, PAST, 2015-11-21, DAY",
        "XXXX-11-08, PAST, 2016-11-08, DAY",
        "XXXX-10-19T09:00, PAST, 2016-10-19, DAY",
        "XXXX-11, PAST, 2015-11-01, MONTH",
        "XXXX-03, PAST, 2016-03-01, MONTH",
        "XXXX-03, FUTURE, 2017-03-01, MONTH",
        "XXXX-WXX-1, PRESENT, 2016-10-17, DAY",
        "XXXX-09-22, PRESENT, 2016-09-22, DAY",
        "XXXX-11-21, PRESENT, 2016-11-21, DAY",
        "XXXX-08, PRESENT, 2016-08-01, MONTH",
        "XXXX-05, PRESENT, 2017-05-01, MONTH",
        "XXXX-12, PRESENT, 2016-12-01, MONTH",
        "XXXX-09-18T18:38, PAST, 2016-09-18, DAY",
        "XXXX-10-02T19:02+0530, PAST, 2016-10-02, DAY",
        "XXXX-WXX-2T10:41, PAST, 2016-10-11, DAY",
        "XXXX-WXX-6T04:00, FUTURE, 2016-10-15, DAY",
        "TNI OFFSET P-1D, PAST, 2016-10-11, DAY",
        "TMO OFFSET P-1D, PAST, 2016-10-11, DAY",
        "THIS NI, FUTURE, 2016-10-12, DAY",
        "THIS MO, PAST, 2016-10-12, DAY",
        "TEV OFFSET P1D, FUTURE, 2016-10-13, DAY",
        "THIS XXXX-06, PAST, 2016-06-01, MONTH",
        "XXXX-02 OFFSET P-1Y, PAST, 2015-02-01, MONTH",
        "XXXX-10 OFFSET P-1Y, PAST, 2015-10-01, MONTH",
        "XXXX-11 OFFSET P-1Y, PAST, 2015-11-01, MONTH",
        "XXXX-03 OFFSET P1Y, FUTURE, 2017-03-01, MONTH",
        "XXXX-11 OFFSET P1Y, FUTURE, 2017-11-01, MONTH",
        "THIS P1Y OFFSET P-1Y INTERSECT XXXX-02, PAST, 2015-02-01, MONTH",
    })
    void anchorsToThePublicationDate(String timex, Tense tense, LocalDate date, Precision precision) {
        TimexAnchor.Resolved resolved = TimexAnchor.resolve(timex, PUBLISHED, tense);
        assertThat(resolved.date()).isEqualTo(date);
        assertThat(resolved.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource({"PAST_REF", "THIS SU", "P1Y", "2016-13-01", "XXXX-02-30", "TNI", "TMO"})
    void leavesWhatItCannotAnchorUnresolved(String timex) {
        assertThat(TimexAnchor.resolve(timex, PUBLISHED, Tense.PAST).precision()).isEqualTo(Precision.UNRESOLVED);
    }

    /** A part of a day counts whole days from the publication day, across a month's, a leap day's and a year's end. */
    @ParameterizedTest
    @CsvSource({
        "TNI OFFSET P-1D, 2016-03-01, 2016-02-29",
        "TMO OFFSET P-1D, 2017-01-01, 2016-12-31",
        "TEV OFFSET P1D, 2016-12-31, 2017-01-01",
        "THIS NI, 2016-10-31, 2016-10-31",
    })
    void aPartOfADayCrossesMonthAndYearEnds(String timex, LocalDate published, LocalDate date) {
        TimexAnchor.Resolved resolved = TimexAnchor.resolve(timex, published, Tense.PAST);
        assertThat(resolved.date()).isEqualTo(date);
        assertThat(resolved.precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void aPartOfADayWithoutPublicationDateStaysUnresolved() {
        assertThat(TimexAnchor.resolve("TNI OFFSET P-1D", null, Tense.PAST).precision())
                .isEqualTo(Precision.UNRESOLVED);
        assertThat(TimexAnchor.resolve("THIS MO", null, Tense.PAST).precision()).isEqualTo(Precision.UNRESOLVED);
    }

    @Test
    void withoutPublicationDateOnlyAbsoluteValuesResolve() {
        assertThat(TimexAnchor.resolve("XXXX-WXX-1", null, Tense.PAST).precision()).isEqualTo(Precision.UNRESOLVED);
        assertThat(TimexAnchor.resolve("2016-10-10", null, Tense.PAST).date()).isEqualTo(LocalDate.of(2016, 10, 10));
    }

    @Test
    void tenseComesFromTheNearestVerb() {
        assertThat(Tense.of(tokens("He/PRP met/VBD them/PRP on/IN Monday/NNP"), 4, 4)).isEqualTo(Tense.PAST);
        assertThat(Tense.of(tokens("He/PRP will/MD meet/VB them/PRP on/IN Monday/NNP"), 5, 5)).isEqualTo(Tense.FUTURE);
        assertThat(Tense.of(tokens("The/DT summit/NN opens/VBZ on/IN Monday/NNP"), 4, 4)).isEqualTo(Tense.PRESENT);
        assertThat(Tense.of(tokens("On/IN Saturday/NNP ,/, rebels/NNS attacked/VBD"), 1, 1)).isEqualTo(Tense.PAST);
        assertThat(Tense.of(tokens("talks/NNS would/MD resume/VB on/IN Monday/NNP"), 4, 4)).isEqualTo(Tense.FUTURE);
        assertThat(Tense.of(tokens("They/PRP are/VBP meeting/VBG on/IN Friday/NNP"), 4, 4)).isEqualTo(Tense.FUTURE);
        assertThat(Tense.of(tokens("Monday/NNP"), 0, 0)).isEqualTo(Tense.PAST);
    }

    private static List<Token> tokens(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : tagged.split(" ")) {
            String word = pair.substring(0, pair.lastIndexOf('/'));
            tokens.add(new Token(new Span(at, at + word.length()), word, word, pair.substring(pair.lastIndexOf('/') + 1), "O"));
            at += word.length() + 1;
        }
        return tokens;
    }
}
