package org.dossier.stories.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.SpanText;
import org.dossier.model.record.StoryRecord;
import org.dossier.stories.cluster.StoryClusterer;
import org.junit.jupiter.api.Test;

/**
 * Linking only what clustering needs of each article (as a cluster's linking task does), then assembling each
 * story from its records, gives the stories the builder gives from whole records.
 */
class StoryLinkerTest {

    private static final String BOMBING = "Government warplanes bombed the rebel-held town of Maarat on %s, killing "
            + "civilians, according to the Observatory for Human Rights. Rescue workers searched the rubble of the "
            + "market in Maarat for survivors, and the army denied hitting the market.";
    private static final String FLOOD = "Floods swept through the port city of Chittagong on %s after days of "
            + "monsoon rain, and the Red Crescent said thousands of families in Chittagong had lost their homes to "
            + "the water of the Karnaphuli river.";

    private static ArticleRecord article(String id, String published, String text, String place) {
        List<EntityRecord> places = List.of(new EntityRecord("e1", place, List.of(new SpanText(place, 0, 6))));
        return new ArticleRecord(id, id + ".txt", null, null, "Outlet " + id, day(published), published == null ? null
                : "stated", null, "en", text, List.of(), List.of(), places, List.of(), List.of(), List.of(), List.of(),
                null, null, null);
    }

    private static List<ArticleRecord> records() {
        return List.of(
                article("f1", "2016-10-12", String.format(FLOOD, "Wednesday"), "Chittagong"),
                article("b1", "2016-10-10", String.format(BOMBING, "Monday"), "Maarat"),
                article("b2", null, String.format(BOMBING, "Monday") + " The toll rose.", "Maarat"),
                article("b3", "2016-10-11", String.format(BOMBING, "Monday"), "Maarat"),
                article("f2", "2016-10-13", String.format(FLOOD, "Wednesday") + " Aid arrived.", "Chittagong"),
                new ArticleRecord("x1", "x1.txt", null, null, null, null, null, null, "en", " ", List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null));
    }

    @Test
    void linkingInputsAndAssemblingGivesTheBuildersStories() throws Exception {
        List<StoryRecord> expected;
        try (StoryBuilder builder = new StoryBuilder(StoryClusterer.Config.DEFAULT)) {
            records().forEach(builder::accept);
            expected = builder.stories();
        }

        Map<String, ArticleRecord> byId = new HashMap<>();
        List<StoryRecord> actual = new ArrayList<>();
        try (StoryLinker<StoryLinker.Input> linker = StoryLinker.ofInputs(StoryClusterer.Config.DEFAULT)) {
            List<StoryLinker.Input> inputs = new ArrayList<>();
            for (ArticleRecord record : records()) {
                byId.put(record.id(), record);
                if (StoryLinker.Input.linkable(record)) {
                    inputs.add(roundTrip(StoryLinker.Input.of(record)));
                }
            }
            StoryGroups<StoryLinker.Input> groups = new StoryGroups<>(StoryLinker.Input::id);
            groups.addAll(linker.add(inputs));
            groups.apply(linker.finish());
            List<List<StoryLinker.Input>> stories = groups.largestFirst();
            for (int i = 0; i < stories.size(); i++) {
                actual.add(StoryBuilder.assemble("story-" + (i + 1),
                        stories.get(i).reversed().stream().map(input -> byId.get(input.id())).toList(),
                        groups.duplicateOf()));
            }
        }

        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(expected.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(5);
        assertThat(actual).isEqualTo(expected);
    }

    /** Inputs travel between JVMs on a cluster. */
    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
