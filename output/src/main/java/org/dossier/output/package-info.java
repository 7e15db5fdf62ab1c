/**
 * Dossier's output formats and their rendering: {@link org.dossier.model.record.ArticleRecord}, one line of {@code
 * articles.jsonl} per document (written and read back by {@link org.dossier.output.ArticlesJsonl}), {@link
 * org.dossier.model.record.StoryRecord}, one line of {@code stories.jsonl} per story ({@link
 * org.dossier.output.StoriesJsonl}), and the static {@link org.dossier.output.HtmlReport} with its stories section
 * ({@link org.dossier.output.StoryHtml}). The stories module builds story records; it renders nothing. Wire records
 * are separate from the model, so the model can change without breaking files users already have.
 */
package org.dossier.output;
