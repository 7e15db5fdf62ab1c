package org.dossier.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.ingest.source.SourceItem;
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
import org.openjdk.jmh.annotations.Warmup;

/** Decoding, main-text extraction and metadata (title, outlet, dates, dateline, language) of one document. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CleaningBenchmark {

    private DossierEngine engine;
    private List<SourceItem> items;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        engine = DossierEngine.cleaningOnly(EngineConfig.DEFAULT);
        items = ExampleCorpus.items();
    }

    @Benchmark
    public Outcome document() {
        SourceItem item = items.get(next);
        next = (next + 1) % items.size();
        return engine.clean(item);
    }
}
