package org.dossier.ingest.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements the metadata finders read, collected in one pass over the page instead of one query each: meta
 * tags by name, JSON-LD scripts, the title, the canonical link, the first {@code <h1>}, the page language, {@code <time>} elements and
 * elements marked as publication dates.
 */
final class PageIndex {

    private static final Pattern DATE_PROPERTY = Pattern.compile("(?i)(^|\\s)(dc:date|dc:created|dcterms:created"
            + "|datePublished|schema:datePublished|schema:dateCreated)(\\s|$)");

    final Map<String, Element> metas = new HashMap<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> markedDates = new ArrayList<>();
    Element title;
    Element h1;
    /** The first {@code <link rel="canonical">}. */
    Element canonical;
    String language = "";

    private PageIndex() {}

    static PageIndex of(Document document) {
        PageIndex index = new PageIndex();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                index.add(e);
            }
        }, document);
        return index;
    }

    private void add(Element e) {
        switch (e.normalName()) {
            case "meta" -> indexMeta(e);
            case "script" -> {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(e);
                }
            }
            case "title" -> title = title == null && !inSvg(e) ? e : title;
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                    canonical = e;
                }
            }
            case "h1" -> h1 = h1 == null ? e : h1;
            case "html" -> language = e.attr("lang");
            case "time" -> times.add(e);
            default -> { }
        }
        if (e.attributesSize() > 0 && marksPublicationDate(e)) {
            markedDates.add(e);
        }
    }

    /** An SVG drawing's title names the drawing, not the page. */
    private static boolean inSvg(Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x.normalName().equals("svg")) {
                return true;
            }
        }
        return false;
    }

    private void indexMeta(Element e) {
        if (e.attr("content").isBlank()) {
            return;
        }
        for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String key = e.attr(attribute);
            if (!key.isEmpty()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), e);
            }
        }
    }

    private static boolean marksPublicationDate(Element e) {
        String itemprop = e.attr("itemprop");
        if (itemprop.equals("datePublished") || itemprop.equals("dateCreated")) {
            return true;
        }
        if (e.normalName().equals("time") && e.hasAttr("pubdate")) {
            return true;
        }
        if (e.hasClass("published") && (e.normalName().equals("abbr") || e.hasAttr("title"))) {
            return true;
        }
        String property = e.attr("property");
        return !property.isEmpty() && e.hasAttr("content") && DATE_PROPERTY.matcher(property).find();
    }
}
