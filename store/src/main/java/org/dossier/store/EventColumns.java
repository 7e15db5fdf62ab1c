package org.dossier.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.dossier.store.StoreRows.EventFilter;
import org.dossier.store.StoreRows.EventSort;

/**
 * The events view's filter and sort columns of every event, as the view sees them (corrections applied, the
 * rejected ones marked), in memory: one immutable snapshot that {@link EventIndex} replaces when events change.
 * Text values are numbers into dictionaries of their distinct values (few: names, codes, days, countries), so a
 * filter is first decided once per distinct value, then per row by an array lookup; the pages' orders are kept as
 * permutations of the rows, one per sort and direction.
 *
 * <p>Every array is filled before the snapshot is made and never written after, so snapshots share the arrays a
 * change leaves alone, and readers need no lock.
 */
final class EventColumns {

    /** Where an event is: its article and its number within it. */
    record Key(String article, int ordinal) {}

    /** How many events a filter matches in all, and the keys of its page, in the page's order. */
    record Found(long total, List<Key> page) {}

    static final int NONE = -1;
    static final byte LOCATED = 1;
    static final byte REJECTED = 2;

    // Per event (row).
    final int size;
    final int[] article;
    final int[] ordinal;
    final int[] day;
    final int[] actorKey;
    final int[] targetKey;
    final int[] actorCode;
    final int[] targetCode;
    final int[] cameo;
    final byte[] quadClass;
    /** NaN when the event has none. */
    final double[] confidence;
    final int[] country;
    final int[] admin1;
    /** {@link #LOCATED}, {@link #REJECTED}. */
    final byte[] flags;

    // Per article (numbered as in articleIds).
    final String[] articleIds;
    final int[] articleOutlet;
    final int[] articleStory;

    // Dictionaries: a column's number is an index into its dictionary.
    final String[] days;
    final String[] names;
    final String[] codes;
    final String[] cameos;
    final String[] outlets;
    final String[] stories;
    final String[] countries;
    final String[] admin1s;

    /** For each sort and direction ({@link #sortIndex}), the rows in that order. */
    private final int[][] orders;
    /** For each sort and direction, each row's place in {@link #orders} (its inverse). */
    private final int[][] ranks;
    /** The rows with coordinates, and those not rejected, as sets (a bit a row), which most filters start from. */
    private final long[] locatedRows;
    private final long[] standingRows;

    EventColumns(int size, int[] article, int[] ordinal, int[] day, int[] actorKey, int[] targetKey, int[] actorCode,
            int[] targetCode, int[] cameo, byte[] quadClass, double[] confidence, int[] country, int[] admin1,
            byte[] flags, String[] articleIds, int[] articleOutlet, int[] articleStory, String[] days, String[] names,
            String[] codes, String[] cameos, String[] outlets, String[] stories, String[] countries,
            String[] admin1s, int[][] orders) {
        this.size = size;
        this.article = article;
        this.ordinal = ordinal;
        this.day = day;
        this.actorKey = actorKey;
        this.targetKey = targetKey;
        this.actorCode = actorCode;
        this.targetCode = targetCode;
        this.cameo = cameo;
        this.quadClass = quadClass;
        this.confidence = confidence;
        this.country = country;
        this.admin1 = admin1;
        this.flags = flags;
        this.articleIds = articleIds;
        this.articleOutlet = articleOutlet;
        this.articleStory = articleStory;
        this.days = days;
        this.names = names;
        this.codes = codes;
        this.cameos = cameos;
        this.outlets = outlets;
        this.stories = stories;
        this.countries = countries;
        this.admin1s = admin1s;
        this.orders = orders;
        this.ranks = orders == null ? null : inverses(orders);
        this.locatedRows = rowsWith(flags, size, LOCATED, true);
        this.standingRows = rowsWith(flags, size, REJECTED, false);
    }

    /** The rows that have the flag ({@code set}), or have it not. */
    private static long[] rowsWith(byte[] flags, int size, byte flag, boolean set) {
        long[] rows = new long[(size + 63) >>> 6];
        for (int i = 0; i < size; i++) {
            if (((flags[i] & flag) != 0) == set) {
                rows[i >>> 6] |= 1L << i;
            }
        }
        return rows;
    }

    private static int[][] inverses(int[][] orders) {
        int[][] inverse = new int[orders.length][];
        for (int s = 0; s < orders.length; s++) {
            int[] order = orders[s];
            int[] rank = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                rank[order[k]] = k;
            }
            inverse[s] = rank;
        }
        return inverse;
    }

    /** The same columns with their orders ({@link #sortAll}, {@link #ordersAfter}). */
    EventColumns withOrders(int[][] sorted) {
        return new EventColumns(size, article, ordinal, day, actorKey, targetKey, actorCode, targetCode, cameo,
                quadClass, confidence, country, admin1, flags, articleIds, articleOutlet, articleStory, days, names,
                codes, cameos, outlets, stories, countries, admin1s, sorted);
    }

    /** The same events with other stories (after the stories were built again). */
    EventColumns withStories(int[] storyOfArticle, String[] storyNames) {
        return new EventColumns(size, article, ordinal, day, actorKey, targetKey, actorCode, targetCode, cameo,
                quadClass, confidence, country, admin1, flags, articleIds, articleOutlet, storyOfArticle, days, names,
                codes, cameos, outlets, storyNames, countries, admin1s, orders);
    }

    /** Whether the index answers this filter; else it is read with SQL (a place's name, a distance). */
    static boolean covers(EventFilter f) {
        return f.location() == null && f.place().near() == null;
    }

    /** The filter's total and page, as StoreQueries' SQL gives them; the filter must be one it {@link #covers}. */
    Found find(EventFilter f) {
        if (!covers(f)) {
            throw new IllegalArgumentException("the event index does not cover a place's name or a distance");
        }
        // Each condition on a text column is decided once per distinct value (SQL's LIKE and = on the same text).
        boolean[] actorNames = null;
        boolean[] actorCodes = null;
        if (f.actor() != null) {
            String name = f.actor().toLowerCase(Locale.ROOT);
            String code = f.actor().toUpperCase(Locale.ROOT);
            actorNames = mask(names, n -> n.contains(name));
            actorCodes = mask(codes, c -> c.startsWith(code));
        }
        boolean[] targetNames = null;
        boolean[] targetCodes = null;
        if (f.target() != null) {
            String name = f.target().toLowerCase(Locale.ROOT);
            String code = f.target().toUpperCase(Locale.ROOT);
            targetNames = mask(names, n -> n.contains(name));
            targetCodes = mask(codes, c -> c.startsWith(code));
        }
        boolean[] cameoMask = f.cameo() == null ? null : mask(cameos, c -> c.startsWith(f.cameo()));
        // The days' dictionary holds ISO text, whose order is the days' order.
        String from = f.from() == null ? null : f.from().toString();
        String to = f.to() == null ? null : f.to().toString();
        boolean[] dayMask = from == null && to == null ? null : mask(days,
                d -> (from == null || d.compareTo(from) >= 0) && (to == null || d.compareTo(to) <= 0));
        boolean[] outletMask = null;
        if (f.outlet() != null) {
            String key = f.outlet().strip().toLowerCase(Locale.ROOT);
            outletMask = mask(outlets, o -> o.equals(key));
        }
        boolean[] storyMask = f.story() == null ? null : mask(stories, s -> s.equals(f.story()));
        boolean[] countryMask = f.place().country() == null ? null
                : mask(countries, c -> c.equals(f.place().country()));
        boolean[] admin1Mask = f.place().admin1() == null ? null : mask(admin1s, a -> a.equals(f.place().admin1()));
        // One condition at a time over one column, into a set of the rows that pass them all so far: tight loops
        // over an array each, and words of the set that no row passes any more are skipped.
        int words = (size + 63) >>> 6;
        long[] matches = new long[words];
        java.util.Arrays.fill(matches, -1L);
        if (size % 64 != 0) {
            matches[words - 1] = (1L << size) - 1;
        }
        if (!f.withRejected()) {
            and(matches, standingRows);
        }
        if (f.place().located()) {
            and(matches, locatedRows);
        }
        if (storyMask != null) {
            keepArticles(matches, articleStory, storyMask);
        }
        if (outletMask != null) {
            keepArticles(matches, articleOutlet, outletMask);
        }
        keep(matches, country, countryMask);
        keep(matches, admin1, admin1Mask);
        keep(matches, cameo, cameoMask);
        keep(matches, day, dayMask);
        if (f.quadClass() != null) {
            byte quad = (byte) (int) f.quadClass();
            for (int w = 0; w < words; w++) {
                long word = matches[w];
                if (word != 0) {
                    long kept = 0;
                    for (int b = 0, i = w << 6, end = Math.min(64, size - i); b < end; b++, i++) {
                        if (quadClass[i] == quad) {
                            kept |= 1L << b;
                        }
                    }
                    matches[w] = word & kept;
                }
            }
        }
        if (f.minConfidence() != null) {
            double min = f.minConfidence();
            for (int w = 0; w < words; w++) {
                long word = matches[w];
                if (word != 0) {
                    long kept = 0;
                    for (int b = 0, i = w << 6, end = Math.min(64, size - i); b < end; b++, i++) {
                        if (confidence[i] >= min) {
                            kept |= 1L << b;
                        }
                    }
                    matches[w] = word & kept;
                }
            }
        }
        if (actorNames != null) {
            keepAny(matches, new int[][] {actorKey, targetKey, actorCode, targetCode},
                    new boolean[][] {actorNames, actorNames, actorCodes, actorCodes});
        }
        if (targetNames != null) {
            keepAny(matches, new int[][] {targetKey, targetCode}, new boolean[][] {targetNames, targetCodes});
        }
        long total = 0;
        for (long word : matches) {
            total += Long.bitCount(word);
        }
        List<Key> page = new ArrayList<>(Math.min(f.limit(), (int) Math.min(total, Integer.MAX_VALUE)));
        if (total <= f.offset()) {
            return new Found(total, page);
        }
        int sort = sortIndex(f.sort());
        int wanted = f.offset() + f.limit();
        // Walking the sort's order reads about wanted * size / total rows before the page is full; sorting the
        // matches by their place in it costs about total * log(total): the cheaper is taken.
        if ((double) wanted * size / total > 16.0 * total) {
            int[] rank = ranks[sort];
            long[] byRank = new long[(int) total];
            int k = 0;
            for (int w = 0; w < words; w++) {
                for (long word = matches[w]; word != 0; word &= word - 1) {
                    int row = (w << 6) + Long.numberOfTrailingZeros(word);
                    byRank[k++] = ((long) rank[row] << 32) | row;
                }
            }
            java.util.Arrays.sort(byRank);
            for (int i = f.offset(); i < Math.min(byRank.length, wanted); i++) {
                int row = (int) byRank[i];
                page.add(new Key(articleIds[article[row]], ordinal[row]));
            }
            return new Found(total, page);
        }
        int[] order = orders[sort];
        int skip = f.offset();
        for (int k = 0; k < size && page.size() < f.limit(); k++) {
            int row = order[k];
            if ((matches[row >>> 6] & (1L << row)) != 0) {
                if (skip > 0) {
                    skip--;
                } else {
                    page.add(new Key(articleIds[article[row]], ordinal[row]));
                }
            }
        }
        return new Found(total, page);
    }

    /** Keeps the rows whose value of the column passes the mask (all rows when the mask is null). */
    private void keep(long[] matches, int[] column, boolean[] mask) {
        if (mask == null) {
            return;
        }
        for (int w = 0; w < matches.length; w++) {
            long word = matches[w];
            if (word != 0) {
                long kept = 0;
                for (int b = 0, i = w << 6, end = Math.min(64, size - i); b < end; b++, i++) {
                    int v = column[i];
                    if (v >= 0 && mask[v]) {
                        kept |= 1L << b;
                    }
                }
                matches[w] = word & kept;
            }
        }
    }

    /** Keeps the rows whose article's value (outlet, story) passes the mask. */
    private void keepArticles(long[] matches, int[] ofArticle, boolean[] mask) {
        for (int w = 0; w < matches.length; w++) {
            long word = matches[w];
            if (word != 0) {
                long kept = 0;
                for (int b = 0, i = w << 6, end = Math.min(64, size - i); b < end; b++, i++) {
                    int v = ofArticle[article[i]];
                    if (v >= 0 && mask[v]) {
                        kept |= 1L << b;
                    }
                }
                matches[w] = word & kept;
            }
        }
    }

    /** Keeps the rows of which any of the columns passes its mask (a name filter's alternatives). */
    private void keepAny(long[] matches, int[][] columns, boolean[][] masks) {
        for (int w = 0; w < matches.length; w++) {
            long word = matches[w];
            if (word != 0) {
                long kept = 0;
                for (int c = 0; c < columns.length; c++) {
                    int[] column = columns[c];
                    boolean[] mask = masks[c];
                    for (int b = 0, i = w << 6, end = Math.min(64, size - i); b < end; b++, i++) {
                        int v = column[i];
                        if (v >= 0 && mask[v]) {
                            kept |= 1L << b;
                        }
                    }
                }
                matches[w] = word & kept;
            }
        }
    }

    private static void and(long[] matches, long[] rows) {
        for (int w = 0; w < matches.length; w++) {
            matches[w] &= rows[w];
        }
    }

    /** For each value of a dictionary, whether it passes the test. */
    private static boolean[] mask(String[] dictionary, Predicate<String> test) {
        boolean[] mask = new boolean[dictionary.length];
        for (int i = 0; i < dictionary.length; i++) {
            mask[i] = test.test(dictionary[i]);
        }
        return mask;
    }

    // Orders.

    static final int SORTS = EventSort.Key.values().length * 2;

    static int sortIndex(EventSort sort) {
        return sort.key().ordinal() * 2 + (sort.descending() ? 1 : 0);
    }

    static EventSort sortOf(int index) {
        return new EventSort(EventSort.Key.values()[index / 2], index % 2 == 1);
    }

    /** The rows in a sort's order. */
    int[] order(int sortIndex) {
        return orders[sortIndex];
    }

    /**
     * Every sort's order of the rows, each sorted whole: by {@link #compare}'s order, with each dictionary's
     * values ranked once, so that the sort compares numbers, not text.
     */
    int[][] sortAll() {
        int[] dayRank = rankOf(days);
        int[] nameRank = rankOf(names);
        int[] cameoRank = rankOf(cameos);
        int[] articleRank = rankOf(articleIds);
        int[][] all = new int[SORTS][];
        Integer[] rows = new Integer[size];
        for (int s = 0; s < SORTS; s++) {
            for (int i = 0; i < size; i++) {
                rows[i] = i;
            }
            EventSort sort = sortOf(s);
            boolean desc = sort.descending();
            Arrays.sort(rows, (a, b) -> {
                int c = switch (sort.key()) {
                    case date -> compareRank(dayRank, day[a], day[b], desc);
                    case confidence -> compareNumber(confidence[a], confidence[b], desc);
                    case cameo -> compareRank(cameoRank, cameo[a], cameo[b], desc);
                    case actor -> compareRank(nameRank, actorKey[a], actorKey[b], desc);
                };
                if (c == 0 && sort.key() != EventSort.Key.date) {
                    c = compareRank(dayRank, day[a], day[b], false);
                }
                if (c == 0) {
                    c = Integer.compare(articleRank[article[a]], articleRank[article[b]]);
                }
                return c != 0 ? c : Integer.compare(ordinal[a], ordinal[b]);
            });
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = rows[i];
            }
            all[s] = order;
        }
        return all;
    }

    /** Each value's place among the dictionary's values in text order (String.compareTo, as SQL's on H2). */
    private static int[] rankOf(String[] dictionary) {
        Integer[] ids = new Integer[dictionary.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        Arrays.sort(ids, (a, b) -> dictionary[a].compareTo(dictionary[b]));
        int[] rank = new int[dictionary.length];
        for (int k = 0; k < ids.length; k++) {
            rank[ids[k]] = k;
        }
        return rank;
    }

    private static int compareRank(int[] rank, int a, int b, boolean desc) {
        if (a == b) {
            return 0;
        }
        if (a == NONE || b == NONE) {
            return a == NONE ? 1 : -1;
        }
        int c = Integer.compare(rank[a], rank[b]);
        return desc ? -c : c;
    }

    /**
     * StoreQueries.orderBy's order of two rows: the sort's value in its direction, missing values last (a CAMEO
     * code is never missing); ties by day, oldest first and undated last (unless the sort is by day), then by
     * article id and the event's number in it.
     */
    int compare(int sortIndex, int a, int b) {
        EventSort sort = sortOf(sortIndex);
        boolean desc = sort.descending();
        int c = switch (sort.key()) {
            case date -> compareText(days, day[a], day[b], desc);
            case confidence -> compareNumber(confidence[a], confidence[b], desc);
            case cameo -> compareText(cameos, cameo[a], cameo[b], desc);
            case actor -> compareText(names, actorKey[a], actorKey[b], desc);
        };
        if (c == 0 && sort.key() != EventSort.Key.date) {
            c = compareText(days, day[a], day[b], false);
        }
        if (c == 0) {
            c = articleIds[article[a]].compareTo(articleIds[article[b]]);
        }
        return c != 0 ? c : Integer.compare(ordinal[a], ordinal[b]);
    }

    private static int compareText(String[] dictionary, int a, int b, boolean desc) {
        if (a == b) {
            return 0;
        }
        if (a == NONE || b == NONE) {
            return a == NONE ? 1 : -1;
        }
        int c = dictionary[a].compareTo(dictionary[b]);
        return desc ? -c : c;
    }

    private static int compareNumber(double a, double b, boolean desc) {
        boolean noA = Double.isNaN(a);
        boolean noB = Double.isNaN(b);
        if (noA || noB) {
            return noA == noB ? 0 : noA ? 1 : -1;
        }
        int c = Double.compare(a, b);
        return desc ? -c : c;
    }

    /**
     * The orders of a snapshot made from this one's by changing some rows' values and adding rows after the last
     * ({@code moved}: the rows changed and added, of {@code next}): the other rows keep their order; each moved row
     * is put where {@code next}'s values place it.
     */
    int[][] ordersAfter(EventColumns next, int[] moved) {
        boolean[] isMoved = new boolean[next.size];
        for (int row : moved) {
            isMoved[row] = true;
        }
        int[][] all = new int[SORTS][];
        for (int s = 0; s < SORTS; s++) {
            int sort = s;
            int[] old = orders[s];
            int[] kept = new int[old.length];
            int keptSize = 0;
            for (int row : old) {
                if (!isMoved[row]) {
                    kept[keptSize++] = row;
                }
            }
            Integer[] movedSorted = Arrays.stream(moved).boxed().toArray(Integer[]::new);
            Arrays.sort(movedSorted, (a, b) -> next.compare(sort, a, b));
            int[] order = new int[keptSize + moved.length];
            int from = 0;
            int to = 0;
            for (int row : movedSorted) {
                // The first kept row after this one (no two rows tie: the article and number tell them apart).
                int lo = from;
                int hi = keptSize;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (next.compare(sort, kept[mid], row) < 0) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                System.arraycopy(kept, from, order, to, lo - from);
                to += lo - from;
                from = lo;
                order[to++] = row;
            }
            System.arraycopy(kept, from, order, to, keptSize - from);
            all[s] = order;
        }
        return all;
    }

    /** About how many bytes the snapshot's arrays take (its dictionaries' strings not counted). */
    long bytes() {
        long perRow = 4L * 10 + 1 + 8 + 1 + 4L * SORTS * 2;
        long perArticle = 4L * 2 + 8;
        return perRow * size + perArticle * articleIds.length;
    }
}
