package org.dossier.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * Finds text in quotation marks, paragraph by paragraph: curly (“ ”), straight ("), guillemets (« »), low-high
 * („ “) and single curly quotes (‘ ’) when they open at a word start and close at a word end, so apostrophes
 * ("Syria’s") are not taken for quotes. A quote left open at the end of a paragraph runs to the paragraph end,
 * as news style does for quotes that continue into the next paragraph. Plain-text archives (LexisNexis, old wire
 * copy) write double quotes as two apostrophes ({@code ''…''}) or as backquotes and apostrophes ({@code ``…''});
 * those are read as quotation marks too. A quotation in straight marks may hold one in curly marks, whose closing
 * mark does not close it (outlets that mix the two styles print a statement that way).
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

    /** Stands for a two-character opening mark, {@code ''} or {@code ``}, which {@code ''} closes. */
    private static final char DOUBLED = '\u0000';

    /**
     * A few words and a colon, then a quotation in straight single quotes: a headline "Name: 'Words said.'", or
     * British style "A spokesman said: 'We will look at the plan's costs.'". Straight single quotes are apostrophes
     * elsewhere ("Clinton's"), so this shape is read as a quotation only where such pairs fill the whole paragraph
     * ({@link #SINGLE_QUOTED_PARAGRAPH}). The words before the colon may hold a possessive ("The club's chairman
     * said:"). The quotation holds no mark closing a sentence or clause before an apostrophe and a space ({@code .' }),
     * so that a second pair in the paragraph ("Ann said: 'No.' Tom replied: 'Yes.'") keeps its own speaker and
     * quotation instead of one quotation running from the first mark to the last (session sixteen's review).
     */
    private static final String COLON_SINGLE_QUOTE = "(?:[^:'\"“”‘’\n]|(?<=\\p{L})'s(?![\\p{L}\\p{N}])"
            + "|(?<=\\p{L}s)'(?=\\s)){1,60}:\\s+(')(?=[\\p{L}\\p{N}])(?:(?![.!?,]'\\s)[^\\n])*[^\\s'](')";

    private static final Pattern COLON_SINGLE_QUOTE_PAIR = Pattern.compile(COLON_SINGLE_QUOTE + "(?=\\s|$)");

    /** A paragraph made of {@link #COLON_SINGLE_QUOTE} pairs only, each closed by a space or the paragraph's end. */
    private static final Pattern SINGLE_QUOTED_PARAGRAPH = Pattern.compile(
            "(?:\\s*" + COLON_SINGLE_QUOTE + "(?=\\s|$))+\\s*");

    private static void scanParagraph(String text, Span paragraph, int index, List<QuotedSpan> into) {
        String line = paragraph.of(text);
        if (SINGLE_QUOTED_PARAGRAPH.matcher(line).matches()) {
            Matcher pair = COLON_SINGLE_QUOTE_PAIR.matcher(line);
            while (pair.find()) {
                add(text, paragraph.start() + pair.start(1), 1, paragraph.start() + pair.start(2), index, into);
            }
            return;
        }
        int open = -1;
        char opener = 0;
        int innerCurly = 0;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (open >= 0 && opener == '"' && (c == '“' || c == '”' && innerCurly > 0)) {
                // a quotation in straight marks that quotes someone in curly ones ("The bill is no “reform” at all,
                // and …): the curly pair is inside it, and its closing mark does not end the straight one
                innerCurly += c == '“' ? 1 : -1;
                continue;
            }
            if (open < 0) {
                innerCurly = 0;
                if (opensDoubled(text, i, paragraph)) {
                    open = i;
                    opener = DOUBLED;
                    i++;
                } else if (opensQuote(text, i, paragraph)) {
                    open = i;
                    opener = c;
                }
            } else if (opener == DOUBLED ? closesDoubled(text, i, paragraph) : closesQuote(text, i, opener, paragraph)) {
                add(text, open, opener == DOUBLED ? 2 : 1, i, index, into);
                open = -1;
            } else {
                int run = opener == '"' ? apostrophesClosingStraight(text, i, paragraph) : 0;
                if (run > 0) {
                    add(text, open, 1, i + run - 2, index, into);
                    open = -1;
                    i += run - 1;
                }
            }
        }
        if (open >= 0) {
            add(text, open, opener == DOUBLED ? 2 : 1, paragraph.end(), index, into);
        }
    }

    private static boolean opensDoubled(String text, int i, Span paragraph) {
        if (i + 2 >= paragraph.end() || Character.isWhitespace(text.charAt(i + 2)) || !atWordStart(text, i, paragraph)) {
            return false;
        }
        char c = text.charAt(i);
        return (c == '\'' || c == '`') && text.charAt(i + 1) == c;
    }

    private static boolean closesDoubled(String text, int i, Span paragraph) {
        if (i + 1 >= paragraph.end() || text.charAt(i) != '\'' || text.charAt(i + 1) != '\'') {
            return false;
        }
        if (!Character.isWhitespace(text.charAt(i - 1))) {
            return true;
        }
        // a single quotation that closes inside the double one, set apart from its closing mark by a space as
        // print does ("… from 'Harbor Street,' ''"), and no word right after, where an opening mark would stand
        int before = i - 1;
        while (before > paragraph.start() && text.charAt(before) == ' ') {
            before--;
        }
        boolean wordAfter = i + 2 < paragraph.end() && Character.isLetterOrDigit(text.charAt(i + 2));
        return (text.charAt(before) == '\'' || text.charAt(before) == '’') && !wordAfter;
    }

    /**
     * How many apostrophes close here a quotation that a straight double mark opened, or 0: text detokenized from
     * Penn Treebank tokens (wire copy in research corpora such as ECB+) writes the opening mark as {@code "} and
     * leaves the closing one as {@code ''} after a space ({@code "I heard shots, and I hid, '' he told}). Two
     * apostrophes after a space and before no word, or three where a single quotation closes inside
     * ({@code 'Oh, my God! '''}); two after a word are a quotation inside ({@code the ''Big Apple'' then}).
     */
    private static int apostrophesClosingStraight(String text, int i, Span paragraph) {
        if (i == paragraph.start() || !Character.isWhitespace(text.charAt(i - 1))) {
            return 0;
        }
        int run = 0;
        while (i + run < paragraph.end() && text.charAt(i + run) == '\'') {
            run++;
        }
        boolean wordAfter = i + run < paragraph.end() && Character.isLetterOrDigit(text.charAt(i + run));
        return run >= 2 && run <= 3 && !wordAfter ? run : 0;
    }

    private static boolean opensQuote(String text, int i, Span paragraph) {
        char c = text.charAt(i);
        return switch (c) {
            case '“', '«', '„' -> true;
            // a straight mark right before a curly one is a doubled opening mark ("“…): the curly one opens
            case '"' -> i + 1 < paragraph.end() && !Character.isWhitespace(text.charAt(i + 1))
                    && text.charAt(i + 1) != '“';
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

    private static void add(String text, int open, int markLength, int close, int paragraph,
            List<QuotedSpan> into) {
        int start = open + markLength;
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
