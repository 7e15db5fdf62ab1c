package org.dossier.stories.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.output.ArticleRecord;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * Links analyzed articles into stories and gives each story's record: merged events, timeline, actors, quotes,
 * figures and conflicts, summary. The linking, in order of publication, is {@link StoryLinker}'s; this puts each
 * story's record together from its articles ({@link #assemble}, which a cluster calls on its executors).
 */
public final class StoryBuilder implements AutoCloseable {

    private final StoryLinker<ArticleRecord> linker;

    public StoryBuilder(StoryClusterer.Config config) {
        this.linker = StoryLinker.ofRecords(config);
    }

    /** Adds an analyzed article; failed and skipped documents belong to no story. */
    public void accept(ArticleRecord record) {
        if (StoryLinker.Input.linkable(record)) {
            linker.accept(record);
        }
    }

    /** The articles by publication day, as {@link StoryLinker} links them. */
    static List<ArticleRecord> publicationOrder(List<ArticleRecord> records) {
        return StoryLinker.publicationOrder(records, ArticleRecord::published);
    }

    /** The stories, largest first, each numbered in that order. */
    public List<StoryRecord> stories() {
        List<StoryRecord> stories = new ArrayList<>();
        for (List<ArticleRecord> group : linker.storiesLargestFirst()) {
            stories.add(assemble("story-" + (stories.size() + 1), group, linker.duplicateOf()));
        }
        return stories;
    }

    /**
     * The stories, largest first, each named after its first article in publication order ({@code
     * story-<article id>}): a store that grows keeps a story's name while newer articles join it, so links to it
     * stay good (an older article stored later can take the name over).
     */
    public List<StoryRecord> storiesNamedByFirstArticle() {
        List<StoryRecord> stories = new ArrayList<>();
        for (List<ArticleRecord> group : linker.storiesLargestFirst()) {
            stories.add(assemble("story-" + group.getFirst().id(), group, linker.duplicateOf()));
        }
        return stories;
    }

    /**
     * One story's record from its articles, in any order; {@code duplicateOf} maps those of its articles found to
     * repeat another to the article they repeat.
     */
    public static StoryRecord assemble(String id, Collection<ArticleRecord> articles, Map<String, String> duplicateOf) {
        List<ArticleRecord> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((ArticleRecord r) -> r.published() == null ? "9999" : r.published())
                .thenComparing(ArticleRecord::id));
        return StoryAssembler.assemble(id, sorted, duplicateOf);
    }

    @Override
    public void close() throws IOException {
        linker.close();
    }
}
