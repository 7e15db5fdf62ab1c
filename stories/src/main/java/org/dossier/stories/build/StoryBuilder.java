package org.dossier.stories.build;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.output.ArticleRecord;
import org.dossier.output.ArticleRecord.EntityRecord;
import org.dossier.output.EmbeddingCodec;
import org.dossier.stories.cluster.ClusterDocument;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * Links analyzed articles into stories as they arrive (in the order of {@code articles.jsonl}) and, at the end,
 * gives each story's record: merged events, timeline, actors, quotes, figures and conflicts, summary.
 */
public final class StoryBuilder implements AutoCloseable {

    private final StoryClusterer clusterer;
    private final Map<String, List<ArticleRecord>> articlesByStory = new LinkedHashMap<>();
    private final Map<String, String> duplicateOf = new LinkedHashMap<>();

    public StoryBuilder(StoryClusterer.Config config) {
        this.clusterer = new StoryClusterer(config);
    }

    /** Adds an analyzed article; failed and skipped documents belong to no story. */
    public void accept(ArticleRecord record) {
        if (record.failed() || record.skipped() != null || record.text() == null || record.text().isBlank()) {
            return;
        }
        LocalDate published = day(record.published());
        StoryClusterer.Assignment assignment = clusterer.add(new ClusterDocument(record.id(),
                published == null ? null : published.toEpochDay(), record.title(), record.text(), names(record),
                embedding(record)));
        articlesByStory.computeIfAbsent(assignment.storyId(), id -> new ArrayList<>()).add(record);
        if (assignment.duplicateOf() != null) {
            duplicateOf.put(record.id(), assignment.duplicateOf());
        }
    }

    /** The record's embedding; none when it has none or it is not readable (a hand-edited store, say). */
    private static float[] embedding(ArticleRecord record) {
        try {
            return EmbeddingCodec.decode(record.embedding());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The stories, largest first, each numbered in that order. */
    public List<StoryRecord> stories() {
        List<StoryRecord> stories = new ArrayList<>();
        for (List<ArticleRecord> group : largestFirst()) {
            stories.add(StoryAssembler.assemble("story-" + (stories.size() + 1), oldestFirst(group), duplicateOf));
        }
        return stories;
    }

    /**
     * The stories, largest first, each named after the first article it received ({@code story-<article id>}):
     * a store that grows keeps a story's name while articles join it, so links to it stay good.
     */
    public List<StoryRecord> storiesNamedByFirstArticle() {
        List<StoryRecord> stories = new ArrayList<>();
        for (List<ArticleRecord> group : largestFirst()) {
            stories.add(StoryAssembler.assemble("story-" + group.getFirst().id(), oldestFirst(group), duplicateOf));
        }
        return stories;
    }

    private List<List<ArticleRecord>> largestFirst() {
        List<List<ArticleRecord>> groups = new ArrayList<>(articlesByStory.values());
        groups.sort(Comparator.comparingInt((List<ArticleRecord> g) -> -g.size())
                .thenComparing(g -> g.getFirst().id()));
        return groups;
    }

    private static List<ArticleRecord> oldestFirst(List<ArticleRecord> group) {
        List<ArticleRecord> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing((ArticleRecord r) -> r.published() == null ? "9999" : r.published())
                .thenComparing(ArticleRecord::id));
        return sorted;
    }

    static Set<String> names(ArticleRecord record) {
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
