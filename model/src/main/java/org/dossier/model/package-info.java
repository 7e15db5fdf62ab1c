/**
 * The data model at the centre of Dossier: immutable records, no dependencies.
 *
 * <p>Every extracted item carries the id of the article it comes from and a {@link org.dossier.model.Span}
 * of half-open character offsets into {@link org.dossier.model.Article#text()}, the cleaned text. The
 * {@link org.dossier.model.OffsetMap} of the article maps those offsets back to the raw document.
 *
 * <p>Absent values are {@code null} rather than {@code Optional}: the records must stay
 * {@link java.io.Serializable} for Spark executors, and {@code Optional} is not. Each accessor that may
 * return {@code null} says so.
 */
package org.dossier.model;
