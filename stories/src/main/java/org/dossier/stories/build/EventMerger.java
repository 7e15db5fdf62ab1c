package org.dossier.stories.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.model.record.StoryRecord.Source;

/**
 * Merges the events of a story's articles: the same actor, CAMEO root and target on the same day are one event,
 * reported by several articles. A day taken from the publication date rather than stated ("has announced") may
 * be a day off, so such dates match the day before or after too.
 */
final class EventMerger {

    private record Reported(ArticleRecord article, EventRecord event) {}

    private static final class Group {
        final List<Reported> members = new ArrayList<>();

        Reported first() {
            return members.getFirst();
        }
    }

    private EventMerger() {}

    static List<MergedEvent> merge(List<ArticleRecord> articles) {
        List<Group> groups = new ArrayList<>();
        for (ArticleRecord article : articles) {
            for (EventRecord event : article.events()) {
                Reported reported = new Reported(article, event);
                Group home = null;
                for (Group g : groups) {
                    if (sameEvent(g.first(), reported)) {
                        home = g;
                        break;
                    }
                }
                if (home == null) {
                    home = new Group();
                    groups.add(home);
                }
                home.members.add(reported);
            }
        }
        List<MergedEvent> merged = new ArrayList<>();
        for (Group g : groups) {
            merged.add(toMerged(g));
        }
        return merged;
    }

    static boolean sameEvent(Reported a, Reported b) {
        return key(a.event().actorCode(), a.event().actor()).equals(key(b.event().actorCode(), b.event().actor()))
                && Objects.equals(a.event().root(), b.event().root())
                && key(a.event().targetCode(), a.event().target()).equals(key(b.event().targetCode(),
                        b.event().target()))
                && sameDay(a, b);
    }

    private static String key(String code, String name) {
        if (code != null && !code.isBlank()) {
            return code;
        }
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    private static boolean sameDay(Reported a, Reported b) {
        LocalDate x = a.event().date();
        LocalDate y = b.event().date();
        if (x == null || y == null) {
            return x == null && y == null;
        }
        if (x.equals(y)) {
            return true;
        }
        long gap = Math.abs(x.toEpochDay() - y.toEpochDay());
        return gap <= 1 && (inferred(a) || inferred(b));
    }

    /** The event's day came from the publication date (or the article's date was itself inferred). */
    private static boolean inferred(Reported r) {
        return "inferred".equals(r.article().publishedConfidence()) || "reported".equals(r.event().dateBasis())
                || Objects.equals(r.event().date(), r.article().published());
    }

    private static MergedEvent toMerged(Group g) {
        EventRecord e = g.first().event();
        Set<String> articles = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        List<Source> sources = new ArrayList<>();
        LocalDate date = e.date();
        String basis = e.dateBasis();
        Double confidence = null;
        for (Reported r : g.members) {
            Double c = r.event().confidence();
            if (c != null && (confidence == null || c > confidence)) {
                confidence = c;
            }
            articles.add(r.article().id());
            if (r.article().outlet() != null) {
                outlets.add(r.article().outlet());
            }
            sources.add(new Source(r.article().id(), r.article().outlet(), r.event().text(), r.event().start(),
                    r.event().end()));
            if (r.event().date() != null && !inferred(r)) {
                date = r.event().date(); // a stated day outranks one taken from a publication date
                basis = r.event().dateBasis();
            }
        }
        EventRecord placed = placed(g);
        // location is its place's name (ArticleRecord.EventRecord), so it follows the place chosen.
        String location = placed == null ? e.location() : placed.location();
        return new MergedEvent(date, basis, e.actor(), e.actorCode(), e.action(), e.cameo(), e.root(), e.quadClass(),
                e.goldstein(), e.target(), e.targetCode(), location, placed == null ? null : placed.place(),
                confidence, articles.size(), List.copyOf(outlets), List.copyOf(sources));
    }

    /**
     * The report whose place is the most precise (a town before a part of it, an admin area or a country; the
     * first of equals), else the first that names a place it could not resolve, else null.
     */
    private static EventRecord placed(Group g) {
        EventRecord best = null;
        for (Reported r : g.members) {
            PlaceRecord p = r.event().place();
            if (p == null) {
                continue;
            }
            if (best == null || rank(p) < rank(best.place())) {
                best = r.event();
            }
        }
        return best;
    }

    /** Lower is more precise; an unresolved name comes last. */
    private static int rank(PlaceRecord p) {
        return p.precision() == null ? Integer.MAX_VALUE : p.precision();
    }
}
