package org.dossier.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit and cancels the response the moment it passes it, so a server sending
 * a gigabyte costs at most the limit in memory and the time to read that much.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed the limit; the response was cancelled. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit, String what) {
            super(what + " larger than the limit of " + size(limit));
        }
    }

    private final long limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long received;

    LimitedBody(long limit) {
        this.limit = limit;
    }

    /** A body refused before reading, for a response whose declared length is already over the limit. */
    static HttpResponse.BodySubscriber<byte[]> refused(long limit, long declared) {
        LimitedBody refused = new LimitedBody(limit);
        refused.body.completeExceptionally(new TooLarge(limit, "body of " + size(declared)));
        return refused;
    }

    /** No body wanted (an error or a redirect): the response is cancelled unread, whatever its length. */
    static HttpResponse.BodySubscriber<byte[]> skipped() {
        LimitedBody skipped = new LimitedBody(0);
        skipped.body.complete(new byte[0]);
        return skipped;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (body.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            if (received > limit) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(limit, "body"));
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            out.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0))
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
