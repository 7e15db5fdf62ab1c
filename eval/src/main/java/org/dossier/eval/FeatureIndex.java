package org.dossier.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Numbers named binary features for LIBLINEAR (1 to {@link #size()}, in name order, with a bias feature after
 * them) and turns examples into its problems, for the models Dossier fits.
 */
final class FeatureIndex {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    FeatureIndex(Collection<? extends Collection<String>> featureLists) {
        TreeSet<String> all = new TreeSet<>();
        featureLists.forEach(all::addAll);
        for (String feature : all) {
            index.put(feature, names.size() + 1);
            names.add(feature);
        }
    }

    /** How many features there are, not counting the bias. */
    int size() {
        return names.size();
    }

    /** The name of feature {@code i}, counted from 0 as LIBLINEAR's weights are. */
    String name(int i) {
        return names.get(i);
    }

    /** A problem of one row per feature list, with its label, and a bias feature of value 1. */
    Problem problem(List<? extends Collection<String>> rows, double[] labels) {
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = names.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[rows.size()][];
        problem.y = labels.clone();
        for (int i = 0; i < rows.size(); i++) {
            TreeSet<Integer> ids = new TreeSet<>();
            for (String f : rows.get(i)) {
                ids.add(index.get(f));
            }
            Feature[] row = new Feature[ids.size() + 1];
            int k = 0;
            for (int id : ids) {
                row[k++] = new FeatureNode(id, 1);
            }
            row[k] = new FeatureNode(names.size() + 1, 1);
            problem.x[i] = row;
        }
        return problem;
    }
}
