package org.dossier.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.store.Correction;
import org.dossier.store.DossierStore;
import org.dossier.store.NewCorrection;
import org.dossier.store.SearchIndex;
import org.dossier.store.StoreIngest;
import org.dossier.store.StoreRows;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.EventSort;
import org.dossier.store.StoreRows.Near;
import org.dossier.store.StoreRows.PlaceFilter;
import org.dossier.store.StoryPage;

/** The REST API's handlers: each reads its parameters, asks the store, and answers JSON. */
final class ApiHandlers {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;

    /**
     * The longest search query ({@code q}). A search box's words fit many times over; a longer query costs the
     * index a clause per word and field, and past about a thousand clauses Lucene refuses it (it was a 500).
     */
    static final int MAX_QUERY_CHARS = 500;

    private final DossierStore store;
    private final ServerConfig config;
    private final Supplier<StoreIngest> ingest;
    private final EventExport export;

    ApiHandlers(DossierStore store, ServerConfig config, Supplier<StoreIngest> ingest) {
        this.store = store;
        this.export = new EventExport(store);
        this.config = config;
        this.ingest = ingest;
    }

    void stats(Context ctx) {
        json(ctx, store.counts());
    }

    void stories(Context ctx) {
        String q = query(ctx);
        int limit = limit(ctx);
        int offset = offset(ctx);
        if (q == null || q.isBlank()) {
            json(ctx, page("stories", store.stories(limit, offset), store.countStories(), limit, offset));
        } else {
            StoreRows.Page<StoreRows.StorySummary> found = store.searchStories(q, limit, offset);
            json(ctx, page("stories", found.items(), found.total(), limit, offset));
        }
    }

    /** The story's page: its lists cut to their first items and sources, with their lengths (StoryPage). */
    void story(Context ctx) {
        String id = ctx.pathParam("id");
        String page = store.storyPageJson(id).orElseThrow(() -> ApiError.notFound("no story " + id));
        ctx.contentType("application/json").result(page);
    }

    /**
     * One list of the story ({@code /api/stories/{id}/timeline}, {@code /events}, ...), every source included:
     * every item, or a page of them when {@code limit} or {@code offset} is given; {@code /record} is the whole
     * record.
     */
    void storyPart(Context ctx) {
        String id = ctx.pathParam("id");
        String name = ctx.pathParam("part");
        if (name.equals("record")) {
            String record = store.storyJson(id).orElseThrow(() -> ApiError.notFound("no story " + id));
            ctx.contentType("application/json").result(record);
            return;
        }
        StoryPage.Part part = StoryPage.Part.named(name);
        if (part == null) {
            throw ApiError.notFound("no list '" + name + "' in a story: record, "
                    + String.join(", ", java.util.Arrays.stream(StoryPage.Part.values()).map(Enum::name).toList()));
        }
        boolean paged = ctx.queryParam("limit") != null || ctx.queryParam("offset") != null;
        int limit = paged ? limit(ctx) : Integer.MAX_VALUE;
        int offset = offset(ctx);
        StoryPage.Slice slice = store.storyItems(id, part, offset, limit)
                .orElseThrow(() -> ApiError.notFound("no story " + id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("story", id);
        body.putAll(page(part.name(), slice.items(), slice.total(), paged ? limit : slice.total(), offset));
        json(ctx, body);
    }

    /** The stored record as it is, inside {"story": ..., "article": ...}: no decoding and encoding again. */
    void article(Context ctx) {
        String id = ctx.pathParam("id");
        String record = store.articleJson(id).orElseThrow(() -> ApiError.notFound("no article " + id));
        ctx.contentType("application/json").result("{\"story\":" + Json.write(store.storyOf(id).orElse(null))
                + ",\"article\":" + record + "}");
    }

    void events(Context ctx) {
        EventFilter filter = eventFilter(ctx, false);
        StoreRows.Page<StoreRows.EventRow> found = store.eventsPage(filter);
        json(ctx, page("events", found.items(), found.total(), filter.limit(), filter.offset()));
    }

    /**
     * The events of {@link #events}'s filters that have coordinates, as a GeoJSON FeatureCollection (RFC 7946): a
     * point ([longitude, latitude]) for each, with the event's fields, its place and its words as properties, and
     * the page's {@code total}, {@code limit} and {@code offset} beside the features.
     */
    void eventsGeoJson(Context ctx) {
        if (flag(ctx, "all")) {
            export.send(ctx, exportFilter(ctx, true), EventExport.Format.geojson);
            return;
        }
        EventFilter filter = eventFilter(ctx, true);
        StoreRows.Page<StoreRows.EventRow> found = store.eventsPage(filter);
        ctx.contentType("application/geo+json");
        try {
            EventsGeoJson.writePage(ctx.outputStream(), found.items(), found.total(), filter.limit(),
                    filter.offset());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot send the events' GeoJSON", e);
        }
    }

    /** Every event of {@link #events}'s filters and sort, whatever the page, as a CSV file to download. */
    void eventsCsv(Context ctx) {
        export.send(ctx, exportFilter(ctx, false), EventExport.Format.csv);
    }

    /** Every event of {@link #events}'s filters and sort, whatever the page, as JSON lines to download. */
    void eventsJsonl(Context ctx) {
        export.send(ctx, exportFilter(ctx, false), EventExport.Format.jsonl);
    }

    /**
     * The filters of an export: those of {@link #events} without its page, since an export holds every event
     * ({@code limit} and {@code offset} are not read).
     */
    private static EventFilter exportFilter(Context ctx, boolean located) {
        return eventFilter(ctx, located, DEFAULT_LIMIT, 0);
    }

    /** A yes-or-no parameter: true for "true", "1" or "yes", false when absent; anything else is refused. */
    private static boolean flag(Context ctx, String name) {
        Boolean value = optionalFlag(ctx, name);
        return value != null && value;
    }

    /** A yes-or-no parameter that may be left out (null): true for "true", "1" or "yes"; anything else refused. */
    private static Boolean optionalFlag(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badRequest("parameter '" + name + "' must be true or false, was '" + value
                    + "'");
        };
    }

    /** The event filters of a request; {@code located} keeps only events with coordinates. */
    static EventFilter eventFilter(Context ctx, boolean located) {
        return eventFilter(ctx, located, limit(ctx), offset(ctx));
    }

    private static EventFilter eventFilter(Context ctx, boolean located, int limit, int offset) {
        try {
            PlaceFilter place = new PlaceFilter(blankToNull(ctx.queryParam("country")),
                    blankToNull(ctx.queryParam("admin1")), near(ctx.queryParam("near")), located);
            String sort = blankToNull(ctx.queryParam("sort"));
            // A blank field of a submitted form filters nothing (it matched only the events with a name).
            return new EventFilter(blankToNull(ctx.queryParam("actor")), blankToNull(ctx.queryParam("target")),
                    cameo(ctx.queryParam("cameo")), quadClass(ctx.queryParam("quad_class")), day(ctx, "from"),
                    day(ctx, "to"), blankToNull(ctx.queryParam("location")), blankToNull(ctx.queryParam("outlet")),
                    confidence(ctx), blankToNull(ctx.queryParam("story")), place,
                    sort == null ? EventSort.DEFAULT : EventSort.parse(sort), limit, offset, flag(ctx, "rejected"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** The {@code quad_class} parameter: 1 to 4, or null when absent. */
    private static Integer quadClass(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (!v.strip().matches("[1-4]")) {
            throw new IllegalArgumentException("parameter 'quad_class' must be 1 (verbal cooperation), 2 (material "
                    + "cooperation), 3 (verbal conflict) or 4 (material conflict), was '" + value + "'");
        }
        return Integer.valueOf(v.strip());
    }

    /** The {@code near} parameter, {@code lat,lon,km}: a circle of km kilometres round a point; null when absent. */
    static Near near(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",", -1);
        String form = "parameter 'near' must be latitude,longitude,kilometres in decimal degrees and km (e.g. "
                + "36.2,37.16,50 for 50 km round Aleppo), was '" + value + "'";
        if (parts.length != 3) {
            throw new IllegalArgumentException(form);
        }
        double[] numbers = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(form);
            }
        }
        try {
            return new Near(numbers[0], numbers[1], numbers[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + e.getMessage().replace("near's", "'near': its"), e);
        }
    }

    /** The {@code min_confidence} parameter: a number from 0 to 1, or null when absent. */
    private static Double confidence(Context ctx) {
        String value = ctx.queryParam("min_confidence");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("parameter 'min_confidence' must be a number from 0 to 1, was '" + value
                + "'");
    }

    void quotes(Context ctx) {
        String speaker = blankToNull(ctx.queryParam("speaker"));
        Boolean anonymous = optionalFlag(ctx, "anonymous");
        int limit = limit(ctx);
        int offset = offset(ctx);
        json(ctx, page("quotes", store.quotes(speaker, anonymous, limit, offset), store.countQuotes(speaker, anonymous),
                limit, offset));
    }

    void figures(Context ctx) {
        String unit = blankToNull(ctx.queryParam("unit"));
        int limit = limit(ctx);
        int offset = offset(ctx);
        json(ctx, page("figures", store.figures(unit, limit, offset), store.countFigures(unit), limit, offset));
    }

    /**
     * A list's answer: its items under their name, with how many the filters match in all ({@code total}) and the
     * page asked for, so that a client can tell whether there are more.
     */
    static Map<String, Object> page(String name, List<?> items, long total, int limit, int offset) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, items);
        body.put("total", total);
        body.put("limit", limit);
        body.put("offset", offset);
        return body;
    }

    void search(Context ctx) {
        String q = query(ctx);
        if (q == null || q.isBlank()) {
            throw ApiError.badRequest("parameter 'q' (the words to search for) is required");
        }
        SearchIndex.Kind kind = null;
        String kindName = ctx.queryParam("kind");
        if (kindName != null && !kindName.isBlank()) {
            try {
                kind = SearchIndex.Kind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("parameter 'kind' must be article, quote or event, was '" + kindName + "'");
            }
        }
        int limit = limit(ctx);
        int offset = offset(ctx);
        json(ctx, page("hits", store.search(q, kind, limit, offset), store.countHits(q, kind), limit, offset));
    }

    /**
     * Adds articles: one JSON object or an array of them, with the fields of a JSON lines export (url, title,
     * text or html, date, outlet). Answers 201 with each article's id, status and story.
     */
    void postArticles(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.startsWith("application/json")) {
            throw new ApiError(415, "send the articles as application/json");
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(PostedBody.read(ctx.req().getInputStream(), config.maxBodyBytes(),
                    config.maxArticlesPerPost()));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("the body could not be read: " + e.getMessage());
        }
        List<JsonNode> objects = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(objects::add);
        } else if (body != null && body.isObject()) {
            objects.add(body);
        } else {
            throw ApiError.badRequest("send an article object or an array of them");
        }
        if (objects.isEmpty()) {
            throw ApiError.badRequest("the array holds no articles");
        }
        if (objects.size() > config.maxArticlesPerPost()) {
            throw new ApiError(413, "a request may hold at most " + config.maxArticlesPerPost() + " articles; this "
                    + "one holds " + objects.size() + ": send them in batches of at most " + config.maxArticlesPerPost()
                    + " articles");
        }
        List<SourceItem> items = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode o = objects.get(i);
            String refused = PostedArticle.refusal(o);
            if (refused != null) {
                throw ApiError.badRequest("item " + i + ": " + refused);
            }
            String source = "api:" + (hasText(o, "url") ? o.get("url").asText() : "item-" + i);
            SourceItem item = InputSource.fromJson(source, o.toString(), config.maxBodyBytes());
            if (item instanceof SourceItem.Unreadable unreadable) {
                throw ApiError.badRequest("item " + i + ": " + unreadable.reason());
            }
            items.add(item);
        }
        List<StoreIngest.Posted> posted = ingest.get().ingest(items, store, line -> {});
        List<Map<String, Object>> results = new ArrayList<>();
        for (StoreIngest.Posted p : posted) {
            ArticleRecord r = p.record();
            String status = r.failed() ? "failed" : r.skipped() != null ? "skipped" : "analyzed";
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", r.id());
            result.put("status", p.alreadyStored() ? "duplicate" : status);
            if (p.alreadyStored()) {
                result.put("stored_status", status);
                result.put("message", "the store holds this content already, as article " + r.id() + " ("
                        + status + "); it was not analyzed again");
            }
            result.put("error", r.error() != null ? r.error() : r.skipped());
            result.put("story", store.storyOf(r.id()).orElse(null));
            results.add(result);
        }
        boolean added = posted.stream().anyMatch(p -> !p.alreadyStored());
        ctx.status(added ? 201 : 200);
        json(ctx, Map.of("articles", results));
    }

    /** The fields a correction may have; any other is refused, so that a misspelt field is not quietly ignored. */
    private static final java.util.Set<String> CORRECTION_FIELDS = java.util.Set.of("kind", "article", "item_kind",
            "start", "end", "value", "code", "from", "note");

    /**
     * Records an analyst's correction: {@code kind} (reject, set_actor, set_target, set_speaker, set_code,
     * merge_actor), the item ({@code article}, {@code item_kind}, {@code start}, {@code end}; none for a merge),
     * {@code value}, {@code code}, {@code from} (a merge's name merged away) and {@code note}. Answers 201 with the
     * correction as recorded, or 400 naming the field that is wrong.
     */
    void postCorrection(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.startsWith("application/json")) {
            throw new ApiError(415, "send the correction as application/json");
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest("send one correction as a JSON object, e.g. {\"kind\": \"reject\", \"article\": "
                    + "\"6534fdb1551b6770\", \"item_kind\": \"event\", \"start\": 2384, \"end\": 2425}");
        }
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!CORRECTION_FIELDS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiError.badRequest("unknown field(s) " + unknown + "; a correction has kind, article, item_kind, "
                    + "start, end, value, code, from and note");
        }
        NewCorrection asked;
        try {
            Correction.Kind kind = Correction.Kind.parse(text(body, "kind"));
            Correction.ItemKey item = null;
            if (body.has("article") || body.has("item_kind") || body.has("start") || body.has("end")) {
                item = new Correction.ItemKey(text(body, "article"), Correction.ItemKind.parse(text(body,
                        "item_kind")), offset(body, "start"), offset(body, "end"));
            }
            asked = new NewCorrection(kind, item, text(body, "from"), text(body, "value"), text(body, "code"),
                    text(body, "note"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        Correction made;
        try {
            made = store.correct(asked);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        ctx.status(201);
        json(ctx, correctionJson(made));
    }

    /** A text field of a JSON body; null when absent or null; refused when it is not text. */
    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be text, was " + node);
        }
        return node.asText();
    }

    private static int offset(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number, the " + field + " offset of "
                    + "the item's words in its article's text, was " + (node == null ? "missing" : node));
        }
        return node.asInt();
    }

    /** Every correction made, newest first, undone ones included, with totals. */
    void corrections(Context ctx) {
        int limit = limit(ctx);
        int offset = offset(ctx);
        StoreRows.Page<Correction> page = store.correctionHistory(limit, offset);
        Map<String, Object> body = page("corrections", page.items().stream().map(this::correctionJson).toList(),
                page.total(), limit, offset);
        body.put("active", store.countActiveCorrections());
        json(ctx, body);
    }

    /** Undoes a correction: it stays in the history, marked undone. 404 for no such correction, 409 when undone. */
    void undoCorrection(Context ctx) {
        String id = ctx.pathParam("id");
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("no correction " + id + " (corrections are numbered)");
        }
        try {
            json(ctx, correctionJson(store.undoCorrection(number)));
        } catch (java.util.NoSuchElementException e) {
            throw ApiError.notFound(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiError(409, e.getMessage());
        }
    }

    /** A correction as the API gives it: flat, with its item's story for linking to it. */
    private Map<String, Object> correctionJson(Correction c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("kind", c.kind().name());
        m.put("article", c.item() == null ? null : c.item().article());
        m.put("item_kind", c.item() == null ? null : c.item().kind().name());
        m.put("start", c.item() == null ? null : c.item().start());
        m.put("end", c.item() == null ? null : c.item().end());
        m.put("item_text", c.itemText());
        m.put("story", c.item() == null ? null : store.storyOf(c.item().article()).orElse(null));
        m.put("before", c.before());
        m.put("value", c.value());
        m.put("code", c.code());
        m.put("note", c.note());
        m.put("created_at", c.createdAt().toString());
        m.put("undone_at", c.undoneAt() == null ? null : c.undoneAt().toString());
        m.put("active", c.active());
        return m;
    }

    /**
     * The search query {@code q}, refused when longer than {@link #MAX_QUERY_CHARS} or when it holds no word to
     * search for ({@code *} alone matched everything); null when absent.
     */
    private String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new ApiError(414, "the search query 'q' is " + q.length() + " characters long; it may hold at "
                    + "most " + MAX_QUERY_CHARS + " characters");
        }
        if (q != null && !q.isBlank() && store.searchTerms(q).isEmpty()) {
            throw ApiError.badRequest("the search query '" + (q.length() > 40 ? q.substring(0, 40) + "…" : q)
                    + "' holds no word to search for: wildcards (*), operators and common words such as 'the' "
                    + "are not searched alone; type a word of the text (a prefix such as 'negotiat*' works)");
        }
        return q;
    }

    private static boolean hasText(JsonNode o, String field) {
        return o.hasNonNull(field) && o.get(field).isTextual() && !o.get(field).asText().isBlank();
    }

    static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }

    private static int limit(Context ctx) {
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.badRequest("parameter 'limit' must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    static int offset(Context ctx) {
        int offset = intParam(ctx, "offset", 0);
        if (offset < 0) {
            throw ApiError.badRequest("parameter 'offset' must not be negative, was " + offset);
        }
        return offset;
    }

    static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("parameter '" + name + "' must be a whole number, was '" + value + "'");
        }
    }

    private static LocalDate day(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("parameter '" + name + "' must be a day as YYYY-MM-DD, was '" + value + "'");
        }
    }

    private static String cameo(String value) {
        String code = blankToNull(value);
        if (code != null && !code.strip().matches("\\d{1,4}")) {
            throw ApiError.badRequest("parameter 'cameo' must be a CAMEO code or its first digits (e.g. 19), was '"
                    + value + "'");
        }
        return code == null ? null : code.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
