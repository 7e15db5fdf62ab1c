package org.dossier.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Article;

/**
 * An article with the layers that stages have added to it. Immutable: {@link #with} returns a copy, so a stage
 * can never change what an earlier stage produced.
 */
public final class AnnotatedArticle {

    private final Article article;
    private final Map<Layer<?>, List<?>> layers;

    private AnnotatedArticle(Article article, Map<Layer<?>, List<?>> layers) {
        this.article = Objects.requireNonNull(article, "article");
        this.layers = layers;
    }

    public static AnnotatedArticle of(Article article) {
        return new AnnotatedArticle(article, Map.of());
    }

    public Article article() {
        return article;
    }

    public String id() {
        return article.id();
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    /** The layer's items. */
    @SuppressWarnings("unchecked") // with() only stores lists whose elements were checked against the layer's type
    public <T> List<T> get(Layer<T> layer) {
        List<?> items = layers.get(layer);
        if (items == null) {
            throw new IllegalStateException("article " + article.id() + " has no layer '" + layer
                    + "'; add the stage that produces it to the pipeline before the stage that reads it");
        }
        return (List<T>) items;
    }

    /** The layer's items, or an empty list when no stage produced the layer. */
    public <T> List<T> getOrEmpty(Layer<T> layer) {
        return has(layer) ? get(layer) : List.of();
    }

    /** A copy with the layer set to {@code items}. */
    public <T> AnnotatedArticle with(Layer<T> layer, List<? extends T> items) {
        for (Object item : items) {
            if (!layer.type().isInstance(item)) {
                throw new IllegalArgumentException("layer '" + layer + "' holds " + layer.type().getSimpleName()
                        + ", not " + item.getClass().getSimpleName());
            }
        }
        Map<Layer<?>, List<?>> copy = new LinkedHashMap<>(layers);
        copy.put(layer, List.copyOf(items));
        return new AnnotatedArticle(article, Collections.unmodifiableMap(copy));
    }

    /** A copy with a new article (metadata a stage refined) and the same layers. */
    public AnnotatedArticle withArticle(Article refined) {
        if (!refined.id().equals(article.id()) || !refined.text().equals(article.text())) {
            throw new IllegalArgumentException("a stage may refine an article's metadata, not its id or text");
        }
        return new AnnotatedArticle(refined, layers);
    }

    @Override
    public String toString() {
        return "AnnotatedArticle[" + article.id() + ", layers=" + layers.keySet() + "]";
    }
}
