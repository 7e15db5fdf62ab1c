package org.dossier.ingest.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.text.DateMention;
import org.dossier.ingest.text.DateMentions;
import org.dossier.model.Sourced;
import org.dossier.model.Span;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the metadata a page declares in its markup: Open Graph and other meta tags, schema.org JSON-LD,
 * {@code <time>} elements, {@code <title>} and {@code <html lang>}. Every value carries the raw span of the
 * element that states it.
 */
public final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final String[] SITE_NAME_META = {"og:site_name", "application-name", "publisher",
        "twitter:site"};
    private static final String[] TITLE_META = {"og:title", "twitter:title", "headline"};

    private final Document document;
    private final List<JsonNode> jsonLd;

    public HtmlMetadata(Document document) {
        this.document = document;
        this.jsonLd = readJsonLd(document);
    }

    public Optional<Sourced<String>> title() {
        for (String key : TITLE_META) {
            Optional<Sourced<String>> value = meta(key);
            if (value.isPresent()) {
                return value;
            }
        }
        Element title = document.selectFirst("title");
        if (title != null && !title.text().isBlank()) {
            return Optional.of(Sourced.at(title.text().strip(), span(title), "title-element"));
        }
        Element h1 = document.selectFirst("h1");
        return h1 == null || h1.text().isBlank()
                ? Optional.empty()
                : Optional.of(Sourced.at(h1.text().strip(), span(h1), "h1"));
    }

    public Optional<Sourced<String>> siteName() {
        for (String key : SITE_NAME_META) {
            Optional<Sourced<String>> value = meta(key).filter(v -> !v.value().startsWith("@"));
            if (value.isPresent()) {
                return value;
            }
        }
        for (JsonNode node : jsonLd) {
            String name = node.path("publisher").path("name").asText("");
            if (!name.isBlank()) {
                return Optional.of(Sourced.at(name.strip(), jsonLdSpan(), "json-ld:publisher"));
            }
        }
        return Optional.empty();
    }

    /** The publication date, by {@link PageDateFinder}, plausible up to {@code reference}. */
    public Optional<Sourced<LocalDate>> published(String url, LocalDate reference) {
        return new PageDateFinder(document, url, reference).find(jsonLd);
    }

    public Optional<String> language() {
        String lang = document.selectFirst("html") == null ? "" : document.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            lang = metaElement("content-language").map(e -> e.attr("content")).orElse("");
        }
        lang = lang.strip().toLowerCase(Locale.ROOT);
        return lang.length() >= 2 ? Optional.of(lang.substring(0, 2)) : Optional.empty();
    }

    /** JSON-LD objects, with {@code @graph} arrays flattened. */
    public List<JsonNode> jsonLd() {
        return jsonLd;
    }

    private Optional<Sourced<String>> meta(String key) {
        return metaElement(key).map(e -> Sourced.at(e.attr("content").strip(), span(e), "meta:" + key));
    }

    private Optional<Element> metaElement(String key) {
        for (Element e : document.select("meta[content]")) {
            String name = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
            if (name.equalsIgnoreCase(key) && !e.attr("content").isBlank()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private Span jsonLdSpan() {
        Element script = document.selectFirst("script[type=application/ld+json]");
        return script == null ? null : span(script);
    }

    private static Span span(Element e) {
        int start = e.sourceRange().startPos();
        int end = e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : e.sourceRange().endPos();
        return start >= 0 && end >= start ? new Span(start, end) : null;
    }

    static Optional<LocalDate> parseDate(String value) {
        return parseDate(value, true);
    }

    /** A date from an attribute or a short text: ISO first, else the first written date in it. */
    static Optional<LocalDate> parseDate(String value, boolean monthFirst) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO_DAY.matcher(value);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.parse(iso.group(1)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        List<DateMention> mentions = DateMentions.find(value, monthFirst);
        return mentions.isEmpty() ? Optional.empty() : Optional.of(mentions.get(0).date());
    }

    private static List<JsonNode> readJsonLd(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return nodes;
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, into));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into);
        }
    }
}
