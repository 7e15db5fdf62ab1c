package org.dossier.model.record;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord.PlaceRecord;

/**
 * One story as {@code stories.jsonl} holds it: its articles, the events they report merged across outlets, a
 * timeline, its actors and their roles, who said what, its figures with the conflicts between sources, and a
 * short summary whose sentences cite the articles that state them. Every item carries its sources: article id,
 * outlet and the character offsets of the supporting text in that article. Its JSON is written by output's
 * {@code RecordJson}.
 */
public record StoryRecord(
        String id,
        String title,
        List<StoryArticle> articles,
        List<TimelineEntry> timeline,
        List<MergedEvent> events,
        List<ActorRoles> actors,
        List<QuoteEntry> quotes,
        List<FigureEntry> figures,
        List<FigureConflict> conflicts,
        List<SummarySentence> summary) {

    /** Where an item is stated: the article, its outlet, and the words at {@code start}–{@code end} of its text. */
    public record Source(String article, String outlet, String text, int start, int end) {}

    public record StoryArticle(String id, String title, String outlet, LocalDate published, String source,
            String duplicateOf) {}

    /**
     * One event reported by one or more articles; {@code corroboration} counts the distinct articles,
     * {@code confidence} is the highest of its reports', {@code dateBasis} what its date rests on, {@code place}
     * the most precise place its reports resolve (null when none names one).
     */
    public record MergedEvent(LocalDate date, String dateBasis, String actor, String actorCode, String action,
            String cameo, String root, int quadClass, double goldstein, String target, String targetCode,
            String location, PlaceRecord place, Double confidence, int corroboration, List<String> outlets,
            List<Source> sources) {

        /** A merged event without a place. */
        public MergedEvent(LocalDate date, String dateBasis, String actor, String actorCode, String action,
                String cameo, String root, int quadClass, double goldstein, String target, String targetCode,
                String location, Double confidence, int corroboration, List<String> outlets, List<Source> sources) {
            this(date, dateBasis, actor, actorCode, action, cameo, root, quadClass, goldstein, target, targetCode,
                    location, null, confidence, corroboration, outlets, sources);
        }
    }

    /** A dated line of the story: a merged event, or the lead of an article on its publication day. */
    public record TimelineEntry(LocalDate date, String kind, String text, List<Source> sources) {}

    public record ActorRoles(String name, String code, int asActor, int asTarget, int asSpeaker) {}

    /** A quote of the story; {@code speakerAnonymous} when its speaker is someone the article does not name. */
    public record QuoteEntry(String speaker, String text, boolean direct, LocalDate date, Source source,
            boolean speakerAnonymous) {

        public QuoteEntry(String speaker, String text, boolean direct, LocalDate date, Source source) {
            this(speaker, text, direct, date, source, false);
        }
    }

    public record FigureEntry(Long value, String qualifier, String unit, String what,
            String reportedBy, LocalDate date, String place, Source source) {}

    /**
     * Different values given for the same measure (who is counted, what happened to them, on which day, where) by
     * different sources; {@code what} is the measure ("killed" for killed, dead and died alike).
     */
    public record FigureConflict(String unit, String what, LocalDate date, String place,
            List<FigureEntry> values) {}

    public record SummarySentence(String text, List<String> articles, List<Source> sources) {}
}
