package org.dossier.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dossier.extract.events.PageKindModel;

/**
 * Fits the page-kind model ({@link PageKindModel}): a logistic regression (LIBLINEAR) over the lead embeddings of
 * pages labelled by hand as news of public life or not. Five-fold cross-validation, with the pages of one site or
 * story in one fold, chooses the regularization (log loss) and, unless one is given, the threshold: the highest that
 * drops at most {@link #MAX_NEWS_DROPPED} of the pages of public life, because a page of public life taken for
 * another loses all its events, while another page taken for news only keeps the events it had before.
 */
public final class PageKindTrainer {

    /**
     * A labelled page: its name, the group it shares a fold with (its site, its ECB+ topic: pages of one outlet or
     * story must not judge one another), its lead embedding and whether it is news of public life.
     */
    public record Example(String page, String group, float[] vector, boolean publicLife) {

        /** A page that is a group of its own. */
        public Example(String page, float[] vector, boolean publicLife) {
            this(page, page, vector, publicLife);
        }
    }

    /** The fitted model, and what cross-validation says of it. */
    public record Result(PageKindModel model, double cost, double logLoss, List<String> report,
            List<Prediction> crossValidated) {}

    /** A page's cross-validated probability of public life: from the model fitted on the folds without it. */
    public record Prediction(String page, boolean publicLife, double probability) {}

    static final double[] COSTS = {0.1, 0.3, 1, 3, 10, 30, 100};
    static final double MAX_NEWS_DROPPED = 0.02;
    private static final int FOLDS = 5;
    private static final double EPSILON = 0.001;

    private final List<Example> examples;
    /** The fold of each example (as sorted). */
    private final int[] folds;
    private final String encoder;

    /** @param examples the labelled pages, all embedded by {@code encoder}, all of one dimension */
    public PageKindTrainer(List<Example> examples, String encoder) {
        if (examples.stream().noneMatch(Example::publicLife) || examples.stream().allMatch(Example::publicLife)) {
            throw new IllegalArgumentException("the labelled pages need both kinds: news of public life and others");
        }
        int dimension = examples.get(0).vector().length;
        if (examples.stream().anyMatch(e -> e.vector().length != dimension)) {
            throw new IllegalArgumentException("the pages' embeddings differ in size");
        }
        // Folds by group, in name order, so that a run gives the same folds whatever order the pages were read in.
        this.examples = examples.stream().sorted(Comparator.comparing(Example::page)).toList();
        List<String> groups = this.examples.stream().map(Example::group).distinct().sorted().toList();
        this.folds = new int[this.examples.size()];
        for (int i = 0; i < folds.length; i++) {
            folds[i] = groups.indexOf(this.examples.get(i).group()) % FOLDS;
        }
        this.encoder = encoder;
        Linear.disableDebugOutput();
    }

    /** Fits the model; {@code threshold} null chooses it by cross-validation. */
    public Result fit(Double threshold) {
        List<String> report = new ArrayList<>();
        boolean[] labels = new boolean[examples.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = examples.get(i).publicLife();
        }
        CostSearch search = CostSearch.best(COSTS, this::crossValidated, labels, report);
        double bestCost = search.cost();
        double[] bestPredictions = search.predictions();
        double chosen = threshold != null ? threshold : chooseThreshold(bestPredictions);
        report.addAll(thresholdTable(bestPredictions, chosen));
        PageKindModel model = toModel(train(examples, bestCost), chosen);
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            predictions.add(new Prediction(examples.get(i).page(), examples.get(i).publicLife(), bestPredictions[i]));
        }
        return new Result(model, bestCost, search.logLoss(), report, predictions);
    }

    /** The cross-validated probability of public life of every page (as sorted), from the model of its C. */
    double[] crossValidated(double cost) {
        double[] predictions = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (folds[i] != fold) {
                    training.add(examples.get(i));
                }
            }
            PageKindModel model = toModel(train(training, cost), 0.5);
            for (int i = 0; i < examples.size(); i++) {
                if (folds[i] == fold) {
                    predictions[i] = model.probabilityOf(examples.get(i).vector());
                }
            }
        }
        return predictions;
    }

    private Model train(List<Example> data, double cost) {
        int dimension = data.get(0).vector().length;
        Problem problem = new Problem();
        problem.l = data.size();
        problem.n = dimension + 1;
        problem.bias = 1;
        problem.x = new Feature[data.size()][];
        problem.y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            float[] v = data.get(i).vector();
            Feature[] row = new Feature[dimension + 1];
            for (int d = 0; d < dimension; d++) {
                row[d] = new FeatureNode(d + 1, v[d]);
            }
            row[dimension] = new FeatureNode(dimension + 1, 1);
            problem.x[i] = row;
            problem.y[i] = data.get(i).publicLife() ? 1 : -1;
        }
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPSILON));
    }

    /** LIBLINEAR's weights as a {@link PageKindModel}, oriented so that the probability is that of public life. */
    private PageKindModel toModel(Model model, double threshold) {
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[w.length - 1];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = sign * w[i];
        }
        return new PageKindModel(encoder, weights, sign * w[weights.length], threshold);
    }

    /** The highest threshold, in hundredths, below which at most {@link #MAX_NEWS_DROPPED} of news pages fall. */
    double chooseThreshold(double[] predictions) {
        long news = examples.stream().filter(Example::publicLife).count();
        double best = 0;
        for (int step = 1; step <= 99; step++) {
            double t = step / 100.0;
            if (dropped(predictions, t, true) <= MAX_NEWS_DROPPED * news) {
                best = t;
            }
        }
        return best;
    }

    private int dropped(double[] predictions, double threshold, boolean publicLife) {
        int n = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).publicLife() == publicLife && predictions[i] < threshold) {
                n++;
            }
        }
        return n;
    }

    private List<String> thresholdTable(double[] predictions, double chosen) {
        long news = examples.stream().filter(Example::publicLife).count();
        long other = examples.size() - news;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Cross-validated, %d pages of public life and %d others:", news, other));
        lines.add("  threshold  news pages taken for others  other pages caught");
        List<Double> thresholds = new ArrayList<>(List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7));
        if (!thresholds.contains(chosen)) {
            thresholds.add(chosen);
            thresholds.sort(Double::compare);
        }
        for (double t : thresholds) {
            int lost = dropped(predictions, t, true);
            int caught = dropped(predictions, t, false);
            lines.add(String.format(Locale.ROOT, "  %9.2f  %13d (%.3f)  %12d (%.3f)%s", t, lost,
                    (double) lost / news, caught, (double) caught / other, t == chosen ? "  <- chosen" : ""));
        }
        return lines;
    }
}
