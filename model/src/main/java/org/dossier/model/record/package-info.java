/**
 * What an analysis gives, as it is written and stored: {@link org.dossier.model.record.ArticleRecord}, an analyzed
 * article with its entities, quotes, dates, figures, events and places (a line of {@code articles.jsonl}, a row of
 * the store), and {@link org.dossier.model.record.StoryRecord}, a story built from such articles (a line of
 * {@code stories.jsonl}). They are the typed records every module past the per-article pipeline passes (the
 * stories, the store, the server, the Spark job); like the rest of the model they have no dependencies and are
 * serializable. Their JSON is written at the edges, by the output module's {@code RecordJson}, which keeps the
 * files' field names and order.
 */
package org.dossier.model.record;
