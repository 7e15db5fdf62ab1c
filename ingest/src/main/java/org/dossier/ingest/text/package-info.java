/** Lexical recognizers shared by the cleaning rules and the metadata finders: words, dates, date lines. */
package org.dossier.ingest.text;
