package org.dossier.ingest.clean;

import java.util.Optional;
import org.dossier.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses a page with source positions, which every offset rests on, and recovers from head markup that would
 * swallow the page ({@link SwallowingElements}): the page is parsed again with the broken element blanked out, so
 * that the reader's text is there to extract, as older browsers and boilerpipe's tokenizer show it.
 */
public final class PageParser {

    /** A page whose broken head elements swallow one another is given up on after this many repairs. */
    private static final int MAX_REPAIRS = 4;

    /**
     * A parsed page.
     *
     * @param document the page, parsed from markup of the raw page's length, so its positions are raw offsets
     * @param recoveredTitle the raw span of the text of a {@code <title>} that was never closed, when the parse had
     *     to blank it out; the title element is then missing from the document
     */
    public record ParsedPage(Document document, Optional<Span> recoveredTitle) {}

    private PageParser() {}

    public static ParsedPage parse(String raw) {
        // jsoup also keeps line numbers for positions, by searching a list of newline positions for every node;
        // Dossier never uses lines, so the parser gets a copy with line breaks as spaces: one character for one,
        // every offset the same, and whitespace is whitespace.
        char[] markup = raw.replace('\n', ' ').replace('\r', ' ').toCharArray();
        Document document = parse(markup);
        Span title = null;
        for (int repairs = 0; repairs < MAX_REPAIRS; repairs++) {
            Optional<SwallowingElements.Repair> repair = SwallowingElements.find(document, raw);
            if (repair.isEmpty()) {
                break;
            }
            repair.get().applyTo(markup);
            if (repair.get().title() != null && title == null) {
                title = repair.get().title();
            }
            document = parse(markup);
        }
        return new ParsedPage(document, Optional.ofNullable(title));
    }

    private static Document parse(char[] markup) {
        return Jsoup.parse(new String(markup), "", Parser.htmlParser().setTrackPosition(true));
    }
}
