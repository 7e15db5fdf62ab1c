package org.dossier.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import java.util.function.Consumer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.DocValues;
import java.util.LinkedHashSet;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;

/**
 * Full-text search over articles, quotes and events, in a Lucene index beside the database. The database is the
 * record of truth: each commit of the index notes the last article ({@code seq}) it holds, and a store that was
 * interrupted indexes the articles after that on its next opening. Adding an item twice replaces it.
 */
public final class SearchIndex implements AutoCloseable {

    /** What a hit is. */
    public enum Kind { article, quote, event }

    /** One hit: the item's text, where it is in its article, and a short excerpt around the query's words. */
    /**
     * A hit: {@code marks} are the spans of the excerpt that hold a word of the query (as the index reads words:
     * "crimes" marks "crime"), for a page to highlight.
     */
    public record Hit(Kind kind, String article, String title, String excerpt, int start, int end, float score,
            List<Mark> marks) {}

    /** Characters {@code start} to {@code end} of an excerpt. */
    public record Mark(int start, int end) {}

    private static final String SEQ = "seq";
    private static final int EXCERPT = 240;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index, first checking it: a damaged index (a file cut short or with bytes that fail its checksum,
     * a missing commit point) is derived data, so it is emptied, with a notice, to be filled again from the
     * database ({@link #indexedThrough()} is then 0).
     */
    static SearchIndex open(Path dir, Consumer<String> notices) {
        try {
            Files.createDirectories(dir);
            FSDirectory directory = FSDirectory.open(dir);
            try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                String damage = damage(directory);
                if (damage != null) {
                    notices.accept("The search index in " + dir + " is damaged (" + damage + "); rebuilding it "
                            + "from the database.");
                    for (String file : directory.listAll()) {
                        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                            directory.deleteFile(file);
                        }
                    }
                }
            } catch (LockObtainFailedException e) {
                throw new StoreException("the search index in " + dir + " is in use by another process; stop it "
                        + "(a running 'dossier serve' or 'ingest' on this store) and try again", e);
            }
            IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new SearchIndex(new IndexWriter(directory, config));
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + dir + ": " + e.getMessage()
                    + " (it can be deleted: the store rebuilds it from the database)", e);
        }
    }

    /** What is wrong with the index, or null when it is sound or empty: every segment's checksums are read. */
    static String damage(Directory directory) throws IOException {
        boolean hasFiles = java.util.Arrays.stream(directory.listAll())
                .anyMatch(f -> !f.equals(IndexWriter.WRITE_LOCK_NAME) && !f.startsWith("extra"));
        if (!hasFiles) {
            return null;
        }
        if (!DirectoryReader.indexExists(directory)) {
            return "files without a commit point (no segments file)";
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage();
            return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst()
                    .orElse(message));
        }
    }

    /** Empties the index, to be filled again from the database. */
    void clear() {
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(SEQ, "0").entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the search index", e);
        }
    }

    /** The last article ({@code seq}) of the last commit: everything up to it is searchable after a crash. */
    long indexedThrough() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (SEQ.equals(e.getKey())) {
                return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    void add(ArticleRecord a) {
        if (a.failed() || a.text() == null) {
            return;
        }
        try {
            writer.updateDocument(new Term("key", "a:" + a.id()),
                    doc("a:" + a.id(), Kind.article, a, a.title(), a.text(), 0, a.text().length()));
            int i = 0;
            for (QuoteRecord q : a.quotes()) {
                String text = (q.speaker() == null ? "" : q.speaker() + ": ") + q.text();
                writer.updateDocument(new Term("key", "q:" + a.id() + ":" + i),
                        doc("q:" + a.id() + ":" + i++, Kind.quote, a, a.title(), text, q.start(), q.end()));
            }
            i = 0;
            for (EventRecord e : a.events()) {
                writer.updateDocument(new Term("key", "e:" + a.id() + ":" + i),
                        doc("e:" + a.id() + ":" + i++, Kind.event, a, a.title(), e.text(), e.start(), e.end()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + a.id(), e);
        }
    }

    private static Document doc(String key, Kind kind, ArticleRecord a, String title, String text, int start,
            int end) {
        Document d = new Document();
        d.add(new StringField("key", key, Field.Store.YES));
        d.add(new StringField("kind", kind.name(), Field.Store.YES));
        d.add(new StringField("article", a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField("article", new BytesRef(a.id())));
        d.add(new TextField("text", text, Field.Store.YES));
        if (title != null) {
            d.add(new TextField("title", title, Field.Store.YES));
        }
        d.add(new StoredField("start", start));
        d.add(new StoredField("end", end));
        return d;
    }

    /** Makes everything added so far visible to searches, without making it durable (no commit, no fsync). */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index", e);
        }
    }

    /** Makes everything added so far durable and visible, noting the last article it holds. */
    void commit(long throughSeq) {
        try {
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(throughSeq)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /**
     * The articles of the best hits (of any kind), best first, without their texts: what a story search needs,
     * read from doc values rather than stored fields.
     */
    public List<String> matchingArticles(String queryText, int maxHits) {
        Query query = parse(queryText, null);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                LinkedHashSet<String> articles = new LinkedHashSet<>();
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                for (ScoreDoc sd : searcher.search(query, Math.max(1, maxHits)).scoreDocs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                    SortedDocValues ids = DocValues.getSorted(leaf.reader(), "article");
                    if (ids.advanceExact(sd.doc - leaf.docBase)) {
                        articles.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
                    }
                }
                return List.copyOf(articles);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** How many items (of the kind, when given) match the query. */
    public int count(String queryText, Kind kind) {
        Query query = parse(queryText, kind);
        if (query == null) {
            return 0;
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** Every article with an item that matches the query, in no order: read from doc values, not scored. */
    public java.util.Set<String> allMatchingArticles(String queryText) {
        Query query = parse(queryText, null);
        if (query == null) {
            return java.util.Set.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                java.util.Set<String> articles = new java.util.HashSet<>();
                searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
                    private SortedDocValues ids;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) throws IOException {
                        ids = DocValues.getSorted(context.reader(), "article");
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (ids.advanceExact(doc)) {
                            articles.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
                        }
                    }

                    @Override
                    public org.apache.lucene.search.ScoreMode scoreMode() {
                        return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
                    }
                });
                return articles;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * The query over the index. An article matches by its text or its title; a quote or an event by its own words
     * only: their documents carry the article's title to show it, and matching it listed every quote of an
     * article whose title held a query word.
     */
    private Query parse(String queryText, Kind kind) {
        if (queryText == null || queryText.isBlank()) {
            return null;
        }
        SimpleQueryParser textOrTitle = new SimpleQueryParser(analyzer, Map.of("text", 1.0f, "title", 2.0f));
        textOrTitle.setDefaultOperator(BooleanClause.Occur.MUST);
        SimpleQueryParser textOnly = new SimpleQueryParser(analyzer, "text");
        textOnly.setDefaultOperator(BooleanClause.Occur.MUST);
        Query inArticles = textOrTitle.parse(queryText);
        Query inItems = textOnly.parse(queryText);
        if (inArticles == null && inItems == null) {
            return null;
        }
        TermQuery articles = new TermQuery(new Term("kind", Kind.article.name()));
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (inArticles != null) {
            either.add(new BooleanQuery.Builder().add(inArticles, BooleanClause.Occur.MUST)
                    .add(articles, BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD);
        }
        if (inItems != null) {
            either.add(new BooleanQuery.Builder().add(inItems, BooleanClause.Occur.MUST)
                    .add(articles, BooleanClause.Occur.MUST_NOT).build(), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(either.build(), BooleanClause.Occur.MUST);
        if (kind != null) {
            query.add(new TermQuery(new Term("kind", kind.name())), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /**
     * The words a query searches for, as the index reads them (lower case, stemmed, without stop words and
     * without the words it excludes with '-'). Empty for a query of operators, wildcards and stop words alone
     * ("*", "the"), which would match everything or nothing.
     */
    public java.util.Set<String> terms(String queryText) {
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        if (queryText == null) {
            return terms;
        }
        String wanted = queryText.replaceAll("(^|\\s)-\"[^\"]*\"?", " ").replaceAll("(^|\\s)-\\S*", " ");
        forEachToken(wanted, (term, start, end) -> terms.add(term));
        return terms;
    }

    /** The spans of the text that hold one of the terms, in order. */
    List<Mark> marks(String text, java.util.Set<String> terms) {
        List<Mark> marks = new ArrayList<>();
        if (!terms.isEmpty()) {
            forEachToken(text, (term, start, end) -> {
                if (terms.contains(term)) {
                    marks.add(new Mark(start, end));
                }
            });
        }
        return marks;
    }

    private interface TokenVisitor {
        void visit(String term, int start, int end);
    }

    private void forEachToken(String text, TokenVisitor visitor) {
        try (org.apache.lucene.analysis.TokenStream tokens = analyzer.tokenStream("text", text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term = tokens.addAttribute(
                    org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset = tokens.addAttribute(
                    org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                visitor.visit(term.toString(), offset.startOffset(), offset.endOffset());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the words of a query", e);
        }
    }

    /**
     * The best hits for a query in the simple syntax people type into a search box (words, "phrases", -not,
     * prefix*), optionally of one kind. Bad syntax is not an error: the parser takes what it can.
     */
    public List<Hit> search(String queryText, Kind kind, int limit) {
        return search(queryText, kind, limit, 0);
    }

    /** The hits {@code offset} to {@code offset + limit} of {@link #search(String, Kind, int)}. */
    public List<Hit> search(String queryText, Kind kind, int limit, int offset) {
        Query query = parse(queryText, kind);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                java.util.Set<String> wanted = terms(queryText);
                ScoreDoc[] best = searcher.search(query, Math.max(1, offset + limit)).scoreDocs;
                for (int i = offset; i < best.length; i++) {
                    ScoreDoc sd = best[i];
                    Document d = searcher.storedFields().document(sd.doc);
                    Kind k = Kind.valueOf(d.get("kind"));
                    String text = d.get("text");
                    String excerpt = excerpt(text, queryText);
                    hits.add(new Hit(k, d.get("article"), d.get("title"), excerpt,
                            d.getField("start").numericValue().intValue(), d.getField("end").numericValue().intValue(),
                            sd.score, marks(excerpt, wanted)));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** Documents in the index (articles, quotes and events). */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A window of the text around the first query word it holds, else its beginning. */
    static String excerpt(String text, String query) {
        if (text.length() <= EXCERPT) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                int i = lower.indexOf(word);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
        }
        int from = Math.max(0, at < 0 ? 0 : at - EXCERPT / 3);
        int to = Math.min(text.length(), from + EXCERPT);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
