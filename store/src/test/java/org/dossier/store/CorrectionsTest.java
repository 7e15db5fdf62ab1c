package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.store.Correction.ItemKey;
import org.dossier.store.Correction.ItemKind;
import org.dossier.store.Correction.Kind;
import org.dossier.stories.build.StoryAssembler;
import org.junit.jupiter.api.Test;

/** The corrections applier over hand-built records, and the checks of a new correction's fields. */
class CorrectionsTest {

    private static final CameoCodes CODES = codes("04\t1.0\tConsult\n042\t1.9\n19\t-10.0\tFight\n190\t-10.0\n"
            + "195\t-10.0\n");

    private static CameoCodes codes(String table) {
        try {
            return CameoCodes.read(new BufferedReader(new StringReader(table)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private final List<Correction> history = new ArrayList<>();

    private Corrections state() {
        return Corrections.of(history, CODES);
    }

    private void add(Kind kind, ItemKey item, String before, String value, String code) {
        history.add(new Correction(history.size() + 1, kind, item, null, before, value, code, null, Instant.EPOCH,
                null));
    }

    private static ItemKey event(ArticleRecord a, int index) {
        EventRecord e = a.events().get(index);
        return new ItemKey(a.id(), ItemKind.event, e.start(), e.end());
    }

    private static ItemKey quote(ArticleRecord a, int index) {
        return new ItemKey(a.id(), ItemKind.quote, a.quotes().get(index).start(), a.quotes().get(index).end());
    }

    private static ItemKey figure(ArticleRecord a, int index) {
        return new ItemKey(a.id(), ItemKind.figure, a.figures().get(index).start(), a.figures().get(index).end());
    }

    @Test
    void noCorrectionLeavesTheRecordAsItIs() {
        ArticleRecord a = StoreFixtures.strikeA();
        assertThat(state().isEmpty()).isTrue();
        assertThat(state().apply(a)).isSameAs(a);
    }

    @Test
    void aRejectedItemLeavesItsArticleAndTheOthersStay() {
        ArticleRecord a = StoreFixtures.strikeA();
        add(Kind.reject, event(a, 0), null, null, null);
        add(Kind.reject, figure(a, 0), null, null, null);
        ArticleRecord corrected = state().apply(a);
        assertThat(corrected.events()).isEmpty();
        assertThat(corrected.figures()).isEmpty();
        assertThat(corrected.quotes()).isEqualTo(a.quotes());
        assertThat(corrected.text()).isEqualTo(a.text());
        assertThat(state().apply(StoreFixtures.strikeB())).as("another article's items at other offsets")
                .isEqualTo(StoreFixtures.strikeB());
    }

    @Test
    void anEventsActorTargetAndCodeAreSetAndTheCodesNumbersFollowIt() {
        ArticleRecord a = StoreFixtures.strikeA();
        add(Kind.set_actor, event(a, 0), "warplanes (MIL)", "Russia", "RUS");
        add(Kind.set_target, event(a, 0), "hospital (MED)", "Aleppo hospital", null);
        add(Kind.set_code, event(a, 0), "195", "042", null);
        EventRecord e = state().apply(a).events().getFirst();
        assertThat(e.actor()).isEqualTo("Russia");
        assertThat(e.actorCode()).isEqualTo("RUS");
        assertThat(e.target()).isEqualTo("Aleppo hospital");
        assertThat(e.targetCode()).as("the old code was the old target's").isNull();
        assertThat(e.cameo()).isEqualTo("042");
        assertThat(e.root()).isEqualTo("04");
        assertThat(e.quadClass()).isEqualTo(1);
        assertThat(e.goldstein()).isEqualTo(1.9);
        assertThat(e.action()).isEqualTo("CONSULT");
        assertThat(e.text()).isEqualTo(a.events().getFirst().text());
        assertThat(e.place()).isEqualTo(a.events().getFirst().place());
    }

    @Test
    void anItemIsFoundByItsOffsetsWhateverOrderAnAnalysisListsItsItemsIn() {
        String text = StoreFixtures.STRIKE_A;
        EventRecord bombed = StoreFixtures.event(text, "Warplanes bombed a hospital", "2016-10-03", "warplanes",
                "MIL", "195", "hospital", "MED", null, 0.9);
        EventRecord hit = StoreFixtures.event(text, "the strikes hit the eastern districts", "2016-10-03", "strikes",
                null, "190", null, null, null, 0.5);
        ArticleRecord first = StoreFixtures.record("aaaa000000000009", "t", "o", "2016-10-03", text, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(bombed, hit));
        add(Kind.reject, event(first, 1), null, null, null);
        add(Kind.set_actor, event(first, 0), "warplanes", "Syrian air force", "SYRMIL");
        ArticleRecord again = StoreFixtures.record("aaaa000000000009", "t", "o", "2016-10-03", text, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(hit, bombed));
        assertThat(state().apply(again).events()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Warplanes bombed a hospital");
            assertThat(e.actor()).isEqualTo("Syrian air force");
        });
    }

    @Test
    void theLatestCorrectionOfAFieldWinsAndAnUndoneOneIsSkipped() {
        ArticleRecord a = StoreFixtures.strikeA();
        add(Kind.set_speaker, quote(a, 0), "Jean-Marc Ayrault", "Francois Hollande", null);
        add(Kind.set_speaker, quote(a, 0), "Francois Hollande", "Jean-Marc Ayrault, foreign minister", null);
        history.add(new Correction(9, Kind.reject, quote(a, 0), null, null, null, null, null, Instant.EPOCH,
                Instant.EPOCH.plusSeconds(60)));
        assertThat(state().apply(a).quotes()).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Jean-Marc Ayrault, foreign minister"));
    }

    @Test
    void mergedNamesReadAsTheNameMergedIntoAlongAChainAnyCase() {
        ArticleRecord a = StoreFixtures.strikeA();
        add(Kind.merge_actor, null, "WARPLANES", "Air force", null);
        add(Kind.merge_actor, null, "air force", "Syrian Arab Air Force", "SYRMIL");
        add(Kind.merge_actor, null, "Jean-Marc Ayrault", "Ayrault", null);
        Corrections state = state();
        assertThat(state.name("Warplanes")).isEqualTo("Syrian Arab Air Force");
        ArticleRecord corrected = state.apply(a);
        assertThat(corrected.events().getFirst().actor()).isEqualTo("Syrian Arab Air Force");
        assertThat(corrected.events().getFirst().actorCode()).isEqualTo("SYRMIL");
        assertThat(corrected.events().getFirst().target()).isEqualTo("hospital");
        assertThat(corrected.quotes().getFirst().speaker()).isEqualTo("Ayrault");
        assertThat(state.merges()).containsKeys("warplanes", "air force", "jean-marc ayrault");
    }

    @Test
    void aStoryIsPutTogetherAgainFromItsCorrectedArticles() {
        ArticleRecord a = StoreFixtures.strikeA();
        ArticleRecord b = StoreFixtures.strikeB();
        StoryRecord story = StoryAssembler.assemble("story-a", List.of(a, b), Map.of());
        assertThat(story.events()).singleElement().extracting(StoryRecord.MergedEvent::corroboration).isEqualTo(2);
        assertThat(story.conflicts()).hasSize(1);
        Map<String, ArticleRecord> stored = Map.of(a.id(), a, b.id(), b);

        assertThat(state().apply(story, id -> Optional.ofNullable(stored.get(id)))).isSameAs(story);

        add(Kind.reject, event(b, 0), null, null, null);
        add(Kind.reject, figure(a, 0), null, null, null);
        StoryRecord corrected = state().apply(story, id -> Optional.ofNullable(stored.get(id)));
        assertThat(corrected.id()).isEqualTo("story-a");
        assertThat(corrected.events()).singleElement().satisfies(e -> {
            assertThat(e.corroboration()).as("one report left").isEqualTo(1);
            assertThat(e.sources()).extracting(StoryRecord.Source::article).containsExactly(a.id());
        });
        assertThat(corrected.figures()).extracting(StoryRecord.FigureEntry::value).containsExactly(65L);
        assertThat(corrected.conflicts()).as("one figure left: no conflict").isEmpty();

        add(Kind.set_actor, event(a, 0), "warplanes (MIL)", "Russia", "RUS");
        corrected = state().apply(story, id -> Optional.ofNullable(stored.get(id)));
        assertThat(corrected.events()).singleElement().extracting(StoryRecord.MergedEvent::actor)
                .isEqualTo("Russia");
        assertThat(corrected.actors()).extracting(StoryRecord.ActorRoles::name).contains("Russia")
                .doesNotContain("warplanes");
    }

    @Test
    void aMergeMakesTwoNamesOneActorOfAStory() {
        ArticleRecord a = StoreFixtures.strikeA();
        ArticleRecord b = StoreFixtures.strikeB();
        StoryRecord story = StoryAssembler.assemble("story-a", List.of(a, b), Map.of());
        assertThat(story.actors()).extracting(StoryRecord.ActorRoles::name).contains("Jean-Marc Ayrault", "Ayrault");
        add(Kind.merge_actor, null, "Ayrault", "Jean-Marc Ayrault", null);
        Map<String, ArticleRecord> stored = Map.of(a.id(), a, b.id(), b);
        StoryRecord corrected = state().apply(story, id -> Optional.ofNullable(stored.get(id)));
        assertThat(corrected.actors()).filteredOn(r -> r.name().contains("Ayrault")).singleElement()
                .satisfies(r -> assertThat(r.asSpeaker()).isEqualTo(2));
    }

    @Test
    void aNewCorrectionIsRefusedWithTheFieldAndTheReason() {
        ItemKey eventKey = new ItemKey("aaaa", ItemKind.event, 0, 10);
        ItemKey quoteKey = new ItemKey("aaaa", ItemKind.quote, 0, 10);
        assertThatThrownBy(() -> new NewCorrection(Kind.set_speaker, eventKey, null, "X", null, null))
                .hasMessageContaining("only quotes have a speaker");
        assertThatThrownBy(() -> new NewCorrection(Kind.set_actor, quoteKey, null, "X", null, null))
                .hasMessageContaining("only events");
        assertThatThrownBy(() -> new NewCorrection(Kind.set_actor, eventKey, null, "  ", null, null))
                .hasMessageContaining("'value' is required");
        assertThatThrownBy(() -> new NewCorrection(Kind.set_code, eventKey, null, "19x", null, null))
                .hasMessageContaining("CAMEO event code");
        assertThatThrownBy(() -> new NewCorrection(Kind.set_actor, eventKey, null, "Russia", "R-U", null))
                .hasMessageContaining("'code'");
        assertThatThrownBy(() -> new NewCorrection(Kind.reject, null, null, null, null, null))
                .hasMessageContaining("'article'");
        assertThatThrownBy(() -> new NewCorrection(Kind.reject, eventKey, null, "X", null, null))
                .hasMessageContaining("takes no 'value'");
        assertThatThrownBy(() -> new NewCorrection(Kind.merge_actor, eventKey, "A", "B", null, null))
                .hasMessageContaining("names no item");
        assertThatThrownBy(() -> new NewCorrection(Kind.merge_actor, null, "Russia", "russia", null, null))
                .hasMessageContaining("two different names");
        assertThatThrownBy(() -> new ItemKey("aaaa", ItemKind.event, 10, 10)).hasMessageContaining("'start'");
        assertThatThrownBy(() -> Kind.parse("delete")).hasMessageContaining("set_actor");
        assertThat(new NewCorrection(Kind.set_actor, eventKey, null, " Russia ", "rus", " ").code()).isEqualTo("RUS");
    }
}
