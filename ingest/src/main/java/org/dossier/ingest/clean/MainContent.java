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
        Set<Element> structuralExcluded = PageFurniture.structural(body, full);
        Set<Element> teasers = TeaserLists.find(body, full.without(structuralExcluded), structuralExcluded);
        withTeasers(structuralExcluded, teasers);
        TextStats structuralStats = full.without(structuralExcluded);
        Set<Element> byNameExcluded = withTeasers(PageFurniture.byName(body, structuralStats), teasers);
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
        return longer && structural.roots().stream().noneMatch(PageFurniture::inComments)
                ? withoutComments(structural, structuralStats) : byName;
    }

    /**
     * The structural choice without the comment sections inside it, unless they hold most of its text: then the
     * "comments" are the page's content (a match's live commentary, a gallery's notes).
     */
    private static Selection withoutComments(Selection selection, TextStats stats) {
        Set<Element> comments = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element root : selection.roots()) {
            comments.addAll(PageFurniture.commentSections(root, selection.excluded()));
        }
        int commentChars = comments.stream().mapToInt(e -> stats.counts(e).chars).sum();
        if (comments.isEmpty() || commentChars * 2 >= chars(selection.roots(), stats)) {
            return selection;
        }
        Set<Element> excluded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        excluded.addAll(selection.excluded());
        excluded.addAll(comments);
        return new Selection(selection.roots(), excluded);
    }

    /**
     * The furniture with the teasers that lie outside it, and without the furniture inside a teaser: left-out
     * subtrees must not nest, or their text would be taken off their ancestors twice ({@link TextStats#without}).
     */
    private static Set<Element> withTeasers(Set<Element> furniture, Set<Element> teasers) {
        if (teasers.isEmpty()) {
            return furniture;
        }
        furniture.removeIf(e -> e.parent() != null && PageFurniture.isInside(e.parent(), teasers));
        for (Element teaser : teasers) {
            if (!PageFurniture.isInside(teaser, furniture)) {
                furniture.add(teaser);
            }
        }
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
