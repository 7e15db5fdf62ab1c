package org.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Chooses the elements that hold a page's article. Every paragraph-like element (a {@code <p>}, a {@code <pre>},
 * a cell, a {@code <div>} with its own text) of at least 25 characters earns points for its length and commas,
 * shared with its ancestors with a decay, so the container of most prose ends up with the most points. Names of
 * classes and ids that suggest content or furniture, and the share of link text, adjust the scores. The best
 * container wins, with the siblings that look like part of the same article.
 */
final class ContentScorer {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|post|story|text|prose"
            + "|blog|news|h-entry|hentry");
    private static final Pattern NEGATIVE = Pattern.compile("comment|footer|sidebar|related|share|social|widget"
            + "|promo|sponsor|banner|meta|byline|author|caption|nav|menu|tag|hidden|teaser|card|list");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "ul", "ol", "dl", "table",
            "blockquote", "pre", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int SMALL_CHARS = 250;
    private static final int MIN_LEAD_CHARS = 80;
    private static final int MAX_LEAD_CHARS = 1500;
    private static final int MIN_NAMED_LEAD_CHARS = 40;
    private static final int LEAD_LEVELS = 3;
    private static final Pattern LEAD_NAMES = Pattern.compile("(?<![a-z])(?:lead|intro|standfirst|summary|excerpt"
            + "|deck|subtitle|subheadline|sub-headline|abstract|kicker-text|dek)(?![a-z])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:\"“”»«)]\\s*$");
    private static final int ANCESTOR_LEVELS = 5;

    private final TextStats stats;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The article's elements, in document order; the body when nothing scores. */
    static List<Element> select(Element body, TextStats stats, Set<Element> excluded) {
        ContentScorer scorer = new ContentScorer(stats);
        scorer.scoreParagraphs(body, excluded);
        Element top = scorer.topCandidate();
        if (top == null) {
            return List.of(body);
        }
        Element best = scorer.broaden(top);
        Element article = scorer.climb(best);
        return scorer.withNamedLeads(scorer.withChunks(scorer.withSiblings(article, excluded), best), article,
                excluded);
    }

    /** The best-scoring candidates with their scores, best first: for diagnosing a page's selection. */
    static List<Map.Entry<Element, Double>> ranked(Element body, boolean byName, int limit) {
        TextStats full = TextStats.of(body);
        Set<Element> excluded = PageFurniture.find(body, full, byName);
        ContentScorer scorer = new ContentScorer(full.without(excluded));
        scorer.scoreParagraphs(body, excluded);
        return scorer.scores.keySet().stream()
                .map(e -> Map.entry(e, scorer.finalScore(e)))
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(limit)
                .toList();
    }

    private void scoreParagraphs(Element root, Set<Element> excluded) {
        for (Element e : root.getAllElements()) {
            if (!isParagraph(e) || isExcluded(e, excluded)) {
                continue;
            }
            TextStats.Counts counts = stats.counts(e);
            if (counts.chars < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + counts.commas + Math.min(counts.chars / 100, 3);
            // A div that mixes its own prose with blocks is a container itself (the text between its blocks is a
            // paragraph of it); a div of text alone is a paragraph in its parent.
            Element ancestor = PARAGRAPH_TAGS.contains(e.normalName()) || !hasBlockChild(e) ? e.parent() : e;
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                score(ancestor)[0] += points / divider;
            }
        }
    }

    private boolean isParagraph(Element e) {
        if (PARAGRAPH_TAGS.contains(e.normalName())) {
            return !e.normalName().equals("li") || stats.counts(e).linkDensity() < 0.3;
        }
        return (e.normalName().equals("div") || e.normalName().equals("section")) && hasOwnText(e);
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** A div that holds prose directly rather than through child paragraphs. */
    private static boolean hasOwnText(Element e) {
        int own = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode text) {
                String whole = text.getWholeText();
                for (int j = 0; j < whole.length(); j++) {
                    if (!Character.isWhitespace(whole.charAt(j)) && ++own >= MIN_PARAGRAPH_CHARS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private double[] score(Element e) {
        return scores.computeIfAbsent(e, k -> new double[] {initialScore(k)});
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "form", "ol", "ul", "dl", "dd", "dt", "li", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header", "footer", "nav", "aside" -> -5;
            default -> 0;
        };
        return score + nameWeight(e);
    }

    private static double nameWeight(Element e) {
        String names = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
        double weight = 0;
        if (POSITIVE.matcher(names).find()) {
            weight += 25;
        }
        if (NEGATIVE.matcher(names).find()) {
            weight -= 25;
        }
        if (e.attr("itemprop").equals("articleBody")) {
            weight += 50;
        }
        return weight;
    }

    private double finalScore(Element e) {
        double[] score = scores.get(e);
        return score == null ? Double.NEGATIVE_INFINITY : score[0] * (1 - stats.counts(e).linkDensity());
    }

    private Element topCandidate() {
        Element best = null;
        double bestScore = 0;
        for (Element candidate : scores.keySet()) {
            // A few words in a well-named box ("image-text") must not outrank the article by their name alone.
            double score = finalScore(candidate) * Math.min(1, stats.counts(candidate).chars / (double) SMALL_CHARS);
            if (score > bestScore || score == bestScore && best != null && isBefore(candidate, best)) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Moves up to an ancestor that scores at least half as well and holds much more text, with no more links: a
     * table row or a box of long paragraphs inside the article can outscore the article itself.
     */
    private Element broaden(Element top) {
        Element best = top;
        Element ancestor = top.parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
            if (ancestor.normalName().equals("body")) {
                break;
            }
            TextStats.Counts mine = stats.counts(best);
            TextStats.Counts theirs = stats.counts(ancestor);
            if (finalScore(ancestor) >= finalScore(top) * 0.5 && theirs.chars >= mine.chars * 1.5
                    && theirs.linkDensity() <= mine.linkDensity() + 0.1) {
                best = ancestor;
            }
        }
        return best;
    }

    /** Moves up from a candidate that is the only element child of its parent: the wrapper holds the same text. */
    private Element climb(Element top) {
        Element current = top;
        while (current.parent() != null && current.parent().childrenSize() == 1
                && !current.parent().normalName().equals("body")) {
            current = current.parent();
        }
        return current;
    }

    private static boolean isExcluded(Element e, Set<Element> excluded) {
        for (Element x = e; x != null; x = x.parent()) {
            if (excluded.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The top candidate and its siblings that belong to the same article, in document order. */
    private List<Element> withSiblings(Element top, Set<Element> excluded) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, finalScore(top) * 0.2);
        List<Element> selected = new ArrayList<>();
        boolean beforeTop = true;
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                beforeTop = false;
            }
            if (sibling == top || !excluded.contains(sibling)
                    && (belongs(sibling, top, threshold) || beforeTop && isLead(sibling))) {
                selected.add(sibling);
            }
        }
        return selected;
    }

    /**
     * Adds the other chunks of an article that a page splits into several containers of the same kind, with ads
     * or embeds between them: elements with the top candidate's tag and classes that hold scored prose too.
     */
    private List<Element> withChunks(List<Element> selected, Element top) {
        if (top.className().isBlank()) {
            return selected;
        }
        double threshold = finalScore(top) * 0.2;
        List<Element> chunks = new ArrayList<>();
        for (Element candidate : scores.keySet()) {
            if (candidate != top && candidate.normalName().equals(top.normalName())
                    && candidate.className().equals(top.className()) && finalScore(candidate) >= threshold
                    && stats.counts(candidate).linkDensity() < 0.3 && outside(candidate, selected)) {
                chunks.add(candidate);
            }
        }
        if (chunks.isEmpty()) {
            return selected;
        }
        List<Element> all = new ArrayList<>(selected);
        all.addAll(chunks);
        all.sort((a, b) -> Integer.compare(a.sourceRange().startPos(), b.sourceRange().startPos()));
        return all;
    }

    private static boolean outside(Element candidate, List<Element> selected) {
        for (Element chosen : selected) {
            for (Element x = candidate; x != null; x = x.parent()) {
                if (x == chosen) {
                    return false;
                }
            }
            for (Element x = chosen; x != null; x = x.parent()) {
                if (x == candidate) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Adds the lead, standfirst or deck that a page sets further out, before the article's container ("p.lead" in
     * the header of the wrapper's wrapper): elements named as such, before the article, a few levels up.
     */
    private List<Element> withNamedLeads(List<Element> selected, Element article, Set<Element> excluded) {
        List<Element> leads = new ArrayList<>();
        Element inner = article;
        for (int level = 0; level < LEAD_LEVELS && inner.parent() != null; level++, inner = inner.parent()) {
            Element outer = inner.parent();
            if (outer.normalName().equals("body")) {
                break;
            }
            for (Element sibling : outer.children()) {
                if (sibling == inner) {
                    break;
                }
                if (!excluded.contains(sibling) && outside(sibling, selected)) {
                    collectNamedLeads(sibling, excluded, leads);
                }
            }
        }
        if (leads.isEmpty()) {
            return selected;
        }
        List<Element> all = new ArrayList<>(selected);
        all.addAll(leads);
        all.sort((a, b) -> Integer.compare(a.sourceRange().startPos(), b.sourceRange().startPos()));
        return all;
    }

    private void collectNamedLeads(Element root, Set<Element> excluded, List<Element> into) {
        for (Element e : root.getAllElements()) {
            if (excluded.contains(e) || !LEAD_NAMES.matcher(PageFurniture.names(e)).find()) {
                continue;
            }
            TextStats.Counts counts = stats.counts(e);
            if (counts.chars >= MIN_NAMED_LEAD_CHARS && counts.chars <= MAX_LEAD_CHARS && counts.linkDensity() < 0.2
                    && outside(e, into) && !isCutShort(e.text())) {
                into.add(e);
            }
        }
    }

    /** "Three hikers have been found with a rare fever,...": a teaser of the text that follows, not a lead. */
    private static boolean isCutShort(String text) {
        String end = text.strip();
        return end.endsWith("...") || end.endsWith("…");
    }

    /**
     * A box of prose just before the article's body: the lead or standfirst that many pages keep apart from the
     * body, in the header or a box of its own. It holds a sentence-long paragraph and few links.
     */
    private boolean isLead(Element sibling) {
        TextStats.Counts counts = stats.counts(sibling);
        if (counts.chars < MIN_LEAD_CHARS || counts.chars > MAX_LEAD_CHARS || counts.linkDensity() > 0.1) {
            return false;
        }
        for (Element p : sibling.getElementsByTag("p")) {
            String text = p.text();
            if (text.length() >= MIN_LEAD_CHARS && SENTENCE_END.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean belongs(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isBlank() && sibling.className().equals(top.className())
                ? finalScore(top) * 0.2 : 0;
        if (finalScore(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p") && !isParagraph(sibling)) {
            return false;
        }
        TextStats.Counts counts = stats.counts(sibling);
        String text = sibling.text();
        return counts.chars > 80 && counts.linkDensity() < 0.25
                || counts.chars > 0 && counts.linkDensity() == 0 && text.matches("(?s).*\\.\\s*$");
    }

    private static boolean isBefore(Element a, Element b) {
        return a.sourceRange().startPos() < b.sourceRange().startPos();
    }
}
