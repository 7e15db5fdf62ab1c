package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.model.Event;
import org.dossier.testing.ExampleCorpus;
import org.dossier.testing.SpanChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BatchRunnerIT {

    private static DossierEngine engine;
    private static org.dossier.ingest.source.InputSource input;

    @BeforeAll
    static void load() throws Exception {
        engine = DossierEngine.load(EngineConfig.DEFAULT);
        input = engine.input(List.of(ExampleCorpus.folder()));
    }

    @Test
    void twoThreadsGiveTheSameResultsInInputOrderAsOne() throws Exception {
        List<String> single = run(1);
        List<String> parallel = run(2);
        assertThat(single).hasSize(input.files().size()).isEqualTo(parallel);
        for (int i = 0; i < input.files().size(); i++) {
            assertThat(single.get(i)).startsWith(input.files().get(i).toString());
        }
    }

    @Test
    void everyExampleIsAnalyzedWithValidSpans() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        BatchRunner.Summary summary = new BatchRunner(engine, 2).run(input, outcomes::add, (done, total, last) -> { });
        assertThat(summary.failed()).isZero();
        assertThat(summary.documents()).isEqualTo(5);
        for (Outcome outcome : outcomes) {
            assertThat(outcome).isInstanceOf(Outcome.Ok.class);
            SpanChecks.assertValid(((Outcome.Ok) outcome).result());
        }
    }

    @Test
    void examplesYieldEventsAndFiguresWithTheirSentences() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        new BatchRunner(engine, 2).run(input, outcomes::add, (done, total, last) -> { });
        int events = 0;
        int figures = 0;
        for (Outcome outcome : outcomes) {
            AnnotatedArticle article = ((Outcome.Ok) outcome).result();
            events += article.getOrEmpty(Layers.EVENTS).size();
            figures += article.getOrEmpty(Layers.FIGURES).size();
            for (Event event : article.getOrEmpty(Layers.EVENTS)) {
                assertThat(event.cameo()).matches("\\d{3,4}");
                assertThat(event.root()).isEqualTo(event.cameo().substring(0, 2));
            }
        }
        assertThat(events).isGreaterThan(20);
        assertThat(figures).isGreaterThan(5);
    }

    @Test
    void stageNamesListTheCleanerAndStagesInOrder() {
        assertThat(engine.stageNames()).containsExactly("clean.v1", "corenlp.v1", "entities.v1", "places.v1", "parse.v1",
                "quotes.v1", "embed.v1", "events.v1", "figures.v1");
    }

    private static List<String> run(int threads) throws InterruptedException {
        List<String> rendered = new ArrayList<>();
        new BatchRunner(engine, threads).run(input, outcome -> rendered.add(render(outcome)), (d, t, l) -> { });
        return rendered;
    }

    private static String render(Outcome outcome) {
        if (outcome instanceof Outcome.Ok ok) {
            StringBuilder out = new StringBuilder(outcome.source());
            ok.result().layers().forEach(layer -> out.append('\n').append(layer).append('=')
                    .append(ok.result().get(layer)));
            return out.toString();
        }
        return outcome.source() + " " + outcome;
    }
}
