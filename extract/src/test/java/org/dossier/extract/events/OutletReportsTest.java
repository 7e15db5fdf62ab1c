package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.extract.ArticleContext;
import org.dossier.extract.ParsedText;
import org.dossier.extract.SentenceView;
import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class OutletReportsTest {

    /** "The Gazette reported that the mayor misled the council ." */
    private static final String REPORTED = "The/DT/O/1/det Gazette/NNP/ORGANIZATION/2/nsubj "
            + "reported|report/VBD/O/-1/root that/IN/O/6/mark the/DT/O/5/det mayor/NN/O/6/nsubj "
            + "misled|mislead/VBD/O/2/ccomp the/DT/O/8/det council/NN/O/6/obj ./././2/punct";

    /** "The Gazette urged readers to write to the mayor ." */
    private static final String URGED = "The/DT/O/1/det Gazette/NNP/ORGANIZATION/2/nsubj "
            + "urged|urge/VBD/O/-1/root readers|reader/NNS/O/2/obj to/TO/O/5/mark write/VB/O/2/xcomp "
            + "to/TO/O/8/case the/DT/O/8/det mayor/NN/O/5/obl ./././2/punct";

    @Test
    void theMediasReportOfAnotherPartysActIsNoEvent() {
        SentenceView s = sentence(REPORTED);
        assertThat(OutletReports.isNoEvent(eventFrom(s, 4, "USAMED"), s)).as("the clause reported").isTrue();
        assertThat(OutletReports.isNoEvent(eventFrom(s, 1, "USAMED"), s)).as("words holding the verb").isTrue();
    }

    /** "As the Gazette reported , the council rejected the plan ." */
    private static final String AS_REPORTED = "As/IN/O/3/mark the/DT/O/2/det Gazette/NNP/ORGANIZATION/3/nsubj "
            + "reported|report/VBD/O/7/advcl ,/,/O/7/punct the/DT/O/6/det council/NN/O/7/nsubj "
            + "rejected|reject/VBD/O/-1/root the/DT/O/9/det plan/NN/O/7/obj ./././7/punct";

    /** "The mayor leads the race , according to a Gazette poll ." */
    private static final String ACCORDING = "The/DT/O/1/det mayor/NN/O/2/nsubj leads|lead/VBZ/O/-1/root "
            + "the/DT/O/4/det race/NN/O/2/obj ,/,/O/10/punct according/VBG/O/10/case to/TO/O/6/fixed "
            + "a/DT/O/10/det Gazette/NNP/ORGANIZATION/10/compound poll/NN/O/2/obl ./././2/punct";

    @Test
    void aClauseTheOutletIsSaidToReportIsNoEventOfIt() {
        SentenceView asReported = sentence(AS_REPORTED);
        assertThat(OutletReports.isNoEvent(eventFrom(asReported, 5, "USAMED"), asReported)).isTrue();
        SentenceView according = sentence(ACCORDING);
        assertThat(OutletReports.isNoEvent(eventFrom(according, 0, "USAMED"), according)).isTrue();
        assertThat(OutletReports.isNoEvent(eventFrom(according, 0, "USAGOV"), according)).isFalse();
    }

    @Test
    void anOutletsOtherActsAndOtherPartiesReportsStay() {
        SentenceView urged = sentence(URGED);
        assertThat(OutletReports.isNoEvent(eventFrom(urged, 3, "USAMED"), urged)).as("a paper's appeal").isFalse();
        SentenceView reported = sentence(REPORTED);
        assertThat(OutletReports.isNoEvent(eventFrom(reported, 4, "USAGOV"), reported)).as("not the media").isFalse();
        assertThat(OutletReports.isNoEvent(eventFrom(reported, 4, "USAMED"), null)).isFalse();
    }

    /** "The Gazette , which reported the claims , apologized ." */
    private static final String WHICH_REPORTED = "The/DT/O/1/det Gazette/NNP/ORGANIZATION/8/nsubj ,/,/O/1/punct "
            + "which/WDT/O/4/nsubj reported|report/VBD/O/1/acl:relcl the/DT/O/6/det claims|claim/NNS/O/4/obj "
            + ",/,/O/1/punct apologized|apologize/VBD/O/-1/root ./././8/punct";

    /** An outlet's own act whose words hold a report that only describes the outlet stays (review, session 25). */
    @Test
    void anOutletsActWhoseSubjectHoldsARelativeClauseOfReportingStays() {
        SentenceView s = sentence(WHICH_REPORTED);
        assertThat(OutletReports.isNoEvent(eventFrom(s, 0, "USAMED"), s)).isFalse();
    }

    /** "The Gazette sued the city , according to Portland officials ." */
    private static final String ACCORDING_TO_A_PLACE = "The/DT/O/1/det Gazette/NNP/ORGANIZATION/2/nsubj "
            + "sued|sue/VBD/O/-1/root the/DT/O/4/det city/NN/O/2/obj ,/,/O/9/punct according/VBG/O/9/case "
            + "to/TO/O/6/fixed Portland/NNP/LOCATION/9/compound officials|official/NNS/O/2/obl ./././2/punct";

    /** A place's name that is also a word of the outlet's name gives no words "according to" the outlet. */
    @Test
    void anOutletsActAccordingToAPlaceSharingAWordOfItsNameStays() {
        SentenceView s = sentence(ACCORDING_TO_A_PLACE);
        Event suit = eventFrom(s, 0, "USAMED");
        Event byThePortlandGazette = new Event("a", suit.span(), "words", null, null, null,
                new Actor("Portland Gazette", "USAMED"), "SUE", "115", "11", 3, -2, null, null, 0.3);
        assertThat(OutletReports.isNoEvent(byThePortlandGazette, s)).isFalse();
    }

    private static SentenceView sentence(String tokens) {
        return new ArticleContext(ParsedText.published("2020-03-02").sentence(tokens).build()).sentences().get(0);
    }

    /** A criticism by an actor of the code whose words run from the token {@code first} to the sentence's end. */
    private static Event eventFrom(SentenceView s, int first, String code) {
        Span span = new Span(s.token(first).span().start(), s.sentence().span().end());
        return new Event("a", span, "words", null, null, null, new Actor("The Gazette", code), "CRITICIZE", "111",
                "11", 3, -2, null, null, 0.3);
    }
}
