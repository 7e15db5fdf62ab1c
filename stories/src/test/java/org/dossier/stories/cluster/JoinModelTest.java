package org.dossier.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JoinModelTest {

    /**
     * Candidates of one story share words and names with the article; the others share some words by chance, and
     * some of them name another year.
     */
    private static List<JoinExample> examples(boolean withEmbeddings) {
        Random random = new Random(3);
        List<JoinExample> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean same = i % 4 == 0;
            double text = same ? 0.3 + 0.4 * random.nextDouble() : 0.35 * random.nextDouble();
            double names = same ? 0.4 + 0.5 * random.nextDouble() : 0.3 * random.nextDouble();
            double embedding = withEmbeddings ? (same ? 0.5 : 0.1) + 0.4 * random.nextDouble() : Double.NaN;
            boolean conflict = !same && i % 3 == 0;
            examples.add(new JoinExample(new JoinFeatures(text, names, embedding, conflict, same && i % 8 == 0), same));
        }
        return examples;
    }

    @Test
    void fittedWeightsFavourWhatTheSameStoryShares() {
        JoinModel model = JoinModel.fit(examples(true));
        for (JoinModel.Weights w : List.of(model.withEmbedding(), model.withoutEmbedding())) {
            assertThat(w.text()).isPositive();
            assertThat(w.names()).isPositive();
            assertThat(w.yearConflict()).isNegative();
        }
        assertThat(model.withEmbedding().embedding()).isPositive();
        assertThat(model.withoutEmbedding().embedding()).isZero();
        JoinFeatures alike = new JoinFeatures(0.6, 0.8, 0.8, false, false);
        JoinFeatures unlike = new JoinFeatures(0.1, 0.1, 0.2, false, false);
        assertThat(model.probability(alike)).isGreaterThan(0.9);
        assertThat(model.probability(unlike)).isLessThan(0.1);
        JoinFeatures otherYear = new JoinFeatures(0.6, 0.8, 0.8, true, false);
        assertThat(model.probability(otherYear)).isLessThan(model.probability(alike));
    }

    @Test
    void withoutEmbeddedExamplesBothWeightSetsAreTheModelWithoutEmbeddings() {
        JoinModel model = JoinModel.fit(examples(false));
        assertThat(model.withEmbedding()).isEqualTo(model.withoutEmbedding());
        assertThat(model.withoutEmbedding().text()).isPositive();
    }

    @Test
    void theDefaultModelUsesTheWeightsThatMatchTheFeatures() {
        JoinFeatures embedded = new JoinFeatures(0.3, 0.3, 0.9, false, false);
        JoinFeatures plain = new JoinFeatures(0.3, 0.3, Double.NaN, false, false);
        assertThat(JoinModel.DEFAULT.probability(embedded)).isNotEqualTo(JoinModel.DEFAULT.probability(plain));
        // Changing one weight set changes only the probabilities of the features it is for.
        JoinModel.Weights w = JoinModel.DEFAULT.withoutEmbedding();
        JoinModel.Weights shifted = new JoinModel.Weights(w.bias() + 1, w.text(), w.names(), 0, w.yearConflict(),
                w.sameYear());
        JoinModel plainShifted = new JoinModel(JoinModel.DEFAULT.withEmbedding(), shifted);
        assertThat(plainShifted.probability(plain)).isGreaterThan(JoinModel.DEFAULT.probability(plain));
        assertThat(plainShifted.probability(embedded)).isEqualTo(JoinModel.DEFAULT.probability(embedded));
    }

    @Test
    void noExamplesIsAnError() {
        assertThatThrownBy(() -> JoinModel.fit(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
