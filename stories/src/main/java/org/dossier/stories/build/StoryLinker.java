package org.dossier.stories.build;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dossier.output.ArticleRecord;
import org.dossier.output.ArticleRecord.EntityRecord;
import org.dossier.output.EmbeddingCodec;
import org.dossier.stories.cluster.ClusterDocument;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * The time-ordered pass of story building alone: links articles into stories through the online clusterer and
 * says which articles each story holds, without reading anything of an article but what clustering needs. {@link
 * StoryBuilder} links whole records with it; a cluster links {@link Input}s in one task while everything else of
 * the articles stays on the executors.
 *
 * <p>The articles go to the clusterer in order of publication, not in the order they were received: a folder's
 * files, a crawl or a store's rows come in no order of time, and the clusterer's window assumes a stream that moves
 * forward (a story whose last article is a month older than the newest one leaves the window, so an older article
 * arriving later could no longer join it). An undated article keeps its place after the dated one received before
 * it.
 *
 * @param <T> what the caller links: a whole record, or only its {@link Input}
 */
public final class StoryLinker<T> implements AutoCloseable {

    /**
     * What linking reads of one analyzed article, small and serializable so that a cluster can ship it to the task
     * that links: id, publication date as the record states it, title, clean text, names and embedding.
     */
    public record Input(String id, String published, String title, String text, List<String> names,
            String embedding) implements Serializable {

        /** Failed and skipped documents, and those without text, belong to no story. */
        public static boolean linkable(ArticleRecord record) {
            return !record.failed() && record.skipped() == null && record.text() != null && !record.text().isBlank();
        }

        public static Input of(ArticleRecord record) {
            return new Input(record.id(), record.published(), record.title(), record.text(),
                    List.copyOf(namesOf(record)), record.embedding());
        }

        /** What the clusterer reads; the embedding is decoded only now, when the article's turn comes. */
        ClusterDocument document() {
            LocalDate day = day(published);
            return new ClusterDocument(id, day == null ? null : day.toEpochDay(), title, text,
                    new LinkedHashSet<>(names), decodedEmbedding(embedding));
        }
    }

    /** One linked item, with its place in the order clustered (a story's items stay in that order). */
    private record Clustered<T>(T item, String id, int at) {}

    private final StoryClusterer clusterer;
    private final Function<T, String> id;
    private final Function<T, String> published;
    private final Function<T, ClusterDocument> document;
    private final Map<String, List<Clustered<T>>> byStory = new LinkedHashMap<>();
    private final Map<String, String> duplicateOf = new LinkedHashMap<>();
    /** Items received since the stories were last linked, in the order received. */
    private final List<T> received = new ArrayList<>();
    private int clustered;

    private StoryLinker(StoryClusterer.Config config, Function<T, String> id, Function<T, String> published,
            Function<T, ClusterDocument> document) {
        this.clusterer = new StoryClusterer(config);
        this.id = id;
        this.published = published;
        this.document = document;
    }

    /** A linker of whole records (which it keeps, as the items of its stories). */
    static StoryLinker<ArticleRecord> ofRecords(StoryClusterer.Config config) {
        return new StoryLinker<>(config, ArticleRecord::id, ArticleRecord::published, r -> Input.of(r).document());
    }

    /** A linker of inputs alone: what a cluster's linking task holds. */
    public static StoryLinker<Input> ofInputs(StoryClusterer.Config config) {
        return new StoryLinker<>(config, Input::id, Input::published, Input::document);
    }

    /** Adds an item to link; the caller leaves out those that are not {@linkplain Input#linkable linkable}. */
    public void accept(T item) {
        received.add(item);
    }

    /**
     * The stories, largest first (ties by the id of their first item), each with its items in the order clustered;
     * the items received since the last call are linked first, oldest first.
     */
    public List<List<T>> storiesLargestFirst() {
        linkReceived();
        List<List<Clustered<T>>> groups = new ArrayList<>(byStory.values());
        groups.sort(Comparator.comparingInt((List<Clustered<T>> g) -> -g.size())
                .thenComparing(g -> g.getFirst().id()));
        return groups.stream().map(g -> g.stream().map(Clustered::item).toList()).toList();
    }

    /** Articles found to repeat another (by id), to the id of the article they repeat. */
    public Map<String, String> duplicateOf() {
        return Collections.unmodifiableMap(duplicateOf);
    }

    private void linkReceived() {
        for (T item : publicationOrder(received, published)) {
            StoryClusterer.Assignment assignment = clusterer.add(document.apply(item));
            byStory.computeIfAbsent(assignment.storyId(), s -> new ArrayList<>())
                    .add(new Clustered<>(item, id.apply(item), clustered++));
            if (assignment.duplicateOf() != null) {
                duplicateOf.put(id.apply(item), assignment.duplicateOf());
            }
            apply(assignment.merges());
        }
        apply(clusterer.finish());
        received.clear();
    }

    /** Small stories that joined others on a second look; a story's items stay in the order clustered. */
    private void apply(List<StoryClusterer.Merge> merges) {
        for (StoryClusterer.Merge merge : merges) {
            merge.applyTo(byStory);
            List<Clustered<T>> into = byStory.get(merge.into());
            if (into != null) {
                into.sort(Comparator.comparingInt(Clustered::at));
            }
        }
    }

    /**
     * The items by publication day; ties, and each undated item after the dated one received before it, in the
     * order received (undated ones received before any dated one come first).
     */
    static <R> List<R> publicationOrder(List<R> items, Function<R, String> published) {
        return publicationOrder(items, published, Long.MIN_VALUE);
    }

    /** The same, after a dated item of epoch day {@code previousDay} (undated ones before any dated one go there). */
    static <R> List<R> publicationOrder(List<R> items, Function<R, String> published, long previousDay) {
        record Placed<R>(R item, long day) {}
        List<Placed<R>> placed = new ArrayList<>(items.size());
        long previous = previousDay;
        for (R item : items) {
            LocalDate day = day(published.apply(item));
            previous = day == null ? previous : day.toEpochDay();
            placed.add(new Placed<>(item, previous));
        }
        placed.sort(Comparator.comparingLong(Placed::day)); // stable: ties keep the order received
        return placed.stream().map(Placed::item).toList();
    }

    /** An encoded embedding; none when there is none or it is not readable (a hand-edited store, say). */
    static float[] decodedEmbedding(String encoded) {
        try {
            return EmbeddingCodec.decode(encoded);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Set<String> namesOf(ArticleRecord record) {
        Set<String> names = new LinkedHashSet<>();
        for (List<EntityRecord> entities : List.of(record.persons(), record.organizations(), record.locations())) {
            for (EntityRecord e : entities) {
                names.add(e.name().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    static LocalDate day(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        clusterer.close();
    }
}
