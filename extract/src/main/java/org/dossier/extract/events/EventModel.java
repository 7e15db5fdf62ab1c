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
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The event model: a logistic regression over a proposed event's features (its CAMEO root, what it rests on, what
 * kind of actor and target it has, the domain of its sentence) that gives the probability that the event is right
 * (actor, action and words). The rules propose; the model keeps those at or above its threshold, and its
 * probability, through its calibration if it has one, is the event's confidence. Fitted on the development part
 * of Dossier's event gold ({@code dossier train-events}, which calibrates it on its cross-validated probabilities
 * when a map holds better there than the probabilities as they are)
 * and shipped as {@code event-model.tsv}; {@code dossier calibrate-events} can put in its place a calibration fitted
 * on events of other news judged by hand.
 *
 * @param weights the weight of each feature (absent features weigh 0)
 * @param bias the intercept
 * @param threshold events below this probability (before calibration) are not kept
 * @param calibration what turns the model's probability into the confidence an event carries
 */
public record EventModel(Map<String, Double> weights, double bias, double threshold, Calibration calibration) {

    private static final String RESOURCE = "/org/dossier/extract/events/event-model.tsv";
    private static final String BIAS = "(bias)";
    private static final String THRESHOLD = "(threshold)";
    private static final String CALIBRATION_SLOPE = "(calibration slope)";
    private static final String CALIBRATION_INTERCEPT = "(calibration intercept)";

    /**
     * Platt scaling of the model's probability: {@code sigmoid(slope * logit(p) + intercept)}. {@code dossier
     * train-events} fits it on the model's cross-validated probabilities on the development gold (the share right on
     * documents the model did not see); a calibration fitted by {@code dossier calibrate-events} on events of another
     * kind of news, judged by hand, replaces it and makes the confidence hold there.
     */
    public record Calibration(double slope, double intercept) {

        /** The model's probability as it is. */
        public static final Calibration NONE = new Calibration(1, 0);

        /**
         * The least slope: a flatter calibration would give nearby probabilities the same confidence, and the
         * choice among alternative codings of one trigger, which goes by confidence, would change.
         */
        public static final double LEAST_SLOPE = 0.05;

        public Calibration {
            if (!(slope >= LEAST_SLOPE) || !Double.isFinite(slope) || !Double.isFinite(intercept)) {
                throw new IllegalArgumentException("a calibration needs a finite slope of at least " + LEAST_SLOPE
                        + " (it must keep the order of the probabilities) and a finite intercept, was " + slope + ", "
                        + intercept);
            }
        }

        public double apply(double probability) {
            if (equals(NONE)) {
                return probability;
            }
            return sigmoid(slope * logit(probability) + intercept);
        }

        /** The probability whose calibrated confidence is this one. */
        public double invert(double confidence) {
            if (equals(NONE) || confidence <= 0 || confidence >= 1) {
                return confidence;
            }
            return sigmoid((logit(confidence) - intercept) / slope);
        }

        private static double logit(double p) {
            double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
            return Math.log(q / (1 - q));
        }

        private static double sigmoid(double z) {
            return 1 / (1 + Math.exp(-z));
        }
    }

    public EventModel {
        weights = Map.copyOf(weights);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1], was " + threshold);
        }
        Objects.requireNonNull(calibration, "calibration");
    }

    /** A model whose probability is the confidence as it is. */
    public EventModel(Map<String, Double> weights, double bias, double threshold) {
        this(weights, bias, threshold, Calibration.NONE);
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

    /**
     * Reads {@code feature<TAB>weight} lines; "(bias)" and "(threshold)" are the intercept and threshold,
     * "(calibration slope)" and "(calibration intercept)" the calibration (none when absent).
     */
    public static EventModel read(BufferedReader in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double bias = 0;
        double threshold = 0.5;
        double slope = Calibration.NONE.slope();
        double intercept = Calibration.NONE.intercept();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            double value = Double.parseDouble(f[1]);
            switch (f[0]) {
                case BIAS -> bias = value;
                case THRESHOLD -> threshold = value;
                case CALIBRATION_SLOPE -> slope = value;
                case CALIBRATION_INTERCEPT -> intercept = value;
                default -> weights.put(f[0], value);
            }
        }
        return new EventModel(weights, bias, threshold, new Calibration(slope, intercept));
    }

    /** Reads a model file in the format {@link #write} writes. */
    public static EventModel read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    /** Writes the model in the format {@link #read} reads, features in name order. */
    public void write(Writer out, String comment) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write(String.format(Locale.ROOT, "%s\t%.6f%n%s\t%.4f%n", BIAS, bias, THRESHOLD, threshold));
        if (!calibration.equals(Calibration.NONE)) {
            // Written in full: the calibration is two numbers, and a rounded slope could fall below the least.
            out.write(CALIBRATION_SLOPE + "\t" + calibration.slope() + "\n" + CALIBRATION_INTERCEPT + "\t"
                    + calibration.intercept() + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (e.getValue() != 0) {
                out.write(String.format(Locale.ROOT, "%s\t%.6f%n", e.getKey(), e.getValue()));
            }
        }
    }

    /** The probability that an event with these (binary) features is right, as the model was fitted. */
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
        return new EventModel(weights, bias, value, calibration);
    }

    /**
     * This model, keeping no event whose confidence (calibrated, as users see it) is below {@code confidence}: the
     * threshold applies to the model's own probability, so the least confidence is turned into one.
     */
    public EventModel withMinimumConfidence(double confidence) {
        return withThreshold(Math.max(threshold, calibration.invert(confidence)));
    }

    public EventModel withCalibration(Calibration value) {
        return new EventModel(weights, bias, threshold, value);
    }
}
