package org.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.junit.jupiter.api.Test;

/** Records hold days; their files hold ISO dates, whatever mapper writes them. */
class IsoDayTest {

    private static ArticleRecord dated(LocalDate published, LocalDate eventDay) {
        EventRecord event = new EventRecord(eventDay, "day", "stated", "Russia", "RUS", "ATTACK", "190", "19", 4, -10,
                null, null, null, 0.5, "Russia attacked.", 0, 16);
        return new ArticleRecord("a1", "a1.txt", null, "T", "Outlet", published, "stated", null, "en",
                "Russia attacked.", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(event),
                null, null, null);
    }

    @Test
    void daysAreWrittenAsIsoDatesAndReadBackAsDays() throws Exception {
        ArticleRecord record = dated(LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 9));

        String line = ArticlesJsonl.toLine(record);
        // Any mapper of records (the server's, a Spark job's) writes the same.
        String plain = RecordJson.mapper().writeValueAsString(record);

        assertThat(line).contains("\"published\":\"2016-10-10\"").contains("\"date\":\"2016-10-09\"");
        assertThat(plain).isEqualTo(line);
        assertThat(ArticlesJsonl.fromLine(line)).isEqualTo(record);
    }

    @Test
    void aTimestampIsReadAsItsDayAndAMissingDayAsNone() {
        String line = ArticlesJsonl.toLine(dated(null, null)).replace("\"published\":null",
                "\"published\":\"2016-10-13T08:00:00Z\"");

        ArticleRecord read = ArticlesJsonl.fromLine(line);

        assertThat(read.published()).isEqualTo(LocalDate.of(2016, 10, 13));
        assertThat(read.events().getFirst().date()).isNull();
    }

    @Test
    void aValueThatIsNoDayIsAnErrorNamingIt() {
        String line = ArticlesJsonl.toLine(dated(null, null)).replace("\"published\":null",
                "\"published\":\"last Tuesday\"");

        assertThatThrownBy(() -> ArticlesJsonl.fromLine(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last Tuesday");
    }
}
