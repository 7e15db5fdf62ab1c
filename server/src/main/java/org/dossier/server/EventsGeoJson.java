package org.dossier.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.dossier.store.StoreRows.EventRow;

/**
 * Events as GeoJSON (RFC 7946) point features, written straight to the answer: a map's thousand events are 800 KB,
 * which as a tree of maps and then a string were built twice over for each request.
 */
final class EventsGeoJson {

    /** An event's properties as the API gives an event, without flushing the answer after each. */
    private static final ObjectWriter PROPERTIES = Json.MAPPER.writerFor(EventRow.class)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private EventsGeoJson() {}

    /**
     * A page of located events as a FeatureCollection, with the page's {@code total}, {@code limit} and {@code
     * offset} beside the features.
     */
    static void writePage(OutputStream out, List<EventRow> events, long total, int limit, int offset)
            throws IOException {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (EventRow e : events) {
                writeFeature(g, e);
            }
            g.writeEndArray();
            g.writeNumberField("total", total);
            g.writeNumberField("limit", limit);
            g.writeNumberField("offset", offset);
            g.writeEndObject();
        }
    }

    /** A generator for features written one at a time to a file (an export); the caller closes it. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // The features are separated by the caller, not by the space a generator puts between values at its root.
        g.setRootValueSeparator(null);
        return g;
    }

    /** A point feature ([longitude, latitude]) with the event as its properties. */
    static void writeFeature(JsonGenerator g, EventRow e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(e.place().lon());
        g.writeNumber(e.place().lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeFieldName("properties");
        PROPERTIES.writeValue(g, e);
        g.writeEndObject();
    }
}
