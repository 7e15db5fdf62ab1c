/**
 * English NLP stages: {@link org.dossier.nlp.corenlp.CoreNlpAnnotator} (sentences, tokens, named entities and
 * SUTime dates from Stanford CoreNLP), {@link org.dossier.nlp.parse.SelectiveParser} (dependency parses of the
 * sentences a later stage needs), {@link org.dossier.nlp.entities.EntityResolver} (canonical entities within an
 * article) and {@link org.dossier.nlp.quotes.QuoteExtractor} (direct and reported speech with speakers).
 *
 * <p>{@link org.dossier.nlp.NlpModels} loads the models once; every stage here is thread-safe.
 */
package org.dossier.nlp;
