package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.core.Layers;
import org.dossier.extract.ParsedText;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.Event;
import org.junit.jupiter.api.Test;

/** Events the trigger model proposes for verbs, with the parties the rules find, over hand-built parses. */
class LearnedTriggerTest {

    private static final Dictionaries DICTIONARIES = Dictionaries.standard();
    /** Reads "big up" (no verb of the CAMEO dictionary) and "praise" as praise (05). */
    private static final TriggerModel PRAISE = new TriggerModel(
            Map.of("05", Map.of("lemma=big", 4.0, "lemma=praise", 4.0), "none", Map.of()),
            Map.of("05", -2.0, "none", 0.0), Map.of("big|05", "051"), 0.3);
    /** Reads "slag off" (no verb of the CAMEO dictionary) as criticism (11). */
    private static final TriggerModel CRITICISM = new TriggerModel(
            Map.of("11", Map.of("lemma=slag", 4.0), "none", Map.of()),
            Map.of("11", -2.0, "none", 0.0), Map.of("slag|11", "111"), 0.3);

    private static List<Event> events(TriggerModel triggers, ParsedText text) {
        return new EventExtractor(DICTIONARIES, EventModel.keepAll(), triggers, TriggerModel.none())
                .keepingUncodedVerbalActs().apply(text.build()).getOrEmpty(Layers.EVENTS);
    }

    @Test
    void aVerbTheDictionaryLacksIsCodedByTheModelWithItsSubjectAndObject() {
        ParsedText text = ParsedText.published("2016-10-12").sentence("Russia/NNP/LOCATION/1/nsubj "
                + "bigged|big/VBD/O/-1/root up/RP/O/1/compound:prt Turkey/NNP/LOCATION/1/obj");

        assertThat(events(TriggerModel.none(), text)).as("the rules alone").isEmpty();
        assertThat(events(PRAISE, text)).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("051");
            assertThat(e.actor().code()).isEqualTo("RUS");
            assertThat(e.target().code()).isEqualTo("TUR");
            assertThat(e.text()).contains("bigged");
        });
    }

    /**
     * "Russia slagged off Turkey": disapproval is said with words the dictionaries list; a verb outside them that the
     * model reads as disapproval is, on news, mostly a verb of something else, so the model proposes none.
     */
    @Test
    void aDisapprovalTheTriggerModelReadsIsNoEvent() {
        ParsedText text = ParsedText.published("2016-10-12").sentence("Russia/NNP/LOCATION/1/nsubj "
                + "slagged|slag/VBD/O/-1/root off/RP/O/1/compound:prt Turkey/NNP/LOCATION/1/obj");

        assertThat(events(CRITICISM, text)).isEmpty();
    }

    @Test
    void aRootTheRulesAlreadyGiveTheVerbIsNotProposedTwice() {
        ParsedText text = ParsedText.published("2016-10-12")
                .sentence("Russia/NNP/LOCATION/1/nsubj praised|praise/VBD/O/-1/root Turkey/NNP/LOCATION/1/obj");

        assertThat(events(PRAISE, text)).extracting(Event::root).containsExactly("05");
    }

    @Test
    void aVerbWhoseActorTheRulesCannotFindIsNoEvent() {
        ParsedText text = ParsedText.published("2016-10-12").sentence("It/PRP/O/1/nsubj "
                + "bigged|big/VBD/O/-1/root up/RP/O/1/compound:prt Turkey/NNP/LOCATION/1/obj");

        assertThat(events(PRAISE, text)).isEmpty();
    }

    @Test
    void aRootBelowTheModelsThresholdIsNotProposed() {
        ParsedText text = ParsedText.published("2016-10-12").sentence("Russia/NNP/LOCATION/1/nsubj "
                + "bigged|big/VBD/O/-1/root up/RP/O/1/compound:prt Turkey/NNP/LOCATION/1/obj");

        assertThat(events(PRAISE, text)).as("above the threshold").isNotEmpty();
        assertThat(events(PRAISE.withThreshold(0.9), text)).isEmpty();
    }

    @Test
    void aNegatedOrHypotheticalVerbIsNoEvent() {
        ParsedText negated = ParsedText.published("2016-10-12").sentence("Russia/NNP/LOCATION/2/nsubj "
                + "did|do/VBD/O/2/aux not/RB/O/2/advmod big|big/VB/O/-1/root up/RP/O/2/compound:prt "
                + "Turkey/NNP/LOCATION/2/obj");
        ParsedText hypothetical = ParsedText.published("2016-10-12").sentence("Russia/NNP/LOCATION/2/nsubj "
                + "would/MD/O/2/aux big|big/VB/O/-1/root up/RP/O/2/compound:prt Turkey/NNP/LOCATION/2/obj");

        assertThat(events(PRAISE, negated)).isEmpty();
        assertThat(events(PRAISE, hypothetical)).isEmpty();
    }

    @Test
    void aVerbItsSubjectMeansToDoIsAnIntention() {
        TriggerModel assault = new TriggerModel(Map.of("18", Map.of("lemma=clobber", 4.0), "none", Map.of()),
                Map.of("18", -2.0, "none", 0.0), Map.of(), 0.3);
        ParsedText text = ParsedText.published("2016-10-12").sentence("Russia/NNP/LOCATION/1/nsubj "
                + "vowed|vow/VBD/O/-1/root to/TO/O/3/mark clobber|clobber/VB/O/1/xcomp Turkey/NNP/LOCATION/3/obj");

        assertThat(events(assault, text)).extracting(Event::cameo).containsExactly("138");
    }

    /** A verb the rules read as no event on purpose gets no root from the model: an election, a display. */
    @Test
    void aVerbTheRulesRuleOutGetsNoRootFromTheModel() {
        TriggerModel words = new TriggerModel(
                Map.of("05", Map.of("lemma=defeat", 4.0, "lemma=demonstrate", 4.0), "none", Map.of()),
                Map.of("05", -2.0, "none", 0.0), Map.of(), 0.3);
        String ohio = "It/PRP/O/1/nsubj rained|rain/VBD/O/-1/root in/IN/O/3/case Ohio/NNP/LOCATION/1/obl";
        ParsedText election = ParsedText.published("2016-10-12").sentence(ohio)
                .sentence("The/DT/O/1/det senator/NN/O/2/nsubj defeated|defeat/VBD/O/-1/root the/DT/O/4/det "
                        + "governor/NN/O/2/obj");
        ParsedText display = ParsedText.published("2016-10-12").sentence(ohio)
                .sentence("The/DT/O/1/det senator/NN/O/2/nsubj demonstrated|demonstrate/VBD/O/-1/root "
                        + "the/DT/O/4/det danger/NN/O/2/obj");

        assertThat(events(words, election)).isEmpty();
        assertThat(events(words, display)).isEmpty();
    }

    /** Reads a statement with "sloppy" in it as criticism (11), whatever its speech verb. */
    private static final TriggerModel SHAME = new TriggerModel(
            Map.of("11", Map.of("word=sloppy", 4.0), "none", Map.of()),
            Map.of("11", -2.0, "none", 0.0), Map.of(), 0.3);

    private static List<Event> statements(TriggerModel model, ParsedText text) {
        return new EventExtractor(DICTIONARIES, EventModel.keepAll(), TriggerModel.none(), model)
                .keepingUncodedVerbalActs().apply(text.build()).getOrEmpty(Layers.EVENTS);
    }

    @Test
    void aStatementTheLexiconDoesNotReadIsCodedByTheStatementModelWithItsSpeaker() {
        ParsedText text = ParsedText.published("2016-10-12")
                .sentence("Kerry/NNP/PERSON/1/nsubj said|say/VBD/O/-1/root Russia/NNP/LOCATION/4/nsubj "
                        + "was|be/VBD/O/4/cop sloppy/JJ/O/1/ccomp")
                .quote("Russia was sloppy", false, "Kerry", "said");

        assertThat(statements(TriggerModel.none(), text)).noneMatch(e -> e.root().equals("11"));
        assertThat(statements(SHAME, text)).filteredOn(e -> e.root().equals("11")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).as("the root's own code").isEqualTo("110");
            assertThat(e.actor().name()).isEqualTo("Kerry");
            assertThat(e.target().code()).isEqualTo("RUS");
            assertThat(e.text()).isEqualTo("Russia was sloppy");
        });
    }

    /** "Kerry said the raid was sloppy": what a speaker says of a thing is no disapproval of anyone. */
    @Test
    void aDisapprovalTheStatementModelReadsOfNoOneIsNoEvent() {
        ParsedText text = ParsedText.published("2016-10-12")
                .sentence("Kerry/NNP/PERSON/1/nsubj said|say/VBD/O/-1/root the/DT/O/3/det "
                        + "raid|raid/NN/O/5/nsubj was|be/VBD/O/5/cop sloppy/JJ/O/1/ccomp")
                .quote("the raid was sloppy", false, "Kerry", "said");

        assertThat(statements(SHAME, text)).noneMatch(e -> e.root().equals("11"));
    }

    /** Reads a statement with "honest" in it as a demand (10), whatever its speech verb. */
    private static final TriggerModel HONESTY = new TriggerModel(
            Map.of("10", Map.of("word=honest", 4.0), "none", Map.of()),
            Map.of("10", -2.0, "none", 0.0), Map.of(), 0.3);

    /** "Kerry said it was time for an honest conversation": a demand the model reads of no one is no event. */
    @Test
    void aDemandTheStatementModelReadsOfNoOneIsNoEvent() {
        ParsedText ofNoOne = ParsedText.published("2016-10-12")
                .sentence("Kerry/NNP/PERSON/1/nsubj said|say/VBD/O/-1/root it/PRP/O/5/nsubj was|be/VBD/O/5/cop "
                        + "time/NN/O/1/ccomp for/IN/O/9/case an/DT/O/9/det honest/JJ/O/9/amod "
                        + "conversation/NN/O/5/nmod")
                .quote("it was time for an honest conversation", false, "Kerry", "said");
        ParsedText ofRussia = ParsedText.published("2016-10-12")
                .sentence("Kerry/NNP/PERSON/1/nsubj said|say/VBD/O/-1/root Russia/NNP/LOCATION/5/nsubj "
                        + "was|be/VBD/O/5/cop honest/JJ/O/1/ccomp")
                .quote("Russia was honest", false, "Kerry", "said");

        assertThat(statements(HONESTY, ofNoOne)).noneMatch(e -> e.root().equals("10"));
        assertThat(statements(HONESTY, ofRussia)).anyMatch(e -> e.root().equals("10"));
    }

    /**
     * "Kerry said the government was sloppy", in a Syria story: the rules would give a statement they code the
     * government as its target, but a disapproval the model reads stands only on a target the words name.
     */
    @Test
    void aDisapprovalTheStatementModelReadsOfOnlyTheSubjectOfItsClauseIsNoEvent() {
        ParsedText text = ParsedText.published("2016-10-12")
                .sentence("Syria/NNP/LOCATION/1/nsubj suffered|suffer/VBD/O/-1/root")
                .sentence("Kerry/NNP/PERSON/1/nsubj said|say/VBD/O/-1/root the/DT/O/3/det "
                        + "government/NN/O/5/nsubj was|be/VBD/O/5/cop sloppy/JJ/O/1/ccomp")
                .quote("the government was sloppy", false, "Kerry", "said");

        assertThat(statements(SHAME, text)).noneMatch(e -> e.root().equals("11"));
    }
}
