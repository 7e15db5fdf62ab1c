package org.dossier.ingest.clean;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the furniture of a page, to be left out when its main content is chosen: elements that never hold article
 * text (scripts, forms, navigation), hidden elements, and, when asked, elements whose class, id or ARIA role
 * names them as comments, sharing, related links, advertising, sidebars and the like. An element that holds a
 * large share of the page's text is never furniture by name: sites name article wrappers in surprising ways.
 */
public final class PageFurniture {

    /**
     * Words that mark furniture whatever else an element is called and however much text it holds
     * ("article-comments", "post-share"): comment sections can be longer than the article.
     */
    private static final Set<String> STRONG = Set.of("ad", "ads", "advert", "banner", "breadcrumb", "disqus",
            "outbrain", "taboola", "popup", "modal", "cookie", "consent", "gdpr", "sidebar", "sponsor", "paywall",
            "trending", "popular", "skiplink", "sronly", "visuallyhidden");
    /** Stems that mark furniture in any word they begin ("sharebar", "relatedposts"); comments are named apart. */
    private static final List<String> STRONG_STEMS = List.of("share", "sharing", "social", "related",
            "recommend", "newsletter", "subscri", "signup", "promo", "advert", "sponsor", "sidebar");
    /** Names of comment sections ("comments", "kommentare", "respond", "disqus"), from {@code comment-names.txt}. */
    private static final Set<String> COMMENT_WORDS = Set.copyOf(WordLists.entries("comment-names.txt").stream()
            .filter(w -> !w.endsWith("*")).toList());
    private static final List<String> COMMENT_STEMS = WordLists.entries("comment-names.txt").stream()
            .filter(w -> w.endsWith("*")).map(w -> w.substring(0, w.length() - 1)).toList();
    /** The last part of a name (counted from 0) where a comment word still names the box. */
    private static final int MAX_COMMENT_PART = 1;
    /** Names that begin like comments but name an opinion article ("commentary"). */
    private static final Set<String> NOT_COMMENTS = Set.of("commentary", "commentaries", "commentator",
            "commentators", "kommentator");
    private static final List<String> OTHER_CONTENT_STEMS = List.of("comment", "related", "recommend", "trending",
            "popular");
    /** Words that mark furniture unless the element is also named as content. */
    private static final Set<String> WEAK = Set.of("footer", "foot", "masthead", "menu", "nav", "navbar",
            "navigation", "widget", "widgets", "login", "tag", "tags", "pagination", "pager", "toolbar", "header",
            "byline", "meta", "author", "more", "topics");
    private static final List<String> TAXONOMY_PREFIXES = List.of("category-", "category_", "tag-", "tag_",
            "cat-", "topic-", "format-", "post_format-");
    /** A furniture word after one of these describes a layout, not furniture: "has-sidebar", "no-comments". */
    private static final Set<String> MODIFIERS = Set.of("has", "with", "w", "no", "without", "and", "hide", "is");
    private static final Pattern CONTENT_HINT = Pattern.compile("article|body|content|entry|main|post|story|text"
            + "|prose|rich-text");
    private static final Pattern FURNITURE_ROLE = Pattern.compile("navigation|banner|contentinfo|complementary"
            + "|dialog|alertdialog|search|menu|menubar|toolbar");
    private static final org.jsoup.select.Evaluator MARKED_ARTICLE =
            org.jsoup.select.QueryParser.parse("article, main, [itemprop=articleBody]");
    /** An element holding more than this share of the page's text is never furniture by name. */
    private static final double MAX_FURNITURE_SHARE = 0.4;

    private PageFurniture() {}

    /**
     * The furniture elements (the top of each furniture subtree) under {@code body}. Shares of text are measured
     * without the structural furniture, so a long navigation menu does not make the article look small.
     */
    static Set<Element> structural(Element body, TextStats full) {
        return collect(body, full, false);
    }

    /** Structural furniture and furniture by name; {@code structuralStats} are the stats without the former. */
    static Set<Element> byName(Element body, TextStats structuralStats) {
        return collect(body, structuralStats, true);
    }

    static Set<Element> find(Element body, TextStats full, boolean byName) {
        Set<Element> structural = collect(body, full, false);
        return byName ? collect(body, full.without(structural), true) : structural;
    }

    private static Set<Element> collect(Element body, TextStats stats, boolean byName) {
        Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(body, stats, Math.max(1, stats.counts(body).chars), byName, furniture);
        return furniture;
    }

    private static void collect(Element element, TextStats stats, int bodyChars, boolean byName, Set<Element> into) {
        for (Element child : element.children()) {
            if (isFurniture(child, stats, bodyChars, byName)) {
                into.add(child);
            } else {
                collect(child, stats, bodyChars, byName, into);
            }
        }
    }

    private static boolean isFurniture(Element e, TextStats stats, int bodyChars, boolean byName) {
        if (HtmlBlocks.NEVER_CONTENT.contains(e.normalName())) {
            return true;
        }
        boolean large = stats.counts(e).chars > bodyChars * MAX_FURNITURE_SHARE;
        if (HtmlBlocks.isHidden(e) || HtmlBlocks.FURNITURE_TAGS.contains(e.normalName())) {
            return !large;
        }
        if (!byName || e.normalName().equals("article") || e.normalName().equals("main")) {
            return false;
        }
        String names = names(e);
        if (!names.isBlank() && (namesAny(names, STRONG, STRONG_STEMS) || namedAsComments(names))
                && !holdsArticle(e)) {
            return true;
        }
        if (large) {
            return false;
        }
        if (FURNITURE_ROLE.matcher(e.attr("role")).matches()) {
            return true;
        }
        return !names.isBlank() && namesAny(names, WEAK, List.of()) && !CONTENT_HINT.matcher(names).find();
    }

    /**
     * True when the element's class or id names it as comments, a sidebar, related links, a widget or another
     * strong kind of furniture; for date finding, where an article's own footer may hold its date.
     */
    public static boolean namedAsOtherContent(Element e) {
        if (e.normalName().equals("article") || e.normalName().equals("main") || e.normalName().equals("body")) {
            return false;
        }
        String names = names(e);
        return !names.isBlank() && namesAny(names, Set.of("sidebar", "widget", "widgets"), OTHER_CONTENT_STEMS);
    }

    /**
     * The comment sections under {@code body} (the top of each), outside {@code excluded}: readers' comments are
     * never the article, whatever else is left out. An element holding marked article content is a wrapper.
     */
    static Set<Element> commentSections(Element body, Set<Element> excluded) {
        Set<Element> sections = Collections.newSetFromMap(new IdentityHashMap<>());
        collectCommentSections(body, excluded, sections);
        return sections;
    }

    private static void collectCommentSections(Element element, Set<Element> excluded, Set<Element> into) {
        for (Element child : element.children()) {
            if (excluded.contains(child)) {
                continue;
            }
            if (namedAsComments(child) && !child.normalName().equals("article") && !child.normalName().equals("main")
                    && !holdsArticle(child)) {
                into.add(child);
            } else {
                collectCommentSections(child, excluded, into);
            }
        }
    }

    private static boolean namedAsComments(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        return namedAsComments(names(e));
    }

    private static boolean namedAsComments(String names) {
        if (!mentionsComments(names)) {
            return false; // most names: a few substring tests instead of splitting every class list
        }
        for (String token : names.split("\\s+")) {
            if (isCommentToken(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsComments(String names) {
        for (String word : COMMENT_WORDS) {
            if (names.contains(word)) {
                return true;
            }
        }
        for (String stem : COMMENT_STEMS) {
            if (names.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "comments", "article-comments", "section-comments-list": a comment word as the first or second part of a
     * name. Further on it qualifies something else: a post's taxonomy ("internet-estallido-comentarios"), a
     * gallery item's note ("gallery-main-content__item__comment"), a match's live commentary.
     */
    private static boolean isCommentToken(String token) {
        if (token.isEmpty() || token.startsWith("js-") || startsWithTaxonomy(token, 0)) {
            return false;
        }
        String[] parts = token.split("[-_]+");
        for (int i = 0; i < Math.min(parts.length, MAX_COMMENT_PART + 1); i++) {
            String part = parts[i];
            boolean comment = COMMENT_WORDS.contains(part) || startsWithAny(part, COMMENT_STEMS);
            if (comment && !NOT_COMMENTS.contains(part) && (i == 0 || !MODIFIERS.contains(parts[i - 1]))) {
                return true;
            }
        }
        return false;
    }

    /** True when the element or an ancestor is one of {@code elements}. */
    static boolean isInside(Element e, Set<Element> elements) {
        for (Element x = e; x != null; x = x.parent()) {
            if (elements.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** True when the element or an ancestor is named as comments ("comments-area", "commentlist"). */
    static boolean inComments(Element e) {
        for (Element x = e; x != null && !x.normalName().equals("body"); x = x.parent()) {
            if (namedAsComments(x)) {
                return true;
            }
        }
        return false;
    }

    /** Class and id, lower case, with camel-case words apart ("BorlabsCookie" is "borlabs-cookie"). */
    static String names(Element e) {
        String raw = e.className() + " " + e.id();
        StringBuilder names = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(raw.charAt(i - 1))) {
                names.append('-');
            }
            names.append(Character.toLowerCase(c));
        }
        return names.toString();
    }

    /** Marked article content inside: then the element is a wrapper, whatever its name says. */
    private static boolean holdsArticle(Element e) {
        return e.selectFirst(MARKED_ARTICLE) != null;
    }

    /**
     * True when a class or id token has a part that is one of {@code words} or begins with one of {@code stems},
     * and no modifier precedes it ("has-sidebar", "no-comments" describe a layout).
     */
    static boolean namesAny(String names, Set<String> words, List<String> stems) {
        String previous = "";
        int i = 0;
        while (i < names.length()) {
            char c = names.charAt(i);
            if (Character.isWhitespace(c)) {
                previous = "";
                i++;
                continue;
            }
            if (c == '-' || c == '_') {
                i++;
                continue;
            }
            if (previous.isEmpty() && (names.startsWith("js-", i) || startsWithTaxonomy(names, i))) {
                i = skipToken(names, i); // a hook for scripts or a post's category, not a description of the box
                continue;
            }
            int end = i;
            while (end < names.length() && !isSeparator(names.charAt(end))) {
                end++;
            }
            String part = names.substring(i, end);
            if ((words.contains(part) || startsWithAny(part, stems)) && !MODIFIERS.contains(previous)) {
                return true;
            }
            previous = part;
            i = end;
        }
        return false;
    }

    /** "category-kommentar", "tag-comments": the categories and tags of a post, which blogs add to its class. */
    private static boolean startsWithTaxonomy(String names, int i) {
        for (String prefix : TAXONOMY_PREFIXES) {
            if (names.startsWith(prefix, i)) {
                return true;
            }
        }
        return false;
    }

    private static int skipToken(String names, int from) {
        int i = from;
        while (i < names.length() && !Character.isWhitespace(names.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Character.isWhitespace(c);
    }

    private static boolean startsWithAny(String part, List<String> stems) {
        for (String stem : stems) {
            if (part.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
