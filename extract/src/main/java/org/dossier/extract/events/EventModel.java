package org.dossier.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event model: a logistic regression over a proposed event's features (its CAMEO root, what it rests on, what
 * kind of actor and target it has, the domain of its sentence) that gives the probability that the event is right
 * (actor, action and words). The rules propose; the model keeps those at or above its threshold, and its
 * probability is the event's confidence. Fitted on the development part of Dossier's event gold
 * ({@code dossier train-events}) and shipped as {@code event-model.tsv}.
 *
 * @param weights the weight of each feature (absent features weigh 0)
 * @param bias the intercept
 * @param threshold events below this probability are not kept
 */
public record EventModel(Map<String, Double> weights, double bias, double threshold) {

    private static final String RESOURCE = "/org/dossier/extract/events/event-model.tsv";
    private static final String BIAS = "(bias)";
    private static final String THRESHOLD = "(threshold)";

    public EventModel {
        weights = Map.copyOf(weights);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1], was " + threshold);
        }
    }

    /** A model that keeps every proposal with confidence 0.5: the rules alone, for training and comparison. */
    public static EventModel keepAll() {
        return new EventModel(Map.of(), 0, 0);
    }

    /** The model shipped with Dossier. */
    public static EventModel standard() {
        InputStream in = EventModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath (it ships in "
                    + "the dossier-extract jar)");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the event model cannot be read", e);
        }
    }

    /** Reads {@code feature<TAB>weight} lines; "(bias)" and "(threshold)" are the intercept and threshold. */
    public static EventModel read(BufferedReader in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double bias = 0;
        double threshold = 0.5;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            double value = Double.parseDouble(f[1]);
            switch (f[0]) {
                case BIAS -> bias = value;
                case THRESHOLD -> threshold = value;
                default -> weights.put(f[0], value);
            }
        }
        return new EventModel(weights, bias, threshold);
    }

    /** Writes the model in the format {@link #read} reads, features in name order. */
    public void write(Writer out, String comment) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write(String.format(Locale.ROOT, "%s\t%.6f%n%s\t%.4f%n", BIAS, bias, THRESHOLD, threshold));
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (e.getValue() != 0) {
                out.write(String.format(Locale.ROOT, "%s\t%.6f%n", e.getKey(), e.getValue()));
            }
        }
    }

    /** The probability that an event with these (binary) features is right. */
    public double probability(Collection<String> features) {
        double z = bias;
        for (String feature : features) {
            z += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean keeps(double probability) {
        return probability >= threshold;
    }

    public EventModel withThreshold(double value) {
        return new EventModel(weights, bias, value);
    }
}
