package org.dossier.model;

import java.io.Serializable;

/**
 * One token with the annotations later stages read.
 *
 * @param span the token's characters in the article text
 * @param word the token as written
 * @param lemma its lemma, or the word where no lemmatizer ran
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner its named-entity tag ({@code PERSON}, {@code DATE}, …) or {@code O}
 */
public record Token(Span span, String word, String lemma, String pos, String ner) implements Serializable {}
