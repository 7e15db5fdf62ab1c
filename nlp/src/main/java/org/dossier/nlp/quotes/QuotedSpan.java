package org.dossier.nlp.quotes;

import org.dossier.model.Span;

/**
 * Text between quotation marks.
 *
 * @param open the offset of the opening mark
 * @param close the offset of the closing mark, or the paragraph end when the quote runs on unclosed
 * @param content the quoted words, trimmed
 * @param paragraph the index of the paragraph it starts in
 */
record QuotedSpan(int open, int close, Span content, int paragraph) {

    Span withMarks() {
        return new Span(open, close);
    }
}
