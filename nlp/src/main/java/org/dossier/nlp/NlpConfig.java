package org.dossier.nlp;

import java.util.Objects;

/**
 * Settings of the NLP stages.
 *
 * @param nerModel the CoreNLP NER model on the classpath; the 3-class model is about three times faster than
 *     CoreNLP's default combination of three models plus fine-grained rules, and finds the person, organization
 *     and location names Dossier reports
 * @param maxParseTokens sentences longer than this are not dependency-parsed (parsing time grows with length, and
 *     such "sentences" are usually lists or run-on markup); quotes in them fall back to surface patterns
 * @param maxTextChars longer clean texts are refused with an error rather than analyzed for minutes; news
 *     articles are rarely a tenth of the default
 * @param numbersEverywhere run CoreNLP's tagger of numbers, money, percentages, dates and times (SUTime) on every
 *     sentence; by default it runs only on sentences with a digit or a word it could tag, which gives the same
 *     tags for about a third of the annotation time (SUTime is most of CoreNLP's NER time)
 * @param embeddings embed each article's title and lead with a sentence-embedding model, for story clustering and
 *     the page-kind model of the events
 */
public record NlpConfig(String nerModel, int maxParseTokens, int maxTextChars, boolean numbersEverywhere,
        boolean embeddings) {

    public static final String THREE_CLASS_NER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    public static final NlpConfig DEFAULT = new NlpConfig(THREE_CLASS_NER, 80, 500_000, false, true);

    public NlpConfig {
        Objects.requireNonNull(nerModel, "nerModel");
        if (maxParseTokens < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("maxParseTokens and maxTextChars must be at least 1, were "
                    + maxParseTokens + " and " + maxTextChars);
        }
    }

    public NlpConfig withNumbersEverywhere(boolean value) {
        return new NlpConfig(nerModel, maxParseTokens, maxTextChars, value, embeddings);
    }

    public NlpConfig withEmbeddings(boolean value) {
        return new NlpConfig(nerModel, maxParseTokens, maxTextChars, numbersEverywhere, value);
    }
}
