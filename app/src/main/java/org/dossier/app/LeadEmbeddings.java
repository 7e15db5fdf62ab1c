package org.dossier.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.dossier.nlp.embed.LeadEmbedder;
import org.dossier.nlp.embed.SentenceEncoder;

/**
 * Lead embeddings of benchmark texts for the clustering commands, made as {@code analyze} makes them (the texts
 * have no titles), or none when embeddings are off.
 */
record LeadEmbeddings(SentenceEncoder encoder) {

    static final LeadEmbeddings NONE = new LeadEmbeddings(null);

    /** Loads the encoder, saying so on stderr; {@link #NONE} when {@code off}. */
    static LeadEmbeddings load(boolean off, PrintWriter err) {
        if (off) {
            return NONE;
        }
        long start = System.nanoTime();
        err.print("Loading the sentence-embedding model... ");
        err.flush();
        SentenceEncoder encoder = SentenceEncoder.load();
        err.printf(Locale.ROOT, "done in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        return new LeadEmbeddings(encoder);
    }

    boolean on() {
        return encoder != null;
    }

    /** The text's lead embedding, or null when embeddings are off. */
    float[] of(String text) {
        return encoder == null ? null : encoder.encode(LeadEmbedder.input(null, text));
    }
}
