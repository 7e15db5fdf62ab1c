package org.dossier.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dossier.core.Outcome;
import org.dossier.ingest.meta.StoryDateInference;
import org.dossier.model.Sourced;

/**
 * Runs the engine over many files on several threads and hands each outcome to a sink in input order, so output
 * files are the same whatever the thread count. At most a few documents per thread are in memory at once.
 */
public final class BatchRunner {

    /** Called after each document, in input order. */
    public interface Progress {
        void update(int done, int total, Outcome last);
    }

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final DossierEngine engine;
    private final int threads;

    public BatchRunner(DossierEngine engine, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.engine = engine;
        this.threads = threads;
    }

    /**
     * Processes the files and returns how many failed. When the engine infers publication dates across the
     * batch, a first, cheap pass cleans every document to collect the evidence.
     */
    public int run(List<Path> files, Consumer<Outcome> sink, Progress progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dossier-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Sourced<LocalDate>> inferred = engine.config().storyDates() ? inferDates(files, pool) : Map.of();
            return analyze(files, pool, inferred, sink, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Sourced<LocalDate>> inferDates(List<Path> files, ExecutorService pool)
            throws InterruptedException {
        StoryDateInference inference = new StoryDateInference();
        List<Future<?>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                if (engine.clean(engine.source().read(file)) instanceof Outcome.Ok ok) {
                    inference.observe(ok.result().article());
                }
            }));
        }
        for (Future<?> future : futures) {
            await(future);
        }
        return inference.infer();
    }

    private int analyze(List<Path> files, ExecutorService pool, Map<String, Sourced<LocalDate>> inferred,
            Consumer<Outcome> sink, Progress progress) throws InterruptedException {
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        int failed = 0;
        while (done < files.size()) {
            while (next < files.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                Path file = files.get(next++);
                inFlight.add(pool.submit(() -> engine.analyze(engine.source().read(file), inferred)));
            }
            Outcome outcome = await(inFlight.removeFirst());
            sink.accept(outcome);
            done++;
            if (outcome instanceof Outcome.Failed) {
                failed++;
            }
            progress.update(done, files.size(), outcome);
        }
        return failed;
    }

    private static <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // analyze() turns every document problem into an outcome; anything else is a bug worth stopping for.
            throw new IllegalStateException("internal error while analyzing a document", e.getCause());
        }
    }
}
