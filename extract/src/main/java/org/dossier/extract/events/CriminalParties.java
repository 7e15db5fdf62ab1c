package org.dossier.extract.events;

import java.util.List;
import org.dossier.extract.WordTables;
import org.dossier.model.Actor;
import org.dossier.model.Event;

/**
 * The civilians a crime or the law's act names are criminals or suspects: the doer of an assault, abduction or killing
 * and whom the law arrests, charges, sentences or convicts ({@code criminal-parties.tsv}). The rules code a person
 * with no role ("the man", "two men") as a country's civilians (CVL); the gold codes the same words by the part they
 * play in the crime ({@code USACRM}). Named offenders are already criminals ({@link EventExtractor}); this is for the
 * phrases that name a sector.
 */
final class CriminalParties {

    private static final String CIVILIANS = "CVL";
    private static final String CRIMINALS = "CRM";

    private static final List<String[]> ROWS = WordTables.rows("events/criminal-parties.tsv");

    private CriminalParties() {}

    /** The event with its civilian doer or patient recoded as criminals where the act makes them so. */
    static Event recoded(Event event) {
        Actor actor = criminalParty("actor", event.cameo()) ? asCriminals(event.actor()) : event.actor();
        Actor target = criminalParty("target", event.cameo()) ? asCriminals(event.target()) : event.target();
        if (actor == event.actor() && target == event.target()) {
            return event;
        }
        return new Event(event.articleId(), event.span(), event.text(), event.date(), event.datePrecision(),
                event.dateBasis(), actor, event.action(), event.cameo(), event.root(), event.quadClass(),
                event.goldstein(), target, event.place(), event.confidence());
    }

    private static boolean criminalParty(String party, String cameo) {
        for (String[] row : ROWS) {
            if (row.length >= 2 && row[0].equals(party) && cameo.startsWith(row[1])) {
                return true;
            }
        }
        return false;
    }

    /** A country's civilians as that country's criminals ("USACVL" to "USACRM"); any other actor as it is. */
    private static Actor asCriminals(Actor actor) {
        if (actor == null || actor.code() == null || actor.code().length() != 6
                || !actor.code().endsWith(CIVILIANS)) {
            return actor;
        }
        String country = actor.code().substring(0, 3);
        String name = actor.name().endsWith(" civilians")
                ? actor.name().substring(0, actor.name().length() - " civilians".length()) + " criminals"
                : actor.name();
        return new Actor(name, country + CRIMINALS);
    }
}
