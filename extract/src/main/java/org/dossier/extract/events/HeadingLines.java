package org.dossier.extract.events;

import java.util.List;
import java.util.regex.Pattern;

import org.dossier.model.Span;

/**
 * The heading lines an article opens with: a headline, a deck, a dateline or a byline, each a paragraph of one
 * sentence that ends without a full stop ("Man charged with murder after CEO gunned down at office party", "Obama
 * overturns species rule"). Headlines are written without a closing stop and the body's sentences with one; the gold
 * codes no event in a headline or deck, which repeats the body (gold/events/README.md). Only the run of such lines
 * before the first sentence that ends with a stop counts: a line later in the text (a crosshead, an item of a list)
 * is left to the other rules; and a text none of whose sentences ends with a stop has no headings to tell apart.
 */
final class HeadingLines {

    /** A sentence's end: a stop, a question or exclamation mark, or an ellipsis, then closing quotes or brackets. */
    private static final Pattern CLOSED = Pattern.compile("[.!?\u2026]\\s*[\"'\u201d\u2019)\\]]*\\s*$");

    private HeadingLines() {
    }

    /**
     * The span from the text's start to the end of its last opening heading line, or null when it opens with none.
     * {@code sentences} are the article's sentences in order; a text of fewer than three is no article with a body.
     */
    static Span openingRun(String text, List<Span> sentences) {
        if (sentences.size() < 3) {
            return null;
        }
        Span run = null;
        for (Span sentence : sentences) {
            if (CLOSED.matcher(sentence.of(text)).find()) {
                return run; // the body begins
            }
            if (!wholeParagraph(text, sentence)) {
                return null;
            }
            run = run == null ? new Span(0, sentence.end()) : run.union(sentence);
        }
        return null; // no sentence ends with a stop: a text not written in sentences, no headings to tell
    }

    /**
     * Whether the sentence is a paragraph by itself: blank lines (or the text's edges) before and after it. Scans
     * from the sentence's ends, so that no copy of the text is made per line.
     */
    private static boolean wholeParagraph(String text, Span sentence) {
        int before = sentence.start() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = sentence.end();
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        boolean opens = blank(text, 0, sentence.start()) || before >= 1 && text.startsWith("\n\n", before - 1);
        boolean closes = blank(text, sentence.end(), text.length()) || text.startsWith("\n\n", after);
        return opens && closes;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
