package org.dossier.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;

/**
 * Finds text in quotation marks, paragraph by paragraph: curly (“ ”), straight ("), guillemets (« »), low-high
 * („ “) and single curly quotes (‘ ’) when they open at a word start and close at a word end, so apostrophes
 * ("Syria’s") are not taken for quotes. A quote left open at the end of a paragraph runs to the paragraph end,
 * as news style does for quotes that continue into the next paragraph.
 */
final class QuotationMarks {

    private QuotationMarks() {}

    static List<QuotedSpan> find(String text, List<Span> paragraphs) {
        List<QuotedSpan> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            scanParagraph(text, paragraphs.get(p), p, found);
        }
        return found;
    }

    private static void scanParagraph(String text, Span paragraph, int index, List<QuotedSpan> into) {
        int open = -1;
        char opener = 0;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (opensQuote(text, i, paragraph)) {
                    open = i;
                    opener = c;
                }
            } else if (closesQuote(text, i, opener, paragraph)) {
                add(text, open, i, index, into);
                open = -1;
            }
        }
        if (open >= 0) {
            add(text, open, paragraph.end(), index, into);
        }
    }

    private static boolean opensQuote(String text, int i, Span paragraph) {
        char c = text.charAt(i);
        return switch (c) {
            case '“', '«', '„' -> true;
            case '"' -> i + 1 < paragraph.end() && !Character.isWhitespace(text.charAt(i + 1));
            case '‘' -> atWordStart(text, i, paragraph) && i + 1 < paragraph.end()
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            default -> false;
        };
    }

    private static boolean closesQuote(String text, int i, char opener, Span paragraph) {
        char c = text.charAt(i);
        return switch (opener) {
            case '“' -> c == '”' || c == '"';
            case '«' -> c == '»';
            case '„' -> c == '“' || c == '”';
            case '"' -> c == '"' || c == '”';
            case '‘' -> c == '’' && atWordEnd(text, i, paragraph);
            default -> false;
        };
    }

    private static boolean atWordStart(String text, int i, Span paragraph) {
        return i == paragraph.start() || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean atWordEnd(String text, int i, Span paragraph) {
        return i + 1 >= paragraph.end() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static void add(String text, int open, int close, int paragraph, List<QuotedSpan> into) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start) {
            into.add(new QuotedSpan(open, close, new Span(start, end), paragraph));
        }
    }
}
