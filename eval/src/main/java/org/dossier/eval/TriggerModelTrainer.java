package org.dossier.eval;

import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.dossier.extract.events.EventExtractor;
import org.dossier.extract.events.TriggerModel;
import org.dossier.model.Span;

/**
 * Fits the trigger model: a multi-class L2-regularized logistic regression (LIBLINEAR, one root against the rest) over
 * the features of every verb the extractor reads, labelled with the CAMEO root of the gold event whose words hold it
 * (the smallest, when events nest), or {@link TriggerModel#NONE}. The regularization is chosen by the log loss of
 * five-fold cross-validation by story ({@link DocumentFolds}). It also fits one model per fold, so that the event model
 * can be fitted on proposals the trigger model made for documents it did not see.
 */
public final class TriggerModelTrainer {

    /**
     * One verb of the training documents: its document, features, the gold root and code ("none", null) and the
     * index of the gold event that holds it (-1: none).
     */
    public record Example(String document, List<String> features, String root, String code, int goldEvent) {}

    private static final int FOLDS = 5;
    private static final double[] COSTS = {0.1, 0.3, 1};
    private static final double EPSILON = 1e-3;
    /**
     * Weights smaller than this are dropped: an L2 fit gives every feature of every root a weight, most of them
     * near zero, and the model would weigh 20 MB; the cross-validated figures are those of the pruned models.
     */
    private static final double LEAST_WEIGHT = 0.05;

    /** The fitted model, one model per fold by the documents it leaves out, and what cross-validation says. */
    public record Result(TriggerModel model, Map<String, TriggerModel> byHeldDocument, double cost,
            List<String> report) {}

    private final List<Example> examples;
    private final FeatureIndex features;
    private final List<String> labels;
    private final double threshold;
    private final Function<String, String> storyOf;

    /**
     * @param examples every verb of the training documents
     * @param threshold the least probability of a root the fitted models propose
     */
    public TriggerModelTrainer(List<Example> examples, double threshold) {
        this(examples, threshold, document -> document);
    }

    /**
     * @param examples every verb of the training documents
     * @param threshold the least probability of a root the fitted models propose
     * @param storyOf the story of each document: cross-validation keeps a story's documents in one fold
     */
    public TriggerModelTrainer(List<Example> examples, double threshold, Function<String, String> storyOf) {
        this.storyOf = storyOf;
        this.examples = List.copyOf(examples);
        this.threshold = threshold;
        features = new FeatureIndex(examples.stream().map(Example::features).toList());
        labels = List.copyOf(new TreeSet<>(examples.stream().map(Example::root).toList()));
        Linear.disableDebugOutput();
    }

    /**
     * The roots of what a speaker does by speaking (statements, appeals, intents, support, demands, disapproval,
     * rejection, threats). A quote that tells of violence or aid reports another's act, which the gold codes with
     * that actor, not the speaker: it is no statement event.
     */
    public static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "05", "10", "11", "12", "13");

    /**
     * Labels each statement (the part of a quote in one sentence) of a document by the gold event of a verbal root
     * ({@link #VERBAL_ROOTS}) whose words overlap it most.
     */
    public static List<Example> labelOverlapping(GoldSet.Article gold, String text,
            List<EventExtractor.TriggerCandidate> statements) {
        List<Span> spans = gold.events().stream().map(g -> ProposalLabels.locate(text, g)).toList();
        List<Example> out = new ArrayList<>();
        for (EventExtractor.TriggerCandidate statement : statements) {
            int best = -1;
            int bestOverlap = 0;
            for (int g = 0; g < spans.size(); g++) {
                Span span = spans.get(g);
                String root = gold.events().get(g).root();
                if (span == null || root == null || !VERBAL_ROOTS.contains(root)
                        || !span.overlaps(statement.span())) {
                    continue;
                }
                int overlap = Math.min(span.end(), statement.span().end())
                        - Math.max(span.start(), statement.span().start());
                if (overlap > bestOverlap) {
                    best = g;
                    bestOverlap = overlap;
                }
            }
            GoldSet.Event event = best < 0 ? null : gold.events().get(best);
            out.add(new Example(gold.id(), statement.features(), event == null ? TriggerModel.NONE : event.root(),
                    event == null ? null : event.cameo(), best));
        }
        return out;
    }

    /** Labels each verb of a document by the gold event whose words hold it. */
    public static List<Example> label(GoldSet.Article gold, String text, List<EventExtractor.TriggerCandidate> verbs) {
        List<Span> spans = gold.events().stream().map(g -> ProposalLabels.locate(text, g)).toList();
        List<Example> out = new ArrayList<>();
        for (EventExtractor.TriggerCandidate verb : verbs) {
            int best = -1;
            for (int g = 0; g < spans.size(); g++) {
                Span span = spans.get(g);
                if (span != null && span.contains(verb.span()) && gold.events().get(g).root() != null
                        && (best < 0 || span.length() < spans.get(best).length())) {
                    best = g;
                }
            }
            GoldSet.Event event = best < 0 ? null : gold.events().get(best);
            out.add(new Example(gold.id(), verb.features(), event == null ? TriggerModel.NONE : event.root(),
                    event == null ? null : event.cameo(), best));
        }
        return out;
    }

    public Result fit() {
        List<String> report = new ArrayList<>();
        if (examples.isEmpty() || labels.size() < 2) {
            report.add("Nothing to learn from: " + examples.size() + " example(s) of " + labels.size() + " label(s)");
            return new Result(TriggerModel.none(), Map.of(), 0, report);
        }
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> counts.merge(e.root(), 1, Integer::sum));
        report.add("Verbs by gold root: " + counts);
        double bestCost = COSTS[0];
        double bestLoss = Double.MAX_VALUE;
        Map<String, TriggerModel> bestFolds = null;
        for (double cost : COSTS) {
            Map<String, TriggerModel> folds = foldModels(cost);
            double loss = 0;
            for (Example e : examples) {
                Map<String, Double> p = folds.get(e.document()).probabilities(e.features());
                loss -= Math.log(Math.max(1e-9, p.getOrDefault(e.root(), 0.0)));
            }
            loss /= examples.size();
            report.add(String.format(Locale.ROOT, "C %.2f: cross-validated log loss %.4f", cost, loss));
            if (loss < bestLoss) {
                bestLoss = loss;
                bestCost = cost;
                bestFolds = folds;
            }
        }
        report.add(String.format(Locale.ROOT, "Chosen C %.2f", bestCost));
        report.addAll(curve(bestFolds));
        return new Result(toModel(train(examples, bestCost)), bestFolds, bestCost, report);
    }

    /** Cross-validated verbs given a root, by the least probability of the root proposed. */
    private List<String> curve(Map<String, TriggerModel> folds) {
        List<String> out = new ArrayList<>();
        out.add("Cross-validated roots by least probability (verbs proposed, share with the gold root, "
                + "verbs of events given their root):");
        long events = examples.stream().filter(e -> !e.root().equals(TriggerModel.NONE)).count();
        for (double t : new double[] {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5}) {
            int proposed = 0;
            int right = 0;
            for (Example e : examples) {
                TriggerModel.Prediction p = folds.get(e.document()).predict(e.features());
                if (!p.root().equals(TriggerModel.NONE) && p.probability() >= t) {
                    proposed++;
                    right += p.root().equals(e.root()) ? 1 : 0;
                }
            }
            out.add(String.format(Locale.ROOT, "  %.2f: %d proposed, %.3f right, %d of %d", t, proposed,
                    proposed == 0 ? 0 : (double) right / proposed, right, events));
        }
        return out;
    }

    private Map<String, TriggerModel> foldModels(double cost) {
        Map<String, TriggerModel> out = new HashMap<>();
        for (Set<String> held : DocumentFolds.of(examples.stream().map(Example::document).toList(), storyOf, FOLDS)) {
            List<Example> training = examples.stream().filter(e -> !held.contains(e.document())).toList();
            TriggerModel model = toModel(train(training, cost));
            held.forEach(d -> out.put(d, model));
        }
        return out;
    }

    private TrainedModel train(List<Example> data, double cost) {
        double[] y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            y[i] = labels.indexOf(data.get(i).root());
        }
        Problem problem = features.problem(data.stream().map(Example::features).toList(), y);
        return new TrainedModel(Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPSILON)), data);
    }

    private record TrainedModel(Model model, List<Example> data) {}

    /** LIBLINEAR's weights as a {@link TriggerModel}, with the gold's most frequent code per lemma and root. */
    private TriggerModel toModel(TrainedModel trained) {
        Model model = trained.model();
        double[] w = model.getFeatureWeights();
        int[] classes = model.getLabels();
        int k = model.getNrClass();
        Map<String, Map<String, Double>> weights = new HashMap<>();
        Map<String, Double> biases = new HashMap<>();
        // two labels: one weight vector for the first label (the second is its opposite)
        int vectors = k == 2 ? 1 : k;
        for (int c = 0; c < k; c++) {
            String label = labels.get(classes[c]);
            double sign = k == 2 && c == 1 ? -1 : 1;
            int column = k == 2 ? 0 : c;
            Map<String, Double> own = new HashMap<>();
            for (int i = 0; i < features.size(); i++) {
                double value = w[i * vectors + column];
                if (Math.abs(value) >= LEAST_WEIGHT) {
                    own.put(features.name(i), sign * value);
                }
            }
            weights.put(label, own);
            biases.put(label, sign * w[features.size() * vectors + column]);
        }
        return new TriggerModel(weights, biases, codes(trained.data()), threshold);
    }

    /** For each lemma and root, the code the gold gives it most often. */
    private static Map<String, String> codes(List<Example> data) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Example e : data) {
            if (e.code() == null) {
                continue;
            }
            // a verb is keyed by its lemma, a statement by its speech verb
            String lemma = e.features().stream()
                    .filter(f -> (f.startsWith("lemma=") || f.startsWith("cue=")) && !f.contains("&"))
                    .map(f -> f.substring(f.indexOf('=') + 1)).findFirst().orElse(null);
            if (lemma != null) {
                counts.computeIfAbsent(lemma + "|" + e.root(), x -> new TreeMap<>()).merge(e.code(), 1, Integer::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((key, byCode) -> out.put(key, byCode.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return out;
    }
}
