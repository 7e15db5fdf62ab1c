package org.dossier.ingest.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Text statistics of every element of a page, gathered in one bottom-up pass: characters of text (whitespace
 * runs counted once), characters inside links, and commas. Scoring reads these instead of re-walking subtrees,
 * which keeps main-content detection linear in the page size.
 */
final class TextStats {

    /** Counts for one element and everything below it. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Counts EMPTY = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {}

    /** Statistics of {@code root}'s subtree, leaving out the subtrees of {@code excluded} elements. */
    static TextStats of(Element root, Set<Element> excluded) {
        TextStats stats = new TextStats();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element e && excluded.contains(e) ? FilterResult.SKIP_ENTIRELY
                        : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    Counts own = stats.counts.computeIfAbsent(parent, e -> new Counts());
                    countText(text.getWholeText(), own, inLink(parent));
                } else if (node instanceof Element element && element != root && element.parent() != null) {
                    Counts mine = stats.counts.get(element);
                    if (mine != null) {
                        Counts parent = stats.counts.computeIfAbsent(element.parent(), e -> new Counts());
                        parent.chars += mine.chars;
                        parent.linkChars += mine.linkChars;
                        parent.commas += mine.commas;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    Counts counts(Element element) {
        return counts.getOrDefault(element, EMPTY);
    }

    private static void countText(String text, Counts into, boolean link) {
        boolean space = true;
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isSpace = Character.isWhitespace(c) || c == '\u00A0';
            if (!isSpace || !space) {
                chars++;
            }
            if (c == ',' || c == '،' || c == '，') {
                into.commas++;
            }
            space = isSpace;
        }
        into.chars += chars;
        if (link) {
            into.linkChars += chars;
        }
    }

    private static boolean inLink(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
