package org.dossier.nlp.parse;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs CoreNLP's neural dependency parser model (Chen and Manning's arc-standard parser, {@code nndep}) with the
 * same transition system (CoreNLP's {@link ArcStandard}), features, weights and sums as CoreNLP's
 * {@code DependencyParser}, and builds its result the same way, about five times faster.
 *
 * <p>Why not CoreNLP's own scorer: with the English model's 1,000 hidden units, each transition's scores are 83
 * dot products of 1,000 terms that CoreNLP sums as one serial chain of double additions, which the JIT cannot
 * vectorize, and the hidden-layer slices of inputs outside its precomputed table (the 20,000 most frequent) go
 * through one synchronized LRU cache of 5,000 that all threads share. Profiling showed these took nearly all of
 * the parse time. Here each output is summed over the same terms in the same order, but term by term over
 * transposed matrices, in loops the JIT vectorizes; all 99,990 inputs the model lists are precomputed (400 MB),
 * as floats, as CoreNLP keeps the slices it caches, which halves the memory each transition reads; transitions
 * that are the only ones allowed are taken without scoring them; and the cache needs no lock. Keeping
 * precomputed slices as floats is the one departure from CoreNLP's arithmetic; on the 15,908 sentences of the
 * ECB+ corpus it changed no parse.
 *
 * <p>Safe to share across threads: after loading, everything but the slice cache is read-only, and the cache
 * holds values that do not depend on which thread computed them.
 */
public final class NndepParser {

    /** How many hidden-layer slices of rare word features are kept; each is 4 kB. */
    private static final int MAX_CACHED_SLICES = 20_000;

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    private final Map<String, Integer> labelIds;
    private final List<String> transitions;
    private final ArcStandard system;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int featureCount;
    private final int outputCount;
    private final float[][] embeddings;
    /** W1 transposed: row {@code featurePosition * embeddingSize + d} holds that input's weight to each unit. */
    private final float[] inputWeights;
    private final float[] hiddenBias;
    /** W2 transposed: row {@code h} holds unit h's weight to each transition. */
    private final float[] outputWeights;
    /** For each feature key ({@code id * featureCount + position}), its row in {@link #precomputed}, or -1. */
    private final int[] precomputedRow;
    private final float[] precomputed;
    private final Map<Integer, float[]> sliceCache = new ConcurrentHashMap<>();

    private NndepParser(ModelFile model) {
        this.wordIds = model.wordIds;
        this.posIds = model.posIds;
        this.labelIds = model.labelIds;
        this.embeddingSize = model.embeddingSize;
        this.hiddenSize = model.hiddenSize;
        this.featureCount = model.featureCount;
        this.embeddings = model.embeddings;
        this.inputWeights = model.inputWeights;
        this.hiddenBias = model.hiddenBias;
        this.outputWeights = model.outputWeights;
        this.outputCount = model.outputCount;
        // CoreNLP's label list starts with the null label, which is no arc.
        List<String> arcLabels = model.labels.subList(1, model.labels.size());
        this.system = new ArcStandard(new PennTreebankLanguagePack(), arcLabels, false);
        this.transitions = transitionsOf(arcLabels);
        if (transitions.size() != outputCount) {
            throw new IllegalStateException("parser model has " + outputCount + " outputs for "
                    + transitions.size() + " transitions");
        }
        this.precomputedRow = new int[model.embeddings.length * featureCount];
        Arrays.fill(precomputedRow, -1);
        for (int row = 0; row < model.precomputedKeys.length; row++) {
            precomputedRow[model.precomputedKeys[row]] = row;
        }
        this.precomputed = new float[model.precomputedKeys.length * hiddenSize];
        for (int row = 0; row < model.precomputedKeys.length; row++) {
            System.arraycopy(slice(model.precomputedKeys[row]), 0, precomputed, row * hiddenSize, hiddenSize);
        }
    }

    /**
     * Loads a model in CoreNLP's text format (as {@code DependencyParser.writeModelFile} writes it) from the
     * classpath or a file, gzipped or not.
     */
    public static NndepParser load(String modelResource) {
        try (BufferedReader input = IOUtils.readerFromString(modelResource)) {
            return new NndepParser(ModelFile.read(input));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dependency parser model " + modelResource, e);
        }
    }

    /**
     * Parses one tagged sentence, as CoreNLP's {@code DependencyParser.predict} does: the same arcs and labels,
     * with the same Universal Dependencies corrections (such as {@code nsubj:pass}) when the result's
     * {@code typedDependencies()} are read.
     *
     * @param tokens the sentence's tokens, each with its word, part-of-speech tag and 1-based index
     */
    public GrammaticalStructure predict(List<CoreLabel> tokens) {
        CoreLabel sentence = new CoreLabel();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Configuration configuration = system.initialConfiguration(sentence);
        int[] features = new int[featureCount];
        double[] hidden = new double[hiddenSize];
        double[] scores = new double[outputCount];
        while (!system.isTerminal(configuration)) {
            String forced = onlyApplicable(configuration);
            if (forced == null) {
                fillFeatures(configuration, features);
                score(features, hidden, scores);
            }
            system.apply(configuration, forced != null ? forced : bestApplicable(configuration, scores));
        }
        return grammaticalStructure(configuration, tokens);
    }

    private static GrammaticalStructure grammaticalStructure(Configuration parsed, List<CoreLabel> tokens) {
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = parsed.getHead(i);
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(parsed.getLabel(i));
            dependencies.add(new TypedDependency(relation, governor, new IndexedWord(tokens.get(i - 1))));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }

    /**
     * The one transition that may apply, when the stack holds the root and at most one word (arcs need two words
     * on it, or one and an empty buffer): then the choice needs no scores. CoreNLP scores these transitions too,
     * to the same end; they are about a quarter of all.
     */
    private String onlyApplicable(Configuration configuration) {
        if (configuration.getStackSize() > 2) {
            return null;
        }
        String only = null;
        for (String transition : transitions) {
            if (system.canApply(configuration, transition)) {
                if (only != null) {
                    return null;
                }
                only = transition;
            }
        }
        return only;
    }

    /** Among the transitions that may apply, the first with the highest score, as CoreNLP chooses. */
    private String bestApplicable(Configuration configuration, double[] scores) {
        double best = Double.NEGATIVE_INFINITY;
        String chosen = null;
        for (int t = 0; t < outputCount; t++) {
            if (scores[t] > best && system.canApply(configuration, transitions.get(t))) {
                best = scores[t];
                chosen = transitions.get(t);
            }
        }
        return chosen;
    }

    /**
     * Chen and Manning's 48 features: words and tags of the top three of the stack and the buffer (18), and of
     * the first and second leftmost and rightmost children of the top two stack items and the leftmost of the
     * leftmost and rightmost of the rightmost child (12 each), then the labels of those 12 children.
     */
    private void fillFeatures(Configuration c, int[] features) {
        int word = 0;
        int tag = 18;
        int label = 36;
        for (int k = 2; k >= 0; k--) {
            int token = c.getStack(k);
            features[word++] = wordId(c.getWord(token));
            features[tag++] = posId(c.getPOS(token));
        }
        for (int k = 0; k <= 2; k++) {
            int token = c.getBuffer(k);
            features[word++] = wordId(c.getWord(token));
            features[tag++] = posId(c.getPOS(token));
        }
        for (int k = 0; k <= 1; k++) {
            int top = c.getStack(k);
            int[] children = {c.getLeftChild(top), c.getRightChild(top), c.getLeftChild(top, 2),
                c.getRightChild(top, 2), c.getLeftChild(c.getLeftChild(top)), c.getRightChild(c.getRightChild(top))};
            for (int child : children) {
                features[word++] = wordId(c.getWord(child));
                features[tag++] = posId(c.getPOS(child));
                features[label++] = labelIds.get(c.getLabel(child));
            }
        }
    }

    private int wordId(String word) {
        return idOrUnknown(wordIds, word);
    }

    private int posId(String tag) {
        return idOrUnknown(posIds, tag);
    }

    private static int idOrUnknown(Map<String, Integer> ids, String name) {
        Integer id = ids.get(name);
        return id != null ? id : ids.get(ModelFile.UNKNOWN);
    }

    private void score(int[] features, double[] hidden, double[] scores) {
        Arrays.fill(hidden, 0);
        for (int position = 0; position < featureCount; position++) {
            int key = features[position] * featureCount + position;
            int row = precomputedRow[key];
            if (row >= 0) {
                addInPlace(hidden, precomputed, row * hiddenSize);
            } else {
                float[] slice = sliceCache.get(key);
                addInPlace(hidden, slice != null ? slice : cachedSlice(key), 0);
            }
        }
        for (int h = 0; h < hiddenSize; h++) {
            double x = hidden[h] + hiddenBias[h];
            hidden[h] = x * x * x;
        }
        Arrays.fill(scores, 0);
        for (int h = 0; h < hiddenSize; h++) {
            axpy(scores, hidden[h], outputWeights, h * outputCount);
        }
    }

    private float[] cachedSlice(int key) {
        float[] slice = slice(key);
        if (sliceCache.size() >= MAX_CACHED_SLICES) {
            // Emptied when full, not kept full of early documents' rare words: later documents bring their own.
            sliceCache.clear();
        }
        sliceCache.put(key, slice);
        return slice;
    }

    /**
     * One input's contribution to every hidden unit: the embedding of the key's id times its position's block of
     * W1, each unit's sum taken in double over the embedding's components in order and rounded to a float, as
     * CoreNLP does for the slices it caches.
     */
    private float[] slice(int key) {
        float[] vector = embeddings[key / featureCount];
        int firstColumn = (key % featureCount) * embeddingSize;
        double[] sum = new double[hiddenSize];
        for (int d = 0; d < embeddingSize; d++) {
            float component = vector[d];
            int row = (firstColumn + d) * hiddenSize;
            for (int h = 0; h < hiddenSize; h++) {
                sum[h] += inputWeights[row + h] * component;
            }
        }
        float[] slice = new float[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            slice[h] = (float) sum[h];
        }
        return slice;
    }

    private static void addInPlace(double[] to, float[] from, int offset) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[offset + i];
        }
    }

    private static void axpy(double[] to, double factor, float[] from, int offset) {
        for (int i = 0; i < to.length; i++) {
            to[i] += factor * from[offset + i];
        }
    }

    /** The order CoreNLP's arc-standard system numbers its transitions in, which is the model's output order. */
    private static List<String> transitionsOf(List<String> arcLabels) {
        List<String> transitions = new ArrayList<>(2 * arcLabels.size() + 1);
        arcLabels.forEach(label -> transitions.add("L(" + label + ")"));
        arcLabels.forEach(label -> transitions.add("R(" + label + ")"));
        transitions.add("S");
        return transitions;
    }

    /** The parts of a model file, in CoreNLP's text format. */
    private static final class ModelFile {
        static final String UNKNOWN = "-UNKNOWN-";

        final Map<String, Integer> wordIds = new HashMap<>();
        final Map<String, Integer> posIds = new HashMap<>();
        final Map<String, Integer> labelIds = new HashMap<>();
        final List<String> labels = new ArrayList<>();
        int embeddingSize;
        int hiddenSize;
        int featureCount;
        int outputCount;
        float[][] embeddings;
        float[] inputWeights;
        float[] hiddenBias;
        float[] outputWeights;
        int[] precomputedKeys;

        static ModelFile read(BufferedReader input) throws IOException {
            ModelFile model = new ModelFile();
            String line = input.readLine();
            if (line != null && line.startsWith("language=")) {
                input.readLine(); // the treebank language pack, which only evaluation uses
                line = input.readLine();
            }
            int words = headerValue(line);
            int tags = headerValue(input.readLine());
            int labelCount = headerValue(input.readLine());
            model.embeddingSize = headerValue(input.readLine());
            model.hiddenSize = headerValue(input.readLine());
            model.featureCount = headerValue(input.readLine());
            int precomputedCount = headerValue(input.readLine());
            model.embeddings = new float[words + tags + labelCount][];
            int id = 0;
            id = model.readEmbeddings(input, words, id, model.wordIds, null);
            id = model.readEmbeddings(input, tags, id, model.posIds, null);
            model.readEmbeddings(input, labelCount, id, model.labelIds, model.labels);
            int inputs = model.embeddingSize * model.featureCount;
            model.inputWeights = new float[inputs * model.hiddenSize];
            for (int column = 0; column < inputs; column++) {
                float[] values = floats(input.readLine(), model.hiddenSize);
                System.arraycopy(values, 0, model.inputWeights, column * model.hiddenSize, model.hiddenSize);
            }
            model.hiddenBias = floats(input.readLine(), model.hiddenSize);
            model.outputCount = labelCount * 2 - 1;
            model.outputWeights = new float[model.hiddenSize * model.outputCount];
            for (int h = 0; h < model.hiddenSize; h++) {
                float[] values = floats(input.readLine(), model.outputCount);
                for (int t = 0; t < model.outputCount; t++) {
                    model.outputWeights[h * model.outputCount + t] = values[t];
                }
            }
            model.precomputedKeys = new int[precomputedCount];
            int read = 0;
            while (read < precomputedCount) {
                for (String key : requireLine(input.readLine()).split(" ")) {
                    model.precomputedKeys[read++] = Integer.parseInt(key);
                }
            }
            return model;
        }

        private int readEmbeddings(BufferedReader input, int count, int firstId, Map<String, Integer> ids,
                List<String> names) throws IOException {
            int id = firstId;
            for (int k = 0; k < count; k++) {
                String line = requireLine(input.readLine());
                int space = line.indexOf(' ');
                String name = line.substring(0, space);
                ids.put(name, id);
                if (names != null) {
                    names.add(name);
                }
                embeddings[id++] = floats(line.substring(space + 1), embeddingSize);
            }
            return id;
        }

        private static int headerValue(String line) {
            return Integer.parseInt(requireLine(line).substring(line.indexOf('=') + 1));
        }

        private static float[] floats(String line, int count) {
            String[] parts = requireLine(line).split(" ");
            if (parts.length < count) {
                throw new IllegalStateException("parser model line has " + parts.length + " values, expected "
                        + count);
            }
            float[] values = new float[count];
            for (int i = 0; i < count; i++) {
                values[i] = Float.parseFloat(parts[i]);
            }
            return values;
        }

        private static String requireLine(String line) {
            if (line == null) {
                throw new IllegalStateException("parser model file ends early");
            }
            return line;
        }
    }
}
