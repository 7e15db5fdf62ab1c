package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateMentionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "December 12, 2016 10:30 pm | 2016-12-12",
        "Last update: Mon, 10/10/2016 - 22:52 | 2016-10-10",
        "Posted 2019-03-07T10:00:00Z | 2019-03-07",
        "on 12 Dec. 2016 | 2016-12-12",
        "December 9th 2016 | 2016-12-09",
        "25/09/2016 | 2016-09-25",
        "04.05.2019 | 2019-05-04",
        "Mon, 10 Oct 2016 | 2016-10-10",
        "the 3rd of March, 2020 | 2020-03-03",
    })
    void readsWrittenDates(String text, LocalDate expected) {
        assertThat(DateMentions.find(text)).extracting(DateMention::date).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"on Sunday", "October 19", "since 2012", "13/13/2016", "February 30, 2016",
        "version 1.2.2016x"})
    void ignoresDatesWithoutFullYearOrInvalid(String text) {
        assertThat(DateMentions.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "December 12, 2016 10:30 pm | Updated 10:30 pm IST - BRUSSELS: ; true",
        "Last update: Mon, 10/10/2016 - 22:52 ; true",
        "Published on 3 May 2019 at 10:12 GMT ; true",
        "Canadian Journalist on lies about Syria | December 9th 2016 ; false",
        "POSTED: 05 / 02 / 07, 9: 40 PM PDT | ; true",
        "Last updated 11: 05 15 / 09 / 2013 ; true",
        "Washington D. C., Jul 14, 2009 / 04: 30 pm (CNA) ; true",
        "Reuters Sep 18, 2013, 04. 45PM IST ; true",
        "Obama Wins Election In Landslide November 4, 2008 ; false",
        "The offensive began on September 22, 2016 and has not stopped since. ; false",
    })
    void recognizesDateLines(String line, boolean dateLine) {
        assertThat(DateLines.isDateLine(line)).isEqualTo(dateLine);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Posted 2 / 3 / 2009 10: 20 PM | 2009-02-03",
        "Updated 12 / 2 / 2010 2: 15 AM | 2010-12-02",
    })
    void readsTheSpacedSlashesOfTokenizedCopies(String text, LocalDate expected) {
        assertThat(DateMentions.find(text)).extracting(DateMention::date).containsExactly(expected);
    }

    @Test
    void readsTwoDigitYearsOnlyOnDateLines() {
        assertThat(DateMentions.inDateLine("POSTED: 05 / 02 / 07, 9: 40 PM PDT")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2007, 5, 2));
        assertThat(DateMentions.inDateLine("Updated 12/30/98")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(1998, 12, 30));
        assertThat(DateMentions.find("a 3/4/07 ratio")).isEmpty();
        assertThat(DateMentions.inDateLine("scored 24/7/365")).isEmpty();
    }
}
