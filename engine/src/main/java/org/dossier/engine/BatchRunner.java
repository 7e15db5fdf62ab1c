package org.dossier.engine;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dossier.core.Outcome;
import org.dossier.ingest.meta.DateEvidence;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;
import org.dossier.model.Article;
import org.dossier.model.Sourced;

/**
 * Runs the engine over the documents of an input on several threads and hands each outcome to a sink in input
 * order, so output files are the same whatever the thread count. Documents are read lazily and at most sixteen per
 * thread are in memory at once; a document whose bytes were already seen in the batch is skipped.
 */
public final class BatchRunner {

    /** Called after each document, in input order; {@code total} is -1 while unknown. */
    public interface Progress {
        void update(int done, int total, Outcome last);
    }

    /**
     * What a run did: documents analyzed (failed and skipped among them), the same bytes seen again in the batch,
     * and documents passed over because the caller already had them.
     */
    public record Summary(int documents, int failed, int skipped, int duplicates, int known) {}

    /**
     * Outcomes are handed on in input order, so a long document at the head of the line holds back those behind
     * it; with four in flight per thread the other workers ran out of work (on the benchmark corpus the stages
     * filled 91% of the two workers' time, 98% with sixteen), for a few hundred KB per document in memory.
     */
    private static final int IN_FLIGHT_PER_THREAD = 16;

    /**
     * Characters of raw and clean text (at most twice as many bytes) of the documents the date-evidence pass keeps
     * cleaned for the analysis pass; cleaning them again took half of all cleaning time. Beyond this, documents
     * are cleaned twice, so memory stays bounded however large the batch.
     */
    private static final long KEPT_CLEANED_CHARS = 128L << 20;

    private final DossierEngine engine;
    private final int threads;
    private final long keptCleanedChars;

    public BatchRunner(DossierEngine engine, int threads) {
        this(engine, threads, KEPT_CLEANED_CHARS);
    }

    BatchRunner(DossierEngine engine, int threads, long keptCleanedChars) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.engine = engine;
        this.threads = threads;
        this.keptCleanedChars = keptCleanedChars;
    }

    /**
     * Processes every document of the input. When the engine infers publication dates across the batch, a first,
     * cheap pass cleans every document to collect the evidence and count them, and keeps the cleaned documents,
     * up to a bound on their size, for the second pass.
     */
    public Summary run(InputSource input, Consumer<Outcome> sink, Progress progress) throws InterruptedException {
        return run(input, item -> false, sink, progress);
    }

    /**
     * Processes the documents of the input that are not {@code known} (a store that already holds them, say):
     * those are neither analyzed nor handed to the sink.
     */
    public Summary run(InputSource input, Predicate<SourceItem> known, Consumer<Outcome> sink, Progress progress)
            throws InterruptedException {
        return run(input::items, known, sink, progress);
    }

    /**
     * Processes items that do not come from files (those a watcher fetched, say): {@code items} gives the same
     * items, in the same order, each time it is called, since a batch reads them twice.
     */
    public Summary run(Supplier<Stream<SourceItem>> items, Predicate<SourceItem> known, Consumer<Outcome> sink,
            Progress progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dossier-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Evidence evidence = engine.config().storyDates() ? gatherEvidence(items, pool) : Evidence.none();
            return analyze(items, known, pool, evidence, sink, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What the first pass learned: inferred dates, the document count, and cleaned documents kept for the second
     * pass by raw id, so that it need not clean them again.
     */
    private record Evidence(Map<String, Sourced<LocalDate>> dates, int documents, Map<String, Outcome> cleaned) {
        static Evidence none() {
            return new Evidence(Map.of(), -1, new ConcurrentHashMap<>());
        }
    }

    private Evidence gatherEvidence(Supplier<Stream<SourceItem>> input, ExecutorService pool)
            throws InterruptedException {
        DateEvidence gathered = DateEvidence.empty();
        Map<String, Outcome> kept = new ConcurrentHashMap<>();
        AtomicLong keptChars = new AtomicLong();
        Deque<Future<DateEvidence>> inFlight = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        int documents = 0;
        try (Stream<SourceItem> items = input.get()) {
            for (Iterator<SourceItem> it = items.iterator(); it.hasNext(); ) {
                SourceItem item = it.next();
                if (isDuplicate(item, seen)) {
                    continue;
                }
                documents++;
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    gathered.merge(await(inFlight.removeFirst()));
                }
                inFlight.add(pool.submit(() -> {
                    Outcome cleaned = engine.clean(item);
                    if (item instanceof SourceItem.Document document
                            && keptChars.addAndGet(sizeOf(cleaned)) <= keptCleanedChars) {
                        kept.put(document.raw().id(), cleaned);
                    }
                    // Each worker profiles its own article; this thread merges the profiles as they come back.
                    return cleaned instanceof Outcome.Ok ok ? DateEvidence.of(ok.result().article())
                            : DateEvidence.empty();
                }));
            }
        }
        while (!inFlight.isEmpty()) {
            gathered.merge(await(inFlight.removeFirst()));
        }
        return new Evidence(gathered.infer(), documents, kept);
    }

    private static long sizeOf(Outcome cleaned) {
        if (cleaned instanceof Outcome.Ok ok) {
            Article article = ok.result().article();
            return article.rawText().length() + (long) article.text().length();
        }
        return 0;
    }

    private Summary analyze(Supplier<Stream<SourceItem>> input, Predicate<SourceItem> known, ExecutorService pool,
            Evidence evidence, Consumer<Outcome> sink, Progress progress) throws InterruptedException {
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        int done = 0;
        int failed = 0;
        int skipped = 0;
        int duplicates = 0;
        int alreadyKnown = 0;
        try (Stream<SourceItem> items = input.get()) {
            Iterator<SourceItem> it = items.iterator();
            while (it.hasNext() || !inFlight.isEmpty()) {
                while (it.hasNext() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    SourceItem item = it.next();
                    if (isDuplicate(item, seen)) {
                        duplicates++;
                        continue;
                    }
                    if (known.test(item)) {
                        alreadyKnown++;
                        continue;
                    }
                    Outcome cleaned = item instanceof SourceItem.Document document
                            ? evidence.cleaned().remove(document.raw().id()) : null;
                    inFlight.add(pool.submit(() -> cleaned != null ? engine.analyzeCleaned(cleaned, evidence.dates())
                            : engine.analyze(item, evidence.dates())));
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Outcome outcome = await(inFlight.removeFirst());
                sink.accept(outcome);
                done++;
                failed += outcome instanceof Outcome.Failed ? 1 : 0;
                skipped += outcome instanceof Outcome.Skipped ? 1 : 0;
                progress.update(done, evidence.documents(), outcome);
            }
        }
        return new Summary(done, failed, skipped, duplicates, alreadyKnown);
    }

    /** The same bytes a second time in one batch: nothing new to learn from them. */
    private static boolean isDuplicate(SourceItem item, Set<String> seen) {
        return item instanceof SourceItem.Document document && !seen.add(document.raw().id());
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
