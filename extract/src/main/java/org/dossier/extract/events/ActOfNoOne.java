package org.dossier.extract.events;

import java.util.Set;
import org.dossier.extract.WordTables;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.model.Actor;

/**
 * Statements that are always made of someone ({@code events/acts-of-someone.txt}: a demand, a call for an
 * investigation). When only a statement's words or a model read one and the rules find no one it is made of, it is,
 * on news nobody tuned to, a speaker's opinion or advice ("we ought to talk honestly", "people should
 * let their doctor know") or a mention of an inquiry, not an act towards anyone.
 */
final class ActOfNoOne {

    private static final Set<String> CODES = WordTables.set("events/acts-of-someone.txt");

    private ActOfNoOne() {}

    /** True for a statement or model reading of {@code code} with no target: no event. */
    static boolean isNoEvent(String code, Actor target) {
        return target == null && isOfSomeone(code);
    }

    /** Whether {@code code} is an act always made of someone: its root or the code itself is listed. */
    static boolean isOfSomeone(String code) {
        return code != null && (CODES.contains(code) || CODES.contains(CameoCodes.root(code)));
    }
}
