package org.dossier.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A sentence-embedding vector of an article's title and lead, for telling which stories articles belong to.
 *
 * @param model the model that made it, such as {@code all-MiniLM-L6-v2}
 * @param lead the span of the clean text that was embedded with the title (the text's first words)
 * @param vector the embedding, unit length
 */
public record TextEmbedding(String model, Span lead, float[] vector) implements Serializable {

    public TextEmbedding {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lead, "lead");
        vector = vector.clone();
    }

    /** Scales the vector to unit length in place and returns it; an all-zero vector stays as it is. */
    public static float[] toUnitLength(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += (double) v * v;
        }
        if (squares > 0) {
            float scale = (float) (1 / Math.sqrt(squares));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextEmbedding other && model.equals(other.model) && lead.equals(other.lead)
                && Arrays.equals(vector, other.vector);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, lead, Arrays.hashCode(vector));
    }

    @Override
    public String toString() {
        return "TextEmbedding[" + model + ", " + lead + ", " + vector.length + " dimensions]";
    }
}
