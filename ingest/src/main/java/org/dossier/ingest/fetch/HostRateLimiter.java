package org.dossier.ingest.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to each host at least a gap apart, whichever thread makes them: a watcher polling many feeds of
 * one site, and fetching the pages their items link to, must not hammer it. Each caller reserves the next free
 * slot for its host and sleeps until then, so waiting callers are served in turn.
 */
public final class HostRateLimiter {

    private final long gapNanos;
    private final Map<String, Long> nextFree = new HashMap<>();

    public HostRateLimiter(Duration gap) {
        this.gapNanos = gap.toNanos();
    }

    /** Waits until a request to the host may be made, and counts it as made. */
    public void acquire(String host) throws InterruptedException {
        if (gapNanos <= 0) {
            return;
        }
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        long slot;
        synchronized (nextFree) {
            long now = System.nanoTime();
            Long free = nextFree.get(key);
            slot = free == null || free - now < 0 ? now : free;
            nextFree.put(key, slot + gapNanos);
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
