package org.dossier.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dossier.model.record.StoryRecord;
import org.dossier.output.IsoDay;

/**
 * What the charts and the actor pages are drawn from: counts the store groups in SQL over the events of a filter,
 * never the events themselves, and the items of one actor.
 */
public final class ChartRows {

    private ChartRows() {}

    /** How the events over time are counted: by day ("2016-10-03"), month ("2016-10") or year ("2016"). */
    public enum Interval {
        DAY, MONTH, YEAR;

        /** The name of the period of this interval that holds the day: its ISO date, year-month or year. */
        public String periodOf(LocalDate day) {
            return switch (this) {
                case DAY -> day.toString();
                case MONTH -> YearMonth.from(day).toString();
                case YEAR -> String.format(Locale.ROOT, "%04d", day.getYear());
            };
        }
    }

    /**
     * An actor as the charts and actor pages name it. {@code id} is its CAMEO actor code when the event coder gave
     * it one ("RUS", "FRAGOV", "RUS;SYR" for a coalition), so that the names the articles give it ("Russia",
     * "Moscow") are one actor; an actor the coder gave no code is {@code "name:"} and its name in lower case.
     * {@code name} is the name the events give it most often, {@code code} its code (null without one).
     */
    public record ActorRef(String id, String name, String code) {}

    /** Events counted by CAMEO quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
    public record QuadCounts(long verbalCooperation, long materialCooperation, long verbalConflict,
            long materialConflict) {

        public long total() {
            return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
        }
    }

    /** The events of one period, by quad class, with their mean Goldstein score (-10 to 10; null without events). */
    public record Period(String period, long events, QuadCounts quadClasses, Double goldsteinMean) {}

    /**
     * The dated events of a filter by period, every period from the first to the last (none left out when empty);
     * {@code undated} counts the filter's events without a day, which no period holds.
     */
    public record EventsOverTime(Interval interval, List<Period> periods, long dated, long undated) {}

    /** An actor's events in a filter: as the actor, as the target, and both (an event may count it twice). */
    public record ActorCount(ActorRef actor, long asActor, long asTarget, long events) {}

    /** The actors of a filter with most events, and how many actors it names in all. */
    public record TopActors(List<ActorCount> actors, long total) {}

    /** Who acts on whom: the events of one actor on one target, by quad class, with their mean Goldstein score. */
    public record Dyad(ActorRef actor, ActorRef target, long events, QuadCounts quadClasses, double goldsteinMean) {}

    /** The pairs of a filter with most events, and how many pairs it holds in all. */
    public record Dyads(List<Dyad> dyads, long total) {}

    /** An actor of a network, with its events on the network's edges (as actor or target). */
    public record Node(ActorRef actor, long events) {}

    /** A network's edge, from an actor's id to a target's id. */
    public record Edge(String source, String target, long events, QuadCounts quadClasses, double goldsteinMean) {}

    /** Who acts on whom as a graph: the pairs with most events as edges, their actors as nodes. */
    public record Network(List<Node> nodes, List<Edge> edges, long totalDyads) {}

    /**
     * A figure with a value, on its day (the day it names, else its article's publication day, as the story page
     * dates it), with its source; {@code conflict} when its story shows it among conflicting figures.
     */
    public record FigurePoint(@IsoDay LocalDate day, long value, String qualifier, String unit, String what,
            String reportedBy, String outlet, String article, String story, String text, int start, int end,
            boolean conflict) {}

    /** A conflict between figures, as the story page of {@code story} shows it. */
    public record FigureConflictRow(String story, String unit, String what, @IsoDay LocalDate date, String place,
            List<StoryRecord.FigureEntry> values) {}

    /**
     * The figures of a filter with a value and a day, in day order, up to a limit; {@code total} counts them all,
     * {@code leftOut} the filter's figures without a value ("hundreds") or a day, which a chart cannot place.
     */
    public record FiguresOverTime(List<FigurePoint> figures, long total, long leftOut,
            List<FigureConflictRow> conflicts) {}

    /** A name an actor is given, with how often as actor and as target. */
    public record ActorName(String name, long asActor, long asTarget) {}

    /** A story an actor takes part in, with how many of its items (events and quotes) are the actor's. */
    public record ActorStory(String id, String title, long items) {}

    /** One of an actor's events, with its role in it: "actor", "target" or "both". */
    public record ActorEvent(String role, StoreRows.EventRow event) {}

    /** A page of a list with its total. */
    public record Listed<T>(List<T> items, long total) {}

    /**
     * An actor across the store: the names it is given, its events as actor and target (a page of them), the quotes
     * of a speaker named as one of its names, the figures reported by one of them, and its stories.
     */
    public record ActorProfile(ActorRef actor, List<ActorName> names, long asActor, long asTarget,
            Listed<ActorEvent> events, Listed<StoreRows.QuoteRow> quotes, Listed<StoreRows.FigureRow> figures,
            Listed<ActorStory> stories) {}
}
