/**
 * {@code dossier watch}: keeps a store current from RSS/Atom feeds and folders listed in a file. Each poll
 * fetches what is new, hands it to the same {@link org.dossier.store.StoreIngest} that {@code dossier ingest}
 * uses, and records per source what happened ({@link org.dossier.store.watch.FeedState}).
 */
package org.dossier.store.watch;
