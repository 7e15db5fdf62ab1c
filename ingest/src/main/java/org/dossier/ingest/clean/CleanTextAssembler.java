package org.dossier.ingest.clean;

import java.util.List;
import org.dossier.model.OffsetMap;

/** Joins kept blocks into the clean text, one paragraph per block separated by a blank line. */
public final class CleanTextAssembler {

    /** A blank line: sentence splitters treat it as a hard break, and it keeps paragraphs readable. */
    static final String PARAGRAPH_BREAK = "\n\n";

    private CleanTextAssembler() {}

    public record CleanText(String text, OffsetMap offsets) {}

    public static CleanText assemble(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        OffsetMap.Builder offsets = OffsetMap.builder();
        for (Block block : blocks) {
            if (text.length() > 0) {
                text.append(PARAGRAPH_BREAK);
            }
            int blockStart = text.length();
            for (Block.Piece piece : block.pieces()) {
                offsets.segment(blockStart + piece.offset(), piece.rawStart());
            }
            text.append(block.text());
        }
        return new CleanText(text.toString(), offsets.build());
    }
}
