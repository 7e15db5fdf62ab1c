/**
 * Dossier's output formats and their rendering, the edge where the model's records become files: {@link
 * org.dossier.model.record.ArticleRecord}, one line of {@code articles.jsonl} per document (written and read back by
 * {@link org.dossier.output.ArticlesJsonl}), {@link org.dossier.model.record.StoryRecord}, one line of {@code
 * stories.jsonl} per story ({@link org.dossier.output.StoriesJsonl}), and the static {@link
 * org.dossier.output.HtmlReport} with its stories section ({@link org.dossier.output.StoryHtml}). The stories module
 * builds story records; it renders nothing. The records know no JSON: {@link org.dossier.output.RecordJson} gives
 * them the names and field order of the files, and every mapper that writes or reads records (the store's, the
 * API's, the Spark job's) is made by it, so the files users already have keep their format and still read.
 */
package org.dossier.output;
