package org.dossier.extract.events;

import java.util.List;
import java.util.Set;
import org.dossier.extract.WordTables;
import org.dossier.model.Event;

/**
 * What a company says of its own business is no event. An executive's or a company's statement, optimism, general
 * intent to cooperate or praise ({@code company-own-words-codes.txt}) is, on news in general, about its products,
 * markets and results ("we are thrilled with how our new blender is selling", "our new sedan sets the standard
 * for its class"), which the gold's conventions count as a body's internal business. The rule holds where every
 * code of the actor is of the sector BUS. Praise or support of a party outside business and its customers ("the
 * investor backed the governor's campaign") stays; so do a company's denials, refusals, demands, complaints,
 * lawsuits, deals and settlements, which act on others.
 */
public final class CompanyOwnWords {

    private static final Set<String> CODES = WordTables.set("events/company-own-words-codes.txt");

    /** The sector of companies. */
    private static final Set<String> BUSINESS = Set.of("BUS");

    /** The sectors of a company's own sphere: other companies and its customers. */
    private static final Set<String> OWN_SPHERE = Set.of("BUS", "CVL");

    private CompanyOwnWords() {}

    /** Whether the event is a company's words about its own business. */
    public static boolean isNoEvent(Event event) {
        if (!CODES.contains(event.cameo()) || !ActorSectors.allOf(ActorSectors.codes(event.actor()), BUSINESS)) {
            return false;
        }
        // support or praise (05) of a state, a candidate or a party is a political act whoever gives it
        return !event.root().equals("05") || isWithin(ActorSectors.codes(event.target()));
    }

    private static boolean isWithin(List<String> targetCodes) {
        return targetCodes.isEmpty() || ActorSectors.allOf(targetCodes, OWN_SPHERE);
    }
}
