/** Finds an article's metadata (title, publication date, outlet, dateline, language) in its blocks and markup. */
package org.dossier.ingest.meta;
