package org.dossier.stories.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * Links analyzed articles into stories through {@link StoryLinker} (in order of publication: see there) and gives
 * each story's record: merged events, timeline, actors, quotes, figures and conflicts, summary.
 */
public final class StoryBuilder implements AutoCloseable {

    private final StoryLinker<ArticleRecord> linker;
    private final StoryGroups<ArticleRecord> groups = new StoryGroups<>(ArticleRecord::id);
    /** Articles received since the stories were last built, in the order received. */
    private final List<ArticleRecord> received = new ArrayList<>();

    public StoryBuilder(StoryClusterer.Config config) {
        this.linker = StoryLinker.ofRecords(config);
    }

    /** Adds an analyzed article; failed and skipped documents belong to no story. */
    public void accept(ArticleRecord record) {
        if (StoryLinker.Input.linkable(record)) {
            received.add(record);
        }
    }

    /** Links the articles received since the last call, oldest first, and ends the stream's second looks. */
    private void linkReceived() {
        groups.addAll(linker.add(received));
        groups.apply(linker.finish());
        received.clear();
    }

    /** The stories, largest first, each numbered in that order. */
    public List<StoryRecord> stories() {
        linkReceived();
        List<StoryRecord> stories = new ArrayList<>();
        for (List<ArticleRecord> group : groups.largestFirst()) {
            stories.add(assemble("story-" + (stories.size() + 1), group, groups.duplicateOf()));
        }
        return stories;
    }

    /**
     * The stories, largest first, each named after its first article in the order linked ({@link
     * #namedByFirstArticle}).
     */
    public List<StoryRecord> storiesNamedByFirstArticle() {
        linkReceived();
        List<StoryRecord> stories = new ArrayList<>();
        for (List<ArticleRecord> group : groups.largestFirst()) {
            stories.add(namedByFirstArticle(group, groups.duplicateOf()));
        }
        return stories;
    }

    /**
     * The record of one story named after its first article in the order linked ({@code story-<article id>}): a
     * store that grows keeps a story's name while newer articles join it, so links to it stay good (an older article
     * stored later can take the name over).
     *
     * @param articles its articles in the order linked
     * @param duplicateOf the article each near-copy among them copies
     */
    public static StoryRecord namedByFirstArticle(List<ArticleRecord> articles, Map<String, String> duplicateOf) {
        return assemble("story-" + articles.getFirst().id(), articles, duplicateOf);
    }

    /**
     * One story's record from its articles, in any order; {@code duplicateOf} maps those of its articles found to
     * repeat another to the article they repeat. The Spark job assembles its stories with it on the executors.
     */
    public static StoryRecord assemble(String id, Collection<ArticleRecord> articles, Map<String, String> duplicateOf) {
        List<ArticleRecord> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(ArticleRecord::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ArticleRecord::id));
        return StoryAssembler.assemble(id, sorted, duplicateOf);
    }

    @Override
    public void close() throws IOException {
        linker.close();
    }
}
