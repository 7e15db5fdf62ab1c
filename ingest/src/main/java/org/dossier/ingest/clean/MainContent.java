package org.dossier.ingest.clean;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the elements of a page that hold its article: leaves out the page's furniture, then lets
 * {@link ContentScorer} choose. It also chooses leaving out only what never holds text, since a page may name
 * its article's wrapper like furniture ("layout-with-sidebar", "content-behind-paywall"), and takes that choice
 * when the first is short and this one longer, or this one is more than three times as long; never when it is a
 * comment section: a short post with a long discussion below is still a short post. A schema.org {@code articleBody} mark only adds to an element's score: some pages put it on a teaser.
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
        Set<Element> structuralExcluded = withTeasers(body, full, PageFurniture.structural(body, full));
        TextStats structuralStats = full.without(structuralExcluded);
        Set<Element> byNameExcluded = withTeasers(body, full, PageFurniture.byName(body, structuralStats));
        TextStats byNameStats = full.without(byNameExcluded);
        Selection byName = new Selection(ContentScorer.select(body, byNameStats, byNameExcluded), byNameExcluded);
        int chars = chars(byName.roots(), byNameStats);
        int removedByName = structuralStats.counts(body).chars - byNameStats.counts(body).chars;
        if (chars >= SHORT_RESULT_CHARS && removedByName < 2 * chars) {
            return byName; // too little was left out by name for the structural choice to be much longer
        }
        Selection structural = new Selection(ContentScorer.select(body, structuralStats, structuralExcluded),
                structuralExcluded);
        int structuralChars = chars(structural.roots(), structuralStats);
        boolean longer = chars < SHORT_RESULT_CHARS ? structuralChars > chars : structuralChars > 3 * chars;
        return longer && structural.roots().stream().noneMatch(PageFurniture::inComments) ? structural : byName;
    }

    /** The furniture and the teaser lists outside it: rows of cards of other stories are furniture by structure. */
    private static Set<Element> withTeasers(Element body, TextStats full, Set<Element> furniture) {
        furniture.addAll(TeaserLists.find(body, full.without(furniture), furniture));
        return furniture;
    }

    /** The whole body without what never holds text (scripts, navigation, hidden elements): for a last resort. */
    public static Selection whole(Document page) {
        Element body = page.body();
        return new Selection(List.of(body), PageFurniture.structural(body, TextStats.of(body)));
    }

    private static int chars(List<Element> elements, TextStats stats) {
        return elements.stream().mapToInt(e -> stats.counts(e).chars).sum();
    }
}
