package org.dossier.spark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The driver JVM's heap over a run, to show that it does not grow with the corpus: the peak of the heap in use
 * (which counts garbage not yet collected) and the peak left in use after a collection (what the JVM really held).
 * In local mode the executors run in the driver's JVM, so their work counts too; in {@code local-cluster} mode (see
 * {@code bin/dossier-spark}) and on a cluster they have JVMs of their own.
 */
final class DriverHeap {

    private final AtomicLong peakAfterCollection = new AtomicLong();

    private DriverHeap() {}

    /** Starts watching: resets the heap pools' peaks and listens to every collection from now on. */
    static DriverHeap watch() {
        DriverHeap heap = new DriverHeap();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                            notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData());
                        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        heap.peakAfterCollection.accumulateAndGet(after, Math::max);
                    }
                }, null, null);
            }
        }
        return heap;
    }

    /** The peak heap in use (the pools' peaks added up) since {@link #watch}, in bytes. */
    long peakUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The most left in use after any collection since {@link #watch} of the heap, in bytes. */
    long peakAfterCollection() {
        return peakAfterCollection.get();
    }

    String report() {
        return String.format(Locale.ROOT, "Driver JVM heap: peak used %d MiB, peak after a collection %d MiB, "
                + "max %d MiB", peakUsed() >> 20, peakAfterCollection() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
