package org.dossier.server;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.dossier.model.DocumentHints;
import org.dossier.output.EventsCsv;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.EventRow;

/**
 * The export of the events view: every event that {@code /api/events}'s filters match (not one page), in its
 * sort, as a file to download: CSV (the columns of {@code dossier export events}, written by the same {@link
 * EventsCsv}), JSON lines (one event as {@code /api/events} gives it per line) or GeoJSON (the located ones).
 *
 * <p>The events are first written to a temporary file, then sent from it: the store is read at disk speed, and a
 * slow client never holds a read open (commits wait for reads, see the store's Database).
 */
final class EventExport {

    enum Format {
        csv("text/csv; charset=utf-8"),
        jsonl("application/jsonl; charset=utf-8"),
        geojson("application/geo+json");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    /** The filter parameters a file's name tells, in this order. */
    private static final List<String> NAMED_PARAMETERS = List.of("story", "actor", "target", "cameo", "quad_class",
            "country", "admin1", "near", "location", "outlet", "from", "to", "min_confidence", "sort");
    private static final int MAX_NAME_CHARS = 120;

    private final DossierStore store;

    EventExport(DossierStore store) {
        this.store = store;
    }

    /** Answers the request with the file of the filter's events, named after the filter. */
    void send(Context ctx, EventFilter filter, Format format) {
        Path spool;
        long written;
        try {
            spool = Files.createTempFile("dossier-export-", "." + format.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the export", e);
        }
        try {
            try (BufferedWriter out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
                written = write(filter, format, out);
            }
            ctx.contentType(format.contentType);
            ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(ctx.queryParamMap(), format)
                    + "\"");
            ctx.header("X-Total-Count", String.valueOf(written));
            ctx.result(Files.newInputStream(spool, StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // the temporary folder is cleaned by the system in time
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write the export: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Writes every event of the filter in the format; returns how many. */
    long write(EventFilter filter, Format format, Writer out) throws IOException {
        return switch (format) {
            case csv -> {
                EventsCsv csv = new EventsCsv(out, false);
                csv.header();
                yield store.forEachEvent(filter, unchecked(e -> csv.write(row(e))));
            }
            case jsonl -> store.forEachEvent(filter, unchecked(e -> out.write(Json.write(e) + "\n")));
            case geojson -> {
                out.write("{\"type\":\"FeatureCollection\",\"features\":[");
                boolean[] first = {true};
                long n;
                try (com.fasterxml.jackson.core.JsonGenerator g = EventsGeoJson.generator(out)) {
                    n = store.forEachEvent(filter, unchecked(e -> {
                        g.writeRaw(first[0] ? "\n" : ",\n");
                        first[0] = false;
                        EventsGeoJson.writeFeature(g, e);
                    }));
                }
                out.write("\n]}\n");
                yield n;
            }
        };
    }

    /**
     * An event as a CSV row. One article's event: one source, its address only when it is a web address (never
     * a file path or "api:item-44"), the file it was read from only when it was read from one.
     */
    static EventsCsv.Row row(EventRow e) {
        String url = DocumentHints.isWebAddress(e.url()) ? e.url() : null;
        String file = EventsCsv.sourceFile(e.source());
        // The CSV is an edge: a day becomes its ISO date here.
        return new EventsCsv.Row(java.util.Objects.toString(e.date(), null), e.actor(), e.actorCode(), e.cameo(),
                e.root(), e.quadClass(),
                e.goldstein(), e.target(), e.targetCode(), e.location(), url, 1, e.story(), e.text(), e.confidence(),
                e.dateBasis(), file, e.place());
    }

    /**
     * The file's name: "dossier-events", then each filter given as name and value, in letters, digits, dots and
     * dashes only (anything else becomes a dash; a descending sort is "-desc"), cut to a length every system
     * takes.
     */
    static String fileName(Map<String, List<String>> parameters, Format format) {
        StringBuilder name = new StringBuilder("dossier-events");
        for (String parameter : NAMED_PARAMETERS) {
            List<String> values = parameters.get(parameter);
            if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
                continue;
            }
            String given = values.getFirst().strip();
            if (parameter.equals("sort") && given.startsWith("-")) {
                given = given.substring(1) + "-desc";
            }
            String value = given.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", "");
            name.append('_').append(parameter.replace('_', '-')).append('-').append(value.isEmpty() ? "x" : value);
        }
        String base = name.length() > MAX_NAME_CHARS ? name.substring(0, MAX_NAME_CHARS) : name.toString();
        return base + "." + format.name();
    }

    private interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private static <T> java.util.function.Consumer<T> unchecked(IoConsumer<T> consumer) {
        return value -> {
            try {
                consumer.accept(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
