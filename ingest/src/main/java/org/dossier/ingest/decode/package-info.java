/** Bytes to text: rejects empty and binary documents, detects and decodes the common encodings. */
package org.dossier.ingest.decode;
