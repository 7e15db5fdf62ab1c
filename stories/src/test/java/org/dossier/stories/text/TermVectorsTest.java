package org.dossier.stories.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVectorsTest {

    @Test
    void vectorsHaveUnitLengthAndRareTermsWeighMore() {
        try (TermVectors vectors = new TermVectors()) {
            vectors.addAndVectorize(null, "The ministers met in Geneva to discuss the ceasefire.");
            vectors.addAndVectorize(null, "The ministers met again on Monday.");
            Map<String, Float> v = vectors.addAndVectorize(null, "The ministers agreed a ceasefire in Aleppo.");

            double length = v.values().stream().mapToDouble(w -> w * w).sum();
            assertThat(length).isCloseTo(1.0, within(1e-5));
            assertThat(v).doesNotContainKey("the");
            assertThat(v.get("aleppo")).isGreaterThan(v.get("minist"));
        }
    }

    @Test
    void vocabularyStaysBounded() {
        try (TermVectors vectors = new TermVectors()) {
            StringBuilder text = new StringBuilder();
            for (int doc = 0; doc < 80; doc++) {
                text.setLength(0);
                for (int w = 0; w < 5_000; w++) {
                    text.append("w").append(doc).append('x').append(w).append(' ');
                }
                vectors.addAndVectorize(null, text.toString());
            }
            assertThat(vectors.vocabularySize()).isLessThanOrEqualTo(TermVectors.MAX_VOCABULARY);
        }
    }
}
