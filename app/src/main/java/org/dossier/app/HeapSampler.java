package org.dossier.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * The most heap in use at any of a run's moments, and the most still in use right after a collection (what the
 * run actually keeps, garbage aside), sampled every 50 ms on a background thread.
 */
final class HeapSampler {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterCollection;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            long afterCollection = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                afterCollection += usage == null ? 0 : usage.getUsed();
            }
            peakAfterCollection = Math.max(peakAfterCollection, afterCollection);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The most heap in use right after a collection, in bytes (valid after {@link #stop()}). */
    long peakAfterCollection() {
        return peakAfterCollection;
    }

    /** Stops sampling and returns the peak in bytes. */
    long stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }
}
