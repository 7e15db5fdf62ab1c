package org.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    private static List<String> contents(String text) {
        return QuotationMarks.find(text, List.of(new Span(0, text.length()))).stream()
                .map(q -> q.content().of(text)).toList();
    }

    @Test
    void findsCurlyStraightAndGuillemetQuotes() {
        assertThat(contents("“We will win,” he said. \"It is over,\" she said. « Non merci », dit-il."))
                .containsExactly("We will win", "It is over", "Non merci");
    }

    @Test
    void aCurlyQuotationInsideAStraightOneDoesNotCloseIt() {
        assertThat(contents("\"The board's plan is no “fresh start” at all. It is the old plan again,\" Ms. Ruiz said."))
                .containsExactly("The board's plan is no “fresh start” at all. It is the old plan again");
        // a statement of several paragraphs: the inner pair does not end the paragraph's open quotation
        assertThat(contents("\"The depot is not for “sale,” whatever the council says. We will keep it open."))
                .containsExactly("The depot is not for “sale,” whatever the council says. We will keep it open.");
        // a curly quotation alone, and a straight one closed by a curly mark, as before
        assertThat(contents("She called it “a fresh start” and left. \"We are done,” he said."))
                .containsExactly("a fresh start", "We are done");
        // a doubled opening mark, straight then curly: the curly quotation alone, not the paragraph
        assertThat(contents("\"“We will win the county,” Ms. Ruiz said before adding that the rest is harder."))
                .containsExactly("We will win the county");
    }

    @Test
    void aTwoApostropheMarkSetApartFromASingleQuotationClosingInsideItClosesTheQuotation() {
        // print sets a space between the inner single mark and the outer closing one: "… 'Harbor Street,' ''"
        assertThat(contents("''Readers turned away from 'Harbor Street,'  '' Ms. Pell noted, naming an old memoir. "
                + "''The new novel may not sell either.''"))
                .containsExactly("Readers turned away from 'Harbor Street,'",
                        "The new novel may not sell either.");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(contents("Syria’s army and the rebels’ positions were hit, officials said.")).isEmpty();
    }

    @Test
    void singleCurlyQuotesAroundWords() {
        assertThat(contents("The ‘indiscriminate bombing’ must stop, Russia’s critics said."))
                .containsExactly("indiscriminate bombing");
    }

    @Test
    void aHeadlineNameAndColonOpenAQuotationInStraightSingleQuotes() {
        assertThat(contents("Ann Lee: 'The depot's roof stays.'")).containsExactly("The depot's roof stays.");
        assertThat(contents("A spokesman said: 'We will look at the plan's costs.'"))
                .containsExactly("We will look at the plan's costs.");
        assertThat(contents("Ann Lee: 'Tis the season' for the depot's fair")).isEmpty();
        assertThat(contents("The depot's roof and the mill's gate: 'new' plans")).isEmpty();
    }

    @Test
    void twoColonSingleQuotePairsInOneParagraphStayApart() {
        assertThat(contents("Warden Lia Moss said: 'The gate was left open twice this week.' Her deputy Ron Hale "
                + "replied: 'We will post a guard there from Monday.'"))
                .containsExactly("The gate was left open twice this week.", "We will post a guard there from Monday.");
        assertThat(contents("Judge Ida Farr said: 'The lorry was unsafe.' She added: 'Nobody checked its brakes.'"))
                .containsExactly("The lorry was unsafe.", "Nobody checked its brakes.");
        assertThat(contents("Ann Lee said: 'No.' and then she left the hall for the depot's yard.'"))
                .as("narration after an inner close is no quotation").isEmpty();
    }

    @Test
    void aPossessiveBeforeTheColonStillOpensTheSingleQuotedShape() {
        assertThat(contents("The choir's leader said: 'We sing on Sunday as planned.'"))
                .containsExactly("We sing on Sunday as planned.");
        assertThat(contents("The twins' coach said: 'Both will race.'")).containsExactly("Both will race.");
    }

    @Test
    void doubledApostrophesAndBackquotesOfPlainTextArchives() {
        assertThat(contents("''It felt like we had patched it up,'' he said. ``Not yet,'' she said. Obama's aides' "
                + "plans ''stalled.''")).containsExactly("It felt like we had patched it up", "Not yet", "stalled.");
        assertThat(contents("The rebels' '' position was hit.")).isEmpty();
    }

    @Test
    void straightOpeningMarkClosedByDoubledApostrophesOfDetokenizedText() {
        assertThat(contents("\"I heard shots, and I hid, '' he told reporters. \"They were yelling, 'Run! '''"))
                .containsExactly("I heard shots, and I hid", "They were yelling, 'Run! '");
        assertThat(contents("\"It was the ''Big Apple'' then,\" he said.")).containsExactly("It was the ''Big Apple'' then");
    }

    @Test
    void unclosedQuoteRunsToParagraphEnd() {
        assertThat(contents("“This goes on to the next paragraph")).containsExactly("This goes on to the next paragraph");
    }
}
