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
}
