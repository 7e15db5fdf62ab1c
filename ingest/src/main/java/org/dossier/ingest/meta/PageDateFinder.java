package org.dossier.ingest.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.clean.PageFurniture;
import org.dossier.ingest.text.DateMention;
import org.dossier.ingest.text.DateMentions;
import org.dossier.model.Sourced;
import org.dossier.model.Span;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a web page's publication date, trying the evidence in order of reliability, as htmldate does: a full
 * date in its URL; the page's structured data (JSON-LD, meta tags, {@code itemprop}); {@code <time>} and other
 * elements marked as dates; the first plausible date in the visible text; a modification date; and last a
 * timestamp under a publication-like key anywhere in the markup. A date
 * after the reference date (today) or before 1995 is implausible for a web page and skipped.
 */
final class PageDateFinder {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
        "article.published", "datePublished", "published_time", "published-date", "publication_date", "pubdate",
        "publishdate", "publish-date", "publish_date", "release_date", "date", "dc.date", "dc.date.issued",
        "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date", "article_date_original",
        "originalpublicationdate", "og:pubdate", "created", "date_published", "pub_date", "ptime",
        "bt:pubdate", "displaydate", "dc:date", "rnews:datepublished", "datecreated"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "dateModified",
        "last-modified", "lastmod", "dc.date.modified", "dcterms.modified", "article.updated"};
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|publi|posted|byline|dateline|meta"
            + "|datum|fecha|data|zeit");
    private static final Pattern NOT_PUBLICATION = Pattern.compile("(?i)modif|updat|aktualisiert|comment|copyright|©"
            + "|event|expir");
    private static final int ISO_DATE_LENGTH = 10;
    /** What precedes a keyed date: {@code "published_at":"}, {@code data-date-time="}, {@code createdAt: '}. */
    private static final Pattern KEY_BEFORE = Pattern.compile("(?i)([a-z_:.-]*(?:publish|creat|date|time|posted)"
            + "[a-z_:.-]*)[\"']?\\s*[:=]\\s*[\"']?$");
    private static final int KEY_WINDOW = 48;
    private static final Pattern NOT_PUBLICATION_KEY = Pattern.compile("(?i)modif|updat|expir|end|birth|start");
    private static final int RAW_SCAN_CHARS = 1_000_000;
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    private static final int TEXT_SCAN_CHARS = 100_000;
    /** Words above which a line of text is a sentence: bylines with a date hold fewer. */
    private static final int PROSE_WORDS = 20;
    /** Words a date line may put before its date: a city and a state or country ("ST. LOUIS, Mo.,"). */
    private static final int DATELINE_HEAD_WORDS = 4;

    private final Document page;
    private final PageIndex index;
    private final Supplier<String> markup;
    private final String url;
    private final LocalDate latest;
    private final boolean monthFirst;
    private final LocalTimestamps localTimestamps;
    private Set<Element> headlineWrappers;

    /**
     * @param index the page's metadata elements ({@link HtmlMetadata} collects them once)
     * @param markup the page's source
     * @param url the page's address, or null
     * @param reference the latest plausible date, usually today
     */
    PageDateFinder(Document page, PageIndex index, Supplier<String> markup, String url, LocalDate reference) {
        this.page = page;
        this.index = index;
        this.markup = markup;
        this.url = url;
        this.latest = reference;
        this.monthFirst = isAmericanEnglish(index.language);
        this.localTimestamps = new LocalTimestamps(markup);
    }

    /**
     * The best evidence first. A full date in the URL comes before the structured data: sites write it in their
     * own time zone, while timestamps in metadata are often in UTC and can fall on the next or previous day.
     */
    public Optional<Sourced<LocalDate>> find(List<JsonNode> jsonLd) {
        return fromUrl()
                .or(() -> fromJsonLd(jsonLd, "datePublished"))
                .or(() -> fromJsonLd(jsonLd, "dateCreated"))
                .or(() -> fromMeta(PUBLISHED_META, "meta"))
                .or(this::fromItemprop)
                .or(this::fromTimeElements)
                .or(this::fromTitle)
                .or(this::fromDateElements)
                .or(this::fromText)
                .or(() -> fromJsonLd(jsonLd, "dateModified"))
                .or(() -> fromMeta(MODIFIED_META, "meta-modified"))
                .or(this::fromUpdateStamps)
                .or(this::fromKeyedTimestamps);
    }

    private Optional<Sourced<LocalDate>> fromJsonLd(List<JsonNode> jsonLd, String field) {
        for (JsonNode node : jsonLd) {
            Optional<LocalDate> date = plausible(parse(node.path(field).asText("")));
            if (date.isPresent()) {
                Element script = index.jsonLd.isEmpty() ? null : index.jsonLd.get(0);
                return Optional.of(Sourced.at(date.get(), script == null ? null : span(script), "json-ld:" + field));
            }
        }
        return Optional.empty();
    }

    private Optional<Sourced<LocalDate>> fromMeta(String[] keys, String rule) {
        for (String key : keys) {
            Element e = index.metas.get(key.toLowerCase(Locale.ROOT));
            if (e != null) {
                Optional<LocalDate> date = plausible(parse(e.attr("content")));
                if (date.isPresent()) {
                    return Optional.of(Sourced.at(date.get(), span(e), rule + ":" + key));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Sourced<LocalDate>> fromItemprop() {
        for (Element e : index.markedDates) {
            String value = firstNonBlank(e.attr("datetime"), e.attr("content"), e.attr("title"), e.text());
            Optional<LocalDate> date = plausible(parse(value));
            if (date.isPresent()) {
                return Optional.of(Sourced.at(date.get(), span(e), "itemprop"));
            }
        }
        return Optional.empty();
    }

    private Optional<Sourced<LocalDate>> fromUrl() {
        return UrlDates.in(url, latest);
    }

    private Optional<Sourced<LocalDate>> fromTimeElements() {
        for (Element e : index.times) {
            if (inFurniture(e)) {
                continue;
            }
            Optional<LocalDate> date = plausible(parse(firstNonBlank(e.attr("datetime"), e.text())));
            if (date.isPresent()) {
                return Optional.of(Sourced.at(date.get(), span(e), "time-element"));
            }
        }
        return Optional.empty();
    }

    /** A full date the page's own title states ("Berlin confronts its colonial past | DW | 19.01.2020"). */
    private Optional<Sourced<LocalDate>> fromTitle() {
        for (Element e : new Element[] {index.metas.get("og:title"), index.title}) {
            if (e != null) {
                Optional<LocalDate> date = firstPlausible(e.normalName().equals("meta") ? e.attr("content") : e.text());
                if (date.isPresent()) {
                    return Optional.of(Sourced.at(date.get(), span(e), "title"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Elements whose class or id says they hold a date ("post-date", "entry-meta", "byline"); not inside a link,
     * where the date is the linked story's.
     */
    private Optional<Sourced<LocalDate>> fromDateElements() {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.getAllElements()) {
            if (e.attributesSize() == 0) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !DATE_CLASS.matcher(names).find() || NOT_PUBLICATION.matcher(names).find()
                    || inFurniture(e) || inLink(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200 || NOT_PUBLICATION.matcher(text).find()) {
                continue;
            }
            Optional<LocalDate> date = firstPlausible(text);
            if (date.isPresent()) {
                return Optional.of(Sourced.at(date.get(), span(e), "date-element"));
            }
        }
        return Optional.empty();
    }

    /**
     * The first plausible date of the page's visible text, outside footers and comments, on a short line (a date
     * line, a byline) before one told in a sentence: a photo's caption ("FILE PHOTO: ... near Orleans, France,
     * January 16, 2020. ... via REUTERS") or a paragraph tells the day of what it shows, not the page's.
     */
    private Optional<Sourced<LocalDate>> fromText() {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        Sourced<LocalDate> inProse = null;
        for (Element e : body.select(Selectors.SHORT_TEXT_ELEMENTS)) {
            if (!e.ownText().isBlank() && !inFurniture(e)) {
                String own = e.ownText();
                if (own.length() <= 300 && !NOT_PUBLICATION.matcher(own).find()) {
                    Optional<DateMention> mention = firstPlausibleMention(own);
                    if (mention.isPresent() && isDateLine(own, mention.get()) && !inAside(e)) {
                        return Optional.of(Sourced.at(mention.get().date(), span(e), "text"));
                    }
                    if (mention.isPresent() && inProse == null) {
                        inProse = Sourced.at(mention.get().date(), span(e), "text-in-prose");
                    }
                }
            }
            if (e.sourceRange().startPos() > TEXT_SCAN_CHARS * 10) {
                break;
            }
        }
        return Optional.ofNullable(inProse);
    }

    /**
     * A date line or a byline rather than a sentence: no more words than a byline holds, or the date at the line's
     * head ("WASHINGTON, March 3, 2024 — The Senate voted ..."), where a wire lead states the day of its story.
     */
    private static boolean isDateLine(String text, DateMention mention) {
        return words(text) <= PROSE_WORDS || words(text.substring(0, mention.start())) <= DATELINE_HEAD_WORDS;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** A short dated line of a box beside the story (a related story's date) outranks no sentence of the story. */
    private static boolean inAside(Element e) {
        for (Element x = e; x != null && !x.normalName().equals("body"); x = x.parent()) {
            if (x.normalName().equals("aside")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inLink(Element e) {
        for (Element x = e; x != null && !x.normalName().equals("body"); x = x.parent()) {
            if (x.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private Optional<DateMention> firstPlausibleMention(String text) {
        for (DateMention mention : DateMentions.find(text, monthFirst)) {
            Optional<LocalDate> date = plausible(mention.date());
            if (date.isPresent()) {
                return Optional.of(new DateMention(date.get(), mention.start(), mention.end()));
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> firstPlausible(String text) {
        for (DateMention mention : DateMentions.find(text, monthFirst)) {
            Optional<LocalDate> date = plausible(mention.date());
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * Dates of other content: comments, sidebars, related stories. Article footers do hold post dates, and a
     * wrapper of the headline is never other content, whatever its name ("layout-with-right-sidebar").
     */
    private boolean inFurniture(Element e) {
        for (Element x = e; x != null && !x.normalName().equals("body"); x = x.parent()) {
            if (x.normalName().equals("nav")
                    || PageFurniture.namedAsOtherContent(x) && !headlineWrappers().contains(x)) {
                return true;
            }
        }
        return false;
    }

    private Set<Element> headlineWrappers() {
        if (headlineWrappers == null) {
            headlineWrappers = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element x = index.h1; x != null; x = x.parent()) {
                headlineWrappers.add(x);
            }
        }
        return headlineWrappers;
    }

    /**
     * Last resort, as htmldate's extensive mode: a timestamp under a publication-like key anywhere in the markup,
     * scripts included ({@code "published_at":"2019-03-02T06:22:28+01:00"}, {@code data-date-time="…"}).
     */
    /** "2019-03-02" at {@code start}, with a year from 1900 to 2099. */
    private static boolean isIsoDate(String s, int start) {
        if (start < 0 || start + ISO_DATE_LENGTH > s.length()) {
            return false;
        }
        char c0 = s.charAt(start);
        char c1 = s.charAt(start + 1);
        return (c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0') && isDigit(s, start + 2) && isDigit(s, start + 3)
                && s.charAt(start + 4) == '-' && isDigit(s, start + 5) && isDigit(s, start + 6)
                && s.charAt(start + 7) == '-' && isDigit(s, start + 8) && isDigit(s, start + 9)
                && (start + ISO_DATE_LENGTH == s.length() || !isDigit(s, start + ISO_DATE_LENGTH));
    }

    private static boolean isDigit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    private Optional<Sourced<LocalDate>> fromKeyedTimestamps() {
        String html = markup.get();
        int end = Math.min(html.length(), RAW_SCAN_CHARS) - ISO_DATE_LENGTH;
        // A hand-written scan for "dddd-dd-dd": a regex tried at every position of a megabyte is slow.
        for (int i = html.indexOf('-', 4); i >= 0 && i <= end + 4; i = html.indexOf('-', i + 1)) {
            int start = i - 4;
            if (!isIsoDate(html, start) || start > 0 && Character.isDigit(html.charAt(start - 1))) {
                continue;
            }
            Matcher key = KEY_BEFORE.matcher(html).region(Math.max(0, start - KEY_WINDOW), start);
            if (!key.find() || NOT_PUBLICATION_KEY.matcher(key.group(1)).find()) {
                continue;
            }
            Optional<LocalDate> found = plausible(safeDate(html.substring(start, start + 4),
                    html.substring(start + 5, start + 7), html.substring(start + 8, start + 10)));
            if (found.isPresent()) {
                return Optional.of(Sourced.at(found.get(), null, "keyed-timestamp:" + key.group(1)));
            }
        }
        return Optional.empty();
    }

    /** Last resort: a date labelled as an update ("Aktualisiert: 30.12.2016") still dates the page. */
    private Optional<Sourced<LocalDate>> fromUpdateStamps() {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.getAllElements()) {
            String own = e.ownText();
            if (!own.isBlank() && own.length() <= 200 && !inFurniture(e)
                    && !own.toLowerCase(Locale.ROOT).contains("copyright") && !own.contains("©")) {
                Optional<LocalDate> date = firstPlausible(own);
                if (date.isPresent()) {
                    return Optional.of(Sourced.at(date.get(), span(e), "update-stamp"));
                }
            }
        }
        return Optional.empty();
    }

    /** The day of a stated date or timestamp, in the site's own time where the page gives it (LocalTimestamps). */
    private LocalDate parse(String value) {
        return localTimestamps.localDay(value).or(() -> HtmlMetadata.parseDate(value, monthFirst)).orElse(null);
    }

    private Optional<LocalDate> plausible(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(latest) ? Optional.of(date) : Optional.empty();
    }

    private static LocalDate safeDate(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** American English writes 05/11/2019 for May 11; most other locales for 5 November. */
    private static boolean isAmericanEnglish(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        return lang.isEmpty() || lang.equals("en") || lang.startsWith("en-us") || lang.startsWith("en_us");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static Span span(Element e) {
        int start = e.sourceRange().startPos();
        int end = e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : e.sourceRange().endPos();
        return start >= 0 && end >= start ? new Span(start, end) : null;
    }
}
