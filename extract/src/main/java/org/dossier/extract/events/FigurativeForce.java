package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.extract.WordTables;
import org.dossier.model.Actor;
import org.dossier.model.Event;

/**
 * Force between public people and bodies who carry no arms is a figure of speech. English news tells a race, a
 * debate or a market in words of war: candidates "battle" and "attack" each other, a former official "fires back",
 * a company is "pitted against" a rival, lawmakers "wrestle with" a bill. An event of force (roots 15, 19, 20) whose
 * every coded party is of a sector in {@code figurative-force-sectors.txt} (former officials and candidates,
 * legislators, companies, media) is no event. Where a party is a state, its forces, police, an armed or criminal group,
 * civilians, or has no code at all, the force may be real and stays; so does assault (18), which a person can do.
 */
public final class FigurativeForce {

    /** The roots of force that words of war give a contest: force posture (15), fighting (19), mass violence (20). */
    private static final Set<String> FORCE_ROOTS = Set.of("15", "19", "20");

    /** Sectors of public people and bodies who carry no arms. */
    private static final Set<String> UNARMED = WordTables.set("events/figurative-force-sectors.txt");

    private FigurativeForce() {}

    /** Whether the event is force between parties who all carry no arms, at least one of them coded. */
    public static boolean isNoEvent(Event event) {
        if (!FORCE_ROOTS.contains(event.root())) {
            return false;
        }
        List<String> codes = new ArrayList<>(codes(event.actor()));
        codes.addAll(codes(event.target()));
        return !codes.isEmpty() && codes.stream().allMatch(c -> c.length() >= 6 && UNARMED.contains(c.substring(3, 6)));
    }

    /** The codes of an actor's coordinated parties ("USAELI;USALEG"), none for no actor or no code. */
    static List<String> codes(Actor actor) {
        if (actor == null || actor.code() == null || actor.code().isBlank()) {
            return List.of();
        }
        return List.of(actor.code().split(";"));
    }
}
