package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.SentenceView;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;

/** Made-up sentences for the tests of the rules that read words and lemmas only, with no parse. */
final class MadeUpSentences {

    private MadeUpSentences() {}

    /** A sentence of space-separated tokens, with their lemmas, from offset 0. */
    static SentenceView of(String words, String lemmas) {
        String[] w = words.split(" ");
        String[] l = lemmas.split(" ");
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < w.length; i++) {
            tokens.add(new Token(new Span(offset, offset + w[i].length()), w[i], l[i], "NN", "O"));
            offset += w[i].length() + 1;
        }
        return new SentenceView(new Sentence(0, new Span(0, offset - 1), tokens), null);
    }
}
