package org.dossier.output;

import java.util.Base64;
import org.dossier.model.TextEmbedding;

/**
 * Writes an embedding compactly for {@code articles.jsonl} and the store: each component scaled so the largest
 * is ±127, rounded to a signed byte, and the bytes in base64 (512 characters for 384 dimensions instead of about
 * 4,500 as JSON numbers). Story clustering compares directions only, and the rounding moves a cosine by well
 * under a hundredth.
 */
public final class EmbeddingCodec {

    private EmbeddingCodec() {}

    public static String encode(float[] vector) {
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        byte[] bytes = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bytes[i] = max == 0 ? 0 : (byte) Math.round(vector[i] / max * 127);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The vector again, scaled to unit length; null for null.
     *
     * @throws IllegalArgumentException when the text is not base64
     */
    public static float[] decode(String encoded) {
        if (encoded == null) {
            return null;
        }
        byte[] bytes = Base64.getDecoder().decode(encoded);
        float[] vector = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            vector[i] = bytes[i];
        }
        return TextEmbedding.toUnitLength(vector);
    }
}
