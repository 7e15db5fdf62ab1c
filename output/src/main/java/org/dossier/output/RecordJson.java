package org.dossier.output;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

/**
 * The JSON of article and story records ({@link org.dossier.model.record.ArticleRecord},
 * {@link org.dossier.model.record.StoryRecord}): snake_case names, fields in the order of the file formats, days as
 * ISO dates ({@link IsoDay}). The records live in the model, which knows no JSON; this module gives them the shape
 * that {@code articles.jsonl}, {@code stories.jsonl}, the store's rows and the API have always had, so every mapper
 * that writes or reads records must have it: take one from {@link #mapper()} (a plain {@code new ObjectMapper()}
 * would write camelCase names in another order, and fail on days).
 */
public final class RecordJson {

    /** Only asked for names. */
    private static final ObjectMapper NAMES = mapper();

    private RecordJson() {}

    /**
     * A new mapper that writes and reads records; what else it does is Jackson's default, for the caller to set
     * (the API's names of its own objects, tolerance of unknown fields on reading).
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(module());
    }

    /**
     * The records' names and order ({@link RecordMixIns}), and days written as {@code "2016-10-10"} and read as
     * {@link IsoDay} reads them: for every {@link LocalDate} the mapper meets, as Jackson writes none without a
     * module of its own.
     */
    public static Module module() {
        SimpleModule module = new SimpleModule("dossier-records");
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        module.addDeserializer(LocalDate.class, new IsoDay.Reader());
        RecordMixIns.MIX_INS.forEach(module::setMixInAnnotation);
        return module;
    }

    /**
     * The name a record's component has in the records' JSON ({@code published_confidence} for
     * {@code ArticleRecord.publishedConfidence}), for writers that name things as the JSON does without writing
     * JSON (the Spark job's Parquet columns); for a record outside the model, its own annotations' name. A
     * component the JSON leaves out keeps its own name.
     */
    public static String nameOf(RecordComponent component) {
        Class<?> record = component.getDeclaringRecord();
        for (BeanPropertyDefinition property : NAMES.getSerializationConfig()
                .introspect(NAMES.constructType(record)).findProperties()) {
            if (property.getInternalName().equals(component.getName())) {
                return property.getName();
            }
        }
        return component.getName();
    }
}
