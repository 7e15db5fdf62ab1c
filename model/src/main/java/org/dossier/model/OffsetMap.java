package org.dossier.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Maps character offsets in an article's clean text back to offsets in its raw document.
 *
 * <p>The clean text is a sequence of segments, each copied from one place in the raw document. The map stores
 * the start of every segment in both coordinate systems in two sorted arrays and finds a segment by binary
 * search (the idea of Lucene's {@code BaseCharFilter}). Offsets inside a segment are exact when the segment was
 * copied verbatim; where a cleaner decoded entities or collapsed whitespace inside a segment they are
 * approximate, but always inside that segment's raw range.
 */
public final class OffsetMap implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final OffsetMap IDENTITY = new OffsetMap(new int[] {0}, new int[] {0});

    private final int[] cleanStarts;
    private final int[] rawStarts;

    private OffsetMap(int[] cleanStarts, int[] rawStarts) {
        this.cleanStarts = cleanStarts;
        this.rawStarts = rawStarts;
    }

    /** The map of a text that was not changed. */
    public static OffsetMap identity() {
        return IDENTITY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The raw offset of the character at clean offset {@code cleanOffset}. */
    public int toSource(int cleanOffset) {
        if (cleanOffset < 0) {
            throw new IllegalArgumentException("negative offset " + cleanOffset);
        }
        int i = Arrays.binarySearch(cleanStarts, cleanOffset);
        int segment = i >= 0 ? i : -i - 2;
        return rawStarts[segment] + (cleanOffset - cleanStarts[segment]);
    }

    /** The raw range of a clean span; the end is mapped from its last character, so it stays in its segment. */
    public Span toSource(Span clean) {
        int start = toSource(clean.start());
        if (clean.isEmpty()) {
            return new Span(start, start);
        }
        return new Span(start, Math.max(start, toSource(clean.end() - 1) + 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap other
                && Arrays.equals(cleanStarts, other.cleanStarts)
                && Arrays.equals(rawStarts, other.rawStarts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(cleanStarts) + Arrays.hashCode(rawStarts);
    }

    @Override
    public String toString() {
        return "OffsetMap[" + cleanStarts.length + " segments]";
    }

    /** Collects segments in clean-text order. */
    public static final class Builder {
        private int[] clean = new int[16];
        private int[] raw = new int[16];
        private int size;

        private Builder() {}

        /** Declares that clean text from {@code cleanStart} on was copied from raw offset {@code rawStart}. */
        public Builder segment(int cleanStart, int rawStart) {
            if (cleanStart < 0 || rawStart < 0) {
                throw new IllegalArgumentException("negative offset in segment " + cleanStart + " -> " + rawStart);
            }
            if (size > 0 && cleanStart < clean[size - 1]) {
                throw new IllegalStateException(
                        "segments must be added in clean-text order: " + cleanStart + " after " + clean[size - 1]);
            }
            if (size > 0 && cleanStart == clean[size - 1]) {
                raw[size - 1] = rawStart;
                return this;
            }
            if (size == clean.length) {
                clean = Arrays.copyOf(clean, size * 2);
                raw = Arrays.copyOf(raw, size * 2);
            }
            clean[size] = cleanStart;
            raw[size] = rawStart;
            size++;
            return this;
        }

        public OffsetMap build() {
            if (size == 0 || clean[0] != 0) {
                // Text before the first declared segment maps to the start of the raw document.
                segmentAtZero();
            }
            return new OffsetMap(Arrays.copyOf(clean, size), Arrays.copyOf(raw, size));
        }

        private void segmentAtZero() {
            int[] c = new int[size + 1];
            int[] r = new int[size + 1];
            System.arraycopy(clean, 0, c, 1, size);
            System.arraycopy(raw, 0, r, 1, size);
            clean = c;
            raw = r;
            size++;
        }
    }
}
