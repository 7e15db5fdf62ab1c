package org.dossier.ingest.decode;

import java.nio.charset.Charset;

/**
 * A decoded document.
 *
 * @param text the characters
 * @param charset the encoding used
 * @param how why that encoding was chosen ("byte-order mark", "valid UTF-8", "declared", "detected")
 */
public record DecodedText(String text, Charset charset, String how) {}
