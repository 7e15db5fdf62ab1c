package org.dossier.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dossier.model.TextEmbedding;

/**
 * Tells a page of public life (politics, government, courts, crime, conflict, protest, diplomacy, business) from
 * the other pages a crawl brings (sport, entertainment, science, technology, lifestyle, recipes, shops, games,
 * blogs) by the sentence embedding of its title and lead. CAMEO codes what political actors do; on the other pages
 * the rules read anyone's words as political acts (an entertainer's praise, a scientist's warning, a game's
 * battles), and nine in ten of those events were wrong on broad news. A logistic regression fitted by {@code
 * dossier train-page-kinds} on pages labelled by hand, shipped as {@code page-kind-model.tsv}.
 *
 * @param encoder the embedding model whose vectors the weights read ({@code all-MiniLM-L6-v2-q}, the quantized
 *     all-MiniLM-L6-v2 Dossier ships)
 * @param weights a weight per dimension of the embedding
 * @param bias the intercept
 * @param threshold pages whose probability of public life is below it are no news of public life
 */
public record PageKindModel(String encoder, double[] weights, double bias, double threshold) {

    private static final String RESOURCE = "/org/dossier/extract/events/page-kind-model.tsv";
    private static final String ENCODER = "(encoder)";
    private static final String BIAS = "(bias)";
    private static final String THRESHOLD = "(threshold)";

    /** A model that takes every page for public life: events are coded everywhere, as without embeddings. */
    private static final PageKindModel NONE = new PageKindModel("(none)", new double[0], 0, 0);

    public PageKindModel {
        Objects.requireNonNull(encoder, "encoder");
        weights = weights.clone();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a page-kind threshold lies in 0-1, was " + threshold);
        }
    }

    /** Dossier's model, read once. */
    public static PageKindModel standard() {
        return Standard.MODEL;
    }

    /** Every page is a page of public life. */
    public static PageKindModel none() {
        return NONE;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The probability that the page of this embedding is news of public life, or empty when the embedding is of
     * another model or size (then nothing is known of the page).
     */
    public java.util.OptionalDouble probabilityOfPublicLife(TextEmbedding embedding) {
        float[] vector = embedding.vector();
        if (this == NONE || !embedding.model().equals(encoder) || vector.length != weights.length) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(probabilityOf(vector));
    }

    /** The probability of public life of a vector of this model's encoder and size. */
    public double probabilityOf(float[] vector) {
        if (vector.length != weights.length) {
            throw new IllegalArgumentException("a vector of " + vector.length + " dimensions for a model of "
                    + weights.length);
        }
        double z = bias;
        for (int i = 0; i < vector.length; i++) {
            z += weights[i] * vector[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Whether a page is no news of public life: its lead embedding (the first of {@code embeddings}) says so. A page
     * with no embedding (embeddings off) is taken for news.
     */
    public boolean isOtherPage(List<TextEmbedding> embeddings) {
        if (embeddings.isEmpty()) {
            return false;
        }
        java.util.OptionalDouble p = probabilityOfPublicLife(embeddings.get(0));
        return p.isPresent() && p.getAsDouble() < threshold;
    }

    /** Writes the model in the format {@link #read} reads: one name or dimension and its value a line. */
    public void write(Writer out) throws IOException {
        out.write(ENCODER + "\t" + encoder + "\n");
        out.write(String.format(Locale.ROOT, "%s\t%.6f%n", BIAS, bias));
        out.write(String.format(Locale.ROOT, "%s\t%.4f%n", THRESHOLD, threshold));
        for (int i = 0; i < weights.length; i++) {
            out.write(String.format(Locale.ROOT, "%d\t%.6f%n", i, weights[i]));
        }
    }

    /** Reads a model file that {@link #write} wrote (as {@code dossier train-page-kinds --model} does). */
    public static PageKindModel read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    private static PageKindModel read(BufferedReader in, String where) throws IOException {
        String encoder = null;
        double bias = 0;
        double threshold = 0;
        boolean hasThreshold = false;
        java.util.Map<Integer, Double> byDimension = new java.util.TreeMap<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalArgumentException(where + ":" + number + ": expected a name and a value");
            }
            switch (cells[0]) {
                case ENCODER -> encoder = cells[1];
                case BIAS -> bias = Double.parseDouble(cells[1]);
                case THRESHOLD -> {
                    threshold = Double.parseDouble(cells[1]);
                    hasThreshold = true;
                }
                default -> byDimension.put(Integer.parseInt(cells[0]), Double.parseDouble(cells[1]));
            }
        }
        if (encoder == null || !hasThreshold) {
            throw new IllegalArgumentException(where + ": no " + (encoder == null ? ENCODER : THRESHOLD) + " line");
        }
        double[] weights = new double[byDimension.size()];
        for (var e : byDimension.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= weights.length) {
                throw new IllegalArgumentException(where + ": dimensions must run from 0 without a gap");
            }
            weights[e.getKey()] = e.getValue();
        }
        return new PageKindModel(encoder, weights, bias, threshold);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageKindModel m && encoder.equals(m.encoder) && java.util.Arrays.equals(weights, m.weights)
                && bias == m.bias && threshold == m.threshold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(encoder, java.util.Arrays.hashCode(weights), bias, threshold);
    }

    /** The shipped model, loaded on first use. */
    private static final class Standard {
        static final PageKindModel MODEL = load();

        private static PageKindModel load() {
            try (InputStream in = PageKindModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the page-kind model " + RESOURCE + " is missing from the build");
                }
                return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
