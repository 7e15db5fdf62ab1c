package org.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates characters with their raw positions, collapsing runs of whitespace to one space and trimming, and
 * produces a {@link Block} whose pieces are the maximal runs of contiguous raw positions.
 */
final class BlockBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Block.Piece> pieces = new ArrayList<>();
    private int lastRaw = -2;
    private boolean pendingSpace;
    private int pendingSpaceRaw;
    private int linkChars;

    /** Appends one character read at raw offset {@code raw}. */
    void append(char c, int raw, boolean inLink) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            if (text.length() > 0 && !pendingSpace) {
                pendingSpace = true;
                pendingSpaceRaw = raw;
            }
            return;
        }
        if (pendingSpace) {
            put(' ', pendingSpaceRaw);
            pendingSpace = false;
        }
        put(c, raw);
        if (inLink) {
            linkChars++;
        }
    }

    /** A break between inline elements that should read as a space ({@code <br>}, table cells). */
    void softBreak(int raw) {
        if (text.length() > 0 && !pendingSpace) {
            pendingSpace = true;
            pendingSpaceRaw = raw;
        }
    }

    private void put(char c, int raw) {
        if (raw != lastRaw + 1) {
            pieces.add(new Block.Piece(text.length(), raw));
        }
        text.append(c);
        lastRaw = raw;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    Block build(Block.Kind kind) {
        return new Block(text.toString(), pieces, kind, linkChars);
    }
}
