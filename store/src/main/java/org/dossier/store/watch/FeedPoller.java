package org.dossier.store.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.dossier.ingest.fetch.FetchResult;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.ingest.fetch.Validators;
import org.dossier.ingest.source.Feed;
import org.dossier.ingest.source.SourceItem;
import org.dossier.model.DocumentHints;
import org.dossier.model.DocumentIds;
import org.dossier.model.RawDocument;

/**
 * Polls one feed: fetches it (conditionally), refuses it when its XML is broken, and turns each item the store does
 * not hold yet into a document, fetching the item's page when the feed carries no text. An item's document id
 * comes from the item's identity (its guid, else its link), not from its bytes, so an item is stored once however
 * often the feed or its page changes, and a watcher killed at any point finds on restart exactly the items still
 * missing.
 *
 * <p>A page that cannot be fetched for a reason that may pass (a timeout, a 5xx) is left for the next poll, up to
 * a number of tries; one that will not (a 404, a redirect loop, a body over the limit, no web page), or still
 * fails after the last try, is stored as a failed document with the reason, as {@code dossier ingest} stores a
 * file it cannot read, and not tried again.
 */
final class FeedPoller {

    private final HttpFetcher fetcher;
    private final Predicate<String> stored;
    private final int pageTries;
    private final Map<String, Integer> failedTries = new ConcurrentHashMap<>();

    /**
     * @param stored whether the store holds a document id
     * @param pageTries polls that may try an item's page before it is stored as failed
     */
    FeedPoller(HttpFetcher fetcher, Predicate<String> stored, int pageTries) {
        this.fetcher = fetcher;
        this.stored = stored;
        this.pageTries = pageTries;
    }

    SourcePoll poll(URI feed, Validators validators) throws InterruptedException {
        FetchResult result = fetcher.fetch(feed, validators);
        return switch (result) {
            case FetchResult.NotModified notModified -> SourcePoll.unchanged();
            case FetchResult.Failed failed -> SourcePoll.failure(failed.reason());
            case FetchResult.Fetched fetched -> items(feed, fetched);
        };
    }

    private SourcePoll items(URI feed, FetchResult.Fetched fetched) throws InterruptedException {
        Feed parsed;
        try {
            parsed = Feed.parse(fetched.body());
        } catch (IOException e) {
            return SourcePoll.failure(feed + ": " + e.getMessage());
        }
        if (!parsed.problems().isEmpty()) {
            return SourcePoll.failure(feed + ": malformed XML: " + String.join("; ", parsed.problems()));
        }
        List<SourceItem> items = new ArrayList<>();
        Set<String> thisPoll = new HashSet<>();
        int pending = 0;
        String pageError = null;
        for (Feed.FeedEntry entry : parsed.entries()) {
            String key = keyOf(feed, entry);
            String id = idOf(key);
            if (!thisPoll.add(key) || stored.test(id)) {
                continue;
            }
            if (entry.html() != null) {
                items.add(document(id, key, entry.hints(), entry.html().getBytes(StandardCharsets.UTF_8)));
                continue;
            }
            String link = entry.hints().url();
            if (link == null) {
                items.add(new SourceItem.Unreadable(key, "feed item without the article's text or a link to its page"));
                continue;
            }
            FetchResult page = fetcher.fetch(URI.create(link), Validators.NONE);
            switch (page) {
                case FetchResult.Fetched body when body.isHtml() -> {
                    failedTries.remove(key);
                    items.add(document(id, key, entry.hints(), body.body()));
                }
                case FetchResult.Fetched body -> items.add(new SourceItem.Unreadable(key, "the item's page "
                        + link + " is no web page (" + body.contentType() + ")"));
                case FetchResult.Failed failed -> {
                    int tries = failed.retryable() ? failedTries.merge(key, 1, Integer::sum) : pageTries;
                    if (tries < pageTries) {
                        pending++;
                        pageError = pageError == null ? failed.reason() : pageError;
                    } else {
                        failedTries.remove(key);
                        items.add(new SourceItem.Unreadable(key, "the item's page could not be fetched: "
                                + failed.reason() + (failed.retryable() ? " (after " + pageTries + " tries)" : "")));
                    }
                }
                case FetchResult.NotModified notModified -> pending++;
            }
        }
        String error = pending == 0 ? null : pending + " page(s) not fetched, tried again at the next poll: "
                + pageError;
        // With items pending, the feed must be read whole next time, not answered 304.
        return SourcePoll.of(items, parsed.entries().size(), pending, pending == 0 ? fetched.validators() : null,
                error);
    }

    private static SourceItem document(String id, String key, DocumentHints hints, byte[] html) {
        return new SourceItem.Document(new RawDocument(id, key, hints, html, RawDocument.Format.HTML));
    }

    /**
     * What names an item for good: a guid that is an address or a URN ({@code urn:}, {@code tag:}) as it is; a
     * bare guid, which only its feed makes unique, with the feed's address; else the item's link; else its
     * title, date and text, with the feed's address.
     */
    static String keyOf(URI feed, Feed.FeedEntry entry) {
        String guid = entry.guid();
        if (guid != null) {
            return guid.indexOf(':') > 0 && !guid.contains(" ") ? guid : feed + "#" + guid;
        }
        if (entry.hints().url() != null) {
            return entry.hints().url();
        }
        String content = entry.hints().title() + "\n" + entry.hints().published() + "\n" + entry.html();
        return feed + "#" + DocumentIds.of(content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The document id of an item: the hash of its key, which is also its source, so that a failed item, which
     * the engine names by the hash of its source, has the same id as the article would have had.
     */
    static String idOf(String key) {
        return DocumentIds.of(key.getBytes(StandardCharsets.UTF_8));
    }
}
