package org.dossier.output;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day written as its ISO date ({@code "2016-10-10"}), so that files keep their format while records hold
 * {@link LocalDate}s. Reading takes the day of an ISO date or of an ISO timestamp ({@code "2016-10-10T08:00:00Z"}
 * or with a space for the T, as a hand-made file may give); anything else is an error that names the value.
 * {@link RecordJson} writes and reads every day of the article and story records so; the annotation does the same
 * for a field of another class, whatever mapper writes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@JacksonAnnotationsInside
@JsonSerialize(using = ToStringSerializer.class)
@JsonDeserialize(using = IsoDay.Reader.class)
public @interface IsoDay {

    /** Reads a day as {@link IsoDay} says. */
    final class Reader extends StdScalarDeserializer<LocalDate> {

        public Reader() {
            super(LocalDate.class);
        }

        /**
         * The day of an ISO date or ISO timestamp ("2016-10-10", "2016-10-10T08:00:00Z", "2016-10-10 08:00"), the
         * text stripped; throws {@link DateTimeParseException} for anything else.
         */
        public static LocalDate parse(String text) {
            String t = text.strip();
            boolean timestamp = t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ');
            return LocalDate.parse(timestamp ? t.substring(0, 10) : t);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                        "not a day (yyyy-mm-dd): %s", e.getMessage());
            }
        }
    }
}
