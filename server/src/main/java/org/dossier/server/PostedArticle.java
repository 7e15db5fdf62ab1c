package org.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.ingest.source.ItemFields;
import org.dossier.model.FieldLimits;

/**
 * The checks an article sent to {@code POST /api/articles} must pass before anything is analyzed. The API takes
 * the fields the JSON lines reader of files takes (and their other names: "link", "published", "content"), but is
 * stricter: a field it does not know (a misspelt "dat"), or a date it would have to guess at ("05/10/2016"), is
 * refused with the field's name rather than dropped or read one way of two.
 */
final class PostedArticle {

    /** The fields an article may have, in the order the OpenAPI document lists them. */
    static final List<String> FIELDS = List.of("url", "title", "text", "html", "date", "outlet");
    /** With the other names the file reader takes for them. */
    private static final List<String> ACCEPTED = ItemFields.ALL;

    private static final Map<String, Integer> MAX_CHARS = Map.of("title", FieldLimits.TITLE, "outlet",
            FieldLimits.OUTLET);

    static final String DATE_FORMATS = "2016-10-08, 2016-10-08T14:30:00Z (or another ISO 8601 date and time) or "
            + "Sat, 08 Oct 2016 14:30:00 GMT";

    private PostedArticle() {}

    /** Why the article cannot be taken, naming the field, or null when it can. */
    static String refusal(JsonNode article) {
        if (!article.isObject()) {
            return "not an object";
        }
        List<String> unknown = new ArrayList<>();
        article.fieldNames().forEachRemaining(name -> {
            if (!ACCEPTED.contains(name)) {
                unknown.add("'" + name + "'");
            }
        });
        if (!unknown.isEmpty()) {
            return (unknown.size() == 1 ? "unknown field " : "unknown fields ") + String.join(", ", unknown)
                    + " (an article has url, title, text or html, date and outlet, or the other names the file reader "
                    + "takes for them: " + String.join(", ", ACCEPTED.stream().filter(f -> !FIELDS.contains(f))
                            .toList()) + ")";
        }
        for (String field : ACCEPTED) {
            if (article.has(field) && !article.get(field).isTextual() && !article.get(field).isNull()) {
                return "'" + field + "' must be a string";
            }
        }
        if (Stream.concat(ItemFields.TEXT.stream(), ItemFields.HTML.stream()).noneMatch(f -> hasText(article, f))) {
            return "neither 'text' nor 'html' holds the article";
        }
        for (Map.Entry<String, Integer> limit : MAX_CHARS.entrySet()) {
            if (hasText(article, limit.getKey()) && article.get(limit.getKey()).asText().length() > limit.getValue()) {
                return "'" + limit.getKey() + "' is longer than " + limit.getValue() + " characters";
            }
        }
        for (String field : ItemFields.DATE) {
            if (hasText(article, field) && !isDate(article.get(field).asText().strip())) {
                return notADate(field, article.get(field).asText());
            }
        }
        return null;
    }

    private static String notADate(String field, String date) {
        return "'" + field + "' is not a date in a format the API accepts: '" + (date.length() <= 80 ? date
                : date.substring(0, 80) + "…") + "' (write it as " + DATE_FORMATS + ", or leave the field out)";
    }

    /** A day, an ISO 8601 date and time (with or without its offset), or an RFC 1123 date as feeds write it. */
    static boolean isDate(String value) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_DATE_TIME,
                DateTimeFormatter.RFC_1123_DATE_TIME)) {
            try {
                format.parse(value);
                return true;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return false;
    }

    static boolean hasText(JsonNode o, String field) {
        return o.hasNonNull(field) && o.get(field).isTextual() && !o.get(field).asText().isBlank();
    }
}
