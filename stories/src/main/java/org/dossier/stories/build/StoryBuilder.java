package org.dossier.stories.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.output.ArticleRecord;
import org.dossier.output.StoryRecord;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * Links analyzed articles into stories and gives each story's record: merged events, timeline, actors, quotes,
 * figures and conflicts, summary.
 *
 * <p>The articles go to the online clusterer in order of publication, not in the order they were received: a
 * folder's files, a crawl or a store's rows come in no order of time, and the clusterer's window assumes a stream
 * that moves forward (a story whose last article is a month older than the newest one leaves the window, so an
 * older article arriving later could no longer join it). An undated article keeps its place after the dated one
 * received before it.
 */
public final class StoryBuilder implements AutoCloseable {

    private final StoryStream stream;
    private final Map<String, List<ArticleRecord>> articlesByStory = new LinkedHashMap<>();
    private final Map<String, String> duplicateOf = new LinkedHashMap<>();
    /** Each clustered article's place in the order it was clustered, to keep a story's articles in that order. */
    private final Map<String, Integer> clusteredAt = new HashMap<>();
    /** Articles received since the stories were last built, in the order received. */
    private final List<ArticleRecord> received = new ArrayList<>();

    public StoryBuilder(StoryClusterer.Config config) {
        this.stream = StoryStream.start(config);
    }

    /** Adds an analyzed article; failed and skipped documents belong to no story. */
    public void accept(ArticleRecord record) {
        if (StoryStream.clusters(record)) {
            received.add(record);
        }
    }

    /** Clusters the articles received since the last call, oldest first. */
    private void clusterReceived() {
        for (StoryStream.Placed placed : stream.add(received)) {
            ArticleRecord record = placed.record();
            StoryClusterer.Assignment assignment = placed.assignment();
            articlesByStory.computeIfAbsent(assignment.storyId(), id -> new ArrayList<>()).add(record);
            clusteredAt.put(record.id(), clusteredAt.size());
            if (assignment.duplicateOf() != null) {
                duplicateOf.put(record.id(), assignment.duplicateOf());
            }
            apply(assignment.merges());
        }
        apply(stream.finish());
        received.clear();
    }

    /** Small stories that joined others on a second look; a story's articles stay in the order clustered. */
    private void apply(List<StoryClusterer.Merge> merges) {
        for (StoryClusterer.Merge merge : merges) {
            merge.applyTo(articlesByStory);
            List<ArticleRecord> into = articlesByStory.get(merge.into());
            if (into != null) {
                into.sort(Comparator.comparingInt(r -> clusteredAt.get(r.id())));
            }
        }
    }

    /**
     * The articles by publication day; ties, and each undated article after the dated one received before it, in
     * the order received (undated ones received before any dated one come first).
     */
    static List<ArticleRecord> publicationOrder(List<ArticleRecord> records) {
        return publicationOrder(records, Long.MIN_VALUE);
    }

    /** The same, after a dated article of epoch day {@code previousDay} (undated ones before any dated one go there). */
    static List<ArticleRecord> publicationOrder(List<ArticleRecord> records, long previousDay) {
        return StoryLinker.publicationOrder(records, ArticleRecord::published, previousDay);
    }

    /** The stories, largest first, each numbered in that order. */
    public List<StoryRecord> stories() {
        clusterReceived();
        List<StoryRecord> stories = new ArrayList<>();
        for (List<ArticleRecord> group : largestFirst()) {
            stories.add(assemble("story-" + (stories.size() + 1), group, duplicateOf));
        }
        return stories;
    }

    /**
     * The stories, largest first, each named after its first article in publication order ({@code
     * story-<article id>}): a store that grows keeps a story's name while newer articles join it, so links to it
     * stay good (an older article stored later can take the name over).
     */
    public List<StoryRecord> storiesNamedByFirstArticle() {
        clusterReceived();
        List<StoryRecord> stories = new ArrayList<>();
        for (List<ArticleRecord> group : largestFirst()) {
            stories.add(StoryStream.story(group, duplicateOf));
        }
        return stories;
    }

    private List<List<ArticleRecord>> largestFirst() {
        List<List<ArticleRecord>> groups = new ArrayList<>(articlesByStory.values());
        groups.sort(Comparator.comparingInt((List<ArticleRecord> g) -> -g.size())
                .thenComparing(g -> g.getFirst().id()));
        return groups;
    }

    /**
     * One story's record from its articles, in any order; {@code duplicateOf} maps those of its articles found to
     * repeat another to the article they repeat. The Spark job assembles its stories with it on the executors.
     */
    public static StoryRecord assemble(String id, Collection<ArticleRecord> articles, Map<String, String> duplicateOf) {
        List<ArticleRecord> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((ArticleRecord r) -> r.published() == null ? "9999" : r.published())
                .thenComparing(ArticleRecord::id));
        return StoryAssembler.assemble(id, sorted, duplicateOf);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
