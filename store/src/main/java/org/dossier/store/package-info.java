/**
 * The persistent dossier. {@link org.dossier.store.DossierStore} keeps every analyzed article, its entities,
 * quotes, events and figures, and the stories built from them, in an SQL database (embedded H2 in the store
 * folder by default, PostgreSQL when given a JDBC URL), with a Lucene index beside it for full-text search.
 * {@link org.dossier.store.StoreIngest} adds documents incrementally and survives being killed at any point.
 */
package org.dossier.store;
