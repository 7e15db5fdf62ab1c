package org.dossier.nlp.parse;

import org.dossier.model.Sentence;

/**
 * Says whether a sentence is worth parsing for some later stage: one that may hold a speech cue, or an event
 * verb between two actors. Parsing every sentence would cost more than all the other NLP together.
 */
@FunctionalInterface
public interface SentenceSelector {

    boolean wantsParse(Sentence sentence);

    default SentenceSelector or(SentenceSelector other) {
        return sentence -> wantsParse(sentence) || other.wantsParse(sentence);
    }
}
