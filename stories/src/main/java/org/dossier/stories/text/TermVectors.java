package org.dossier.stories.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * TF-IDF vectors of articles in a stream: Lucene's English analysis (stop words, Porter stems), sublinear term
 * frequency, and document frequencies counted over the stream so far, so a term common in the news of the day
 * weighs less. The title counts twice: it names the story. Not thread-safe; one per clusterer.
 */
public final class TermVectors implements AutoCloseable {

    /** Articles longer than this are read to here: the top of a news article carries its story. */
    static final int MAX_CHARS = 8_000;

    /** Beyond this many distinct terms, the rarest are forgotten, so a long stream's memory stays bounded. */
    static final int MAX_VOCABULARY = 300_000;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private long documents;

    /** Counts the article's terms into the document frequencies and returns its unit-length TF-IDF vector. */
    public Map<String, Float> addAndVectorize(String title, String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (title != null) {
            count(title, counts, 2);
        }
        count(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, counts, 1);
        documents++;
        for (String term : counts.keySet()) {
            documentFrequency.merge(term, 1, Integer::sum);
        }
        if (documentFrequency.size() > MAX_VOCABULARY) {
            forgetRareTerms();
        }
        Map<String, Float> vector = new HashMap<>(counts.size() * 2);
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double idf = Math.log((documents + 1.0) / (documentFrequency.get(e.getKey()) + 1.0)) + 1.0;
            double weight = (1 + Math.log(e.getValue())) * idf;
            vector.put(e.getKey(), (float) weight);
            norm += weight * weight;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        vector.replaceAll((term, weight) -> weight * scale);
        return vector;
    }

    /**
     * Halves every count and drops the terms left at zero: typos and one-off names go, and the weights of the
     * rest keep their order. A forgotten term that comes back simply counts as rare again.
     */
    private void forgetRareTerms() {
        documentFrequency.replaceAll((term, df) -> df / 2);
        documentFrequency.values().removeIf(df -> df == 0);
        documents = Math.max(1, documents / 2);
    }

    /** Writes the document frequencies and the count of documents, for a clusterer's saved state. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeLong(documents);
        out.writeInt(documentFrequency.size());
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** Replaces the document frequencies and the count of documents with those {@link #writeTo} wrote. */
    public void readFrom(DataInput in) throws IOException {
        documentFrequency.clear();
        documents = in.readLong();
        int terms = in.readInt();
        for (int i = 0; i < terms; i++) {
            documentFrequency.put(in.readUTF(), in.readInt());
        }
    }

    public int vocabularySize() {
        return documentFrequency.size();
    }

    private void count(String text, Map<String, Integer> counts, int weight) {
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                // Numbers stay: years, tolls and magnitudes tell one earthquake or one trial from another.
                if (term.length() > 1) {
                    counts.merge(term.toString(), weight, Integer::sum);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing text in memory", e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
