package org.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.ingest.text.Words;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds teasers of other stories by their structure, whatever a site calls them: three or more sibling elements
 * made alike (the same tag and class), each a short card that opens with a headline link and adds a line of text
 * ("Local man admits fraud … BOSTON: A local man has admitted…"). A page's own article is never
 * such a row of cards; "related", "most read" and "breaking news" boxes are, under any name. A group beside which
 * the page has little text is the page itself (an index of stories) and stays.
 */
final class TeaserLists {

    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final int MIN_CARDS = 3;
    /** A card longer than this is an article or an excerpt long enough to read on its own. */
    private static final int MAX_CARD_CHARS = 500;
    /** A box that ends in an excerpt cut short may be longer: the excerpt is a paragraph. */
    private static final int MAX_CUT_CARD_CHARS = 1200;
    /** A headline: a link with at least this many characters and words. */
    private static final int MIN_HEADLINE_CHARS = 20;
    private static final int MIN_HEADLINE_WORDS = 3;
    /** The text beside the headline (the excerpt) that sets a card apart from a plain list of links. */
    private static final int MIN_EXCERPT_CHARS = 20;
    /** A page with less text than this besides a group of cards is an index of stories: the cards are its text. */
    private static final int MIN_TEXT_BESIDES = 800;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private TeaserLists() {}

    /** The cards of every teaser list under {@code body}, outside the elements already left out. */
    static Set<Element> find(Element body, TextStats stats, Set<Element> excluded) {
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(body, stats, Math.max(1, stats.counts(body).chars), excluded, cards);
        return cards;
    }

    private static void collect(Element parent, TextStats stats, int pageChars, Set<Element> excluded,
            Set<Element> cards) {
        Map<String, List<Element>> alike = parent.childrenSize() < MIN_CARDS ? Map.of() : new HashMap<>();
        for (Element child : parent.children()) {
            if (excluded.contains(child)) {
                continue;
            }
            if (parent.childrenSize() >= MIN_CARDS && isCard(child, stats)) {
                alike.computeIfAbsent(signature(child), k -> new ArrayList<>()).add(child);
            } else {
                collect(child, stats, pageChars, excluded, cards);
            }
        }
        for (List<Element> group : alike.values()) {
            int chars = group.stream().mapToInt(e -> stats.counts(e).chars).sum();
            if (group.size() >= MIN_CARDS && pageChars - chars >= MIN_TEXT_BESIDES) {
                cards.addAll(group);
            } else {
                group.forEach(card -> collect(card, stats, pageChars, excluded, cards));
            }
        }
    }

    /**
     * What makes boxes alike: the tag and the first class name. Sites add a box's own id and categories to its
     * class ("postbox post-7816 category-news"), so the whole class differs from box to box.
     */
    private static String signature(Element e) {
        String classes = e.className().strip();
        int space = classes.indexOf(' ');
        return e.normalName() + "." + (space < 0 ? classes : classes.substring(0, space));
    }

    /** An excerpt cut short ("… fazer o melhor acontecer …"): a box of one ends a teaser of a longer text. */
    private static boolean isCutShort(Element e) {
        TextNode last = lastText(e);
        if (last == null) {
            return false;
        }
        String text = last.getWholeText().strip();
        return text.endsWith("…") || text.endsWith("...") || text.endsWith("[…]") || text.endsWith("[...]");
    }

    /**
     * A box whose text ends in a full sentence is an item of a briefing ("T-Mobile's CEO is stepping down. He will
     * …  in May."), written out in the article; a teaser's excerpt is cut short or is no sentence (a date, a name).
     */
    private static boolean endsWithSentence(Element e) {
        TextNode last = lastText(e);
        return last != null && Words.endsLikeSentence(last.getWholeText().strip()) && !isCutShort(e);
    }

    /** The last text node with more than whitespace under {@code node}; read from the end, without walking all. */
    private static TextNode lastText(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child instanceof TextNode text && !text.isBlank()) {
                return text;
            }
            if (child instanceof Element) {
                TextNode inside = lastText(child);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    /** The first text node with more than whitespace under {@code node}. */
    private static TextNode firstText(Node node) {
        for (int i = 0; i < node.childNodeSize(); i++) {
            Node child = node.childNode(i);
            if (child instanceof TextNode text && !text.isBlank()) {
                return text;
            }
            if (child instanceof Element) {
                TextNode inside = firstText(child);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    /** True when the box's text begins inside {@code link}: the headline opens the card. */
    private static boolean opensWith(Element card, Element link) {
        TextNode first = firstText(card);
        for (Node x = first; x != null && x != card; x = x.parent()) {
            if (x == link) {
                return true;
            }
        }
        return false;
    }

    private static boolean inHeading(Element link, Element card) {
        for (Element x = link.parent(); x != null && x != card; x = x.parent()) {
            if (HEADINGS.contains(x.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short box (not a paragraph: a paragraph's links are cited sources) that opens with a headline link, or has
     * it as its heading, and has text of its own beside it that does not end in a full sentence; or a box with a link
     * that ends in an excerpt cut short.
     */
    private static boolean isCard(Element e, TextStats stats) {
        if (e.normalName().equals("p") || e.normalName().equals("a")) {
            return false;
        }
        TextStats.Counts counts = stats.counts(e);
        if (counts.chars <= MAX_CUT_CARD_CHARS && counts.chars >= MIN_EXCERPT_CHARS && isCutShort(e)
                && e.selectFirst(LINK) != null) {
            return true;
        }
        if (counts.chars > MAX_CARD_CHARS || counts.chars - counts.linkChars < MIN_EXCERPT_CHARS
                || counts.linkChars < MIN_HEADLINE_CHARS) {
            return false;
        }
        Element link = e.selectFirst(LINK);
        if (link == null) {
            return false;
        }
        String headline = link.text();
        return headline.length() >= MIN_HEADLINE_CHARS && Words.count(headline) >= MIN_HEADLINE_WORDS
                && (opensWith(e, link) || inHeading(link, e)) && !endsWithSentence(e);
    }
}
