package org.dossier.ingest.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.text.DateMention;
import org.dossier.ingest.text.DateMentions;
import org.dossier.model.DocumentHints;
import org.dossier.model.Sourced;
import org.dossier.model.Span;
import org.dossier.ingest.clean.PageParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the metadata a page declares in its markup: Open Graph and other meta tags, schema.org JSON-LD,
 * {@code <time>} elements, {@code <title>} and {@code <html lang>}. Every value carries the raw span of the
 * element that states it.
 */
public final class HtmlMetadata {

    /** Lenient: pages ship JSON-LD with trailing commas, comments and raw line breaks in strings. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Pattern JSON_LD_FIELD = Pattern.compile(
            "\"(datePublished|dateCreated|dateModified|headline)\"\\s*:\\s*\"([^\"]{4,300})\"");
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final String[] SITE_NAME_META = {"og:site_name", "application-name", "publisher",
        "twitter:site"};
    private static final String[] TITLE_META = {"og:title", "twitter:title", "headline"};
    private static final String[] DESCRIPTION_META = {"og:description", "description", "twitter:description"};

    private final Document document;
    private final PageIndex index;
    private final List<JsonNode> jsonLd;
    private final Supplier<String> markup;
    /** The text of a title the parser had to blank out, because it was never closed; null when none. */
    private final Sourced<String> recoveredTitle;

    public HtmlMetadata(Document document) {
        this(document, document::outerHtml, null);
    }

    /** @param markup the page's source, which the last-resort date search reads rather than serialize the DOM */
    public HtmlMetadata(Document document, String markup) {
        this(document, () -> markup, null);
    }

    /** @param raw the page's source, of which {@code page} was parsed */
    public HtmlMetadata(PageParser.ParsedPage page, String raw) {
        this(page.document(), () -> raw, page.recoveredTitle().map(span -> recovered(span, raw)).orElse(null));
    }

    private HtmlMetadata(Document document, Supplier<String> markup, Sourced<String> recoveredTitle) {
        this.document = document;
        this.index = PageIndex.of(document);
        this.jsonLd = readJsonLd(index.jsonLd);
        this.markup = markup;
        this.recoveredTitle = recoveredTitle;
    }

    private static Sourced<String> recovered(Span span, String raw) {
        String text = Parser.unescapeEntities(span.of(raw), false).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : Sourced.at(text, span, "title-element");
    }

    public Optional<Sourced<String>> title() {
        for (String key : TITLE_META) {
            Optional<Sourced<String>> value = meta(key);
            if (value.isPresent()) {
                return value;
            }
        }
        if (recoveredTitle != null) {
            return Optional.of(recoveredTitle);
        }
        Element title = index.title;
        if (title != null && !title.text().isBlank()) {
            return Optional.of(Sourced.at(title.text().strip(), span(title), "title-element"));
        }
        Element h1 = index.h1;
        return h1 == null || h1.text().isBlank()
                ? Optional.empty()
                : Optional.of(Sourced.at(h1.text().strip(), span(h1), "h1"));
    }

    /**
     * The address the page names as its own: {@code <link rel="canonical">}, else {@code og:url}; only an absolute
     * http(s) address, since a relative one needs the address the page came from, which is then known anyway.
     */
    public Optional<String> canonicalUrl() {
        Optional<String> link = Optional.ofNullable(index.canonical).map(e -> e.attr("href").strip())
                .filter(DocumentHints::isWebAddress);
        return link.or(() -> meta("og:url").map(Sourced::value).filter(DocumentHints::isWebAddress));
    }

    /** Every name the page gives its site (Open Graph, application name, publisher, JSON-LD publisher). */
    public List<String> siteNames() {
        List<String> names = new ArrayList<>();
        for (String key : SITE_NAME_META) {
            meta(key).map(v -> v.value().replaceFirst("^@", "")).filter(v -> !v.isBlank()).ifPresent(names::add);
        }
        for (JsonNode node : jsonLd) {
            String name = node.path("publisher").path("name").asText("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** The page's description meta elements ({@code og:description} first), for a page that shows no text. */
    public List<Element> descriptions() {
        List<Element> found = new ArrayList<>();
        for (String key : DESCRIPTION_META) {
            metaElement(key).ifPresent(found::add);
        }
        return found;
    }

    /** The text of the page's first {@code <h1>}, if it has one. */
    public Optional<String> heading() {
        return Optional.ofNullable(index.h1).map(e -> e.text().strip()).filter(t -> !t.isEmpty());
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
        return new PageDateFinder(document, index, markup, url, reference).find(jsonLd);
    }

    public Optional<String> language() {
        String lang = index.language;
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
        return Optional.ofNullable(index.metas.get(key.toLowerCase(Locale.ROOT)));
    }

    private Span jsonLdSpan() {
        return index.jsonLd.isEmpty() ? null : span(index.jsonLd.get(0));
    }

    private static Span span(Element e) {
        int start = e.sourceRange().startPos();
        int end = e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : e.sourceRange().endPos();
        return start >= 0 && end >= start ? new Span(start, end) : null;
    }

    static Optional<LocalDate> parseDate(String value) {
        return parseDate(value, true);
    }

    /** A date a source states beside a document: ISO ({@code 2021-06-14T08:30Z}), RFC 822 or written out. */
    public static Optional<LocalDate> parseSourceDate(String value) {
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

    /**
     * The JSON-LD objects of the page with only the fields Dossier reads, each flattened to one object per
     * {@code @graph} entry. Streams the JSON instead of building it whole: recipe and product pages carry large
     * blobs of which a handful of fields matter.
     */
    private static List<JsonNode> readJsonLd(List<Element> scripts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : scripts) {
            try {
                nodes.addAll(JsonLdFields.read(JSON, script.data()));
            } catch (java.io.IOException | RuntimeException e) {
                nodes.add(fieldsOfBrokenJson(script.data()));
            }
        }
        return nodes;
    }

    /** JSON-LD too broken even for a lenient parser still names its dates; keep those fields. */
    private static JsonNode fieldsOfBrokenJson(String data) {
        com.fasterxml.jackson.databind.node.ObjectNode fields = JSON.createObjectNode();
        Matcher m = JSON_LD_FIELD.matcher(data);
        while (m.find()) {
            if (!fields.has(m.group(1))) {
                fields.put(m.group(1), m.group(2));
            }
        }
        return fields;
    }

}
