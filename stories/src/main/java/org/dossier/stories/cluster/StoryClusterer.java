package org.dossier.stories.cluster;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.dossier.stories.dedup.NearDuplicateIndex;
import org.dossier.stories.text.TermVectors;

/**
 * Groups a stream of articles into stories, online: each article, in arrival order, joins the most likely
 * active story or opens a new one. Candidate stories come from a Lucene index of the active articles' key terms
 * and names (BM25), so the cost of an article does not grow with the number of stories; the {@link JoinModel}
 * then gives each candidate a probability from the TF-IDF cosine with the story's centroid, the names they share,
 * the cosine of the article's sentence embedding with the story's (when both have one) and the years they name,
 * which fades with the days between them. Near-copies
 * of an earlier article (MinHash) join its story and are linked to it. Stories age out of the active window, so
 * memory stays bounded. Not thread-safe: a stream has one order.
 *
 * <p>An article that opened a story was judged against stories that were young then: the first articles of a
 * story often share few words, and the story it belonged to may have grown since. So a story that is still small
 * a while after it opened gets a second look: taken as one article (its summed vectors), it is judged by the same
 * model and threshold against the stories active then, and joins the best one that clears it. Larger stories
 * never merge: two grown stories that look alike are as often two look-alike stories as one, and the join model
 * was fitted on articles, not stories. Callers apply the {@link Merge}s that come with an assignment and that
 * {@link #finish()} returns, in order.
 *
 * <p>A stream can be continued later: {@link #save} writes the whole state (document frequencies, active stories
 * with their vectors, the near-copy signatures, the candidate index's entries, second looks pending) and {@link
 * #restore} reads it back, so a store adds new articles without clustering the old ones again. {@link
 * #previewFinish()} gives the merges {@link #finish()} would give without making them, so a batch can show its
 * stories as the end of a stream would while the stream goes on as if it had not ended.
 */
public final class StoryClusterer implements AutoCloseable {

    /**
     * @param threshold the probability, by the join model, from which an article joins its best candidate story
     *     when both have sentence embeddings
     * @param plainThreshold the same when either has none: the model without embeddings has its own threshold
     * @param windowDays stories untouched for longer than this (by publication day) leave the active window
     * @param windowArticles stories untouched for this many articles leave it too (streams without dates)
     * @param keyTerms terms of an article that go into the index and into its query
     * @param candidates stories scored per article
     * @param refreshEvery articles between index refreshes; the ones in between are compared directly
     * @param secondLookSize stories of at most this many articles get a second look (0: none), up to
     *     {@value #MAX_SECOND_LOOK_SIZE}
     * @param model weighs the text, names, embeddings and years an article shares with a candidate story
     */
    public record Config(double threshold, double plainThreshold, int windowDays, int windowArticles,
            int keyTerms, int candidates, int refreshEvery, int secondLookSize, JoinModel model) {

        /** The join model, thresholds and second-look size fitted and chosen on the ECB+ train and dev splits. */
        public static final Config DEFAULT = new Config(0.31, 0.175, 30, 20_000, 24, 12, 64, 3, JoinModel.DEFAULT);

        public Config {
            if (secondLookSize < 0 || secondLookSize > MAX_SECOND_LOOK_SIZE) {
                throw new IllegalArgumentException("secondLookSize must be from 0 to " + MAX_SECOND_LOOK_SIZE
                        + ", not " + secondLookSize);
            }
        }

        /** The same threshold with embeddings and without. */
        public Config withThreshold(double value) {
            return withThresholds(value, value);
        }

        public Config withThresholds(double embedded, double plain) {
            return new Config(embedded, plain, windowDays, windowArticles, keyTerms, candidates, refreshEvery,
                    secondLookSize, model);
        }

        public Config withWindowArticles(int value) {
            return new Config(threshold, plainThreshold, windowDays, value, keyTerms, candidates, refreshEvery,
                    secondLookSize, model);
        }

        public Config withSecondLookSize(int value) {
            return new Config(threshold, plainThreshold, windowDays, windowArticles, keyTerms, candidates,
                    refreshEvery, value, model);
        }

        public Config withModel(JoinModel value) {
            return new Config(threshold, plainThreshold, windowDays, windowArticles, keyTerms, candidates,
                    refreshEvery, secondLookSize, value);
        }

        double threshold(JoinFeatures features) {
            return features.hasEmbedding() ? threshold : plainThreshold;
        }
    }

    /**
     * Where an article went: its story, the score that put it there (0 for a new story), the article it copies; and
     * the small stories that joined others on a second look right after it was placed (apply them after it).
     */
    public record Assignment(String articleId, String storyId, double score, String duplicateOf,
            List<Merge> merges) {}

    /** Every article of story {@code from} now belongs to story {@code into}; {@code score} put it there. */
    public record Merge(String from, String into, double score) {

        /** Moves {@code from}'s items to the end of {@code into}'s, in a caller's items by story id. */
        public <T> void applyTo(Map<String, List<T>> stories) {
            List<T> moved = stories.remove(from);
            if (moved != null) {
                stories.computeIfAbsent(into, id -> new ArrayList<>()).addAll(moved);
            }
        }
    }

    /** No larger: a story's {@code indexed} articles must be all its articles for a merge to move them. */
    public static final int MAX_SECOND_LOOK_SIZE = 16;

    private static final int CENTROID_TERMS = 300;
    private static final int SWEEP_EVERY = 512;
    /** Articles after its first before a small story gets its second look; {@link #finish()} does not wait. */
    private static final int SECOND_LOOK_AFTER = SWEEP_EVERY;
    private static final int MAX_QUERY_NAMES = 12;
    private static final int INDEXED_PER_STORY = 32;
    private static final int MAX_NAMES = 200_000;
    /** The story's number as doc values, apart from the indexed id: only doc-values-only fields can be updated. */
    private static final String STORY_NUMBER = "storyNumber";

    private final Config config;
    private final TermVectors vectors = new TermVectors();
    private final NearDuplicateIndex duplicates;
    /**
     * Each file as one byte array: the default splits files into many buffers, and slicing those for every term of
     * every query was a fifth of the clustering time.
     */
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * The active stories by number. A story is its number inside the clusterer; its id ({@link #storyId}, "s" and
     * the number) is made only for the callers, in assignments and merges.
     */
    private final Map<Long, ActiveStory> active = new HashMap<>();
    /** The story of each recent article, for near-copies to find; as many as the near-duplicate index holds. */
    private final Map<String, Long> storyOfArticle;
    private final Map<String, Integer> nameFrequency = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    /** The story of each caller's key, for articles added with {@link #addKnown}. */
    private final Map<String, Long> knownStories = new HashMap<>();
    private long sequence;
    private long latestDay = Long.MIN_VALUE;
    private long storiesOpened;

    /**
     * What the candidate index holds of each article in it, so that a saved state can index them again: its place
     * in the order indexed, the story it was indexed under ({@code field}) and the story its doc values now name.
     */
    private static final class IndexedArticle {
        final String article;
        final long order;
        final long field;
        long number;
        final List<String> keys;

        IndexedArticle(String article, long order, long field, long number, List<String> keys) {
            this.article = article;
            this.order = order;
            this.field = field;
            this.number = number;
            this.keys = keys;
        }
    }

    private final Map<String, IndexedArticle> indexedArticles = new HashMap<>();
    private final Map<Long, Set<String>> articlesByField = new HashMap<>();
    /** Entries deleted since the last refresh: the searcher still sees them, and so must a restored one. */
    private final List<IndexedArticle> deletedSinceRefresh = new ArrayList<>();
    private long indexOrder;
    private long refreshedThrough;

    private record Pending(long story, Set<String> keys) {}

    public StoryClusterer(Config config) {
        this.config = config;
        this.duplicates = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD, config.windowArticles());
        this.storyOfArticle = new java.util.LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > config.windowArticles();
            }
        };
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory story index", e);
        }
    }

    public Assignment add(ClusterDocument doc) {
        return add(doc, null, null);
    }

    /**
     * Adds an article whose story is known, for fitting a {@link JoinModel}: it goes into the story the caller
     * names by {@code storyKey} (any string, the same for all articles of one story), and the features of every
     * candidate story it was scored against come back, each marked with whether it is that story.
     */
    public List<JoinExample> addKnown(ClusterDocument doc, String storyKey) {
        List<JoinExample> examples = new ArrayList<>();
        long known = knownStories.computeIfAbsent(storyKey, key -> ++storiesOpened);
        add(doc, known, (story, features) -> examples.add(new JoinExample(features, story == known)));
        return examples;
    }

    /** The id callers know a story by, from its number. */
    static String storyId(long number) {
        return "s" + number;
    }

    private Assignment add(ClusterDocument doc, Long knownStory, BiConsumer<Long, JoinFeatures> scored) {
        sequence++;
        if (doc.day() != null) {
            latestDay = Math.max(latestDay, doc.day());
        }
        Map<String, Float> vector = vectors.addAndVectorize(doc.title(), doc.text());
        Map<String, Float> names = nameVector(doc.names());
        int year = latestYear(doc);
        List<Map.Entry<String, Float>> keyTerms = topTerms(vector, config.keyTerms());
        NearDuplicateIndex.Match copy = duplicates.add(doc.id(), doc.text());
        Long number = copy == null ? null : storyOfArticle.get(copy.original());
        double score = number == null ? 0 : copy.similarity();
        if (knownStory != null) {
            best(doc, vector, names, keyTerms, year, null, scored);
            number = knownStory;
        } else if (number == null) {
            Scored best = best(doc, vector, names, keyTerms, year, null, null);
            if (best != null && best.score() >= best.threshold()) {
                number = best.story().number;
                score = best.score();
            }
        }
        if (number == null) {
            number = ++storiesOpened;
        }
        // A copy of an article whose story has left the window (a reprint weeks later) reopens that story.
        ActiveStory story = active.computeIfAbsent(number, ActiveStory::new);
        story.add(doc, vector, names, sequence);
        story.addYear(year);
        storyOfArticle.put(doc.id(), number);
        index(doc, number, keyTerms);
        List<Merge> merges = List.of();
        if (sequence % SWEEP_EVERY == 0) {
            // Stories known to the caller are not the clusterer's to merge.
            merges = knownStory == null ? lookAgain(sequence - SECOND_LOOK_AFTER) : List.of();
            retireOldStories();
        }
        return new Assignment(doc.id(), storyId(number), score, copy == null ? null : copy.original(), merges);
    }

    /**
     * The end of the stream (or of a batch of it): every small story that has not had its second look gets it now.
     * Returns the merges, to apply in order.
     */
    public List<Merge> finish() {
        return lookAgain(Long.MAX_VALUE);
    }

    /** Second looks for the small stories opened at or before {@code openedBy} that have not had one. */
    private List<Merge> lookAgain(long openedBy) {
        if (config.secondLookSize() == 0) {
            return List.of();
        }
        List<ActiveStory> due = new ArrayList<>();
        for (ActiveStory story : active.values()) {
            if (!story.lookedAgain && story.firstSequence <= openedBy) {
                story.lookedAgain = true;
                if (story.size <= config.secondLookSize()) {
                    due.add(story);
                }
            }
        }
        due.sort(Comparator.comparingLong(story -> story.firstSequence));
        List<Merge> merges = new ArrayList<>();
        for (ActiveStory story : due) {
            // A story that took in others on this pass is judged by what it has become.
            if (active.get(story.number) == story && story.size <= config.secondLookSize()) {
                Scored best = bestOther(story);
                if (best != null && best.score() >= best.threshold()) {
                    merge(story, best.story());
                    merges.add(new Merge(storyId(story.number), storyId(best.story().number), best.score()));
                }
            }
        }
        if (!merges.isEmpty()) {
            refresh();
        }
        return merges;
    }

    /** The story's best candidate among the others, judged as if the story were one article. */
    private Scored bestOther(ActiveStory story) {
        return bestOther(story, active::get, Function.identity());
    }

    /**
     * The same, with the stories looked up by {@code lookup} and the stories of the articles indexed since the last
     * refresh mapped by {@code pendingStory}: {@link #previewFinish()} judges against stories as merged so far.
     */
    private Scored bestOther(ActiveStory story, Function<Long, ActiveStory> lookup,
            Function<Long, Long> pendingStory) {
        Map<String, Float> vector = story.unitCentroid();
        Map<String, Float> names = story.unitNames();
        ClusterDocument asArticle = new ClusterDocument(storyId(story.number), story.lastDay, null, "", Set.of(),
                story.unitEmbedding());
        return best(asArticle, vector, names, topTerms(vector, config.keyTerms()), story.year(), story, null,
                lookup, pendingStory);
    }

    /**
     * The merges {@link #finish()} would return now, without making them: the clusterer stays as it is, so the
     * stream can go on as if it had not ended (a store shows a batch's stories as the end of the stream would, and
     * the next batch continues the stream). The same second looks in the same order, each judged against copies of
     * the stories as merged so far; the candidate index is not refreshed during a pass in {@link #finish()}
     * either, so an entry of a story merged away names a story that is gone in both.
     */
    public List<Merge> previewFinish() {
        if (config.secondLookSize() == 0) {
            return List.of();
        }
        List<ActiveStory> due = new ArrayList<>();
        for (ActiveStory story : active.values()) {
            if (!story.lookedAgain && story.size <= config.secondLookSize()) {
                due.add(story);
            }
        }
        due.sort(Comparator.comparingLong(story -> story.firstSequence));
        Map<Long, ActiveStory> grown = new HashMap<>();
        Map<Long, Long> mergedInto = new HashMap<>();
        Function<Long, ActiveStory> lookup = number -> mergedInto.containsKey(number) ? null
                : grown.getOrDefault(number, active.get(number));
        Function<Long, Long> pendingStory = number -> {
            Long story = number;
            while (mergedInto.containsKey(story)) {
                story = mergedInto.get(story);
            }
            return story;
        };
        List<Merge> merges = new ArrayList<>();
        for (ActiveStory original : due) {
            ActiveStory story = lookup.apply(original.number);
            if (story != null && story.size <= config.secondLookSize()) {
                Scored best = bestOther(story, lookup, pendingStory);
                if (best != null && best.score() >= best.threshold()) {
                    ActiveStory into = grown.computeIfAbsent(best.story().number,
                            number -> new ActiveStory(best.story()));
                    into.absorb(story);
                    grown.remove(story.number);
                    mergedInto.put(story.number, into.number);
                    merges.add(new Merge(storyId(story.number), storyId(into.number), best.score()));
                }
            }
        }
        return merges;
    }

    /** Moves every article of {@code from} into {@code into}: its sums, its index entries, its near-copy links. */
    private void merge(ActiveStory from, ActiveStory into) {
        into.absorb(from);
        active.remove(from.number);
        for (String article : from.indexed) {
            storyOfArticle.computeIfPresent(article, (key, story) -> into.number);
        }
        pending.replaceAll(p -> p.story() == from.number ? new Pending(into.number, p.keys()) : p);
        try {
            into.indexedStories.add(from.number);
            into.indexedStories.addAll(from.indexedStories);
            writer.updateNumericDocValue(storyTerm(from.number), STORY_NUMBER, into.number);
            renumber(from.number, into.number);
            for (long merged : from.indexedStories) {
                writer.updateNumericDocValue(storyTerm(merged), STORY_NUMBER, into.number);
                renumber(merged, into.number);
            }
            into.indexed.addAll(from.indexed);
            trimIndexed(into);
        } catch (IOException e) {
            throw new UncheckedIOException("updating the in-memory story index", e);
        }
    }

    /** Stories in the active window now. */
    public int activeStories() {
        return active.size();
    }

    private record Scored(ActiveStory story, double score, double threshold) {}

    /** Unit-length vector of the names, each weighted by how rare it is in the stream: "Aceh" tells more than "US". */
    private Map<String, Float> nameVector(Set<String> names) {
        Map<String, Float> vector = new HashMap<>();
        double norm = 0;
        if (nameFrequency.size() > MAX_NAMES) {
            nameFrequency.replaceAll((name, df) -> df / 2); // forget one-off names, as TermVectors does terms
            nameFrequency.values().removeIf(df -> df == 0);
        }
        for (String name : names) {
            int df = nameFrequency.merge(name, 1, Integer::sum);
            double weight = Math.log((sequence + 1.0) / df) + 1.0;
            vector.put(name, (float) weight);
            norm += weight * weight;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        vector.replaceAll((name, weight) -> weight * scale);
        return vector;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

    /** The latest year from 1950 on that the text names, not after its publication year; 0 when none. */
    static int latestYear(ClusterDocument doc) {
        int cap = doc.day() == null ? 9999 : java.time.LocalDate.ofEpochDay(doc.day()).getYear();
        int latest = 0;
        java.util.regex.Matcher m = YEAR.matcher(doc.text());
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y <= cap) {
                latest = Math.max(latest, y);
            }
        }
        return latest;
    }

    /** The candidate story most likely to hold the article, other than {@code excluded} (the article itself). */
    private Scored best(ClusterDocument doc, Map<String, Float> vector, Map<String, Float> names,
            List<Map.Entry<String, Float>> keyTerms, int year, ActiveStory excluded,
            BiConsumer<Long, JoinFeatures> scored) {
        return best(doc, vector, names, keyTerms, year, excluded, scored, active::get, Function.identity());
    }

    private Scored best(ClusterDocument doc, Map<String, Float> vector, Map<String, Float> names,
            List<Map.Entry<String, Float>> keyTerms, int year, ActiveStory excluded,
            BiConsumer<Long, JoinFeatures> scored, Function<Long, ActiveStory> lookup,
            Function<Long, Long> pendingStory) {
        Scored best = null;
        for (long number : candidates(topTerms(names, MAX_QUERY_NAMES), keyTerms, pendingStory)) {
            ActiveStory story = lookup.apply(number);
            if (story == null || excluded != null && story.number == excluded.number) {
                continue;
            }
            JoinFeatures features = features(doc, vector, names, year, story);
            if (scored != null) {
                scored.accept(story.number, features);
            }
            double score = config.model().probability(features) * timeFactor(doc.day(), story.lastDay);
            if (best == null || score > best.score()) {
                best = new Scored(story, score, config.threshold(features));
            }
        }
        return best;
    }

    /**
     * The years count only when a publication day is missing on either side: the latest year a text names is a
     * fair bound of when it was written, and look-alike stories of different years (two earthquakes in one region,
     * two arrests of one sect's leaders) then stay apart; when both are dated, the days decide.
     */
    private static JoinFeatures features(ClusterDocument doc, Map<String, Float> vector, Map<String, Float> names,
            int year, ActiveStory story) {
        double embedding = doc.embedding() != null && story.embedding != null
                ? story.embeddingCosine(doc.embedding()) : Double.NaN;
        boolean yearsCount = (doc.day() == null || story.lastDay == null) && year > 0 && story.year() > 0;
        return new JoinFeatures(ActiveStory.cosine(story.centroid, story.norm, vector),
                ActiveStory.cosine(story.nameCentroid, story.nameNorm, names), embedding,
                yearsCount && Math.abs(year - story.year()) >= 2, yearsCount && year == story.year());
    }

    /** Within three days counts fully; beyond, similarity fades on a two-week scale. */
    private static double timeFactor(Long day, Long storyDay) {
        if (day == null || storyDay == null) {
            return 1;
        }
        long gap = Math.abs(day - storyDay);
        return gap <= 3 ? 1 : Math.exp(-(gap - 3) / 14.0);
    }

    /** Stories whose indexed articles share key terms or names (the rarest ones, which tell most) with this one. */
    private Set<Long> candidates(List<Map.Entry<String, Float>> rarestNames, List<Map.Entry<String, Float>> top,
            Function<Long, Long> pendingStory) {
        Set<String> keys = new LinkedHashSet<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> term : top) {
            keys.add("t:" + term.getKey());
            query.add(new BoostQuery(new TermQuery(new Term("key", "t:" + term.getKey())), term.getValue()),
                    BooleanClause.Occur.SHOULD);
        }
        for (Map.Entry<String, Float> name : rarestNames) {
            keys.add("n:" + name.getKey());
            query.add(new BoostQuery(new TermQuery(new Term("key", "n:" + name.getKey())), 0.5f),
                    BooleanClause.Occur.SHOULD);
        }
        Set<Long> stories = new LinkedHashSet<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                ScoreDoc[] hits = searcher.search(query.build(), config.candidates()).scoreDocs;
                Arrays.sort(hits, Comparator.comparingInt((ScoreDoc h) -> h.doc));
                for (ScoreDoc hit : hits) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                    NumericDocValues story = leaf.reader().getNumericDocValues(STORY_NUMBER);
                    if (story != null && story.advanceExact(hit.doc - leaf.docBase)) {
                        stories.add(story.longValue());
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory story index", e);
        }
        for (Pending p : pending) {
            for (String key : p.keys()) {
                if (keys.contains(key)) {
                    stories.add(pendingStory.apply(p.story()));
                    break;
                }
            }
        }
        return stories;
    }

    /**
     * The index term of the entries indexed under story {@code number}, for deleting them and for giving them
     * another story's number when it is merged: a key, never read back (the doc values give the number).
     */
    private static Term storyTerm(long number) {
        return new Term("story", Long.toString(number));
    }

    private void index(ClusterDocument doc, long number, List<Map.Entry<String, Float>> keyTerms) {
        Document indexed = new Document();
        indexed.add(new StringField(storyTerm(number).field(), storyTerm(number).text(), Field.Store.NO));
        indexed.add(new StringField("article", doc.id(), Field.Store.NO));
        indexed.add(new NumericDocValuesField(STORY_NUMBER, number));
        Set<String> keys = new LinkedHashSet<>();
        for (Map.Entry<String, Float> term : keyTerms) {
            keys.add("t:" + term.getKey());
        }
        for (String name : doc.names()) {
            keys.add("n:" + name);
        }
        for (String key : keys) {
            indexed.add(new StringField("key", key, Field.Store.NO));
        }
        try {
            writer.addDocument(indexed);
            IndexedArticle entry = new IndexedArticle(doc.id(), ++indexOrder, number, number, List.copyOf(keys));
            indexedArticles.put(doc.id(), entry);
            articlesByField.computeIfAbsent(number, field -> new LinkedHashSet<>()).add(doc.id());
            ActiveStory story = active.get(number);
            story.indexed.addLast(doc.id());
            trimIndexed(story);
            pending.add(new Pending(number, keys));
        } catch (IOException e) {
            throw new UncheckedIOException("indexing in memory", e);
        }
        if (pending.size() >= config.refreshEvery()) {
            refresh();
        }
    }

    /** A story's most recent articles represent it well enough; older ones only lengthen postings. */
    private void trimIndexed(ActiveStory story) throws IOException {
        while (story.indexed.size() > INDEXED_PER_STORY) {
            String article = story.indexed.removeFirst();
            writer.deleteDocuments(new Term("article", article));
            IndexedArticle entry = indexedArticles.remove(article);
            if (entry != null) {
                Set<String> ofField = articlesByField.get(entry.field);
                ofField.remove(article);
                if (ofField.isEmpty()) {
                    articlesByField.remove(entry.field);
                }
                deletedSinceRefresh.add(entry);
            }
        }
    }

    /** The entries indexed under {@code field} now name story {@code number}, as their doc values do. */
    private void renumber(long field, long number) {
        for (String article : articlesByField.getOrDefault(field, Set.of())) {
            indexedArticles.get(article).number = number;
        }
    }

    /** The entries indexed under {@code field} are deleted, as its documents are. */
    private void forgetField(long field) {
        Set<String> articles = articlesByField.remove(field);
        if (articles != null) {
            for (String article : articles) {
                deletedSinceRefresh.add(indexedArticles.remove(article));
            }
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("refreshing the in-memory story index", e);
        }
        pending.clear();
        deletedSinceRefresh.clear();
        refreshedThrough = indexOrder;
    }

    private void retireOldStories() {
        try {
            for (Iterator<ActiveStory> it = active.values().iterator(); it.hasNext(); ) {
                ActiveStory story = it.next();
                boolean stale = sequence - story.lastSequence > config.windowArticles()
                        || story.lastDay != null && latestDay - story.lastDay > config.windowDays();
                if (stale) {
                    writer.deleteDocuments(storyTerm(story.number));
                    forgetField(story.number);
                    for (long merged : story.indexedStories) {
                        writer.deleteDocuments(storyTerm(merged));
                        forgetField(merged);
                    }
                    it.remove();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("updating the in-memory story index", e);
        }
    }

    static List<Map.Entry<String, Float>> topTerms(Map<String, Float> vector, int n) {
        List<Map.Entry<String, Float>> entries = new ArrayList<>(vector.entrySet());
        entries.sort(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries.subList(0, Math.min(n, entries.size()));
    }

    /** The format of {@link #save}; a saved state of another format is refused, and the stream built again. */
    private static final int STATE_FORMAT = 2;

    /**
     * Writes the whole state, compressed, so that {@link #restore} continues the stream where it stands: a stream
     * saved and restored between two articles clusters the rest as it would have without the pause. Call it
     * between articles, not after {@link #finish()} (whose merges a continued stream must not have made).
     */
    public void save(OutputStream target) throws IOException {
        DeflaterOutputStream deflater = new DeflaterOutputStream(target, new Deflater(Deflater.BEST_SPEED), 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(deflater, 1 << 16));
        out.writeInt(STATE_FORMAT);
        out.writeLong(sequence);
        out.writeLong(latestDay);
        out.writeLong(storiesOpened);
        vectors.writeTo(out);
        duplicates.writeTo(out);
        writeMap(out, storyOfArticle);
        out.writeInt(nameFrequency.size());
        for (Map.Entry<String, Integer> e : nameFrequency.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        writeMap(out, knownStories);
        out.writeInt(active.size());
        for (ActiveStory story : active.values()) {
            story.writeTo(out);
        }
        List<IndexedArticle> entries = new ArrayList<>(indexedArticles.values());
        entries.addAll(deletedSinceRefresh);
        entries.sort(Comparator.comparingLong(entry -> entry.order));
        Set<IndexedArticle> deleted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        deleted.addAll(deletedSinceRefresh);
        out.writeInt(entries.size());
        for (IndexedArticle entry : entries) {
            out.writeUTF(entry.article);
            out.writeLong(entry.order);
            out.writeLong(entry.field);
            out.writeLong(entry.number);
            out.writeBoolean(deleted.contains(entry));
            writeStrings(out, entry.keys);
        }
        out.writeLong(indexOrder);
        out.writeLong(refreshedThrough);
        out.writeInt(pending.size());
        for (Pending p : pending) {
            out.writeLong(p.story());
            writeStrings(out, p.keys());
        }
        out.flush();
        deflater.finish();
    }

    /**
     * A clusterer in the state {@link #save} wrote, with this configuration (the caller's to keep the same: a
     * state saved under other settings continues under these). The candidate index is built again from its
     * entries in the order they were first indexed, the ones added since the last refresh after a refresh, as the
     * saved searcher saw them. Lucene's term statistics then count no entry deleted before that refresh, where
     * the saved index may still have counted some, which can reorder candidates of nearly equal scores.
     *
     * @throws IOException when the state cannot be read or is of another format
     */
    public static StoryClusterer restore(Config config, InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(source), 1 << 16));
        int format = in.readInt();
        if (format != STATE_FORMAT) {
            throw new IOException("saved clustering state of format " + format + ", not " + STATE_FORMAT);
        }
        StoryClusterer c = new StoryClusterer(config);
        try {
            c.sequence = in.readLong();
            c.latestDay = in.readLong();
            c.storiesOpened = in.readLong();
            c.vectors.readFrom(in);
            c.duplicates.readFrom(in);
            readMap(in, c.storyOfArticle);
            int names = in.readInt();
            for (int i = 0; i < names; i++) {
                c.nameFrequency.put(in.readUTF(), in.readInt());
            }
            readMap(in, c.knownStories);
            int stories = in.readInt();
            for (int i = 0; i < stories; i++) {
                ActiveStory story = ActiveStory.readFrom(in);
                c.active.put(story.number, story);
            }
            int entries = in.readInt();
            List<IndexedArticle> read = new ArrayList<>(entries);
            List<Boolean> wasDeleted = new ArrayList<>(entries);
            for (int i = 0; i < entries; i++) {
                String article = in.readUTF();
                long order = in.readLong();
                long field = in.readLong();
                long number = in.readLong();
                wasDeleted.add(in.readBoolean());
                read.add(new IndexedArticle(article, order, field, number, readStrings(in)));
            }
            c.indexOrder = in.readLong();
            long refreshedThrough = in.readLong();
            List<IndexedArticle> afterRefresh = new ArrayList<>();
            List<IndexedArticle> deleted = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                IndexedArticle entry = read.get(i);
                if (entry.order > refreshedThrough) {
                    afterRefresh.add(entry);
                } else {
                    c.addEntry(entry);
                }
                if (wasDeleted.get(i)) {
                    deleted.add(entry);
                } else {
                    c.indexedArticles.put(entry.article, entry);
                    c.articlesByField.computeIfAbsent(entry.field, id -> new LinkedHashSet<>()).add(entry.article);
                }
            }
            c.searchers.maybeRefreshBlocking();
            for (IndexedArticle entry : afterRefresh) {
                c.addEntry(entry);
            }
            for (IndexedArticle entry : deleted) {
                c.writer.deleteDocuments(new Term("article", entry.article));
            }
            c.deletedSinceRefresh.addAll(deleted);
            c.refreshedThrough = refreshedThrough;
            int pending = in.readInt();
            for (int i = 0; i < pending; i++) {
                long story = in.readLong();
                c.pending.add(new Pending(story, new LinkedHashSet<>(readStrings(in))));
            }
            return c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Indexes a saved entry again, as {@link #index} first did. */
    private void addEntry(IndexedArticle entry) throws IOException {
        Document indexed = new Document();
        indexed.add(new StringField(storyTerm(entry.field).field(), storyTerm(entry.field).text(), Field.Store.NO));
        indexed.add(new StringField("article", entry.article, Field.Store.NO));
        indexed.add(new NumericDocValuesField(STORY_NUMBER, entry.number));
        for (String key : entry.keys) {
            indexed.add(new StringField("key", key, Field.Store.NO));
        }
        writer.addDocument(indexed);
    }

    private static void writeMap(DataOutputStream out, Map<String, Long> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Long> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    private static void readMap(DataInputStream in, Map<String, Long> map) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            map.put(in.readUTF(), in.readLong());
        }
    }

    private static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String value : strings) {
            out.writeUTF(value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> strings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        vectors.close();
    }

    /** A story in the active window: its centroid, names and last article. */
    private static final class ActiveStory {
        final long number;
        final Map<String, Float> centroid = new HashMap<>();
        final Map<String, Float> nameCentroid = new HashMap<>();
        final java.util.ArrayDeque<String> indexed = new java.util.ArrayDeque<>();
        /** Stories merged into this one, whose index entries (still under their own ids) are now its own. */
        final List<Long> indexedStories = new ArrayList<>();
        double norm;
        double nameNorm;
        int size;
        long firstSequence = -1;
        long lastSequence;
        Long lastDay;
        boolean lookedAgain;

        final Map<Integer, Integer> years = new HashMap<>();
        /** The sum of its articles' embeddings, or null while none had one; and the sum's length. */
        float[] embedding;
        double embeddingNorm;

        ActiveStory(long number) {
            this.number = number;
        }

        /** A copy whose sums can grow without changing the original's: for {@link #previewFinish()}. */
        ActiveStory(ActiveStory other) {
            this.number = other.number;
            centroid.putAll(other.centroid);
            nameCentroid.putAll(other.nameCentroid);
            indexed.addAll(other.indexed);
            indexedStories.addAll(other.indexedStories);
            norm = other.norm;
            nameNorm = other.nameNorm;
            size = other.size;
            firstSequence = other.firstSequence;
            lastSequence = other.lastSequence;
            lastDay = other.lastDay;
            lookedAgain = other.lookedAgain;
            years.putAll(other.years);
            embedding = other.embedding == null ? null : other.embedding.clone();
            embeddingNorm = other.embeddingNorm;
        }

        void writeTo(DataOutputStream out) throws IOException {
            out.writeLong(number);
            writeWeights(out, centroid);
            writeWeights(out, nameCentroid);
            writeStrings(out, indexed);
            out.writeInt(indexedStories.size());
            for (long merged : indexedStories) {
                out.writeLong(merged);
            }
            out.writeDouble(norm);
            out.writeDouble(nameNorm);
            out.writeInt(size);
            out.writeLong(firstSequence);
            out.writeLong(lastSequence);
            out.writeBoolean(lastDay != null);
            out.writeLong(lastDay == null ? 0 : lastDay);
            out.writeBoolean(lookedAgain);
            out.writeInt(years.size());
            for (Map.Entry<Integer, Integer> e : years.entrySet()) {
                out.writeInt(e.getKey());
                out.writeInt(e.getValue());
            }
            out.writeInt(embedding == null ? -1 : embedding.length);
            if (embedding != null) {
                for (float value : embedding) {
                    out.writeFloat(value);
                }
            }
            out.writeDouble(embeddingNorm);
        }

        static ActiveStory readFrom(DataInputStream in) throws IOException {
            ActiveStory story = new ActiveStory(in.readLong());
            readWeights(in, story.centroid);
            readWeights(in, story.nameCentroid);
            story.indexed.addAll(readStrings(in));
            int merged = in.readInt();
            for (int i = 0; i < merged; i++) {
                story.indexedStories.add(in.readLong());
            }
            story.norm = in.readDouble();
            story.nameNorm = in.readDouble();
            story.size = in.readInt();
            story.firstSequence = in.readLong();
            story.lastSequence = in.readLong();
            boolean dated = in.readBoolean();
            long day = in.readLong();
            story.lastDay = dated ? day : null;
            story.lookedAgain = in.readBoolean();
            int years = in.readInt();
            for (int i = 0; i < years; i++) {
                story.years.put(in.readInt(), in.readInt());
            }
            int dimensions = in.readInt();
            if (dimensions >= 0) {
                story.embedding = new float[dimensions];
                for (int i = 0; i < dimensions; i++) {
                    story.embedding[i] = in.readFloat();
                }
            }
            story.embeddingNorm = in.readDouble();
            return story;
        }

        private static void writeWeights(DataOutputStream out, Map<String, Float> weights) throws IOException {
            out.writeInt(weights.size());
            for (Map.Entry<String, Float> e : weights.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeFloat(e.getValue());
            }
        }

        private static void readWeights(DataInputStream in, Map<String, Float> weights) throws IOException {
            int size = in.readInt();
            for (int i = 0; i < size; i++) {
                weights.put(in.readUTF(), in.readFloat());
            }
        }

        void addYear(int year) {
            if (year > 0) {
                years.merge(year, 1, Integer::sum);
            }
        }

        int year() {
            int best = 0;
            int count = 0;
            for (Map.Entry<Integer, Integer> e : years.entrySet()) {
                if (e.getValue() > count || e.getValue() == count && e.getKey() > best) {
                    best = e.getKey();
                    count = e.getValue();
                }
            }
            return best;
        }

        void add(ClusterDocument doc, Map<String, Float> vector, Map<String, Float> names, long sequence) {
            norm = addTo(centroid, vector);
            nameNorm = addTo(nameCentroid, names);
            addEmbedding(doc.embedding());
            size++;
            firstSequence = firstSequence < 0 ? sequence : firstSequence;
            lastSequence = sequence;
            if (doc.day() != null) {
                lastDay = lastDay == null ? doc.day() : Math.max(lastDay, doc.day());
            }
        }

        void absorb(ActiveStory other) {
            norm = addTo(centroid, other.centroid);
            nameNorm = addTo(nameCentroid, other.nameCentroid);
            addEmbedding(other.embedding);
            other.years.forEach((year, count) -> years.merge(year, count, Integer::sum));
            size += other.size;
            lastSequence = Math.max(lastSequence, other.lastSequence);
            if (other.lastDay != null) {
                lastDay = lastDay == null ? other.lastDay : Math.max(lastDay, other.lastDay);
            }
        }

        /** Adds an article's embedding, or another story's summed ones, to the sum; none is nothing to add. */
        private void addEmbedding(float[] e) {
            if (e == null) {
                return;
            }
            if (embedding == null) {
                embedding = new float[e.length];
            }
            double squares = 0;
            for (int i = 0; i < embedding.length; i++) {
                embedding[i] += i < e.length ? e[i] : 0;
                squares += (double) embedding[i] * embedding[i];
            }
            embeddingNorm = Math.sqrt(squares);
        }

        /** The summed TF-IDF vectors at unit length: the story read as one article. */
        Map<String, Float> unitCentroid() {
            return unit(centroid, norm);
        }

        Map<String, Float> unitNames() {
            return unit(nameCentroid, nameNorm);
        }

        float[] unitEmbedding() {
            if (embedding == null || embeddingNorm == 0) {
                return null;
            }
            float[] unit = new float[embedding.length];
            for (int i = 0; i < unit.length; i++) {
                unit[i] = (float) (embedding[i] / embeddingNorm);
            }
            return unit;
        }

        private static Map<String, Float> unit(Map<String, Float> sum, double length) {
            Map<String, Float> unit = new HashMap<>();
            if (length > 0) {
                sum.forEach((term, weight) -> unit.put(term, (float) (weight / length)));
            }
            return unit;
        }

        /** Adds the vector to the sum, keeps the sum's heaviest terms, and returns its new length. */
        private static double addTo(Map<String, Float> sum, Map<String, Float> vector) {
            vector.forEach((term, weight) -> sum.merge(term, weight, Float::sum));
            if (sum.size() > 2 * CENTROID_TERMS) {
                List<Map.Entry<String, Float>> keep = new ArrayList<>(topTerms(sum, CENTROID_TERMS));
                sum.clear();
                keep.forEach(e -> sum.put(e.getKey(), e.getValue()));
            }
            double squares = 0;
            for (float w : sum.values()) {
                squares += (double) w * w;
            }
            return Math.sqrt(squares);
        }

        /** Cosine of a unit vector with the summed embeddings. */
        double embeddingCosine(float[] unit) {
            double dot = 0;
            for (int i = 0; i < Math.min(unit.length, embedding.length); i++) {
                dot += embedding[i] * unit[i];
            }
            return embeddingNorm == 0 ? 0 : dot / embeddingNorm;
        }

        static double cosine(Map<String, Float> sum, double norm, Map<String, Float> vector) {
            if (norm == 0) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Float> e : vector.entrySet()) {
                Float w = sum.get(e.getKey());
                if (w != null) {
                    dot += w * e.getValue();
                }
            }
            return dot / norm;
        }
    }

}
