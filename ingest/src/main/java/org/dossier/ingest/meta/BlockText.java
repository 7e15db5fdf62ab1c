package org.dossier.ingest.meta;

import org.dossier.ingest.clean.Block;
import org.dossier.model.Span;

/** Raw spans of parts of a block's text. */
final class BlockText {

    private BlockText() {}

    /** The raw span of {@code block.text()[start, end)}. */
    static Span rawSpan(Block block, int start, int end) {
        int rawStart = block.rawOffset(start);
        return new Span(rawStart, Math.max(rawStart, block.rawOffset(Math.max(start, end - 1)) + 1));
    }
}
