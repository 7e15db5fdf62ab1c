package org.dossier.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.StageException;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One NLP or extraction stage alone, on articles that already went through the stages before it: articles per
 * second for that stage, one thread. The models load once per fork, before measuring.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
public class StageBenchmark {

    @Param({"corenlp.v1", "entities.v1", "places.v1", "parse.v1", "quotes.v1", "events.v1", "figures.v1"})
    public String stage;

    private ArticleStage measured;
    private List<AnnotatedArticle> inputs;
    private int next;

    @Setup(Level.Trial)
    public void prepare() throws StageException {
        DossierEngine engine = DossierEngine.load(EngineConfig.DEFAULT);
        List<AnnotatedArticle> articles = ExampleCorpus.cleaned(engine);
        for (ArticleStage s : engine.pipeline().stages()) {
            if (s.name().equals(stage)) {
                measured = s;
                inputs = articles;
                return;
            }
            List<AnnotatedArticle> after = new ArrayList<>();
            for (AnnotatedArticle a : articles) {
                after.add(s.apply(a));
            }
            articles = after;
        }
        throw new IllegalArgumentException("no stage " + stage + " in " + engine.stageNames());
    }

    /** One article through the stage; the articles take turns. */
    @Benchmark
    public AnnotatedArticle article() throws StageException {
        AnnotatedArticle input = inputs.get(next);
        next = (next + 1) % inputs.size();
        return measured.apply(input);
    }
}
