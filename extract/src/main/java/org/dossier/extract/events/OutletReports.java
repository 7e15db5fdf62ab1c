package org.dossier.extract.events;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Actor;
import org.dossier.model.Event;

/**
 * An outlet's report is no act of the outlet. "The Gazette reported that the mayor had misled the council", "a wire
 * service reports": the statement coder reads the reported clause as the outlet's own statement, with the outlet or
 * its reporter (the media, {@code MED}) for the actor, while what the gold codes is the act the report tells of,
 * with its own doer, or nothing. An event of the media whose words are, or hang below, a verb of reporting
 * ({@code reporting-verbs.txt}) is no event. An outlet's other acts stay: a newspaper's campaign, a reporter's
 * question, a broadcaster's cuts.
 */
public final class OutletReports {

    private static final Set<String> REPORTING = WordTables.set("events/reporting-verbs.txt");
    private static final String MEDIA = "MED";

    private OutletReports() {}

    /** Whether the event of {@code sentence} is the media's report of something. */
    public static boolean isNoEvent(Event event, SentenceView sentence) {
        if (sentence == null || !sentence.parsed() || !ofTheMedia(event.actor())) {
            return false;
        }
        int first = sentence.tokenAt(event.span().start());
        int last = sentence.tokenAt(Math.max(event.span().start(), event.span().end() - 1));
        if (first < 0 || last < first) {
            return false;
        }
        for (int t = 0; t < sentence.size(); t++) {
            if (!sentence.pos(t).startsWith("VB") || !REPORTING.contains(sentence.lemma(t).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (t >= first && t <= last || t < first && sentence.dominates(t, first)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every code of the actor is the media's: "USAMED", "MED", "GBRMED;USAMED". */
    private static boolean ofTheMedia(Actor actor) {
        if (actor == null || actor.code() == null || actor.code().isBlank()) {
            return false;
        }
        for (String code : actor.code().split(";")) {
            if (!(code.equals(MEDIA) || code.length() >= 6 && code.substring(3, 6).equals(MEDIA))) {
                return false;
            }
        }
        return true;
    }
}
