package org.dossier.eval.attribution;

import org.dossier.model.Span;

/**
 * A figure as Dossier found it, for scoring its source against gold attributions.
 *
 * @param span the figure's words in the article text
 * @param text those words
 * @param source who Dossier says gives the number, or null when the narrator states it
 */
public record SystemFigure(Span span, String text, String source) {}
