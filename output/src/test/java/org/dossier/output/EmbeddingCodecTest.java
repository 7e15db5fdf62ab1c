package org.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EmbeddingCodecTest {

    @Test
    void aDecodedVectorPointsWhereTheOriginalDid() {
        Random random = new Random(3);
        float[] vector = new float[384];
        double squares = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
            squares += vector[i] * vector[i];
        }
        String encoded = EmbeddingCodec.encode(vector);
        float[] decoded = EmbeddingCodec.decode(encoded);

        assertThat(encoded).hasSize(512);
        double dot = 0;
        double decodedSquares = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * decoded[i];
            decodedSquares += decoded[i] * decoded[i];
        }
        assertThat(decodedSquares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(dot / Math.sqrt(squares)).isGreaterThan(0.999);
    }

    @Test
    void nullStaysNullAndNonsenseIsRefused() {
        assertThat(EmbeddingCodec.decode(null)).isNull();
        assertThatThrownBy(() -> EmbeddingCodec.decode("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EmbeddingCodec.decode(EmbeddingCodec.encode(new float[4]))).containsExactly(0, 0, 0, 0);
    }
}
