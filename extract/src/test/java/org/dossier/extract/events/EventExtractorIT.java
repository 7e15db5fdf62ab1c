package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layers;
import org.dossier.extract.NlpLayers;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.testing.Articles;
import org.dossier.testing.SpanChecks;
import org.dossier.testing.StageTestCase;
import org.junit.jupiter.api.Test;

/** One test per rule family of the event coder, on sentences written for them. */
class EventExtractorIT extends StageTestCase {

    private static final Dictionaries DICTIONARIES = Dictionaries.standard();
    private static final LocalDate WEDNESDAY = LocalDate.of(2016, 10, 12);

    private final EventExtractor extractor = new EventExtractor(DICTIONARIES);

    @Override
    protected ArticleStage stage() {
        return extractor;
    }

    @Override
    protected AnnotatedArticle prepare(Article article) throws Exception {
        return NlpLayers.of(article, extractor::mayHoldEvent);
    }

    private List<Event> events(String text) throws Exception {
        AnnotatedArticle out = extractor.apply(prepare(Articles.of(text, WEDNESDAY)));
        SpanChecks.assertValid(out);
        return out.get(Layers.EVENTS);
    }

    @Test
    void activeVerbCodesActorActionTargetAndDay() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "Syrian government warplanes bombed the town of Maarat al-Numan on Monday, residents said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.root()).isEqualTo("19");
            assertThat(e.quadClass()).isEqualTo(4);
            assertThat(e.goldstein()).isLessThan(-5);
            assertThat(e.actor().code()).startsWith("SYR");
            assertThat(e.date()).isEqualTo(LocalDate.of(2016, 10, 10));
            assertThat(e.text()).contains("bombed");
        });
    }

    @Test
    void passiveTakesTheActorFromTheByPhrase() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "An aid convoy was attacked by Russian aircraft near the city of Homs on Sunday.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.root()).isIn("18", "19");
            assertThat(e.actor().code()).startsWith("RUS");
            assertThat(e.location()).isEqualTo("Homs");
            assertThat(e.date()).isEqualTo(LocalDate.of(2016, 10, 9));
        });
    }

    @Test
    void coordinatedActorsActTogether() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "Russia and Iran condemned the strikes on the Turkish border town of Kilis.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.cameo()).startsWith("11");
            assertThat(e.actor().code()).contains("RUS").contains("IRN");
        });
    }

    @Test
    void reportedSpeechIsCodedByWhatItSays() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "German Foreign Minister Frank-Walter Steinmeier said the bombing of hospitals in Aleppo "
                + "amounted to war crimes.");

        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("112");
            assertThat(e.action()).isEqualTo("ACCUSE");
            assertThat(e.actor().name()).isEqualTo("Frank-Walter Steinmeier");
        });
        assertThat(events).as("the speaker does not become the bomber").noneSatisfy(e -> {
            assertThat(e.root()).isIn("18", "19", "20");
            assertThat(e.actor()).isNotNull();
        });
    }

    @Test
    void negatedActionsAreNotEvents() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "Turkish troops did not attack the Kurdish militia in Manbij on Tuesday.");

        assertThat(events).noneSatisfy(e -> assertThat(e.root()).isIn("18", "19", "20"));
    }

    @Test
    void hypotheticalCrimesAreStatementsNotCrimes() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "French Foreign Minister Jean-Marc Ayrault said countries that supported the regime would "
                + "become accomplices to war crimes.");

        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.root()).isIn("11", "13");
            assertThat(e.actor().name()).isEqualTo("Jean-Marc Ayrault");
        });
    }

    @Test
    void intendedViolenceIsAThreatOfForce() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "Turkish President Recep Tayyip Erdogan vowed to attack Kurdish militias in northern Syria.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("138");
            assertThat(e.actor().code()).startsWith("TUR");
        });
    }

    @Test
    void targetMayBeNamedInsideTheObject() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "Ukraine ratified a broad new agreement with the European Union.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor().code()).isEqualTo("UKR");
            assertThat(e.target().code()).startsWith("IGOEU");
        });
    }

    @Test
    void violenceNamedByANounNeedsItsActorOrTarget() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "Thousands of residents fled during an intense bombardment campaign by Russian warplanes.\n\n"
                + "Officials in the town spoke at length about the attack.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.root()).isEqualTo("19");
            assertThat(e.actor().code()).startsWith("RUS");
            assertThat(e.text()).contains("bombardment").contains("Russian warplanes");
        });
    }

    @Test
    void coordinatedPartiesMeetEachOther() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "Russia and Turkey met in Sochi on Tuesday.");

        assertThat(events).extracting(e -> e.root() + " " + e.actor().code() + ">" + e.target().code())
                .containsExactlyInAnyOrder("04 RUS>TUR", "04 TUR>RUS");
    }

    @Test
    void metonymsStandForGovernments() throws Exception {
        List<Event> events = events("The talks ended without a deal.\n\n"
                + "The Kremlin accused Washington of supporting terrorists.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.cameo()).startsWith("11");
            assertThat(e.actor().code()).isEqualTo("RUSGOV");
            assertThat(e.target().code()).isEqualTo("USAGOV");
        });
    }

    @Test
    void sentencesWithoutActorsOrVerbsAreNotParsedForEvents() throws Exception {
        assertThat(extractor.mayHoldEvent(prepare(Articles.of("The weather was mild and sunny.")).get(Layers.SENTENCES)
                .getFirst())).isFalse();
        assertThat(extractor.mayHoldEvent(prepare(Articles.of("Russia bombed Aleppo.")).get(Layers.SENTENCES)
                .getFirst())).isTrue();
    }
}
