package org.dossier.ingest.clean;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells a row of a data table from a row of a layout table. A reader reads a data row as one line ("1 Kyle Busch
 * 5040 5"), so its cells make one block; a layout table's cells hold whole columns of a page (the article, a
 * sidebar), so each stays a block of its own. A data row has at least two cells, and each cell holds a short text
 * and no block-level markup.
 */
final class DataRows {

    private static final Set<String> BLOCK_MARKUP = Set.of("p", "div", "section", "article", "ul", "ol", "dl",
            "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "br", "li", "figure", "form");
    /** A cell longer than this is a column of text, not a value. */
    private static final int MAX_CELL_CHARS = 120;

    private DataRows() {}

    static boolean isDataRow(Element row) {
        int cells = 0;
        for (Element cell : row.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                continue;
            }
            cells++;
            if (!isShortValue(cell)) {
                return false;
            }
        }
        return cells >= 2;
    }

    /** No block markup and a short text; stops at the first sign of either, so a layout cell costs little. */
    private static boolean isShortValue(Element cell) {
        int[] chars = {0};
        boolean[] value = {true};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != cell && BLOCK_MARKUP.contains(e.normalName())
                        || node instanceof TextNode text && (chars[0] += text.getWholeText().strip().length())
                                > MAX_CELL_CHARS) {
                    value[0] = false;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return value[0];
    }
}
