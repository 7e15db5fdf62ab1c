/**
 * Raw document to clean text. Both HTML pages and plain-text copies become a list of {@link
 * org.dossier.ingest.clean.Block}s whose characters remember their raw positions; a {@link
 * org.dossier.ingest.clean.BoilerplateFilter} decides which blocks are article text; the {@link
 * org.dossier.ingest.clean.CleanTextAssembler} joins the kept blocks and builds the offset map.
 */
package org.dossier.ingest.clean;
