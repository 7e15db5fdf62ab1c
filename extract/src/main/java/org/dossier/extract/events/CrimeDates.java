package org.dossier.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Event.DateBasis;

/**
 * An assault the text tells again without saying when took place when the article dates it elsewhere: a trial or
 * an arrest story retells its one crime ("Hiller admitted firing", "the two officers fired nine shots") and
 * dates it once ("in September", "was shot dead late on Saturday"). The gold dates each retelling by that
 * date, "stated" or "relative" as the date it copies; the rules had given it the day the article was reported.
 * An assault takes the earliest date the article gives an assault that shares its doer or its victim by their own
 * name, if that date lies before the publication day; other violence, the riots after a shooting, names other
 * people, and a country or a sector ("US police", "Israel") is no one crime's party.
 */
final class CrimeDates {

    /** Assault (18): what crime is coded as; fighting and mass violence (19, 20) are not one crime told again. */
    private static final String ASSAULT = "18";

    private CrimeDates() {}

    /** The events with each undated assault dated by the article's earliest dated assault of the same people. */
    static List<Event> dated(List<Event> events, LocalDate published) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Event dating = isUndatedAssault(e) ? earliestDatedAssaultOf(events, e, published) : null;
            out.add(dating == null ? e : e.withDate(dating.date(), dating.datePrecision(), dating.dateBasis()));
        }
        return out;
    }

    private static boolean isUndatedAssault(Event e) {
        return ASSAULT.equals(e.root()) && e.dateBasis() == DateBasis.REPORTED;
    }

    /**
     * The dated assault the undated one retells, or null: one that shares a party with it and whose other party
     * agrees where both name one ("Miller attacked a woman" is not "Miller had stabbed a nurse in March 2019"),
     * and only when the party's dated assaults are all of one date (two crimes of different dates, and the
     * retelling could be either or a third one: review, session thirteen).
     */
    private static Event earliestDatedAssaultOf(List<Event> events, Event e, LocalDate published) {
        Event earliest = null;
        java.util.Set<LocalDate> dates = new java.util.HashSet<>();
        for (Event other : events) {
            if (other == e || !ASSAULT.equals(other.root()) || other.date() == null
                    || other.dateBasis() == DateBasis.REPORTED
                    || published != null && !other.date().isBefore(published) || !shareAParty(e, other)) {
                continue;
            }
            dates.add(other.date());
            if (partiesAgree(e, other) && (earliest == null || other.date().isBefore(earliest.date()))) {
                earliest = other;
            }
        }
        return dates.size() > 1 ? null : earliest;
    }

    /** Whether the doers agree where both events name one, and so do the victims (by name or by code). */
    private static boolean partiesAgree(Event a, Event b) {
        return agree(a.actor(), b.actor()) && agree(a.target(), b.target());
    }

    private static boolean agree(Actor a, Actor b) {
        return a == null || b == null || Objects.equals(a.name(), b.name())
                || a.code() != null && a.code().equals(b.code());
    }

    private static boolean shareAParty(Event a, Event b) {
        return named(a.actor()) && (sameName(a.actor(), b.actor()) || sameName(a.actor(), b.target()))
                || named(a.target()) && (sameName(a.target(), b.actor()) || sameName(a.target(), b.target()));
    }

    /**
     * Whether the actor is a person or body named by its own name ("Yvonne Hiller", "Hamas"): a country ("Israel")
     * and a sector ("US police", "Palestinian civilians") are in every story of a war or a city's crime, and the
     * strikes of a week are not the attack of a month before.
     */
    private static boolean named(Actor actor) {
        if (actor == null || actor.name().isBlank() || actor.code() != null && actor.code().length() == 3) {
            return false;
        }
        String name = actor.name().strip();
        return Character.isUpperCase(name.codePointAt(name.lastIndexOf(' ') + 1));
    }

    private static boolean sameName(Actor a, Actor b) {
        return b != null && Objects.equals(a.name(), b.name());
    }
}
