package org.dossier.ingest.clean;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the elements of a page that hold its article: leaves out the page's furniture, then lets
 * {@link ContentScorer} choose. When what it finds is short, it tries again leaving out only what never holds
 * text, since a page may name its article's wrapper like furniture ("layout-with-sidebar"); the longer result
 * wins. A schema.org {@code articleBody} mark only adds to an element's score: some pages put it on a teaser.
 */
public final class MainContent {

    /** The chosen elements and the furniture to skip inside them. */
    public record Selection(List<Element> roots, Set<Element> excluded) {}

    /** Shorter than this, a result is retried without furniture-by-name. */
    private static final int SHORT_RESULT_CHARS = 500;

    private MainContent() {}

    public static Selection of(Document page) {
        Element body = page.body();
        Selection byName = select(body, PageFurniture.find(body, true));
        int chars = ContentScorer.chars(byName.roots(), body, byName.excluded());
        if (chars >= SHORT_RESULT_CHARS) {
            return byName;
        }
        Selection structural = select(body, PageFurniture.find(body, false));
        return ContentScorer.chars(structural.roots(), body, structural.excluded()) > chars ? structural : byName;
    }

    private static Selection select(Element body, Set<Element> excluded) {
        return new Selection(ContentScorer.select(body, excluded), excluded);
    }
}
