package org.dossier.stories.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.output.ArticleRecord;
import org.dossier.output.StoryRecord;
import org.dossier.stories.cluster.ClusterDocument;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * The story clustering of a growing collection, batch after batch: each batch's articles go to the clusterer in
 * order of publication after those of the batches before, and the state can be saved between batches and restored
 * later. Fed the batches of a collection that arrive in order of publication (each batch no older than the one
 * before), it clusters exactly as {@link StoryBuilder} does the whole collection at once; an article older than
 * ones clustered before is clustered when it comes, against the stories active then (those of the last
 * {@code windowDays} before the newest article), so it still finds a story of its own time that is in that window.
 *
 * <p>An undated article is placed as {@link StoryBuilder} places it: after the dated article received before it,
 * across batches.
 */
public final class StoryStream implements AutoCloseable {

    /** Where an article went, in the order clustered: see {@link StoryClusterer.Assignment}. */
    public record Placed(ArticleRecord record, StoryClusterer.Assignment assignment) {}

    private final StoryClusterer clusterer;
    /** The publication day of the last dated article received, as an epoch day; where undated ones go. */
    private long lastDatedDay;

    private StoryStream(StoryClusterer clusterer, long lastDatedDay) {
        this.clusterer = clusterer;
        this.lastDatedDay = lastDatedDay;
    }

    public static StoryStream start(StoryClusterer.Config config) {
        return new StoryStream(new StoryClusterer(config), Long.MIN_VALUE);
    }

    /**
     * The stream {@link #save} wrote, continued with this configuration.
     *
     * @param lastDatedDay {@link #lastDatedDay()} after the last batch, which the caller keeps (the saved state
     *     may be older: see {@link #replay})
     */
    public static StoryStream restore(StoryClusterer.Config config, InputStream source, long lastDatedDay)
            throws IOException {
        return new StoryStream(StoryClusterer.restore(config, source), lastDatedDay);
    }

    /** Writes the clusterer's state, for {@link #restore}: between articles, never after {@link #finish()}. */
    public void save(OutputStream target) throws IOException {
        clusterer.save(target);
    }

    /** The publication day of the last dated article received, an epoch day ({@link Long#MIN_VALUE}: none). */
    public long lastDatedDay() {
        return lastDatedDay;
    }

    /**
     * Clusters one article again where it was clustered before, after a saved state older than the stream: the
     * caller gives the articles clustered since that state in the order they were clustered, and gets the same
     * assignments back.
     */
    public StoryClusterer.Assignment replay(ArticleRecord record) {
        return clusterer.add(document(record));
    }

    /** Whether the store's stories take in the article: failed, skipped and empty ones belong to no story. */
    public static boolean clusters(ArticleRecord record) {
        return !(record.failed() || record.skipped() != null || record.text() == null || record.text().isBlank());
    }

    /**
     * Clusters a batch, in the order received, oldest first (see {@link StoryBuilder}); articles that belong to no
     * story are passed over. Returns where each went, in the order clustered; apply each one's merges after it.
     */
    public List<Placed> add(List<ArticleRecord> received) {
        List<ArticleRecord> clustered = received.stream().filter(StoryStream::clusters).toList();
        List<ArticleRecord> ordered = StoryBuilder.publicationOrder(clustered, lastDatedDay);
        for (ArticleRecord record : clustered) {
            LocalDate day = StoryLinker.day(record.published());
            lastDatedDay = day == null ? lastDatedDay : day.toEpochDay();
        }
        List<Placed> placed = new ArrayList<>(ordered.size());
        for (ArticleRecord record : ordered) {
            placed.add(new Placed(record, clusterer.add(document(record))));
        }
        return placed;
    }

    /** What the clusterer reads of an article. */
    static ClusterDocument document(ArticleRecord record) {
        LocalDate published = StoryLinker.day(record.published());
        return new ClusterDocument(record.id(), published == null ? null : published.toEpochDay(), record.title(),
                record.text(), StoryLinker.namesOf(record), StoryLinker.decodedEmbedding(record.embedding()));
    }

    /** The merges the end of the stream would make now (see {@link StoryClusterer#previewFinish()}). */
    public List<StoryClusterer.Merge> previewFinish() {
        return clusterer.previewFinish();
    }

    /**
     * The record of one story, as {@link StoryBuilder#storiesNamedByFirstArticle()} gives it: named after its
     * first article in the order clustered.
     *
     * @param articles its articles in the order clustered
     * @param duplicateOf the article each near-copy among them copies
     */
    public static StoryRecord story(List<ArticleRecord> articles, Map<String, String> duplicateOf) {
        return StoryBuilder.assemble("story-" + articles.getFirst().id(), articles, duplicateOf);
    }

    /** Ends the stream: the second looks still due are made; returns their merges, to apply in order. */
    public List<StoryClusterer.Merge> finish() {
        return clusterer.finish();
    }

    public int activeStories() {
        return clusterer.activeStories();
    }

    @Override
    public void close() throws IOException {
        clusterer.close();
    }
}
