package org.dossier.ingest.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Sourced;
import org.dossier.model.Span;

/**
 * Infers the publication date of articles that state none, from dated articles of the same story in the same
 * batch. An undated article takes a mate's date only when the evidence is solid: both leads put their main
 * event on the same weekday, the mate's stated date falls on that weekday, and the two share enough names to be
 * the same story. Otherwise the date stays unknown.
 *
 * <p>Feed every cleaned article to {@link #observe} (thread-safe), then call {@link #infer}. Only a compact
 * profile of each article is kept, and candidates are found through an index of names, so a large batch is not
 * compared pair by pair.
 */
public final class StoryDateInference {

    /** Weighted Jaccard of name profiles above which two articles tell the same story. */
    static final double MIN_SIMILARITY = 0.2;
    /** Names kept per article: its most frequent ones. */
    private static final int PROFILE_NAMES = 25;

    private record Profile(String id, LocalDate stated, LeadWeekday.Mention weekday, Span weekdayRaw,
            Map<String, Integer> names) {}

    private final List<Profile> profiles = new ArrayList<>();

    /** Records what inference needs of one cleaned article. */
    public synchronized void observe(Article article) {
        Optional<LeadWeekday.Mention> weekday = LeadWeekday.of(article);
        if (weekday.isEmpty()) {
            return;
        }
        LocalDate stated = article.metadata().publishedConfidence() == org.dossier.model.ArticleMetadata.DateConfidence.STATED
                ? article.metadata().publishedDate() : null;
        profiles.add(new Profile(article.id(), stated, weekday.get(),
                article.offsets().toSource(weekday.get().span()), top(NameProfile.of(article.text()))));
    }

    /** The inferred dates, by article id, each with the raw span of the weekday it rests on. */
    public synchronized Map<String, Sourced<LocalDate>> infer() {
        Map<String, List<Profile>> datedByName = new HashMap<>();
        for (Profile p : profiles) {
            if (p.stated() != null && p.stated().getDayOfWeek() == p.weekday().day()) {
                p.names().keySet().forEach(name -> datedByName.computeIfAbsent(name, k -> new ArrayList<>()).add(p));
            }
        }
        Map<String, Sourced<LocalDate>> inferred = new HashMap<>();
        for (Profile p : profiles) {
            if (p.stated() == null) {
                bestMate(p, datedByName).ifPresent(date -> inferred.put(p.id(),
                        Sourced.at(date, p.weekdayRaw(), "story-weekday")));
            }
        }
        return inferred;
    }

    private static Optional<LocalDate> bestMate(Profile undated, Map<String, List<Profile>> datedByName) {
        Set<Profile> candidates = new HashSet<>();
        undated.names().keySet().forEach(name -> candidates.addAll(datedByName.getOrDefault(name, List.of())));
        LocalDate best = null;
        double bestSimilarity = MIN_SIMILARITY;
        boolean tie = false;
        for (Profile mate : candidates) {
            if (mate.weekday().day() != undated.weekday().day()) {
                continue;
            }
            double similarity = NameProfile.similarity(undated.names(), mate.names());
            if (similarity > bestSimilarity) {
                best = mate.stated();
                bestSimilarity = similarity;
                tie = false;
            } else if (similarity == bestSimilarity && best != null && !Objects.equals(best, mate.stated())) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static Map<String, Integer> top(Map<String, Integer> names) {
        Map<String, Integer> kept = new HashMap<>();
        names.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(PROFILE_NAMES)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
