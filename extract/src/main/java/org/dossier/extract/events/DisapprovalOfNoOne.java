package org.dossier.extract.events;

import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.model.Actor;

/**
 * A disapproval (CAMEO root 11: criticise, accuse, reject an accusation) is always of someone. When the statement
 * model reads one where the rules find no target, it is, on news nobody tuned to, what a speaker said about a thing
 * ("the pill does its job", "this is our favourite kind of work"): a quote's words coded as its speaker's act. The
 * rules' own disapprovals ("condemned", "accused", a quote that calls something "unacceptable") keep theirs. (The
 * trigger model reads no disapproval at all since session twenty-one: {@code EventExtractor.DISAPPROVAL_ROOT}.)
 */
final class DisapprovalOfNoOne {

    private static final String DISAPPROVE = "11";

    private DisapprovalOfNoOne() {}

    /** True for a model-proposed event of {@code code} with no target: no event. */
    static boolean isNoEvent(String code, Actor target) {
        return target == null && DISAPPROVE.equals(CameoCodes.root(code));
    }
}
