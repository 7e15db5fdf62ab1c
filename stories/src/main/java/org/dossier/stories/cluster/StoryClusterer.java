package org.dossier.stories.cluster;

import java.io.IOException;
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
    private final Map<String, ActiveStory> active = new HashMap<>();
    /** The story of each recent article, for near-copies to find; as many as the near-duplicate index holds. */
    private final Map<String, String> storyOfArticle;
    private final Map<String, Integer> nameFrequency = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    /** The story of each caller's key, for articles added with {@link #addKnown}. */
    private final Map<String, String> knownStories = new HashMap<>();
    private long sequence;
    private long latestDay = Long.MIN_VALUE;
    private int storiesOpened;

    private record Pending(String storyId, Set<String> keys) {}

    public StoryClusterer(Config config) {
        this.config = config;
        this.duplicates = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD, config.windowArticles());
        this.storyOfArticle = new java.util.LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
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
        String storyId = knownStories.computeIfAbsent(storyKey, key -> "s" + (++storiesOpened));
        add(doc, storyId, (story, features) -> examples.add(new JoinExample(features, story.equals(storyId))));
        return examples;
    }

    private Assignment add(ClusterDocument doc, String knownStory,
            BiConsumer<String, JoinFeatures> scored) {
        sequence++;
        if (doc.day() != null) {
            latestDay = Math.max(latestDay, doc.day());
        }
        Map<String, Float> vector = vectors.addAndVectorize(doc.title(), doc.text());
        Map<String, Float> names = nameVector(doc.names());
        int year = latestYear(doc);
        List<Map.Entry<String, Float>> keyTerms = topTerms(vector, config.keyTerms());
        NearDuplicateIndex.Match copy = duplicates.add(doc.id(), doc.text());
        String storyId = copy == null ? null : storyOfArticle.get(copy.original());
        double score = storyId == null ? 0 : copy.similarity();
        if (knownStory != null) {
            best(doc, vector, names, keyTerms, year, null, scored);
            storyId = knownStory;
        } else if (storyId == null) {
            Scored best = best(doc, vector, names, keyTerms, year, null, null);
            if (best != null && best.score() >= best.threshold()) {
                storyId = best.story().id;
                score = best.score();
            }
        }
        if (storyId == null) {
            storyId = "s" + (++storiesOpened);
        }
        // A copy of an article whose story has left the window (a reprint weeks later) reopens that story.
        ActiveStory story = active.computeIfAbsent(storyId, ActiveStory::new);
        story.add(doc, vector, names, sequence);
        story.addYear(year);
        storyOfArticle.put(doc.id(), storyId);
        index(doc, storyId, keyTerms);
        List<Merge> merges = List.of();
        if (sequence % SWEEP_EVERY == 0) {
            // Stories known to the caller are not the clusterer's to merge.
            merges = knownStory == null ? lookAgain(sequence - SECOND_LOOK_AFTER) : List.of();
            retireOldStories();
        }
        return new Assignment(doc.id(), storyId, score, copy == null ? null : copy.original(), merges);
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
            if (active.get(story.id) == story && story.size <= config.secondLookSize()) {
                Scored best = bestOther(story);
                if (best != null && best.score() >= best.threshold()) {
                    merge(story, best.story());
                    merges.add(new Merge(story.id, best.story().id, best.score()));
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
        Map<String, Float> vector = story.unitCentroid();
        Map<String, Float> names = story.unitNames();
        ClusterDocument asArticle = new ClusterDocument(story.id, story.lastDay, null, "", Set.of(),
                story.unitEmbedding());
        return best(asArticle, vector, names, topTerms(vector, config.keyTerms()), story.year(), story, null);
    }

    /** Moves every article of {@code from} into {@code into}: its sums, its index entries, its near-copy links. */
    private void merge(ActiveStory from, ActiveStory into) {
        into.absorb(from);
        active.remove(from.id);
        for (String article : from.indexed) {
            storyOfArticle.computeIfPresent(article, (key, story) -> into.id);
        }
        pending.replaceAll(p -> p.storyId().equals(from.id) ? new Pending(into.id, p.keys()) : p);
        try {
            into.indexedStories.add(from.id);
            into.indexedStories.addAll(from.indexedStories);
            long number = Long.parseLong(into.id.substring(1));
            writer.updateNumericDocValue(new Term("story", from.id), STORY_NUMBER, number);
            for (String merged : from.indexedStories) {
                writer.updateNumericDocValue(new Term("story", merged), STORY_NUMBER, number);
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
            BiConsumer<String, JoinFeatures> scored) {
        Scored best = null;
        for (String id : candidates(topTerms(names, MAX_QUERY_NAMES), keyTerms)) {
            ActiveStory story = active.get(id);
            if (story == null || story == excluded) {
                continue;
            }
            JoinFeatures features = features(doc, vector, names, year, story);
            if (scored != null) {
                scored.accept(story.id, features);
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
    private Set<String> candidates(List<Map.Entry<String, Float>> rarestNames, List<Map.Entry<String, Float>> top) {
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
        Set<String> stories = new LinkedHashSet<>();
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
                        stories.add("s" + story.longValue());
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
                    stories.add(p.storyId());
                    break;
                }
            }
        }
        return stories;
    }

    private void index(ClusterDocument doc, String storyId, List<Map.Entry<String, Float>> keyTerms) {
        Document indexed = new Document();
        indexed.add(new StringField("story", storyId, Field.Store.NO));
        indexed.add(new StringField("article", doc.id(), Field.Store.NO));
        indexed.add(new NumericDocValuesField(STORY_NUMBER, Long.parseLong(storyId.substring(1))));
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
            ActiveStory story = active.get(storyId);
            story.indexed.addLast(doc.id());
            trimIndexed(story);
            pending.add(new Pending(storyId, keys));
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
            writer.deleteDocuments(new Term("article", story.indexed.removeFirst()));
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("refreshing the in-memory story index", e);
        }
        pending.clear();
    }

    private void retireOldStories() {
        try {
            for (Iterator<ActiveStory> it = active.values().iterator(); it.hasNext(); ) {
                ActiveStory story = it.next();
                boolean stale = sequence - story.lastSequence > config.windowArticles()
                        || story.lastDay != null && latestDay - story.lastDay > config.windowDays();
                if (stale) {
                    writer.deleteDocuments(new Term("story", story.id));
                    for (String merged : story.indexedStories) {
                        writer.deleteDocuments(new Term("story", merged));
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

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        vectors.close();
    }

    /** A story in the active window: its centroid, names and last article. */
    private static final class ActiveStory {
        final String id;
        final Map<String, Float> centroid = new HashMap<>();
        final Map<String, Float> nameCentroid = new HashMap<>();
        final java.util.ArrayDeque<String> indexed = new java.util.ArrayDeque<>();
        /** Stories merged into this one, whose index entries (still under their own ids) are now its own. */
        final List<String> indexedStories = new ArrayList<>();
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

        ActiveStory(String id) {
            this.id = id;
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
