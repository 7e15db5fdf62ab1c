package org.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layers;
import org.dossier.model.Article;
import org.dossier.model.Quote;
import org.dossier.nlp.TestModels;
import org.dossier.nlp.corenlp.CoreNlpAnnotator;
import org.dossier.nlp.entities.EntityResolver;
import org.dossier.nlp.parse.SelectiveParser;
import org.dossier.testing.Articles;
import org.dossier.testing.SpanChecks;
import org.dossier.testing.StageTestCase;
import org.junit.jupiter.api.Test;

class QuoteExtractorIT extends StageTestCase {

    /** A story written for this test, with the common ways news attributes speech. */
    private static final String STORY = String.join("\n\n",
            "GENEVA - Health Minister Laura Brandt said on Tuesday the clinic would reopen next week.",
            "\"We have fixed the roof and hired twelve nurses,\" Brandt told reporters. \"Patients can come back "
                    + "on Monday.\"",
            "\"It took far too long for everyone,\" said Paul Okafor, a local councillor.",
            "He added that the council would review the building contract.",
            "The minister later said: \"Nobody will be charged for the first visit.\"",
            "Aid groups welcomed the plan, according to the Red Cross.",
            "At least 40 patients were treated elsewhere during the closure, the Red Cross said.",
            "The so-called \"repair plan\" was published online.");

    @Override
    protected ArticleStage stage() {
        return new QuoteExtractor();
    }

    @Override
    protected AnnotatedArticle prepare(Article article) throws Exception {
        AnnotatedArticle annotated = new CoreNlpAnnotator(TestModels.get()).apply(AnnotatedArticle.of(article));
        annotated = new EntityResolver().apply(annotated);
        return new SelectiveParser(TestModels.get(), QuoteExtractor.parseSelector()).apply(annotated);
    }

    @Test
    void attributesDirectAndReportedSpeech() throws Exception {
        AnnotatedArticle out = run(STORY);
        SpanChecks.assertValid(out);
        List<Quote> quotes = out.get(Layers.QUOTES);

        assertQuote(quotes, "the clinic would reopen next week", false, "Laura Brandt", "said");
        // A quotation interrupted by its attribution is one quote of two parts.
        assertQuote(quotes, "We have fixed the roof and hired twelve nurses,\" Brandt told reporters. \"Patients can "
                + "come back on Monday.", true, "Laura Brandt", "told");
        assertThat(quotes.stream().filter(q -> q.parts().size() == 2).findFirst().orElseThrow().parts())
                .extracting(p -> p.of(out.article().text()))
                .containsExactly("We have fixed the roof and hired twelve nurses", "Patients can come back on Monday.");
        assertQuote(quotes, "It took far too long for everyone", true, "Paul Okafor", "said");
        assertQuote(quotes, "the council would review the building contract", false, "Paul Okafor", "added");
        assertQuote(quotes, "Nobody will be charged for the first visit.", true, "Laura Brandt", "said");
        assertQuote(quotes, "Aid groups welcomed the plan", false, "Red Cross", "according to");
        assertQuote(quotes, "At least 40 patients were treated elsewhere during the closure", false, "Red Cross",
                "said");
        assertThat(quotes).extracting(Quote::text).doesNotContain("repair plan");
        assertThat(quotes).hasSize(7);
    }

    @Test
    void contextHoldsQuoteCueAndSpeaker() throws Exception {
        for (Quote quote : run(STORY).get(Layers.QUOTES)) {
            assertThat(quote.context().contains(quote.span())).isTrue();
            if (quote.cueSpan() != null) {
                assertThat(quote.context().contains(quote.cueSpan())).isTrue();
            }
        }
    }

    @Test
    void aReportedClauseWithQuotedWordsIsOneReportedQuote() throws Exception {
        List<Quote> quotes = run("Health Minister Laura Brandt said the clinic would \"open its doors to every "
                + "patient in the valley\" next month.").get(Layers.QUOTES);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).startsWith("the clinic would").contains("every patient in the valley");
            assertThat(q.speaker().name()).isEqualTo("Laura Brandt");
        });
    }

    @Test
    void aQuotedParagraphIntroducedWithAColonIsTheIntroducersQuote() throws Exception {
        List<Quote> quotes = run("Health Minister Laura Brandt wrote in a letter to the staff on Friday:\n\n"
                + "\"The clinic will open its doors to everyone who needs it next month.\"").get(Layers.QUOTES);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().name()).isEqualTo("Laura Brandt");
            assertThat(q.cue()).isEqualTo("wrote");
        });
    }

    @Test
    void unattributedQuoteHasNoSpeaker() throws Exception {
        List<Quote> quotes = run("The sign read \"closed until further notice for repairs.\"")
                .get(Layers.QUOTES);
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    }

    private static void assertQuote(List<Quote> quotes, String text, boolean direct, String speaker, String cue) {
        Quote quote = quotes.stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote '" + text + "' in " + quotes.stream()
                        .map(q -> q.text() + " [" + (q.speaker() == null ? null : q.speaker().name()) + "]").toList()));
        assertThat(quote.direct()).as("direct: %s", text).isEqualTo(direct);
        assertThat(quote.speaker()).as("speaker of %s", text).isNotNull();
        assertThat(quote.speaker().name()).as("speaker of %s", text).isEqualTo(speaker);
        assertThat(quote.cue()).as("cue of %s", text).isEqualTo(cue);
    }

    @Test
    void articleWithoutQuotesHasNone() throws Exception {
        assertThat(run(Articles.of("The river rose by two metres overnight.").text()).get(Layers.QUOTES)).isEmpty();
    }

    @Test
    void aTrailingParticipleSpeaksForTheSubjectOfItsVerb() throws Exception {
        AnnotatedArticle out = run("Minister Laura Brandt spoke for an hour on Monday, saying that the bill would fail.");

        assertQuote(out.get(Layers.QUOTES), "the bill would fail", false, "Laura Brandt", "saying");
    }

    @Test
    void aRelativeClauseCueSpeaksForTheNounItModifies() throws Exception {
        AnnotatedArticle out = run("Mary Jones did not mention John Miller, who announced he is leaving the race.");

        assertQuote(out.get(Layers.QUOTES), "he is leaving the race", false, "John Miller", "announced");
    }

    @Test
    void whatIsAnnouncedConfirmedOrDeniedIsReportedSpeech() throws Exception {
        AnnotatedArticle out = run("Health Minister Laura Brandt announced a ban on smoking in parks.");

        assertQuote(out.get(Layers.QUOTES), "a ban on smoking in parks", false, "Laura Brandt", "announced");
    }

    @Test
    void aHeadlinesNameAndColonAttributeItsQuote() throws Exception {
        AnnotatedArticle out = run("Paul Okafor: “The Clinic Will Reopen”\n\nThe councillor spoke on Monday.");

        assertQuote(out.get(Layers.QUOTES), "The Clinic Will Reopen", true, "Paul Okafor", ":");
    }

    @Test
    void aDatelineIsNoSpeaker() throws Exception {
        AnnotatedArticle out = run("WASHINGTON (AP) — Weeks after the vote, Senator Paul Okafor tells reporters that "
                + "critics “should get over it” and move on.");

        assertThat(out.get(Layers.QUOTES)).allSatisfy(q -> assertThat(q.speaker() == null ? "" : q.speaker().name())
                .isNotIn("WASHINGTON", "Washington"));
    }
}
