package org.dossier.eval.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodingScoreTest {

    private static CodingRecord record(String json) throws Exception {
        return CodingRecord.of(new ObjectMapper().readTree(json));
    }

    @Test
    void readsRecordsInTheConvertedPetrarchFormat() throws Exception {
        CodingRecord r = record("{\"id\": \"X_1\", \"date\": \"20080804\", \"category\": \"AFP\", \"gold_events\": "
                + "[{\"source\": \"USA\", \"target\": \"CHN\", \"event\": \"042\"}], \"gold_noevents\": false, "
                + "\"gold_error\": null, \"text\": \"The US leader visited China.\"}");

        assertThat(r.date()).hasToString("2008-08-04");
        assertThat(r.gold()).containsExactly(new CodedEvent("USA", "CHN", "042"));
        assertThat(r.errorTest()).isFalse();
    }

    @Test
    void pairsByRootAndCountsTriplesAndFalsePositives() throws Exception {
        CodingRecord two = record("{\"id\": \"A\", \"gold_events\": [{\"source\": \"USA\", \"target\": \"CHN\", "
                + "\"event\": \"042\"}, {\"source\": \"CHN\", \"target\": \"USA\", \"event\": \"190\"}], "
                + "\"text\": \"t\"}");
        CodingRecord none = record("{\"id\": \"B\", \"gold_events\": [], \"gold_noevents\": true, \"text\": \"t\"}");
        CodingScore score = new CodingScore();

        score.add(two, List.of(new CodedEvent("USA", "CHN", "043"), new CodedEvent("RUS", "USA", "111")));
        score.add(none, List.of());

        assertThat(score.rootAccuracy()).isEqualTo(0.5);
        assertThat(score.falsePositiveShare()).isEqualTo(0.5);
        assertThat(score.misses()).singleElement().asString().contains("190");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        score.print("test", new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("root-code accuracy").contains("(1/2)")
                .contains("no-event sentences kept empty").contains("tp 0 fp 2 fn 2");
    }

    @Test
    void coordinatedActorsExpandToOneTriplePerActor() {
        assertThat(CodedEvent.expand("RUS;IRN", "SYR", "111")).containsExactly(
                new CodedEvent("RUS", "SYR", "111"), new CodedEvent("IRN", "SYR", "111"));
        assertThat(CodedEvent.expand("RUS", null, "111")).containsExactly(new CodedEvent("RUS", "", "111"));
    }
}
