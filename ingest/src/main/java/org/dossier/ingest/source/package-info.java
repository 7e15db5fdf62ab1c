/** Where raw documents come from: files and folders today; archives and feeds plug in beside them. */
package org.dossier.ingest.source;
