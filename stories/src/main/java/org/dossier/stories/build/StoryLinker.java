package org.dossier.stories.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.output.EmbeddingCodec;
import org.dossier.stories.cluster.ClusterDocument;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * Story linking, the one time-ordered pass of story building, for every caller: {@code analyze} links a batch's
 * records ({@link StoryBuilder}), the store links each ingest's new articles on top of the stream it saved, and a
 * Spark job links {@link Input}s in one task while everything else of the articles stays on the executors. It
 * reads nothing of an article but what clustering needs, and says where each article went; {@link StoryGroups}
 * keeps the groups for callers that hold their items.
 *
 * <p>Each batch goes to the online clusterer in order of publication, after the batches before it, not in the
 * order received: a folder's files, a crawl or a store's rows come in no order of time, and the clusterer's window
 * assumes a stream that moves forward (a story whose last article is a month older than the newest one leaves the
 * window, so an older article arriving later could no longer join it). An undated article keeps its place after
 * the dated one received before it, across batches. Fed the batches of a collection that arrive in order of
 * publication (each batch no older than the one before), it links exactly as one batch of the whole collection;
 * an article older than ones linked before is linked when it comes, against the stories active then.
 *
 * <p>The state can be saved between batches and restored later ({@link #save}, {@link #restore}).
 *
 * @param <T> what the caller links: a whole record, or only its {@link Input}
 */
public final class StoryLinker<T> implements AutoCloseable {

    /**
     * What linking reads of one analyzed article, small and serializable so that a cluster can ship it to the task
     * that links: id, publication day, title, clean text, names and embedding.
     */
    public record Input(String id, LocalDate published, String title, String text, List<String> names,
            String embedding) implements Serializable {

        /** Failed and skipped documents, and those without text, belong to no story. */
        public static boolean linkable(ArticleRecord record) {
            return !record.failed() && record.skipped() == null && record.text() != null && !record.text().isBlank();
        }

        public static Input of(ArticleRecord record) {
            return new Input(record.id(), record.published(), record.title(), record.text(),
                    List.copyOf(namesOf(record)), record.embedding());
        }

        /** The publication day, an epoch day; null when undated. */
        Long day() {
            return published == null ? null : published.toEpochDay();
        }

        /** What the clusterer reads; the embedding is decoded only now, when the article's turn comes. */
        ClusterDocument document(Long day) {
            return new ClusterDocument(id, day, title, text, new LinkedHashSet<>(names), decodedEmbedding(embedding));
        }
    }

    /** Where an item went, in the order linked: see {@link StoryClusterer.Assignment}; apply its merges after it. */
    public record Placed<T>(T item, StoryClusterer.Assignment assignment) {}

    private final StoryClusterer clusterer;
    private final Function<T, Input> input;
    /** The publication day of the last dated item received, as an epoch day; where undated ones go. */
    private long lastDatedDay;

    private StoryLinker(StoryClusterer clusterer, Function<T, Input> input, long lastDatedDay) {
        this.clusterer = clusterer;
        this.input = input;
        this.lastDatedDay = lastDatedDay;
    }

    /** A linker of whole records. */
    public static StoryLinker<ArticleRecord> ofRecords(StoryClusterer.Config config) {
        return new StoryLinker<>(new StoryClusterer(config), Input::of, Long.MIN_VALUE);
    }

    /** A linker of inputs alone: what a cluster's linking task holds. */
    public static StoryLinker<Input> ofInputs(StoryClusterer.Config config) {
        return new StoryLinker<>(new StoryClusterer(config), Function.identity(), Long.MIN_VALUE);
    }

    /**
     * The linker of records {@link #save} wrote, continued with this configuration.
     *
     * @param lastDatedDay {@link #lastDatedDay()} after the last batch, which the caller keeps (the saved state
     *     may be older: see {@link #replay})
     */
    public static StoryLinker<ArticleRecord> restore(StoryClusterer.Config config, InputStream source,
            long lastDatedDay) throws IOException {
        return new StoryLinker<>(StoryClusterer.restore(config, source), Input::of, lastDatedDay);
    }

    /** Writes the clusterer's state, for {@link #restore}: between batches, never after {@link #finish()}. */
    public void save(OutputStream target) throws IOException {
        clusterer.save(target);
    }

    /** The publication day of the last dated item received, an epoch day ({@link Long#MIN_VALUE}: none). */
    public long lastDatedDay() {
        return lastDatedDay;
    }

    /**
     * Links a batch, in the order received, oldest first; the caller leaves out items that are not {@linkplain
     * Input#linkable linkable}. Returns where each went, in the order linked.
     */
    public List<Placed<T>> add(List<T> received) {
        record Dated<T>(T item, Input input, Long day, long after) {}
        List<Dated<T>> dated = new ArrayList<>(received.size());
        for (T item : received) {
            Input in = input.apply(item);
            Long day = in.day();
            lastDatedDay = day == null ? lastDatedDay : day;
            dated.add(new Dated<>(item, in, day, lastDatedDay));
        }
        dated.sort(Comparator.comparingLong(Dated::after)); // stable: ties keep the order received
        List<Placed<T>> placed = new ArrayList<>(dated.size());
        for (Dated<T> d : dated) {
            placed.add(new Placed<>(d.item(), clusterer.add(d.input().document(d.day()))));
        }
        return placed;
    }

    /**
     * Links one item again where it was linked before, after a saved state older than the stream: the caller gives
     * the items linked since that state in the order they were linked, and gets the same assignments back.
     */
    public StoryClusterer.Assignment replay(T item) {
        Input in = input.apply(item);
        return clusterer.add(in.document(in.day()));
    }

    /** The merges the end of the stream would make now (see {@link StoryClusterer#previewFinish()}). */
    public List<StoryClusterer.Merge> previewFinish() {
        return clusterer.previewFinish();
    }

    /** Ends the stream: the second looks still due are made; returns their merges, to apply in order. */
    public List<StoryClusterer.Merge> finish() {
        return clusterer.finish();
    }

    public int activeStories() {
        return clusterer.activeStories();
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

    @Override
    public void close() throws IOException {
        clusterer.close();
    }
}
