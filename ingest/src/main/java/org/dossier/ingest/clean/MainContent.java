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
        TextStats full = TextStats.of(body);
        Set<Element> byNameExcluded = PageFurniture.find(body, full, true);
        TextStats byNameStats = full.without(byNameExcluded);
        Selection byName = new Selection(ContentScorer.select(body, byNameStats, byNameExcluded), byNameExcluded);
        int chars = chars(byName.roots(), byNameStats);
        if (chars >= SHORT_RESULT_CHARS) {
            return byName;
        }
        Set<Element> structuralExcluded = PageFurniture.find(body, full, false);
        TextStats structuralStats = full.without(structuralExcluded);
        Selection structural = new Selection(ContentScorer.select(body, structuralStats, structuralExcluded),
                structuralExcluded);
        return chars(structural.roots(), structuralStats) > chars ? structural : byName;
    }

    private static int chars(List<Element> elements, TextStats stats) {
        return elements.stream().mapToInt(e -> stats.counts(e).chars).sum();
    }
}
