package org.dossier.stories.build;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.Source;
import org.dossier.model.record.StoryRecord.SummarySentence;

/**
 * An extractive summary of a story: from the first sentences of its articles, those whose words the most
 * articles share, without repeating one another. A sentence that several articles state (a wire copy, a shared
 * lead) cites all of them.
 */
final class Summarizer {

    static final int MIN_SENTENCES = 3;
    static final int MAX_SENTENCES = 8;
    private static final int LEAD_SENTENCES = 6;
    private static final double SAME_SENTENCE = 0.5;

    private record Candidate(ArticleRecord article, int start, int end, String text, Set<String> words, int position) {}

    private Summarizer() {}

    /**
     * Each article's first sentences fit for a summary, found once for a story: its summary and its timeline both
     * want them, and finding them (a sentence break iterator over the article's start) is most of either.
     */
    static final class Leads {
        private final Map<ArticleRecord, List<Candidate>> byArticle = new IdentityHashMap<>();

        private List<Candidate> of(ArticleRecord article) {
            return byArticle.computeIfAbsent(article, Summarizer::lead);
        }
    }

    static List<SummarySentence> summarize(List<ArticleRecord> articles) {
        return summarize(articles, new Leads());
    }

    static List<SummarySentence> summarize(List<ArticleRecord> articles, Leads leads) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> articlesWithWord = new HashMap<>();
        for (ArticleRecord article : articles) {
            List<Candidate> lead = leads.of(article);
            candidates.addAll(lead);
            Set<String> words = new HashSet<>();
            lead.forEach(c -> words.addAll(c.words()));
            words.forEach(w -> articlesWithWord.merge(w, 1, Integer::sum));
        }
        Map<Candidate, Double> scores = new HashMap<>();
        for (Candidate c : candidates) {
            double shared = 0;
            for (String w : c.words()) {
                shared += articlesWithWord.get(w) - 1;
            }
            scores.put(c, (shared + 1) / Math.sqrt(c.words().size() + 1) + (c.position() == 0 ? 2 : 0));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -scores.get(c))
                .thenComparing(c -> c.article().id()).thenComparingInt(Candidate::start));
        int wanted = Math.max(MIN_SENTENCES, Math.min(MAX_SENTENCES, 2 + articles.size()));
        List<Candidate> chosen = new ArrayList<>();
        Map<Candidate, List<Candidate>> citing = new HashMap<>();
        for (Candidate c : candidates) {
            Candidate same = null;
            for (Candidate k : chosen) {
                if (jaccard(k.words(), c.words()) >= SAME_SENTENCE) {
                    same = k;
                    break;
                }
            }
            if (same != null) {
                citing.get(same).add(c);
            } else if (chosen.size() < wanted) {
                chosen.add(c);
                citing.put(c, new ArrayList<>(List.of(c)));
            }
        }
        Map<ArticleRecord, Integer> order = new HashMap<>();
        for (ArticleRecord a : articles) {
            order.put(a, order.size());
        }
        // Told in the order of the articles (oldest first) and of the sentences within them.
        chosen.sort(Comparator.comparingInt((Candidate c) -> order.get(c.article())).thenComparingInt(Candidate::start));
        List<SummarySentence> summary = new ArrayList<>();
        for (Candidate c : chosen) {
            Set<String> ids = new LinkedHashSet<>();
            List<Source> sources = new ArrayList<>();
            for (Candidate s : citing.get(c)) {
                if (ids.add(s.article().id())) {
                    sources.add(new Source(s.article().id(), s.article().outlet(), s.text(), s.start(), s.end()));
                }
            }
            summary.add(new SummarySentence(c.text(), List.copyOf(ids), sources));
        }
        return summary;
    }

    /** The article's first sentence fit for a summary, as its line on the timeline; null when it has none. */
    static SummarySentence leadSentence(ArticleRecord article, Leads leads) {
        List<Candidate> lead = leads.of(article);
        if (lead.isEmpty()) {
            return null;
        }
        Candidate first = lead.getFirst();
        return new SummarySentence(first.text(), List.of(article.id()), List.of(new Source(article.id(),
                article.outlet(), first.text(), first.start(), first.end())));
    }

    private static List<Candidate> lead(ArticleRecord article) {
        List<Candidate> out = new ArrayList<>();
        String text = article.text();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE && out.size() < LEAD_SENTENCES;
                start = end, end = sentences.next()) {
            String raw = text.substring(start, end);
            int lead = raw.length() - raw.stripLeading().length();
            String sentence = raw.strip();
            if (sentence.length() < 40 || sentence.length() > 400 || sentence.endsWith("?")
                    || !Character.isUpperCase(sentence.codePointAt(0)) && sentence.charAt(0) != '"'
                    && sentence.charAt(0) != '“') {
                continue;
            }
            out.add(new Candidate(article, start + lead, start + lead + sentence.length(), sentence, words(sentence),
                    out.size()));
        }
        return out;
    }

    private static Set<String> words(String sentence) {
        Set<String> words = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String w : a) {
            shared += b.contains(w) ? 1 : 0;
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
