package org.dossier.ingest.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element of a page, gathered in one bottom-up pass: characters of text (whitespace
 * runs counted once), characters inside links, and commas. Scoring reads these instead of re-walking subtrees,
 * and {@link #without} derives the statistics of the page minus some subtrees without another pass, which keeps
 * main-content detection linear in the page size.
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

        private Counts copy() {
            Counts c = new Counts();
            c.chars = chars;
            c.linkChars = linkChars;
            c.commas = commas;
            return c;
        }
    }

    private static final Counts EMPTY = new Counts();
    private final Element root;
    private final Map<Element, Counts> counts;
    /** Adjusted counts of the ancestors of left-out subtrees; everything else reads {@link #counts}. */
    private final Map<Element, Counts> adjusted;
    private final Set<Element> excluded;

    private TextStats(Element root, Map<Element, Counts> counts, Map<Element, Counts> adjusted,
            Set<Element> excluded) {
        this.root = root;
        this.counts = counts;
        this.adjusted = adjusted;
        this.excluded = excluded;
    }

    static TextStats of(Element root) {
        Map<Element, Counts> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    linkDepth++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    countText(text.getWholeText(), counts.computeIfAbsent(parent, e -> new Counts()), linkDepth > 0);
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("a")) {
                        linkDepth--;
                    }
                    Counts mine = counts.get(element);
                    if (mine != null && element != root && element.parent() != null) {
                        Counts parent = counts.computeIfAbsent(element.parent(), e -> new Counts());
                        parent.chars += mine.chars;
                        parent.linkChars += mine.linkChars;
                        parent.commas += mine.commas;
                    }
                }
            }
        }, root);
        return new TextStats(root, counts, Map.of(), Set.of());
    }

    /**
     * The statistics with the subtrees of {@code left out} removed: their counts are subtracted from their
     * ancestors, and they count as empty themselves.
     */
    TextStats without(Set<Element> leftOut) {
        Map<Element, Counts> changed = new IdentityHashMap<>();
        for (Element e : leftOut) {
            Counts removed = counts.get(e);
            if (removed == null) {
                continue;
            }
            for (Element ancestor = e.parent(); ancestor != null; ancestor = ancestor.parent()) {
                Counts base = counts.get(ancestor);
                if (base != null) {
                    Counts a = changed.computeIfAbsent(ancestor, k -> base.copy());
                    a.chars -= removed.chars;
                    a.linkChars -= removed.linkChars;
                    a.commas -= removed.commas;
                }
                if (ancestor == root) {
                    break;
                }
            }
        }
        return new TextStats(root, counts, changed, leftOut);
    }

    Counts counts(Element element) {
        if (!excluded.isEmpty() && excluded.contains(element)) {
            return EMPTY;
        }
        Counts changed = adjusted.get(element);
        return changed != null ? changed : counts.getOrDefault(element, EMPTY);
    }

    private static void countText(String text, Counts into, boolean link) {
        boolean space = true;
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isSpace = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0';
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
}
