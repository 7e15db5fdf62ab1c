package org.dossier.stories.dedup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for each new article, an earlier one it nearly copies (a wire story reprinted, an updated version),
 * with locality-sensitive hashing over MinHash signatures: 32 bands of 4 buckets, so only articles sharing a band
 * are compared. The index holds the most recent {@code capacity} articles.
 */
public final class NearDuplicateIndex {

    /** Estimated Jaccard similarity of word 5-grams from which an article counts as a copy. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    private static final int BANDS = 32;
    private static final int ROWS = MinHashSignatures.BUCKETS / BANDS;

    private final double threshold;
    private final int capacity;
    private final Map<Long, List<String>> bands = new HashMap<>();
    private final Map<String, int[]> signatures = new HashMap<>();
    private final Deque<String> order = new ArrayDeque<>();

    public NearDuplicateIndex(double threshold, int capacity) {
        this.threshold = threshold;
        this.capacity = capacity;
    }

    /** A near-duplicate match: the earlier article and the estimated similarity. */
    public record Match(String original, double similarity) {}

    /** Adds the article and returns the earlier article it copies, or null. */
    public Match add(String id, String text) {
        int[] signature = MinHashSignatures.of(text);
        if (signature.length == 0) {
            return null;
        }
        Set<String> candidates = new LinkedHashSet<>();
        long[] keys = bandKeys(signature);
        for (long key : keys) {
            candidates.addAll(bands.getOrDefault(key, List.of()));
        }
        Match best = null;
        for (String candidate : candidates) {
            double similarity = MinHashSignatures.similarity(signature, signatures.get(candidate));
            if (similarity >= threshold && (best == null || similarity > best.similarity())) {
                best = new Match(candidate, similarity);
            }
        }
        for (long key : keys) {
            bands.computeIfAbsent(key, k -> new ArrayList<>(2)).add(id);
        }
        signatures.put(id, signature);
        order.addLast(id);
        if (order.size() > capacity) {
            forget(order.removeFirst());
        }
        return best;
    }

    /** Writes the articles it holds, oldest first, with their signatures, for a clusterer's saved state. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(order.size());
        for (String id : order) {
            out.writeUTF(id);
            for (int hash : signatures.get(id)) {
                out.writeInt(hash);
            }
        }
    }

    /**
     * Replaces what it holds with what {@link #writeTo} wrote, added again oldest first, so that each band lists
     * its articles in the order they came, as it did when they were added.
     */
    public void readFrom(DataInput in) throws IOException {
        bands.clear();
        signatures.clear();
        order.clear();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            int[] signature = new int[MinHashSignatures.BUCKETS];
            for (int b = 0; b < signature.length; b++) {
                signature[b] = in.readInt();
            }
            for (long key : bandKeys(signature)) {
                bands.computeIfAbsent(key, k -> new ArrayList<>(2)).add(id);
            }
            signatures.put(id, signature);
            order.addLast(id);
        }
    }

    public int size() {
        return signatures.size();
    }

    private void forget(String id) {
        int[] signature = signatures.remove(id);
        for (long key : bandKeys(signature)) {
            List<String> ids = bands.get(key);
            ids.remove(id);
            if (ids.isEmpty()) {
                bands.remove(key);
            }
        }
    }

    /** One key per band: the band's number and its rows' hashes, mixed into a long. */
    private static long[] bandKeys(int[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) {
                key = key * 0x9E3779B97F4A7C15L + signature[b * ROWS + r];
            }
            keys[b] = key;
        }
        return keys;
    }
}
