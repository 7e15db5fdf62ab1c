package org.dossier.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.RecordJson;

/**
 * A story as its page shows it, of a bounded size whatever the story's: the record of a story of thousands of
 * articles is megabytes (every merged event and timeline line with every report's sentence), which the page sent
 * whole. The page holds the first {@value #LIST_CAP} items of each list, with every list's length in
 * {@code counts} (with the number of outlets of its articles); each item its first {@value #SOURCE_CAP} sources (and a summary sentence its first as many
 * articles), with {@code source_count} (or {@code article_count}) where it has more; and each timeline line of an
 * event that event's {@code event}: its place in the story's events ({@code index}), parties and code, which the
 * page's corrections start from. The rest is read a list at a time ({@link #items}), every source included.
 */
public final class StoryPage {

    /** Items of each list on the page. */
    public static final int LIST_CAP = 100;
    /** Sources of each item on the page. */
    public static final int SOURCE_CAP = 10;

    private static final ObjectMapper JSON = RecordJson.mapper();

    /** The lists of a story record, as they are named in it. */
    public enum Part {
        articles, timeline, events, actors, quotes, figures, conflicts, summary;

        /** The part of this name, or null. */
        public static Part named(String name) {
            for (Part p : values()) {
                if (p.name().equals(name.toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            return null;
        }

        List<?> of(StoryRecord story) {
            return switch (this) {
                case articles -> story.articles();
                case timeline -> story.timeline();
                case events -> story.events();
                case actors -> story.actors();
                case quotes -> story.quotes();
                case figures -> story.figures();
                case conflicts -> story.conflicts();
                case summary -> story.summary();
            };
        }
    }

    /** Some items of one list of a story, and how many it has in all. */
    public record Slice(List<JsonNode> items, int total) {}

    private StoryPage() {}

    /** The story's page, as JSON. */
    public static String json(StoryRecord story) {
        ObjectNode page = JSON.createObjectNode();
        page.put("id", story.id());
        page.put("title", story.title());
        ObjectNode counts = JSON.createObjectNode();
        Map<String, Integer> eventIndex = eventIndex(story);
        for (Part part : Part.values()) {
            List<?> all = part.of(story);
            counts.put(part.name(), all.size());
            ArrayNode items = page.putArray(part.name());
            for (JsonNode item : items(story, part, eventIndex, 0, LIST_CAP, SOURCE_CAP)) {
                items.add(item);
            }
        }
        counts.put("outlets", story.articles().stream().map(StoryRecord.StoryArticle::outlet)
                .filter(o -> o != null && !o.isBlank()).distinct().count());
        page.set("counts", counts);
        try {
            return JSON.writeValueAsString(page);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the page of story " + story.id(), e);
        }
    }

    /**
     * Items of one list, from {@code offset}, at most {@code limit}, each with every source (timeline lines of
     * events with their {@code event}, as on the page).
     */
    public static Slice items(StoryRecord story, Part part, int offset, int limit) {
        return new Slice(items(story, part, eventIndex(story), offset, limit, Integer.MAX_VALUE),
                part.of(story).size());
    }

    private static List<JsonNode> items(StoryRecord story, Part part, Map<String, Integer> eventIndex, int offset,
            int limit, int sourceCap) {
        List<?> all = part.of(story);
        int from = Math.min(offset, all.size());
        int to = (int) Math.min(all.size(), (long) from + limit);
        List<JsonNode> items = new java.util.ArrayList<>(to - from);
        for (Object item : all.subList(from, to)) {
            JsonNode node = JSON.valueToTree(item);
            if (node instanceof ObjectNode object) {
                cap(object, "sources", "source_count", sourceCap);
                if (part == Part.summary) {
                    cap(object, "articles", "article_count", sourceCap);
                }
                if (part == Part.timeline && item instanceof StoryRecord.TimelineEntry entry
                        && "event".equals(entry.kind())) {
                    Integer index = eventIndex.get(key(entry.sources()));
                    if (index != null) {
                        object.set("event", eventSummary(story.events().get(index), index));
                    }
                }
            }
            items.add(node);
        }
        return items;
    }

    /** Keeps the first {@code cap} items of an array field, and its length beside it when longer. */
    private static void cap(ObjectNode item, String field, String countField, int cap) {
        if (item.get(field) instanceof ArrayNode array && array.size() > cap) {
            int size = array.size();
            while (array.size() > cap) {
                array.remove(array.size() - 1);
            }
            item.put(countField, size);
        }
    }

    /** What a correction of a timeline line's event starts from: its place in the events, parties and code. */
    private static ObjectNode eventSummary(StoryRecord.MergedEvent e, int index) {
        ObjectNode event = JSON.createObjectNode();
        event.put("index", index);
        event.put("actor", e.actor());
        event.put("actor_code", e.actorCode());
        event.put("target", e.target());
        event.put("target_code", e.targetCode());
        event.put("cameo", e.cameo());
        event.put("source_count", e.sources() == null ? 0 : e.sources().size());
        return event;
    }

    /** Each merged event's place in the story's events, by its first report (which its timeline line shares). */
    private static Map<String, Integer> eventIndex(StoryRecord story) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < story.events().size(); i++) {
            index.putIfAbsent(key(story.events().get(i).sources()), i);
        }
        return index;
    }

    private static String key(List<StoryRecord.Source> sources) {
        if (sources == null || sources.isEmpty()) {
            return "";
        }
        StoryRecord.Source s = sources.getFirst();
        return s.article() + ":" + s.start() + ":" + s.end();
    }
}
