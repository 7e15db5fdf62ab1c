package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedEventsTest {

    @TempDir
    Path dir;

    @Test
    void judgmentsAreReadByDocumentWithTheirRootFromTheCode() throws Exception {
        Path file = dir.resolve("judged.json");
        Files.writeString(file, """
                {"events": [
                  {"id": "abc", "source": "htmldate-eval/html/1.html", "start": 10, "end": 30, "cameo": "190",
                   "actor_code": "SYRMIL", "trigger": "shelled", "judgment": "right", "reason": null},
                  {"id": "abc", "source": "htmldate-eval/html/1.html", "start": 40, "end": 52, "cameo": "112",
                   "root": "11", "judgment": "Wrong", "reason": "no event"},
                  {"id": "def", "source": "trafilatura-eval/html/2.html", "start": 5, "end": 9, "cameo": "010",
                   "actor_code": null, "judgment": "wrong"}
                ]}""");

        JudgedEvents judged = JudgedEvents.read(file);

        assertThat(judged.files()).containsExactly(java.util.Map.entry("abc", "htmldate-eval/html/1.html"),
                java.util.Map.entry("def", "trafilatura-eval/html/2.html"));
        List<JudgedEvents.Judgment> events = judged.events();
        assertThat(events.get(0).root()).isEqualTo("19");
        assertThat(events.get(0).right()).isTrue();
        assertThat(events.get(1).right()).isFalse();
    }

    @Test
    void aJudgmentFindsTheEventOfItsWordsAndCodeElseItsRoot() {
        JudgedEvents.Judgment judgment = new JudgedEvents.Judgment("abc", "f", 10, 30, "193", null, "SYR", "right");
        Event otherWords = event(11, 30, "193");
        Event sameRoot = event(10, 30, "190");
        Event sameCode = event(10, 30, "193");

        assertThat(judgment.findIn(List.of(otherWords, sameRoot, sameCode))).isSameAs(sameCode);
        assertThat(judgment.findIn(List.of(otherWords, sameRoot))).isSameAs(sameRoot);
        assertThat(judgment.findIn(List.of(otherWords, event(10, 30, "112")))).isNull();
        assertThat(new JudgedEvents.Judgment("abc", "f", 10, 30, "193", null, "RUS", "right")
                .findIn(List.of(sameCode))).as("a judgment of another actor").isNull();
    }

    @Test
    void judgmentsWithoutOffsetsOrWithTwoFilesForOneDocumentAreRefused() {
        assertThatThrownBy(() -> new JudgedEvents.Judgment("abc", "f", null, 30, "193", null, null, "right"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offsets");
        assertThatThrownBy(() -> new JudgedEvents.Judgment("abc", "f", 30, 30, "193", null, null, "right"))
                .isInstanceOf(IllegalArgumentException.class);
        JudgedEvents.Judgment one = new JudgedEvents.Judgment("abc", "f", 1, 3, "193", null, null, "right");
        JudgedEvents.Judgment other = new JudgedEvents.Judgment("abc", "g", 5, 9, "193", null, null, "right");
        assertThatThrownBy(() -> new JudgedEvents(List.of(one, other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two files");
    }

    @Test
    void aJudgmentIsRightOrWrong() {
        assertThatThrownBy(() -> new JudgedEvents.Judgment("abc", "f", 0, 1, "190", null, null, "maybe"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Event event(int start, int end, String cameo) {
        return new Event("abc", new Span(start, end), "x", null, null, null, new Actor("Syria", "SYR"), "ATTACK", cameo,
                cameo.substring(0, 2), 4, -10, null, null, 0.4);
    }
}
