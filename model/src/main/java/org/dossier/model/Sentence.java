package org.dossier.model;

import java.io.Serializable;
import java.util.List;

/**
 * A sentence of an article.
 *
 * @param index its position in the article, from 0
 * @param span its characters in the article text
 * @param tokens its tokens, in order
 */
public record Sentence(int index, Span span, List<Token> tokens) implements Serializable {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
