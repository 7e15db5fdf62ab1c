package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.junit.jupiter.api.Test;

/** Scoring against a gold of figures (gold/figures/README.md): documents by id, figures with offsets. */
class FigureGoldScoringTest {

    private static final String TEXT = "Police said 12 people were killed in Aleppo. Later 12 people were killed in Homs, "
            + "officials said. Dozens were injured and 40 were arrested.";

    private static final String GOLD = """
            {"articles": [{"id": "doc1", "file": "set/doc1.html", "published": "2016-10-12",
              "figures": [
                {"start": 51, "end": 72, "text": "12 people were killed", "measure": "killed", "value": 12,
                 "qualifier": null, "unit": "people", "source": null, "scope": "Homs"},
                {"start": 12, "end": 33, "text": "12 people were killed", "measure": "killed", "value": 12,
                 "qualifier": null, "unit": "people", "source": "police", "scope": "Aleppo"},
                {"start": 98, "end": 117, "text": "Dozens were injured", "measure": "injured", "value": null,
                 "qualifier": null, "unit": null, "source": null, "scope": null}]}]}
            """;

    private static FigureRecord figure(String text, int from, Long value, String unit, String source) {
        int start = TEXT.indexOf(text, from);
        return new FigureRecord(value, null, unit, "killed", source, null, null, text, start, start + text.length());
    }

    private static EvalResult score(List<FigureRecord> figures, List<EventRecord> events) throws Exception {
        GoldSet gold = new ObjectMapper().readValue(GOLD, GoldSet.class);
        ArticleRecord system = new ArticleRecord("doc1", "set/doc1.html", null, null, null,
                LocalDate.parse("2016-10-12"), "stated",
                null, "en", TEXT, List.of(), List.of(), List.of(), List.of(), List.of(), figures, events, null, null,
                null);
        return new Evaluator().evaluate(gold, List.of(system));
    }

    @Test
    void aFigureGoldIsScoredForFiguresAndTheirSourcesAtTheGoldOffsets() throws Exception {
        EvalResult result = score(List.of(
                figure("12 people were killed in Aleppo", 0, 12L, "people", "Police"),
                figure("12 people were killed in Homs", 40, 12L, "people", "officials"),
                figure("Dozens were injured", 0, null, null, null),
                figure("40 were arrested", 0, 40L, null, null)), List.of());

        assertThat(result.score("figures").tp()).as("both twelves and the vague one")
                .isEqualTo(3);
        assertThat(result.score("figures").fp()).as("the arrests are not in the gold").isEqualTo(1);
        assertThat(result.score("figures").fn()).isZero();
        assertThat(result.score("figure source").correct())
                .as("each twelve paired with the one at its gold offsets: police for Aleppo right, Homs wrong").isEqualTo(2);
        assertThat(result.score("figure source").total()).isEqualTo(3);
        assertThat(result.score("events")).as("a figure gold is not scored for events").isNull();
    }

    @Test
    void aSourceIsRightOnlyWhenOneNameIsARunOfTheOthersWholeWords() throws Exception {
        // gold sources: "police" (Aleppo), none (Homs, and the vague one)
        EvalResult wholeWords = score(List.of(
                figure("12 people were killed in Aleppo", 0, 12L, "people", "the city police"),
                figure("12 people were killed in Homs", 40, 12L, "people", null)), List.of());
        assertThat(wholeWords.score("figure source").correct())
                .as("Homs (no source on both sides) and Aleppo: \"police\" is a word of \"the city police\"")
                .isEqualTo(2);
        EvalResult pieceOfAWord = score(List.of(
                figure("12 people were killed in Aleppo", 0, 12L, "people", "Policeman Ray Doe"),
                figure("12 people were killed in Homs", 40, 12L, "people", null)), List.of());
        assertThat(pieceOfAWord.score("figure source").correct())
                .as("Homs only: \"police\" is a piece of the word \"Policeman\", another source").isEqualTo(1);
    }

    @Test
    void theFigureAndEventGoldFilesStillLoad() throws Exception {
        for (String file : List.of("gold/figures/develop.json", "gold/figures/measure.json",
                "gold/events/develop.json", "gold/events/measure.json")) {
            Path path = Path.of("..").resolve(file);
            GoldSet gold = GoldSet.read(path);
            assertThat(gold.articles()).as(file).isNotEmpty().allMatch(GoldSet.Article::eventsOnly);
        }
        GoldSet figures = GoldSet.read(Path.of("../gold/figures/develop.json"));
        GoldSet.Figure first = figures.articles().getFirst().figures().getFirst();
        assertThat(first.measure()).isNotNull();
        assertThat(first.start()).isNotNull();
    }
}
