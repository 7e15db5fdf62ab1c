package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.extract.SentenceView;
import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class FigurativeForceTest {

    @Test
    void forceBetweenCandidatesLawmakersOrCompaniesIsAFigureOfSpeech() {
        // "the senator attacked his rival", "the two hopefuls battled in the debate"
        assertThat(figure(event("190", actor("Ann Vale", "USALEG"), actor("Bo Reyes", "USAELI"))))
                .isTrue();
        // "the attacks on the senator": no one named as doing them
        assertThat(figure(event("190", null, actor("Ann Vale", "USALEG")))).isTrue();
        assertThat(figure(event("190", actor("Acme", "USABUS"), actor("Zentrix", "USABUS"))))
                .as("Acme battles Zentrix for the market").isTrue();
        assertThat(figure(event("150", actor("Ann Vale and Bo Reyes", "USALEG;USAELI"), null)))
                .as("rallied").isTrue();
    }

    @Test
    void forceWithAnArmedPartyACountryCiviliansOrNoCodeStays() {
        assertThat(figure(event("190", actor("Ruritania", "RUR"), actor("Ann Vale", "USAELI"))))
                .isFalse();
        assertThat(figure(event("190", actor("gunmen", "USACRM"), actor("Ann Vale", "USALEG"))))
                .isFalse();
        assertThat(figure(event("190", actor("protesters", "USACVL"), actor("Bo Reyes", "USAELI"))))
                .as("protesters clashed with the candidate's supporters").isFalse();
        assertThat(figure(event("190", null, null))).as("the bombings killed scores").isFalse();
        assertThat(figure(event("190", null, actor("merchant ships", "YEMBUS"))))
                .as("an attack on merchant ships by no one named").isFalse();
        assertThat(figure(event("182", actor("Ann Vale", "USALEG"), actor("Bo Reyes", "USAELI"))))
                .as("assault is something a person can do").isFalse();
        assertThat(figure(event("111", actor("Ann Vale", "USALEG"), actor("Bo Reyes", "USAELI"))))
                .as("criticism").isFalse();
    }

    @Test
    void aCompanysWordsOfItsOwnBusinessAreNoEvent() {
        // "we are thrilled with how our new blender is selling," said the appliance maker's president
        assertThat(CompanyOwnWords.isNoEvent(event("051", actor("Dana Holt", "USABUS"), null))).isTrue();
        assertThat(CompanyOwnWords.isNoEvent(event("013", actor("Dana Holt", "USABUS"), actor("EU", "IGOEUREEC"))))
                .as("confident the product meets the rules").isTrue();
        assertThat(CompanyOwnWords.isNoEvent(event("030", actor("Acme", "USABUS"), actor("Ruritania", "RUR"))))
                .as("grows its presence in a country").isTrue();
        assertThat(CompanyOwnWords.isNoEvent(event("051", actor("Acme", "USABUS"), actor("Zentrix", "USABUS"))))
                .isTrue();
    }

    @Test
    void aCompanysActsOnOthersAndItsSupportOfPoliticsStay() {
        assertThat(CompanyOwnWords.isNoEvent(event("016", actor("Acme", "USABUS"), null))).as("denied").isFalse();
        assertThat(CompanyOwnWords.isNoEvent(event("115", actor("Acme", "USABUS"), null))).as("sued").isFalse();
        assertThat(CompanyOwnWords.isNoEvent(event("037", actor("Acme", "USABUS"), actor("the state", "USAGOV"))))
                .as("settled with the attorney general").isFalse();
        assertThat(CompanyOwnWords.isNoEvent(event("051", actor("Lee Park", "USABUS"), actor("Gov. Vale", "USAGOV"))))
                .as("backed the governor's campaign").isFalse();
        assertThat(CompanyOwnWords.isNoEvent(event("013", actor("Lee Park", "USABUS;USAGOV"), null)))
                .as("a speaker with a state's role too").isFalse();
        assertThat(CompanyOwnWords.isNoEvent(event("013", actor("Ruritania", "RUR"), null))).isFalse();
    }

    @Test
    void forceInASentenceOfBodilyHarmIsLiteral() {
        Event shooting = event("190", actor("Ann Vale", "USAELI"), null);
        assertThat(figure(shooting)).isTrue();
        assertThat(FigurativeForce.isNoEvent(shooting, sentence("Vale stabbed a guard .",
                "vale stab a guard ."))).isFalse();
        assertThat(FigurativeForce.isNoEvent(shooting, sentence("Vale attacked her rival .",
                "vale attack she rival ."))).isTrue();
    }

    @Test
    void anAttackInWordsByACodedDoerIsCriticismAndAContestStaysAFigure() {
        SentenceView attacks = sentence("Vale stepped up her attacks on Reyes .", "vale step up she attack on reyes .");
        Event attack = spanning(event("190", actor("Ann Vale", "USALEG"), actor("Bo Reyes", "USAELI")), attacks, 1, 6);
        assertThat(FigurativeForce.isCriticism(attack, attacks)).isTrue();
        SentenceView blasted = sentence("Acme blasted the payout .", "acme blast the payout .");
        assertThat(FigurativeForce.isCriticism(spanning(event("190", actor("Acme", "USABUS"), null), blasted, 0, 1),
                blasted)).as("an investor blasted a payout").isTrue();

        SentenceView battled = sentence("Vale battled Reyes in the debate .", "vale battle reyes in the debate .");
        assertThat(FigurativeForce.isCriticism(spanning(event("190", actor("Ann Vale", "USALEG"), null), battled, 0, 2),
                battled)).as("a contest").isFalse();
        SentenceView noDoer = sentence("The attacks on Reyes grew .", "the attack on reyes grow .");
        assertThat(FigurativeForce.isCriticism(spanning(event("190", null, actor("Bo Reyes", "USAELI")), noDoer, 1, 3),
                noDoer)).as("no one's criticism").isFalse();
        SentenceView gunmen = sentence("Gunmen attacked Vale .", "gunman attack vale .");
        assertThat(FigurativeForce.isCriticism(spanning(event("190", actor("gunmen", "USACRM"),
                actor("Ann Vale", "USALEG")), gunmen, 0, 2), gunmen)).as("real force").isFalse();
    }

    @Test
    void aPersonsAssaultOrForceWithHarmToldMakesAnOffenderAFigureOrAnAttackOnAPoliticianDoesNot() {
        SentenceView plain = sentence("Vale went on .", "vale go on .");
        assertThat(FigurativeForce.makesAnOffender(event("182", actor("Ann Vale", "USACVL"),
                actor("a clerk", "USACVL")), plain)).as("shot a clerk").isTrue();
        assertThat(FigurativeForce.makesAnOffender(event("180", actor("Ann Vale", "USACVL"), null), plain))
                .as("attacked, no one named").isTrue();
        assertThat(FigurativeForce.makesAnOffender(event("190", actor("Ann Vale", "USACVL"), null), plain))
                .as("battled an illness, fought a policy").isFalse();
        assertThat(FigurativeForce.makesAnOffender(event("180", actor("Ann Vale", "USACVL"),
                actor("Bo Reyes", "USAELI")), plain)).as("laid into an opponent").isFalse();
        SentenceView harm = sentence("Vale stabbed a guard .", "vale stab a guard .");
        assertThat(FigurativeForce.makesAnOffender(event("190", actor("Ann Vale", "USACVL"), null), harm))
                .as("a brawl in which a guard was stabbed").isTrue();
    }

    /** The event with the words of tokens {@code first}..{@code last} of the sentence. */
    private static Event spanning(Event e, SentenceView s, int first, int last) {
        Span span = s.span(first, last);
        return new Event(e.articleId(), span, "words", null, null, null, e.actor(), e.action(), e.cameo(), e.root(),
                e.quadClass(), e.goldstein(), e.target(), null, e.confidence());
    }

    /** Whether the event is a figure in a sentence of no bodily harm. */
    private static boolean figure(Event event) {
        return FigurativeForce.isNoEvent(event, null);
    }

    private static SentenceView sentence(String words, String lemmas) {
        return MadeUpSentences.of(words, lemmas);
    }

    private static Actor actor(String name, String code) {
        return new Actor(name, code);
    }

    private static Event event(String cameo, Actor actor, Actor target) {
        return new Event("a", new Span(0, 5), "words", null, null, null, actor, "ACT", cameo, cameo.substring(0, 2),
                1, 0, target, null, 0.3);
    }
}
