package org.dossier.stories.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * The stories of what a {@link StoryLinker} placed, for callers that hold their items: each story of the
 * clusterer with its items in the order linked, and the items found to repeat another. Small stories that join
 * others on a second look bring their items along, and a story's items stay in the order linked.
 *
 * @param <T> the caller's items
 */
public final class StoryGroups<T> {

    /** One linked item, with its place in the order linked. */
    private record Member<T>(T item, String id, int at) {}

    private final Function<T, String> id;
    private final Map<String, List<Member<T>>> byStory;
    private final Map<String, String> duplicateOf;
    private int linked;

    public StoryGroups(Function<T, String> id) {
        this(id, new LinkedHashMap<>(), new LinkedHashMap<>(), 0);
    }

    private StoryGroups(Function<T, String> id, Map<String, List<Member<T>>> byStory, Map<String, String> duplicateOf,
            int linked) {
        this.id = id;
        this.byStory = byStory;
        this.duplicateOf = duplicateOf;
        this.linked = linked;
    }

    /** Adds items in the order linked, each with the merges that came with it. */
    public void addAll(List<StoryLinker.Placed<T>> placed) {
        for (StoryLinker.Placed<T> p : placed) {
            StoryClusterer.Assignment assignment = p.assignment();
            String itemId = id.apply(p.item());
            byStory.computeIfAbsent(assignment.storyId(), s -> new ArrayList<>())
                    .add(new Member<>(p.item(), itemId, linked++));
            if (assignment.duplicateOf() != null) {
                duplicateOf.put(itemId, assignment.duplicateOf());
            }
            apply(assignment.merges());
        }
    }

    /** Small stories that joined others on a second look; a story's items stay in the order linked. */
    public void apply(List<StoryClusterer.Merge> merges) {
        for (StoryClusterer.Merge merge : merges) {
            merge.applyTo(byStory);
            List<Member<T>> into = byStory.get(merge.into());
            if (into != null) {
                into.sort(Comparator.comparingInt(Member::at));
            }
        }
    }

    /** A copy to apply merges to that this one should not see (the second looks of a stream that goes on). */
    public StoryGroups<T> copy() {
        Map<String, List<Member<T>>> stories = new LinkedHashMap<>();
        byStory.forEach((story, members) -> stories.put(story, new ArrayList<>(members)));
        return new StoryGroups<>(id, stories, new LinkedHashMap<>(duplicateOf), linked);
    }

    /** Each story's items in the order linked, by the clusterer's story id, stories in the order they opened. */
    public Map<String, List<T>> byStory() {
        Map<String, List<T>> stories = new LinkedHashMap<>();
        byStory.forEach((story, members) -> stories.put(story, members.stream().map(Member::item).toList()));
        return stories;
    }

    /** The stories, largest first (ties by the id of their first item), each with its items in the order linked. */
    public List<List<T>> largestFirst() {
        List<List<Member<T>>> groups = new ArrayList<>(byStory.values());
        groups.sort(Comparator.comparingInt((List<Member<T>> g) -> -g.size()).thenComparing(g -> g.getFirst().id()));
        return groups.stream().map(g -> g.stream().map(Member::item).toList()).toList();
    }

    /** Items found to repeat another (by id), to the id of the item they repeat. */
    public Map<String, String> duplicateOf() {
        return Collections.unmodifiableMap(duplicateOf);
    }
}
