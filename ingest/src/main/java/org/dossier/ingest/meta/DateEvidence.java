package org.dossier.ingest.meta;

import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata.DateConfidence;
import org.dossier.model.Sourced;
import org.dossier.model.Span;

/**
 * The publication-date evidence of a batch, from which the date of articles that state none is inferred: an
 * undated article takes the date of a dated article of the same story in the same batch when the evidence is
 * solid: both leads put their main event on the same weekday, the mate's stated date falls on that weekday, and the
 * two share enough names to be the same story. Otherwise the date stays unknown.
 *
 * <p>Evidence is a monoid, so that any runner can gather it where the articles are: start from {@link #empty},
 * {@link #add} cleaned articles, {@link #merge} evidence gathered elsewhere (another thread, a Spark partition),
 * then {@link #infer}. Only a compact profile of each article is kept (its lead's weekday and its most frequent
 * names, never its text), and candidates are found through an index of names, so a large batch is not compared
 * pair by pair. Since an article's mates share its lead's weekday, the evidence of each weekday can be inferred
 * on its own ({@link #byWeekday}): a cluster infers the seven parts on its executors.
 *
 * <p>Not thread-safe: each thread or task adds to its own evidence, and the parts are merged.
 */
public final class DateEvidence implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Weighted Jaccard of name profiles above which two articles tell the same story. */
    static final double MIN_SIMILARITY = 0.2;
    /** Names kept per article: its most frequent ones. */
    private static final int PROFILE_NAMES = 25;

    /** What inference needs of one article: its stated date or null, its lead's weekday, its top names. */
    private record Profile(String id, LocalDate stated, DayOfWeek weekday, Span weekdayRaw,
            HashMap<String, Integer> names) implements Serializable {}

    private final ArrayList<Profile> profiles;

    private DateEvidence(ArrayList<Profile> profiles) {
        this.profiles = profiles;
    }

    /** No evidence: the identity of {@link #merge}. */
    public static DateEvidence empty() {
        return new DateEvidence(new ArrayList<>());
    }

    /** The evidence of one cleaned article (none when its lead names no weekday). */
    public static DateEvidence of(Article article) {
        return empty().add(article);
    }

    /** Adds what inference needs of one cleaned article; returns this evidence. */
    public DateEvidence add(Article article) {
        Optional<LeadWeekday.Mention> weekday = LeadWeekday.of(article);
        if (weekday.isEmpty()) {
            return this;
        }
        LocalDate stated = article.metadata().publishedConfidence() == DateConfidence.STATED
                ? article.metadata().publishedDate() : null;
        profiles.add(new Profile(article.id(), stated, weekday.get().day(),
                article.offsets().toSource(weekday.get().span()), top(NameProfile.of(article.text()))));
        return this;
    }

    /** Adds the other evidence to this one (the other is left as it was); returns this evidence. */
    public DateEvidence merge(DateEvidence other) {
        profiles.addAll(other.profiles);
        return this;
    }

    /** Articles profiled: those whose lead names a weekday. */
    public int size() {
        return profiles.size();
    }

    /**
     * This evidence split by the weekday of each article's lead. Inference never pairs articles of different
     * weekdays, so the inferred dates of the parts, put together, are those of the whole.
     */
    public Map<DayOfWeek, DateEvidence> byWeekday() {
        Map<DayOfWeek, DateEvidence> parts = new EnumMap<>(DayOfWeek.class);
        for (Profile p : profiles) {
            parts.computeIfAbsent(p.weekday(), day -> empty()).profiles.add(p);
        }
        return parts;
    }

    /** The inferred dates, by article id, each with the raw span of the weekday it rests on. */
    public Map<String, Sourced<LocalDate>> infer() {
        Map<String, List<Profile>> datedByName = new HashMap<>();
        for (Profile p : profiles) {
            if (p.stated() != null && p.stated().getDayOfWeek() == p.weekday()) {
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
            if (mate.weekday() != undated.weekday()) {
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

    private static HashMap<String, Integer> top(Map<String, Integer> names) {
        HashMap<String, Integer> kept = new HashMap<>();
        names.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(PROFILE_NAMES)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
