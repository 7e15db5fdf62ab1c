package org.dossier.extract.events;

import java.util.Set;
import org.dossier.extract.dictionaries.CameoCodes;

/**
 * Readable labels for CAMEO codes, in the vocabulary of Dossier's gold annotations: ACCUSE, CONDEMN,
 * DEMAND/APPEAL, THREATEN, INVESTIGATE/REQUEST_INVESTIGATION, MEET/TALKS, VETO/REJECT, PROPOSE/OFFER,
 * ATTACK/BOMB, SEIZE/CAPTURE, KILL, DEPLOY, ANNOUNCE, and CAMEO's root names for the rest.
 */
final class ActionLabels {

    private static final Set<String> KILLING_VERBS = Set.of("kill", "murder", "slay", "massacre", "execute",
            "assassinate", "behead", "slaughter");

    private ActionLabels() {}

    static String label(String code, String lemma, CameoCodes codes) {
        if (lemma != null && KILLING_VERBS.contains(lemma)) {
            return "KILL";
        }
        String root = CameoCodes.root(code);
        return switch (root) {
            case "01" -> "ANNOUNCE";
            case "02", "10" -> code.startsWith("0213") ? "INVESTIGATE/REQUEST_INVESTIGATION" : "DEMAND/APPEAL";
            case "03" -> "PROPOSE/OFFER";
            case "04" -> "MEET/TALKS";
            case "09" -> "INVESTIGATE/REQUEST_INVESTIGATION";
            case "11" -> code.startsWith("112") ? "ACCUSE" : "CONDEMN";
            case "12" -> "VETO/REJECT";
            case "13" -> "THREATEN";
            case "15" -> "DEPLOY";
            case "18" -> code.equals("1823") || code.equals("186") ? "KILL" : "ATTACK/BOMB";
            case "19" -> code.equals("192") ? "SEIZE/CAPTURE" : "ATTACK/BOMB";
            case "20" -> "KILL";
            default -> codes.rootName(code).toUpperCase(java.util.Locale.ROOT);
        };
    }
}
