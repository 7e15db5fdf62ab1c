package org.dossier.ingest.clean;

import java.util.List;
import org.dossier.ingest.text.Words;
import org.dossier.model.Span;

/**
 * A paragraph-like unit of a document (a line of a text copy, a {@code <p>} or heading of a page) whose
 * characters remember where they came from in the raw document.
 *
 * @param text the block's text, whitespace-normalized and trimmed
 * @param pieces runs of {@code text} that were copied from contiguous raw characters, in order
 * @param kind what markup says the block is; {@link Kind#PARAGRAPH} for text copies
 * @param linkChars how many of its characters are link text (0 for text copies)
 */
public record Block(String text, List<Piece> pieces, Kind kind, int linkChars) {

    public Block {
        pieces = List.copyOf(pieces);
    }

    /** A run of block text starting at {@code offset} that was copied from raw offset {@code rawStart}. */
    public record Piece(int offset, int rawStart) {}

    public enum Kind {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        QUOTE,
        CAPTION
    }

    /** A block copied verbatim from {@code raw[rawStart, rawStart + text.length())}. */
    public static Block verbatim(String text, int rawStart) {
        return new Block(text, List.of(new Piece(0, rawStart)), Kind.PARAGRAPH, 0);
    }

    /** From the raw position of the first character to just after the last. */
    public Span rawSpan() {
        int start = pieces.isEmpty() ? 0 : pieces.get(0).rawStart();
        return new Span(start, Math.max(start, rawOffset(text.length() - 1) + 1));
    }

    /** The raw offset of the character at {@code offset} of the text. */
    public int rawOffset(int offset) {
        Piece containing = pieces.get(0);
        for (Piece piece : pieces) {
            if (piece.offset() > offset) {
                break;
            }
            containing = piece;
        }
        return containing.rawStart() + (offset - containing.offset());
    }

    public double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    public int wordCount() {
        return Words.count(text);
    }
}
