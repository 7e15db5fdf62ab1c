package org.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.text.Words;

/**
 * Splits a plain-text copy of a page into blocks, one per non-blank line, copied verbatim so offsets stay exact.
 *
 * <p>Hard-wrapped text (paragraphs broken into lines of similar width, continuing in lower case) is joined back
 * into paragraphs first, because line-level rules would otherwise see every line as a fragment.
 */
public final class TextCopyBlocks {

    private TextCopyBlocks() {}

    public static List<Block> split(String raw) {
        List<int[]> lines = nonBlankLines(raw);
        if (looksHardWrapped(raw, lines)) {
            return joinWrappedParagraphs(raw, lines);
        }
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int[] line : lines) {
            blocks.add(Block.verbatim(raw.substring(line[0], line[1]), line[0]));
        }
        return blocks;
    }

    /** [start, end) of each trimmed non-blank line, plus a third cell: 1 when a blank line or the start precedes it. */
    private static List<int[]> nonBlankLines(String raw) {
        List<int[]> lines = new ArrayList<>();
        boolean blankBefore = true;
        int lineStart = 0;
        while (lineStart <= raw.length()) {
            int lineEnd = lineStart;
            while (lineEnd < raw.length() && raw.charAt(lineEnd) != '\n' && raw.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isSpace(raw.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(raw.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new int[] {s, e, blankBefore ? 1 : 0});
            }
            blankBefore = s == e;
            boolean crlf = lineEnd + 1 < raw.length() && raw.charAt(lineEnd) == '\r' && raw.charAt(lineEnd + 1) == '\n';
            lineStart = lineEnd + (crlf ? 2 : 1);
        }
        return lines;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Wrapped text: most lines end mid-sentence and the next line goes on in lower case, at a typical terminal
     * width. Text with one paragraph per line almost never continues in lower case.
     */
    private static boolean looksHardWrapped(String raw, List<int[]> lines) {
        if (lines.size() < 8) {
            return false;
        }
        int continued = 0;
        int widthish = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] line = lines.get(i);
            int[] next = lines.get(i + 1);
            int length = line[1] - line[0];
            if (length >= 40 && length <= 100) {
                widthish++;
            }
            if (next[2] == 0 && Character.isLowerCase(raw.charAt(next[0]))
                    && !Words.endsLikeSentence(raw.substring(line[0], line[1]))) {
                continued++;
            }
        }
        return continued >= lines.size() * 0.25 && widthish >= lines.size() * 0.6;
    }

    private static List<Block> joinWrappedParagraphs(String raw, List<int[]> lines) {
        List<Block> blocks = new ArrayList<>();
        BlockBuilder paragraph = new BlockBuilder();
        for (int[] line : lines) {
            if (line[2] == 1 && !paragraph.isEmpty()) {
                blocks.add(paragraph.build(Block.Kind.PARAGRAPH));
                paragraph = new BlockBuilder();
            }
            for (int i = line[0]; i < line[1]; i++) {
                paragraph.append(raw.charAt(i), i, false);
            }
            paragraph.softBreak(line[1]);
        }
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.build(Block.Kind.PARAGRAPH));
        }
        return blocks;
    }
}
