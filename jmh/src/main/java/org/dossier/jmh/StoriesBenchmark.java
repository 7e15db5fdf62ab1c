package org.dossier.jmh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dossier.core.AnnotatedArticle;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.stories.cluster.ClusterDocument;
import org.dossier.stories.cluster.StoryClusterer;
import org.dossier.stories.dedup.MinHashSignatures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cross-document stages per article: its near-duplicate signature, and its assignment to a story by the
 * online clusterer (whose active window fills up during warm-up, as in a long stream).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StoriesBenchmark {

    private List<String> texts;
    private StoryClusterer clusterer;
    private long added;

    @Setup(Level.Trial)
    public void prepare() {
        texts = new ArrayList<>();
        for (AnnotatedArticle a : ExampleCorpus.cleaned(DossierEngine.cleaningOnly(EngineConfig.DEFAULT))) {
            texts.add(a.article().text());
        }
        clusterer = new StoryClusterer(StoryClusterer.Config.DEFAULT);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        clusterer.close();
    }

    @Benchmark
    public int[] nearDuplicateSignature() {
        return MinHashSignatures.of(texts.get((int) (added++ % texts.size())));
    }

    /** Each article comes back under a new id with a varied ending, so it is not a near-copy of its earlier self. */
    @Benchmark
    public StoryClusterer.Assignment clusterAssignment() {
        long n = added++;
        String text = texts.get((int) (n % texts.size())) + " Update " + n + ": report " + (n * 7919 % 104729) + ".";
        return clusterer.add(new ClusterDocument("a" + n, 17_000L + n / 3000, null, text, Set.of("n" + (n % 97))));
    }
}
