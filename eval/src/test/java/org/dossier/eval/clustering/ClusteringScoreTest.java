package org.dossier.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoreTest {

    @Test
    void perfectClusteringScoresOne() {
        ClusteringScore s = ClusteringScore.of(List.of("a", "a", "b"), List.of("x", "x", "y"));

        assertThat(s.pairF1()).isEqualTo(1.0);
        assertThat(s.bcubedF1()).isEqualTo(1.0);
    }

    @Test
    void mergingTwoStoriesCostsPrecision() {
        // gold {1,2} {3,4}; system puts all four together: 2 true pairs of 6.
        ClusteringScore s = ClusteringScore.of(List.of("a", "a", "b", "b"), List.of("x", "x", "x", "x"));

        assertThat(s.pairPrecision()).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(s.pairRecall()).isEqualTo(1.0);
        assertThat(s.bcubedPrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.systemClusters()).isEqualTo(1);
    }

    @Test
    void splittingAStoryCostsRecall() {
        ClusteringScore s = ClusteringScore.of(List.of("a", "a", "a"), List.of("x", "x", "y"));

        assertThat(s.pairPrecision()).isEqualTo(1.0);
        assertThat(s.pairRecall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.bcubedRecall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
    }
}
