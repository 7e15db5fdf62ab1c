package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerModelTest {

    /** "none" is likely unless the verb is "slam" (11) or "storm" (19). */
    private static final TriggerModel MODEL = new TriggerModel(
            Map.of("11", Map.of("lemma=slam", 4.0), "19", Map.of("lemma=storm", 4.0), "none",
                    Map.of("lemma=slam", -2.0, "lemma=storm", -2.0)),
            Map.of("11", -3.0, "19", -3.0, "none", 2.0), Map.of("slam|11", "111"), 0.1);

    @Test
    void theMostLikelyRootOtherThanNoneWithItsShareOfTheScores() {
        TriggerModel.Prediction slam = MODEL.predict(List.of("lemma=slam"));
        double eleven = logistic(1);
        double nineteen = logistic(-3);
        double none = logistic(0);

        assertThat(slam.root()).isEqualTo("11");
        assertThat(slam.probability()).isCloseTo(eleven / (eleven + nineteen + none), within(1e-9));
        assertThat(MODEL.predict(List.of("lemma=storm")).root()).isEqualTo("19");
        assertThat(MODEL.predict(List.of("lemma=walk")).probability()).as("a verb of no event")
                .isLessThan(MODEL.threshold());
        assertThat(MODEL.probabilities(List.of("lemma=walk")).values().stream().mapToDouble(d -> d).sum())
                .isCloseTo(1, within(1e-9));
    }

    @Test
    void theCodeIsTheGoldsForTheLemmaElseTheRootsOwn() {
        assertThat(MODEL.code("slam", "11")).isEqualTo("111");
        assertThat(MODEL.code("storm", "19")).isEqualTo("190");
        assertThat(MODEL.code("say", "01")).isEqualTo("010");
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        StringWriter out = new StringWriter();
        MODEL.write(out, "a test model");

        TriggerModel read = TriggerModel.read(new BufferedReader(new StringReader(out.toString())));

        assertThat(read).isEqualTo(MODEL);
        assertThat(read.roots()).containsExactly("11", "19", "none");
    }

    @Test
    void theEmptyModelProposesNothing() {
        assertThat(TriggerModel.none().predict(List.of("lemma=slam")).root()).isEqualTo(TriggerModel.NONE);
        assertThat(TriggerModel.none().roots()).isEmpty();
    }

    @Test
    void theShippedModelLoadsWithRootsAndCodes() {
        TriggerModel model = TriggerModel.standard();

        assertThat(model.roots()).contains("none", "11", "19");
        assertThat(model.codes()).isNotEmpty();
        assertThat(model.threshold()).isBetween(0.0, 1.0);
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
