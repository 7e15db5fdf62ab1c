package org.dossier.stories.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.ActorRoles;
import org.dossier.model.record.StoryRecord.FigureEntry;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.model.record.StoryRecord.QuoteEntry;
import org.dossier.model.record.StoryRecord.Source;
import org.dossier.model.record.StoryRecord.StoryArticle;
import org.dossier.model.record.StoryRecord.TimelineEntry;

/**
 * Puts one story's record together from its articles, oldest first. Public so that a story can be put together
 * again from its articles as an analyst corrected them (the store's corrections), the same way it was built.
 */
public final class StoryAssembler {

    private StoryAssembler() {}

    /**
     * @param articles the story's articles, oldest first
     * @param duplicateOf for each near-copy among them, the article it copies
     */
    public static StoryRecord assemble(String id, List<ArticleRecord> articles, Map<String, String> duplicateOf) {
        List<StoryArticle> list = new ArrayList<>();
        List<ArticleRecord> originals = new ArrayList<>();
        for (ArticleRecord a : articles) {
            list.add(new StoryArticle(a.id(), a.title(), a.outlet(), a.published(), a.source(),
                    duplicateOf.get(a.id())));
            if (!duplicateOf.containsKey(a.id())) {
                originals.add(a);
            }
        }
        List<MergedEvent> events = EventMerger.merge(articles);
        List<FigureEntry> figures = figures(articles);
        Summarizer.Leads leads = new Summarizer.Leads();
        return new StoryRecord(id, title(articles), list, timeline(events, originals, leads), events,
                actors(articles), quotes(articles), figures, FigureConflicts.find(figures),
                Summarizer.summarize(originals.isEmpty() ? articles : originals, leads));
    }

    private static String title(List<ArticleRecord> articles) {
        for (ArticleRecord a : articles) {
            if (a.title() != null && !a.title().isBlank()) {
                return a.title();
            }
        }
        String text = articles.getFirst().text();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** Dated merged events and each article's lead on its publication day, oldest first. */
    private static List<TimelineEntry> timeline(List<MergedEvent> events, List<ArticleRecord> originals,
            Summarizer.Leads leads) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (MergedEvent e : events) {
            if (e.date() != null) {
                // The words of the first article that reports it read better than a coded triple.
                entries.add(new TimelineEntry(e.date(), "event", e.sources().getFirst().text(), e.sources()));
            }
        }
        for (ArticleRecord a : originals) {
            StoryRecord.SummarySentence lead = a.published() == null ? null : Summarizer.leadSentence(a, leads);
            if (lead != null) {
                entries.add(new TimelineEntry(a.published(), "article", lead.text(), lead.sources()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kind,
                Comparator.reverseOrder()));
        return entries;
    }

    private static List<ActorRoles> actors(List<ArticleRecord> articles) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (ArticleRecord a : articles) {
            for (EventRecord e : a.events()) {
                count(counts, names, e.actor(), e.actorCode(), 0);
                count(counts, names, e.target(), e.targetCode(), 1);
            }
            for (QuoteRecord q : a.quotes()) {
                count(counts, names, q.speaker(), null, 2);
            }
        }
        List<ActorRoles> roles = new ArrayList<>();
        counts.forEach((key, c) -> roles.add(new ActorRoles(names.get(key)[0], names.get(key)[1], c[0], c[1], c[2])));
        roles.sort(Comparator.comparingInt((ActorRoles r) -> -(r.asActor() + r.asTarget() + r.asSpeaker()))
                .thenComparing(ActorRoles::name));
        return roles;
    }

    private static void count(Map<String, int[]> counts, Map<String, String[]> names, String name, String code,
            int role) {
        if (name == null || name.isBlank()) {
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        counts.computeIfAbsent(key, k -> new int[3])[role]++;
        String[] known = names.computeIfAbsent(key, k -> new String[] {name, code});
        if (known[1] == null) {
            known[1] = code;
        }
    }

    private static List<QuoteEntry> quotes(List<ArticleRecord> articles) {
        List<QuoteEntry> quotes = new ArrayList<>();
        for (ArticleRecord a : articles) {
            for (QuoteRecord q : a.quotes()) {
                quotes.add(new QuoteEntry(q.speaker(), q.text(), q.direct(), a.published(),
                        new Source(a.id(), a.outlet(), q.text(), q.start(), q.end()), q.speakerAnonymous()));
            }
        }
        return quotes;
    }

    private static List<FigureEntry> figures(List<ArticleRecord> articles) {
        List<FigureEntry> figures = new ArrayList<>();
        for (ArticleRecord a : articles) {
            for (FigureRecord f : a.figures()) {
                // A figure that names no day is the news of its article's day.
                LocalDate day = f.date() != null ? f.date() : a.published();
                figures.add(new FigureEntry(f.value(), f.qualifier(), f.unit(), f.what(), f.source(), day,
                        f.location(), new Source(a.id(), a.outlet(), f.text(), f.start(), f.end())));
            }
        }
        return figures;
    }
}
