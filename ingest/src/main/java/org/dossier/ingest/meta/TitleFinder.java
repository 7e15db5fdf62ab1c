package org.dossier.ingest.meta;

import java.util.List;
import java.util.OptionalInt;
import org.dossier.ingest.clean.Block;
import org.dossier.ingest.text.DateLines;
import org.dossier.ingest.text.Words;

/** Finds the headline of a plain-text copy: its first line, when that line is short enough to be one. */
public final class TitleFinder {

    private static final int MAX_TITLE_WORDS = 40;
    private static final int MAX_TITLE_CHARS = 300;

    private TitleFinder() {}

    /** The index of the title block, if the copy starts with one. */
    public static OptionalInt inTextCopy(List<Block> blocks) {
        for (int i = 0; i < blocks.size() && i < 3; i++) {
            String text = blocks.get(i).text();
            if (Words.letters(text) < 2 || DateLines.isDateLine(text)) {
                continue;
            }
            boolean fits = Words.count(text) <= MAX_TITLE_WORDS && text.length() <= MAX_TITLE_CHARS;
            return fits ? OptionalInt.of(i) : OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
