package org.dossier.eval.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * One coded event as PETRARCH's validation files state it: source and target actor codes and the CAMEO event
 * code. A coder's event for "Russia and Iran" stands for one triple per actor, as PETRARCH writes it.
 */
public record CodedEvent(String source, String target, String code) {

    public String root() {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }

    /** One triple per source and target code, where a coder joins coordinated actors with ";". */
    public static List<CodedEvent> expand(String sourceCodes, String targetCodes, String code) {
        List<CodedEvent> out = new ArrayList<>();
        for (String source : split(sourceCodes)) {
            for (String target : split(targetCodes)) {
                out.add(new CodedEvent(source, target, code));
            }
        }
        return out;
    }

    private static List<String> split(String codes) {
        if (codes == null || codes.isBlank()) {
            return java.util.Collections.singletonList("");
        }
        return List.of(codes.split(";"));
    }
}
