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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trigger model: a multi-class logistic regression (one against the rest) that reads a verb in its parse (its
 * lemma, relation, arguments, the kind of actor its subject names, negation and modality) and gives the
 * probability of each CAMEO root, or of no event. It reaches the verbs the CAMEO dictionary does not code, or
 * codes otherwise than news uses them: "slammed", "lashed out at", "vowed", "pulled over". The rules still find
 * the verb's actor and target; the event model then judges the whole event. Fitted on the development part of
 * Dossier's event gold ({@code dossier train-events}) and shipped as {@code trigger-model.tsv}.
 *
 * @param weights for each root, the weight of each feature
 * @param biases for each root, its intercept
 * @param codes the CAMEO code a lemma most often has in the gold for a root ("slam|11" → "111")
 * @param threshold a root below this probability is not proposed
 */
public record TriggerModel(Map<String, Map<String, Double>> weights, Map<String, Double> biases,
        Map<String, String> codes, double threshold) {

    /** The label of a verb that states no event. */
    public static final String NONE = "none";

    private static final String RESOURCE = "/org/dossier/extract/events/trigger-model.tsv";
    private static final String STATEMENTS = "/org/dossier/extract/events/statement-model.tsv";

    public TriggerModel {
        Map<String, Map<String, Double>> copy = new HashMap<>();
        weights.forEach((root, w) -> copy.put(root, Map.copyOf(w)));
        weights = Map.copyOf(copy);
        biases = Map.copyOf(biases);
        codes = Map.copyOf(codes);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1], was " + threshold);
        }
    }

    /** A model that proposes nothing: the dictionary rules alone. */
    public static TriggerModel none() {
        return new TriggerModel(Map.of(), Map.of(), Map.of(), 1);
    }

    /** The model of verbs shipped with Dossier, or {@link #none()} when the build carries none. */
    public static TriggerModel standard() {
        return shipped(RESOURCE);
    }

    /**
     * The model of statements shipped with Dossier ({@code statement-model.tsv}), or {@link #none()}: the same kind
     * of model over the part of a quote in one sentence (its speech verb and words) instead of a verb.
     */
    public static TriggerModel statements() {
        return shipped(STATEMENTS);
    }

    private static TriggerModel shipped(String resource) {
        InputStream in = TriggerModel.class.getResourceAsStream(resource);
        if (in == null) {
            return none();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the trigger model cannot be read", e);
        }
    }

    /** The most likely root and its probability. */
    public record Prediction(String root, double probability) {}

    /** The probability of each label (each root, and {@link #NONE}) for a verb with these features. */
    public Map<String, Double> probabilities(Collection<String> features) {
        Map<String, Double> out = new HashMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> root : biases.entrySet()) {
            double score = score(root.getKey(), root.getValue(), features);
            out.put(root.getKey(), score);
            sum += score;
        }
        double total = sum;
        out.replaceAll((root, score) -> total == 0 ? 0 : score / total);
        return out;
    }

    private double score(String root, double bias, Collection<String> features) {
        double z = bias;
        Map<String, Double> w = weights.getOrDefault(root, Map.of());
        for (String feature : features) {
            z += w.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The most likely root of a verb with these features other than {@link #NONE}, with its probability (each
     * label's logistic score, normalized over all labels, as LIBLINEAR gives it); {@link #NONE} for a model that has
     * no roots.
     */
    public Prediction predict(Collection<String> features) {
        String best = NONE;
        double bestProbability = 0;
        for (Map.Entry<String, Double> p : probabilities(features).entrySet()) {
            if (!p.getKey().equals(NONE) && p.getValue() > bestProbability) {
                best = p.getKey();
                bestProbability = p.getValue();
            }
        }
        return new Prediction(best, bestProbability);
    }

    /** The code to give a verb of root {@code root}: the gold's most frequent for its lemma, else the root's own. */
    public String code(String lemma, String root) {
        return codes.getOrDefault(lemma + "|" + root, root.length() == 2 ? root + "0" : root);
    }

    public TriggerModel withThreshold(double value) {
        return new TriggerModel(weights, biases, codes, value);
    }

    /** Reads the format {@link #write} writes. */
    public static TriggerModel read(BufferedReader in) throws IOException {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        Map<String, Double> biases = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        double threshold = 0.5;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "bias" -> biases.put(f[1], Double.parseDouble(f[2]));
                case "code" -> codes.put(f[1], f[2]);
                case "weight" -> weights.computeIfAbsent(f[1], r -> new HashMap<>()).put(f[2],
                        Double.parseDouble(f[3]));
                default -> throw new IOException("unknown line kind '" + f[0] + "' in the trigger model");
            }
        }
        return new TriggerModel(weights, biases, codes, threshold);
    }

    /** Writes lines {@code threshold}, {@code bias ROOT W}, {@code code LEMMA|ROOT CODE}, {@code weight ROOT F W}. */
    public void write(Writer out, String comment) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        for (Map.Entry<String, Double> b : new TreeMap<>(biases).entrySet()) {
            out.write(String.format(Locale.ROOT, "bias\t%s\t%.6f%n", b.getKey(), b.getValue()));
        }
        for (Map.Entry<String, String> c : new TreeMap<>(codes).entrySet()) {
            out.write("code\t" + c.getKey() + "\t" + c.getValue() + "\n");
        }
        for (String root : new TreeMap<>(weights).keySet()) {
            for (Map.Entry<String, Double> w : new TreeMap<>(weights.get(root)).entrySet()) {
                if (Math.abs(w.getValue()) >= 1e-6) {
                    out.write(String.format(Locale.ROOT, "weight\t%s\t%s\t%.6f%n", root, w.getKey(), w.getValue()));
                }
            }
        }
    }

    /** Whether the model knows no label at all ({@link #none()}): then it proposes nothing. */
    public boolean isEmpty() {
        return biases.isEmpty();
    }

    /** The roots the model can propose. */
    public List<String> roots() {
        return biases.keySet().stream().sorted().toList();
    }
}
