package org.dossier.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;

/**
 * Analyzed articles made up without any NLP, to fill a store of a given size for load tests ({@code bench-store},
 * then {@code bench-api}): each a base text with a tenth of its words swapped for another text's (as
 * bench-clustering's stream, so that variants of one text cluster into stories of a few to a few hundred
 * articles, see {@link #baseText}), one of a few dozen outlets, a day
 * that advances every 3,000 articles, and events, a quote and sometimes a figure on its own sentences, with
 * parties, CAMEO codes and places from the word lists in {@code org/dossier/app/synthetic}. About one event in ten
 * is undated and one in twenty has no confidence, as stored events may be. Not analysis results: only their
 * shape and spread.
 */
final class SyntheticArticles {

    static final int ARTICLES_PER_DAY = 3_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    private static final int OUTLETS = 40;

    private record Actor(String name, String code) {}

    private record Code(String cameo, int quadClass, double goldstein, String action) {}

    private final List<String> texts;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();
    private final List<PlaceRecord> places = new ArrayList<>();

    SyntheticArticles(List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("synthetic articles need at least one base text");
        }
        this.texts = List.copyOf(texts);
        for (String[] f : rows("actors.tsv", 2)) {
            actors.add(new Actor(f[0], f[1]));
        }
        for (String[] f : rows("codes.tsv", 4)) {
            codes.add(new Code(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), f[3]));
        }
        for (String[] f : rows("places.tsv", 6)) {
            places.add(new PlaceRecord(f[0], Long.parseLong(f[1]), f[2], f[3], Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), 1));
        }
    }

    /** The i-th article; the same i and random state give the same article. */
    ArticleRecord article(int i, Random random) {
        String text = BenchClusteringCommand.variantOf(texts.get(baseText(i, random)), texts, random);
        LocalDate day = FIRST_DAY.plusDays(i / ARTICLES_PER_DAY);
        List<int[]> sentences = sentences(text);
        List<EventRecord> events = new ArrayList<>();
        int wanted = 2 + random.nextInt(5);
        for (int k = 0; k < wanted && !sentences.isEmpty(); k++) {
            int[] s = sentences.get(random.nextInt(sentences.size()));
            events.add(event(text, s, day, random));
        }
        List<QuoteRecord> quotes = new ArrayList<>();
        List<FigureRecord> figures = new ArrayList<>();
        if (!sentences.isEmpty()) {
            int[] s = sentences.get(random.nextInt(sentences.size()));
            quotes.add(new QuoteRecord(pick(actors, random).name(), text.substring(s[0], s[1]), random.nextBoolean(),
                    "said", s[0], s[1], null, null, null, null, null, s[0], s[1]));
            if (random.nextInt(3) == 0) {
                long killed = 1 + random.nextInt(80);
                figures.add(new FigureRecord(killed, null, "people", "killed", null, day, null,
                        text.substring(s[0], s[1]), s[0], s[1], pick(places, random)));
            }
        }
        String id = String.format(Locale.ROOT, "synthetic%07d", i);
        String title = text.substring(0, Math.min(text.length(), 80)).strip();
        return new ArticleRecord(id, "synthetic/" + id + ".txt", "https://synthetic.example/" + id, title,
                "Outlet " + (1 + random.nextInt(OUTLETS)), day, "stated", null, "en", text, List.of(), List.of(),
                List.of(), quotes, List.of(), figures, events, null, null, null);
    }

    /**
     * Which base text the i-th article varies. Variants of one text cluster into one story for as long as they
     * keep coming, so a text taken all along the stream made stories of thousands of articles. Here the stream
     * runs in epochs of 4,000 articles; each epoch draws from one of six groups of texts (a text comes back
     * after 24,000 articles, past the clusterer's window of 20,000), the first texts of its group far more often
     * than the last (rank = n * u^2: the largest story about 7% of the epoch, the smallest a handful), the group's
     * order turned each time it comes back so that another text leads.
     */
    int baseText(int i, Random random) {
        int epoch = i / EPOCH;
        int group = epoch % GROUPS;
        int inGroup = (texts.size() - group + GROUPS - 1) / GROUPS;
        if (inGroup <= 0) {
            return i % texts.size();
        }
        double u = random.nextDouble();
        int rank = (int) (inGroup * u * u);
        int turned = (rank + 7 * (epoch / GROUPS)) % inGroup;
        return group + GROUPS * turned;
    }

    private static final int EPOCH = 4_000;
    private static final int GROUPS = 6;

    private EventRecord event(String text, int[] s, LocalDate published, Random random) {
        Actor actor = pick(actors, random);
        Actor target = pick(actors, random);
        Code code = pick(codes, random);
        boolean dated = random.nextInt(10) != 0;
        LocalDate date = dated ? published.minusDays(random.nextInt(3)) : null;
        Double confidence = random.nextInt(20) == 0 ? null : Math.round((0.3 + 0.69 * random.nextDouble()) * 1000)
                / 1000.0;
        PlaceRecord place = random.nextInt(4) == 0 ? null : pick(places, random);
        return new EventRecord(date, dated ? "day" : null, dated ? "stated" : null, actor.name(), actor.code(),
                code.action(), code.cameo(), code.cameo().substring(0, 2), code.quadClass(), code.goldstein(),
                target.name(), target.code(), place == null ? null : place.name(), confidence,
                text.substring(s[0], s[1]), s[0], s[1], place);
    }

    /** The spans of the text's sentences (ended by ". "), at most 300 characters each. */
    private static List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int stop = text.indexOf(". ", start);
            int end = stop < 0 ? text.length() : stop + 1;
            if (end - start > 20) {
                spans.add(new int[] {start, Math.min(end, start + 300)});
            }
            start = end + 1;
            if (spans.size() >= 40) {
                break;
            }
        }
        return spans;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** The tab-separated rows of a word list of this package's resources, without comments and blank lines. */
    private static List<String[]> rows(String name, int fields) {
        String path = "synthetic/" + name;
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SyntheticArticles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + path + " is missing from the resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != fields) {
                    throw new IllegalStateException(path + ": a row needs " + fields + " tab-separated fields: '"
                            + line + "'");
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
