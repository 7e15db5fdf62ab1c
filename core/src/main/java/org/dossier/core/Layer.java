package org.dossier.core;

import java.util.Objects;

/**
 * A typed key for one kind of annotation on an article, such as its sentences or its quotes.
 *
 * <p>Stages declare the layers they require and produce; {@link AnnotatedArticle} stores one list per layer.
 * The standard layers are in {@link Layers}.
 */
public final class Layer<T> {

    private final String name;
    private final Class<T> type;

    private Layer(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    public static <T> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> other && name.equals(other.name) && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
