package org.dossier.nlp.quotes;

import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Speaker;

/**
 * Who said a quote and the cue that says so.
 *
 * @param speaker the speaker, or null when the cue has no resolvable subject
 * @param sentence the sentence of the cue, or null when the speaker carries over from an earlier quote
 * @param cueIndex the cue token's index in its sentence, or -1
 */
record Attribution(Speaker speaker, Sentence sentence, int cueIndex) {

    static Attribution carriedOver(Speaker speaker) {
        return new Attribution(speaker, null, -1);
    }

    boolean hasCue() {
        return sentence != null && cueIndex >= 0;
    }

    Span cueSpan() {
        return hasCue() ? sentence.tokens().get(cueIndex).span() : null;
    }

    /** Identifies the cue token across the article. */
    long cueKey() {
        return hasCue() ? ((long) sentence.index() << 32) | cueIndex : -1;
    }
}
