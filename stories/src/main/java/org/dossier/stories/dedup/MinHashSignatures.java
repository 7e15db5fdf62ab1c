package org.dossier.stories.dedup;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * MinHash signatures of a text's word 5-grams, made by Lucene's {@link MinHashFilter}: one minimum hash per
 * bucket, so two signatures agree in about the share of buckets that equals the texts' Jaccard similarity.
 */
public final class MinHashSignatures {

    public static final int BUCKETS = 128;
    private static final int SHINGLE = 5;

    private MinHashSignatures() {}

    /** The signature, or an empty array for a text too short to have a word 5-gram. */
    public static int[] of(String text) {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(tokenizer), SHINGLE, SHINGLE);
        shingles.setOutputUnigrams(false);
        // Each bucket's minimum hash, kept as the int hash of its token: 512 bytes an article, and two buckets
        // agree exactly when their tokens do, but for a one-in-four-billion collision.
        int[] signature = new int[BUCKETS];
        int filled = 0;
        try (TokenStream stream = new MinHashFilter(shingles, 1, BUCKETS, 1, true)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && filled < BUCKETS) {
                signature[filled++] = term.toString().hashCode();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("hashing text in memory", e);
        }
        return filled == BUCKETS ? signature : new int[0];
    }

    /** The share of buckets in which two signatures agree: an estimate of the texts' Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != BUCKETS || b.length != BUCKETS) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < BUCKETS; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double) same / BUCKETS;
    }
}
