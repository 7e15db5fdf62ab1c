package org.dossier.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dossier.core.Outcome;
import org.dossier.engine.BatchRunner;
import org.dossier.engine.DossierEngine;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;
import org.dossier.model.DocumentIds;
import org.dossier.model.record.ArticleRecord;
import org.dossier.output.ArticleRecords;
import org.dossier.stories.cluster.StoryClusterer;

/**
 * Adds documents to a store: those it already holds (by content hash) are passed over before any analysis, each
 * new one is written whole or not at all as soon as it is analyzed, and the stories are brought up to date at the
 * end (the new articles clustered, the stories they join written again). A run
 * killed at any point is finished by running it again: the rerun adds exactly the documents still missing.
 * Documents that fail are stored with their error, so they are not retried on every run.
 */
public final class StoreIngest {

    /** What an ingest did: the batch summary, articles added, and the stories after it (-1 when not updated). */
    public record Result(BatchRunner.Summary summary, int added, int stories) {}

    private final DossierEngine engine;
    private final int threads;
    private final StoryClusterer.Config clustering;

    public StoreIngest(DossierEngine engine, int threads, StoryClusterer.Config clustering) {
        this.engine = engine;
        this.threads = threads;
        this.clustering = clustering;
    }

    public Result ingest(InputSource input, DossierStore store, BatchRunner.Progress progress, Consumer<String> log)
            throws InterruptedException {
        return ingest(input::items, store, progress, log);
    }

    /**
     * The same for items that do not come from files (a watcher's); {@code items} gives the same items each time
     * it is called.
     */
    public Result ingest(Supplier<Stream<SourceItem>> items, DossierStore store, BatchRunner.Progress progress,
            Consumer<String> log) throws InterruptedException {
        int[] added = {0};
        BatchRunner.Summary summary = new BatchRunner(engine, threads).run(items, item -> store.contains(idOf(item)),
                outcome -> {
                    if (store.add(ArticleRecords.from(outcome))) {
                        added[0]++;
                    }
                }, progress);
        store.flush();
        return new Result(summary, added[0], finish(store, log));
    }

    /**
     * An item of {@link #ingest(List, DossierStore, Consumer)}: its record, and whether the store held the same
     * content already (then the record is the stored one, not analyzed again).
     */
    public record Posted(ArticleRecord record, boolean alreadyStored) {}

    /** Analyzes and stores single items (as a web client posts them); returns their records, stored or found. */
    public List<Posted> ingest(List<SourceItem> items, DossierStore store, Consumer<String> log) {
        List<Posted> records = items.stream().map(item -> {
            ArticleRecord existing = store.article(idOf(item)).orElse(null);
            if (existing != null) {
                return new Posted(existing, true);
            }
            Outcome outcome = engine.analyze(item);
            ArticleRecord record = ArticleRecords.from(outcome);
            // another writer may have stored the same content meanwhile: then this one was not added
            return new Posted(record, !store.add(record));
        }).toList();
        store.publish(); // searchable now, durable in the index at its next commit (see DossierStore.publish)
        finish(store, log);
        return records;
    }

    private int finish(DossierStore store, Consumer<String> log) {
        if (!store.storiesStale()) {
            return -1;
        }
        log.accept("Updating stories...");
        return store.updateStories(clustering, log);
    }

    /** The id the store knows an item by: its content hash, or for an unreadable file the hash of its name. */
    public static String idOf(SourceItem item) {
        return switch (item) {
            case SourceItem.Document document -> document.raw().id();
            case SourceItem.Unreadable unreadable ->
                    DocumentIds.of(unreadable.source().getBytes(StandardCharsets.UTF_8));
        };
    }
}
