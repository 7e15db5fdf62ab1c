package org.dossier.nlp;

import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.dossier.nlp.embed.SentenceEncoder;
import org.dossier.nlp.parse.NndepParser;

/**
 * The heavy NLP resources: a CoreNLP pipeline (tokenize, ssplit, pos, lemma), CoreNLP's NER three times over
 * (names only; names and amounts; names, amounts and dates by SUTime; each for the sentences that may hold what
 * it finds), CoreNLP's neural dependency parser model, and a sentence encoder unless embeddings are off. Load
 * once per process (or Spark executor) and share: loading takes several seconds and over 1 GB (400 MB of it the
 * parser's precomputed slices), and all are safe to use from several threads.
 */
public final class NlpModels {

    private static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    private final StanfordCoreNLP annotator;
    private final StanfordCoreNLP nameTagger;
    private final StanfordCoreNLP numberTagger;
    private final StanfordCoreNLP dateTagger;
    private final NndepParser parser;
    private final SentenceEncoder encoder;
    private final NlpConfig config;

    private NlpModels(StanfordCoreNLP annotator, StanfordCoreNLP nameTagger, StanfordCoreNLP numberTagger,
            StanfordCoreNLP dateTagger, NndepParser parser, SentenceEncoder encoder, NlpConfig config) {
        this.annotator = annotator;
        this.nameTagger = nameTagger;
        this.numberTagger = numberTagger;
        this.dateTagger = dateTagger;
        this.parser = parser;
        this.encoder = encoder;
        this.config = config;
    }

    /**
     * @throws IllegalStateException when the CoreNLP models jar is missing from the classpath, saying which Maven
     *     artifact provides it, or the same for the sentence encoder when embeddings are on
     */
    public static NlpModels load(NlpConfig config) {
        requireOnClasspath(List.of(POS_MODEL, config.nerModel(), DependencyParser.DEFAULT_MODEL));
        SentenceEncoder encoder = config.embeddings() ? SentenceEncoder.load() : null;
        if (config.numbersEverywhere()) {
            StanfordCoreNLP annotator = new StanfordCoreNLP(properties(config, true, true));
            return new NlpModels(annotator, null, null, null, loadParser(), encoder, config);
        }
        Properties base = properties(config, false, false);
        base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        return new NlpModels(new StanfordCoreNLP(base), nerOnly(config, false, false), nerOnly(config, true, false),
                nerOnly(config, true, true), loadParser(), encoder, config);
    }

    /**
     * Whether the TokensRegex matcher loaded is Dossier's copy of CoreNLP's {@code SequenceMatcher}, which finds the
     * same matches while allocating a small fraction of the memory (SUTime runs about twice as fast). It is, unless
     * {@code stanford-corenlp} comes before {@code dossier-nlp} on the classpath.
     */
    public static boolean fasterTokensRegexLoaded() {
        try {
            SequenceMatcher.class.getField("DOSSIER_ALLOCATION_FIX");
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** What to tell the user when CoreNLP's own {@code SequenceMatcher} was loaded; empty when Dossier's was. */
    public static Optional<String> tokensRegexWarning() {
        if (fasterTokensRegexLoaded()) {
            return Optional.empty();
        }
        return Optional.of("warning: CoreNLP's own TokensRegex SequenceMatcher was loaded, not Dossier's"
                + " copy: the results are the same, but dates are tagged about half as fast. Put dossier-nlp before"
                + " stanford-corenlp on the classpath (for spark-submit, in --jars, as spark/target/submit-jars.txt"
                + " lists them).");
    }

    private static NndepParser loadParser() {
        return NndepParser.load(DependencyParser.DEFAULT_MODEL);
    }

    /** A NER pass over sentences another pipeline already tokenized, tagged and lemmatized. */
    private static StanfordCoreNLP nerOnly(NlpConfig config, boolean numbers, boolean dates) {
        Properties ner = properties(config, numbers, dates);
        ner.setProperty("annotators", "ner");
        ner.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(ner);
    }

    /**
     * Tokenize, sentences, POS and lemmas; with {@code numbersEverywhere} also NER with numbers and dates, else NER
     * is left to {@link #nameTagger()}, {@link #numberTagger()} and {@link #dateTagger()}.
     */
    public StanfordCoreNLP annotator() {
        return annotator;
    }

    /** NER of names only, for the sentences that cannot hold a number or a date; null with numbersEverywhere. */
    public StanfordCoreNLP nameTagger() {
        return nameTagger;
    }

    /**
     * NER of names, numbers, money and percentages (CoreNLP's numeric classifiers without SUTime), for the
     * sentences that may hold an amount but no date or time; null with numbersEverywhere.
     */
    public StanfordCoreNLP numberTagger() {
        return numberTagger;
    }

    /**
     * NER of names, numbers, money, percentages, durations, dates and times (with SUTime), for the sentences that
     * may hold a date or a time; null with numbersEverywhere.
     */
    public StanfordCoreNLP dateTagger() {
        return dateTagger;
    }

    /** CoreNLP's neural dependency parser model (English, Universal Dependencies), run by {@link NndepParser}. */
    public NndepParser parser() {
        return parser;
    }

    /** The encoder of article leads for story clustering; null when embeddings are off. */
    public SentenceEncoder encoder() {
        return encoder;
    }

    public NlpConfig config() {
        return config;
    }

    private static Properties properties(NlpConfig config, boolean numbers, boolean dates) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        // Keep characters the tokenizer does not know, silently: article text is full of them.
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        // The cleaner separates paragraphs with a blank line; a heading must not run into the next sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("pos.model", POS_MODEL);
        props.setProperty("ner.model", config.nerModel());
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.applyNumericClassifiers", Boolean.toString(numbers));
        props.setProperty("ner.useSUTime", Boolean.toString(dates));
        props.setProperty("ner.combinationMode", "NORMAL");
        return props;
    }

    private static void requireOnClasspath(List<String> resources) {
        ClassLoader loader = NlpModels.class.getClassLoader();
        for (String resource : resources) {
            if (loader.getResource(resource) == null) {
                throw new IllegalStateException("Stanford CoreNLP model '" + resource + "' is not on the classpath. "
                        + "It comes from the Maven artifact edu.stanford.nlp:stanford-corenlp:4.5.10 with classifier "
                        + "'models' (about 474 MB). Build with Maven (mvn package) so it is resolved from Maven "
                        + "Central, or add that jar to the classpath.");
            }
        }
    }
}
