/**
 * Dossier's output formats: {@link org.dossier.output.ArticleRecord}, one line of {@code articles.jsonl} per
 * document (written and read back by {@link org.dossier.output.ArticlesJsonl}), and the static
 * {@link org.dossier.output.HtmlReport}. Wire records are separate from the model, so the model can change
 * without breaking files users already have.
 */
package org.dossier.output;
