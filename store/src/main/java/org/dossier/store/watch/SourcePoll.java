package org.dossier.store.watch;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dossier.ingest.fetch.Validators;
import org.dossier.ingest.source.SourceItem;

/**
 * What one poll of one source found, before it is stored.
 *
 * @param items the new items, the same each time the supplier is called (a batch reads them twice)
 * @param count how many new items (for a folder: new files)
 * @param seen items the feed lists (for a folder: files)
 * @param pending items left for the next poll, their page not fetched this time
 * @param notModified the feed answered 304
 * @param validators the feed's validators to keep once the items are stored; null to keep the old ones (a poll
 *     that left items pending must fetch the whole feed again next time)
 * @param error why the poll failed, or what went wrong with some items; null when nothing did
 * @param failed the poll itself failed (no feed read): back off
 * @param onStored to run once the items are stored (a folder remembers its files)
 */
record SourcePoll(Supplier<Stream<SourceItem>> items, int count, int seen, int pending, boolean notModified,
        Validators validators, String error, boolean failed, Runnable onStored) {

    static SourcePoll failure(String error) {
        return new SourcePoll(Stream::empty, 0, 0, 0, false, null, error, true, () -> {});
    }

    static SourcePoll unchanged() {
        return new SourcePoll(Stream::empty, 0, 0, 0, true, null, null, false, () -> {});
    }

    static SourcePoll of(List<SourceItem> items, int seen, int pending, Validators validators, String error) {
        return new SourcePoll(items::stream, items.size(), seen, pending, false, validators, error, false, () -> {});
    }
}
