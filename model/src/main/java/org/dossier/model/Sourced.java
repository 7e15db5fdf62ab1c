package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A metadata value together with where the raw document states it and which rule found it.
 *
 * @param value the value, never null
 * @param rawSpan where the raw document states it; null when the value was derived rather than read
 * @param rule the name of the rule that found it, such as {@code "date-line"} or {@code "meta:og:site_name"}
 */
public record Sourced<T extends Serializable>(T value, Span rawSpan, String rule) implements Serializable {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }

    public static <T extends Serializable> Sourced<T> at(T value, Span rawSpan, String rule) {
        return new Sourced<>(value, rawSpan, rule);
    }
}
