package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.events.EventExtractor;
import org.dossier.extract.events.TriggerModel;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class TriggerModelTrainerTest {

    private static final String TEXT = "Russia said Turkey attacked the town. Rain fell.";

    @Test
    void aVerbTakesTheRootOfTheSmallestGoldEventThatHoldsIt() throws Exception {
        GoldSet gold = new ObjectMapper().readValue("""
                {"articles": [{"id": "d1", "events": [
                  {"start": 0, "end": 36, "text": "Russia said Turkey attacked the town", "cameo": "112"},
                  {"start": 12, "end": 36, "text": "Turkey attacked the town", "cameo": "190"}]}]}""",
                GoldSet.class);
        List<EventExtractor.TriggerCandidate> verbs = List.of(
                new EventExtractor.TriggerCandidate(new Span(7, 11), List.of("lemma=say")),
                new EventExtractor.TriggerCandidate(new Span(19, 27), List.of("lemma=attack")),
                new EventExtractor.TriggerCandidate(new Span(43, 47), List.of("lemma=fall")));

        List<TriggerModelTrainer.Example> examples = TriggerModelTrainer.label(gold.articles().get(0), TEXT, verbs);

        assertThat(examples).extracting(TriggerModelTrainer.Example::root).containsExactly("11", "19", "none");
        assertThat(examples).extracting(TriggerModelTrainer.Example::code).containsExactly("112", "190", null);
        assertThat(examples).extracting(TriggerModelTrainer.Example::goldEvent).containsExactly(0, 1, -1);
    }

    @Test
    void aStatementTakesTheVerbalRootOfTheGoldEventItOverlapsMost() throws Exception {
        GoldSet gold = new ObjectMapper().readValue("""
                {"articles": [{"id": "d1", "events": [
                  {"start": 0, "end": 11, "text": "Russia said", "cameo": "010"},
                  {"start": 12, "end": 36, "text": "Turkey attacked the town", "cameo": "112"}]},
                 {"id": "d2", "events": [
                  {"start": 0, "end": 11, "text": "Russia said", "cameo": "010"},
                  {"start": 12, "end": 36, "text": "Turkey attacked the town", "cameo": "190"}]}]}""",
                GoldSet.class);
        List<EventExtractor.TriggerCandidate> statements = List.of(
                new EventExtractor.TriggerCandidate(new Span(7, 36), List.of("cue=say")),
                new EventExtractor.TriggerCandidate(new Span(38, 48), List.of("cue=say")));

        List<TriggerModelTrainer.Example> examples = TriggerModelTrainer.labelOverlapping(gold.articles().get(0), TEXT,
                statements);

        assertThat(examples).extracting(TriggerModelTrainer.Example::root).containsExactly("11", "none");
        assertThat(TriggerModelTrainer.labelOverlapping(gold.articles().get(1), TEXT, statements))
                .as("the attack the speaker reports is the attacker's act, not the speaker's")
                .extracting(TriggerModelTrainer.Example::root).containsExactly("01", "none");
    }

    /**
     * Verbs of 30 documents: "attack" is an assault (19), "condemn" criticism (11), "walk" nothing; the fitted model
     * and every fold's model must tell them apart, and keep the gold's code for each lemma.
     */
    @Test
    void learnsTheRootOfEachVerbAndAModelForEveryHeldOutDocument() {
        List<TriggerModelTrainer.Example> examples = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            examples.add(new TriggerModelTrainer.Example("doc" + d, List.of("lemma=attack", "subject=state"), "19",
                    "190", 0));
            examples.add(new TriggerModelTrainer.Example("doc" + d, List.of("lemma=condemn", "subject=state"), "11",
                    "111", 1));
            for (int i = 0; i < 3; i++) {
                examples.add(new TriggerModelTrainer.Example("doc" + d, List.of("lemma=walk", "subject=person"),
                        "none", null, -1));
            }
        }

        examples.add(new TriggerModelTrainer.Example("doc0", List.of("lemma=zap"), "11", "111", 2));

        TriggerModelTrainer.Result result = new TriggerModelTrainer(examples, 0.2).fit();
        TriggerModel model = result.model();

        assertThat(model.predict(List.of("lemma=attack", "subject=state")).root()).isEqualTo("19");
        assertThat(model.predict(List.of("lemma=condemn", "subject=state")).root()).isEqualTo("11");
        assertThat(model.predict(List.of("lemma=walk", "subject=person")).probability()).isLessThan(0.2);
        assertThat(model.code("condemn", "11")).isEqualTo("111");
        assertThat(model.threshold()).isEqualTo(0.2);
        assertThat(result.byHeldDocument()).hasSize(30);
        assertThat(result.byHeldDocument().get("doc3").predict(List.of("lemma=attack")).root()).isEqualTo("19");
        assertThat(result.byHeldDocument().get("doc0").weights().values())
                .as("the model that predicts for doc0 never saw doc0's own verb")
                .allSatisfy(w -> assertThat(w).doesNotContainKey("lemma=zap"));
        assertThat(result.byHeldDocument().get("doc1").weights().get("11")).containsKey("lemma=zap");
    }
}
