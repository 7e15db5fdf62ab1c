package org.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the main-content element of a parsed page into blocks: one per paragraph, heading, list item or other
 * block-level element, with each character's position in the raw HTML.
 *
 * <p>The document must have been parsed with position tracking on, so text nodes know their source range.
 */
public final class HtmlBlocks {

    /** Elements that never hold article text. */
    static final Set<String> NEVER_CONTENT = Set.of("script", "style", "template", "iframe", "object",
            "embed", "svg", "canvas", "math", "button", "select", "option", "input", "textarea", "head", "link",
            "meta", "video", "audio", "map");
    /** Elements that hold the page around the article, unless a site wraps its whole page in one. */
    static final Set<String> FURNITURE_TAGS = Set.of("form", "nav", "aside", "footer", "menu", "dialog", "noscript");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1",
            "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr",
            "td", "th", "tbody", "thead", "figure", "figcaption", "hr", "address", "center", "summary", "details");

    private HtmlBlocks() {}

    public static List<Block> of(MainContent.Selection selection, String raw) {
        Collector collector = new Collector(raw, selection.excluded());
        for (Element root : selection.roots()) {
            NodeTraversor.traverse(collector, root);
            collector.flush(root);
        }
        return collector.blocks;
    }

    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static final class Collector implements NodeVisitor {
        private final String raw;
        private final Set<Element> excluded;
        private final List<Block> blocks = new ArrayList<>();
        private BlockBuilder current = new BlockBuilder();
        private Node skipping;
        /** Rows of data tables, whose cells read as one line; layout tables keep a block per cell. */
        private final Set<Element> dataRows = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Collector(String raw, Set<Element> excluded) {
            this.raw = raw;
            this.excluded = excluded;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof Element e) {
                if (excluded.contains(e) || NEVER_CONTENT.contains(e.normalName())) {
                    skipping = e;
                } else if (isCellOfDataRow(e)) {
                    current.softBreak(Math.max(0, e.sourceRange().startPos()));
                } else if (BLOCK_TAGS.contains(e.normalName())) {
                    if (e.normalName().equals("tr") && DataRows.isDataRow(e)) {
                        dataRows.add(e);
                    }
                    flush(e);
                } else if (e.normalName().equals("br")) {
                    current.softBreak(Math.max(0, e.sourceRange().startPos()));
                }
            } else if (node instanceof TextNode text) {
                appendText(text);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == skipping) {
                skipping = null;
            } else if (skipping == null && node instanceof Element e && BLOCK_TAGS.contains(e.normalName())
                    && !isCellOfDataRow(e)) {
                flush(e);
            }
        }

        private boolean isCellOfDataRow(Element e) {
            return !dataRows.isEmpty() && (e.normalName().equals("td") || e.normalName().equals("th"))
                    && dataRows.contains(e.parent());
        }

        private void appendText(TextNode text) {
            String decoded = text.getWholeText();
            if (decoded.isEmpty()) {
                return;
            }
            int start = text.sourceRange().startPos();
            int end = text.sourceRange().endPos();
            boolean tracked = start >= 0 && end >= start && end <= raw.length();
            int[] positions = tracked ? RawAligner.align(decoded, raw, start, end) : null;
            boolean inLink = hasLinkAncestor(text);
            int fallback = tracked ? start : Math.max(0, nearestTrackedPosition(text));
            for (int i = 0; i < decoded.length(); i++) {
                current.append(decoded.charAt(i), positions != null ? positions[i] : fallback, inLink);
            }
        }

        void flush(Node boundary) {
            if (!current.isEmpty()) {
                blocks.add(current.build(kindOf(boundary)));
            }
            current = new BlockBuilder();
        }

        private static Block.Kind kindOf(Node boundary) {
            for (Node n = boundary; n != null; n = n.parent()) {
                if (n instanceof Element e) {
                    switch (e.normalName()) {
                        case "h1", "h2", "h3", "h4", "h5", "h6":
                            return Block.Kind.HEADING;
                        case "li", "dd", "dt":
                            return Block.Kind.LIST_ITEM;
                        case "blockquote":
                            return Block.Kind.QUOTE;
                        case "figcaption", "figure":
                            return Block.Kind.CAPTION;
                        case "p", "article", "main", "body":
                            return Block.Kind.PARAGRAPH;
                        default:
                            break;
                    }
                }
            }
            return Block.Kind.PARAGRAPH;
        }

        private static boolean hasLinkAncestor(Node node) {
            for (Node n = node.parent(); n != null; n = n.parent()) {
                if (n instanceof Element e && e.normalName().equals("a")) {
                    return true;
                }
            }
            return false;
        }

        private static int nearestTrackedPosition(Node node) {
            for (Node n = node.parent(); n != null; n = n.parent()) {
                if (n.sourceRange().startPos() >= 0) {
                    return n.sourceRange().startPos();
                }
            }
            return 0;
        }
    }
}
