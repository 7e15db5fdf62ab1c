package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.extract.SentenceView;
import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class ReportedQuestionsTest {

    @Test
    void theClauseOfAReportedQuestionIsNoEvent() {
        SentenceView asked = sentence("The clerk asked the witness if she saw the car .",
                "the clerk ask the witness if she see the car .");
        assertThat(ReportedQuestions.isNoEvent(eventFrom(asked, 5), asked)).isTrue();
        SentenceView whether = sentence("A reporter wanted to know whether the mayor would run .",
                "a reporter want to know whether the mayor would run .");
        assertThat(ReportedQuestions.isNoEvent(eventFrom(whether, 5), whether)).isTrue();
    }

    @Test
    void aConditionOrAStatementStays() {
        SentenceView condition = sentence("If they attack , we will respond , the minister said .",
                "if they attack , we will respond , the minister say .");
        assertThat(ReportedQuestions.isNoEvent(eventFrom(condition, 0), condition)).as("a threat").isFalse();
        SentenceView said = sentence("The clerk said the witness had seen the car .",
                "the clerk say the witness have see the car .");
        assertThat(ReportedQuestions.isNoEvent(eventFrom(said, 3), said)).isFalse();
        assertThat(ReportedQuestions.isNoEvent(eventFrom(said, 3), null)).isFalse();
    }

    private static SentenceView sentence(String words, String lemmas) {
        return MadeUpSentences.of(words, lemmas);
    }

    /** An appeal whose words run from the token {@code first} to the end of the sentence. */
    private static Event eventFrom(SentenceView s, int first) {
        Span span = new Span(s.token(first).span().start(), s.sentence().span().end());
        return new Event("a", span, "words", null, null, null, new Actor("Ann Vale", "USAJUD"), "APPEAL", "020", "02",
                1, 0, null, null, 0.3);
    }
}
