package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.extract.events.EventModel;
import org.junit.jupiter.api.Test;

class EventModelTrainerTest {

    /**
     * Proposals of 40 documents where "good" is right 90% of the time and "bad" 10%: the fitted model must rank
     * "good" far above "bad", and cross-validation must find it calibrated within a tenth.
     */
    @Test
    void learnsWhichFeaturesMakeAProposalRight() {
        Random random = new Random(7);
        List<EventModelTrainer.Example> examples = new ArrayList<>();
        int gold = 0;
        for (int d = 0; d < 40; d++) {
            for (int i = 0; i < 20; i++) {
                boolean good = i % 2 == 0;
                boolean right = random.nextDouble() < (good ? 0.9 : 0.1);
                examples.add(new EventModelTrainer.Example("doc" + d, List.of(good ? "good" : "bad", "root=19"),
                        right ? gold++ : -1));
            }
        }

        EventModelTrainer.Result result = new EventModelTrainer(examples, gold).fit();
        EventModel model = result.model();

        assertThat(model.probability(List.of("good", "root=19"))).isBetween(0.8, 0.97);
        assertThat(model.probability(List.of("bad", "root=19"))).isBetween(0.03, 0.2);
        assertThat(model.threshold()).as("keeps the good, drops the bad")
                .isGreaterThan(model.probability(List.of("bad", "root=19")))
                .isLessThanOrEqualTo(model.probability(List.of("good", "root=19")));
        assertThat(result.report()).anyMatch(line -> line.startsWith("Chosen threshold"));
    }

    /**
     * Proposals of 60 documents, right two times in three in some documents and seldom in others, each with words
     * seen in its own document only: fitted on all of them, the model learns the words by heart and is sure of
     * proposals whose words were right; on documents it has not seen, those words say nothing. The confidence is
     * judged on the cross-validated probabilities, so that a proposal of a document the model has not seen gets about
     * the share right, and no map is fitted from the model's surety on its own documents.
     */
    @Test
    void theConfidenceIsJudgedOnTheProbabilitiesOfDocumentsNotSeen() {
        Random random = new Random(11);
        List<EventModelTrainer.Example> examples = new ArrayList<>();
        int gold = 0;
        for (int d = 0; d < 60; d++) {
            double shareRight = d % 2 == 0 ? 0.65 : 0.05;
            for (int i = 0; i < 12; i++) {
                boolean right = random.nextDouble() < shareRight;
                examples.add(new EventModelTrainer.Example("doc" + d,
                        List.of("root=04", "word=" + d, "other=" + d + "-" + (i % 2)),
                        right ? gold++ : -1));
            }
        }

        EventModelTrainer.Result result = new EventModelTrainer(examples, gold).fit(0.05);
        EventModel model = result.model();
        double surest = examples.stream().mapToDouble(e -> model.probability(e.features())).max().orElseThrow();
        double leastSure = examples.stream().mapToDouble(e -> model.probability(e.features())).min().orElseThrow();

        double unseen = model.calibration().apply(model.probability(List.of("root=04", "word=new", "other=new-0")));

        assertThat(surest).as("learnt by heart").isGreaterThan(0.5);
        assertThat(leastSure).as("learnt by heart").isLessThan(0.3);
        // about 0.34 of these proposals are right, whatever their words
        assertThat(unseen).isBetween(0.28, 0.42);
        assertThat(result.report()).anyMatch(line -> line.contains("judged events, ") && line.contains("right"));
        assertThat(model.threshold()).isEqualTo(0.05);
    }

    /**
     * Proposals of 60 documents whose features ("firm", "loose", a CAMEO root) are right as often in every
     * document: the probabilities of models fitted without a document already hold on it, so a Platt map fitted on
     * them only adds the chance of the events it was fitted on, and the model ships without one.
     */
    @Test
    void noCalibrationWhenTheCrossValidatedProbabilitiesHoldBetterThanTheMap() {
        Random random = new Random(18);
        List<EventModelTrainer.Example> examples = new ArrayList<>();
        int gold = 0;
        String[] kinds = {"firm", "middling", "loose"};
        double[] shares = {0.7, 0.4, 0.15};
        for (int d = 0; d < 60; d++) {
            for (int i = 0; i < 15; i++) {
                int kind = i % 3;
                boolean right = random.nextDouble() < shares[kind];
                examples.add(new EventModelTrainer.Example("doc" + d, List.of(kinds[kind], "root=11"),
                        right ? gold++ : -1));
            }
        }

        EventModelTrainer.Result result = new EventModelTrainer(examples, gold).fit(0.05);

        assertThat(result.model().calibration()).isEqualTo(EventModel.Calibration.NONE);
        assertThat(result.report()).anyMatch(line -> line.startsWith("No calibration: the probability holds"));
        assertThat(result.crossValidated()).hasSize(examples.size());
    }
}
