package org.dossier.ingest.clean;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds a {@code <title>}, {@code <script>} or {@code <style>} that swallowed the page. The parser reads these as
 * raw text up to their closing tag, so one left open reads the rest of the page (or up to a later element's closing
 * tag) as a title, a script or a style sheet, and the page has no text. Such an element either runs to the end of
 * the page without a closing tag or holds the markup that ends the head and opens the body while the page shows
 * no text; a title holds no tags at all.
 *
 * <p>The repair blanks the element's opening tag and its own text (up to the first tag inside it) with spaces, so
 * that the rest parses as the page it is and every raw offset stays the same.
 */
final class SwallowingElements {

    /**
     * Markup that a script or style sheet never holds but a swallowed page does: the end of the head and then the
     * start of the body. Either alone is common in scripts ("this script goes just after the opening body tag").
     */
    private static final Pattern PAGE_MARKUP = Pattern.compile("(?is)</head\\s*>.*?<body[\\s>]");
    private static final int MIN_VISIBLE_CHARS = 200;
    /** A script that swallowed the page holds at least this share of it. */
    private static final double MIN_SHARE_SWALLOWED = 0.2;
    /** Tags a title never holds but a swallowed head does. */
    private static final Pattern HEAD_MARKUP = Pattern.compile("(?i)<(?:/head|body|meta|link|script|style)[\\s/>]");
    /** Where the swallowed page starts: its first tag or comment; the text before it is the element's own. */
    private static final Pattern FIRST_TAG = Pattern.compile("(?i)<(?:/?[a-z][a-z0-9]*[\\s/>]|!--)");

    /**
     * What to blank: the raw range from the broken element's opening tag to where the swallowed page starts.
     *
     * @param blank the raw range to overwrite with spaces
     * @param title the raw span of a broken title's own text, or null
     */
    record Repair(Span blank, Span title) {

        void applyTo(char[] markup) {
            Arrays.fill(markup, blank.start(), blank.end(), ' ');
        }
    }

    private SwallowingElements() {}

    /** The first element that swallowed the page, with how to repair it. */
    static Optional<Repair> find(Document document, String raw) {
        Repair[] found = new Repair[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && isBroken(e, document, raw)) {
                    found[0] = repair(e, raw, e.normalName().equals("title")).orElse(null);
                }
                return found[0] != null ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, document);
        return Optional.ofNullable(found[0]);
    }

    private static boolean isBroken(Element e, Document document, String raw) {
        return switch (e.normalName()) {
            case "title" -> isUnclosed(e, raw) || HEAD_MARKUP.matcher(e.text()).find();
            // only a script that holds much of the page can have swallowed it; its text is read only then
            case "script", "style" -> isUnclosed(e, raw) || holdsMuchOfThePage(e, raw)
                    && PAGE_MARKUP.matcher(e.data()).find() && showsNothing(document);
            default -> false;
        };
    }

    private static boolean holdsMuchOfThePage(Element e, String raw) {
        int content = e.endSourceRange().startPos() - e.sourceRange().endPos();
        return content > raw.length() * MIN_SHARE_SWALLOWED;
    }

    /**
     * A page that shows (almost) no text: scripts that write whole documents into frames hold a head and a body
     * too, so a script is only taken for a swallowed page when the page has nothing else to show.
     */
    private static boolean showsNothing(Document document) {
        return document.body() == null || document.body().text().length() < MIN_VISIBLE_CHARS;
    }

    /** No closing tag before the end of the page: the parser closes it at the end, with an empty end range. */
    private static boolean isUnclosed(Element e, String raw) {
        return e.endSourceRange().isTracked() && e.endSourceRange().startPos() == e.endSourceRange().endPos()
                && e.endSourceRange().endPos() >= raw.length();
    }

    private static Optional<Repair> repair(Element e, String raw, boolean title) {
        int open = e.sourceRange().startPos();
        int contentStart = e.sourceRange().endPos();
        if (open < 0 || contentStart <= open || contentStart > raw.length()) {
            return Optional.empty();
        }
        Matcher m = FIRST_TAG.matcher(raw).region(contentStart, raw.length());
        if (!m.find()) {
            return Optional.empty(); // nothing swallowed: a title or script at the very end of the page
        }
        int cut = m.start();
        return Optional.of(new Repair(new Span(open, cut), title ? new Span(contentStart, cut) : null));
    }
}
