package org.dossier.extract.events;

import java.util.List;
import java.util.Set;
import org.dossier.model.Actor;

/**
 * The CAMEO codes of an event's party and the sectors they carry ("USABUS": the sector BUS), for the rules that ask
 * who the parties are ({@link FigurativeForce}, {@link CompanyOwnWords}).
 */
final class ActorSectors {

    private ActorSectors() {}

    /** The codes of an actor's coordinated parties ("USAELI;USALEG"), none for no actor or no code. */
    static List<String> codes(Actor actor) {
        if (actor == null || actor.code() == null || actor.code().isBlank()) {
            return List.of();
        }
        return List.of(actor.code().split(";"));
    }

    /** Whether the code carries one of the sectors (its letters four to six). */
    static boolean isOf(String code, Set<String> sectors) {
        return code.length() >= 6 && sectors.contains(code.substring(3, 6));
    }

    /** Whether there are codes and every one carries one of the sectors. */
    static boolean allOf(List<String> codes, Set<String> sectors) {
        return !codes.isEmpty() && codes.stream().allMatch(c -> isOf(c, sectors));
    }
}
