package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.ArticleRecord.SpanText;
import org.junit.jupiter.api.Test;

/** Scores a hand-made system record against a hand-made gold article, where every count is known. */
class EvaluatorTest {

    private static final String TEXT = "MADRID - Ana Ruiz said the bridge would reopen. \"We are proud,\" Ruiz said."
            + " Officials said the cost was high.";

    private static final String GOLD = """
            {"articles": [{
              "file": "bridge.txt", "title": "Bridge Reopens", "outlet": null, "published": "2020-05-04",
              "dateline": "MADRID",
              "body_first_line": "MADRID - Ana Ruiz said the bridge would reopen.",
              "body_last_line": "Officials said the cost was high.",
              "boilerplate_lines": ["Share this", "Photo: AP"],
              "persons": [{"name": "Ana Ruiz", "mentions": ["Ana Ruiz", "Ruiz"]},
                          {"name": "Luis Gomez", "mentions": ["Gomez"]}],
              "organizations": [], "locations": [{"name": "Madrid", "mentions": ["MADRID"]}],
              "quotes": [
                {"speaker": "Ana Ruiz", "text": "the bridge would reopen", "direct": false, "cue": "said"},
                {"speaker": "Ana Ruiz", "text": "We are proud", "direct": true, "cue": "said"},
                {"speaker": "Officials", "text": "the cost was high", "direct": false, "cue": "said"}],
              "figures": [], "events": []
            }]}
            """;

    @Test
    void scoresEachFieldByTheGoldRules() throws Exception {
        GoldSet gold = new ObjectMapper().readValue(GOLD, GoldSet.class);
        EvalResult result = new Evaluator().evaluate(gold, List.of(system()));

        assertThat(result.score("body lines kept").accuracyValue()).isEqualTo(1.0);
        assertThat(result.score("boilerplate lines removed").correct()).isEqualTo(2);
        assertThat(result.score("title").tp()).isEqualTo(1);
        assertThat(result.score("published").fn()).isEqualTo(1);
        assertThat(result.score("published").fp()).isEqualTo(1);
        assertThat(result.score("outlet").fp()).isZero();
        assertThat(result.score("dateline").tp()).isEqualTo(1);

        Score persons = result.score("persons");
        assertThat(persons.tp()).isEqualTo(1);
        assertThat(persons.fp()).isEqualTo(1);
        assertThat(persons.fn()).isEqualTo(1);
        assertThat(persons.f1()).isEqualTo(0.5);

        Score quotes = result.score("quotes");
        assertThat(quotes.tp()).isEqualTo(2);
        assertThat(quotes.fp()).isEqualTo(1);
        assertThat(quotes.fn()).isEqualTo(1);
        assertThat(result.score("quote speaker").correct()).isEqualTo(1);
        assertThat(result.score("quote speaker").total()).isEqualTo(2);
    }

    @Test
    void missingArticleCountsAsMissedAndIsNoted() throws Exception {
        GoldSet gold = new ObjectMapper().readValue(GOLD, GoldSet.class);
        EvalResult result = new Evaluator().evaluate(gold, List.of());
        assertThat(result.score("quotes").fn()).isEqualTo(3);
        assertThat(result.score("persons").recall()).isZero();
        assertThat(result.notes()).anyMatch(n -> n.contains("bridge.txt"));
    }

    private static ArticleRecord system() {
        List<EntityRecord> persons = List.of(
                new EntityRecord("e1", "Ana Ruiz", List.of(mention("Ana Ruiz"), mention("Ruiz"))),
                new EntityRecord("e2", "Pedro", List.of(mention("MADRID"))));
        List<QuoteRecord> quotes = List.of(
                quote("Ana Ruiz", "the bridge would reopen", false),
                quote("Pedro", "We are proud", true),
                quote("Ana Ruiz", "MADRID - Ana", false));
        return new ArticleRecord("id", "corpus/bridge.txt", null, "bridge reopens", null,
                LocalDate.parse("2020-05-05"), "stated",
                "Madrid", "en", TEXT, persons, List.of(), List.of(), quotes, List.of(), List.of(), List.of(), null, null,
                null);
    }

    private static SpanText mention(String text) {
        int at = TEXT.indexOf(text);
        return new SpanText(text, at, at + text.length());
    }

    private static QuoteRecord quote(String speaker, String text, boolean direct) {
        int at = TEXT.indexOf(text);
        return new QuoteRecord(speaker, text, direct, "said", at, at + text.length(), null, null, null, null, null, at,
                at + text.length());
    }
}
