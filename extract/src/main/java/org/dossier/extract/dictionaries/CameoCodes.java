package org.dossier.extract.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a CAMEO event code means in numbers: its root, QuadClass and Goldstein value (GDELT's published scale),
 * and the root's name.
 */
public final class CameoCodes {

    private final Map<String, Double> goldstein;
    private final Map<String, String> rootNames;

    private CameoCodes(Map<String, Double> goldstein, Map<String, String> rootNames) {
        this.goldstein = Map.copyOf(goldstein);
        this.rootNames = Map.copyOf(rootNames);
    }

    /** Reads the {@code code, goldstein, root name} table. */
    public static CameoCodes read(BufferedReader in) throws IOException {
        Map<String, Double> goldstein = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            goldstein.put(f[0], Double.parseDouble(f[1]));
            if (f.length > 2) {
                names.put(f[0], f[2]);
            }
        }
        return new CameoCodes(goldstein, names);
    }

    public boolean isKnown(String code) {
        return goldstein.containsKey(code);
    }

    /** The two-digit root: "1122" → "11", "190" → "19". */
    public static String root(String code) {
        return code.substring(0, 2);
    }

    /** 1 verbal cooperation (roots 01–04), 2 material cooperation (05–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
    public static int quadClass(String code) {
        int root = Integer.parseInt(root(code));
        return root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    /** The Goldstein value of the code, else of its nearest listed ancestor ("1125" falls back to "112"). */
    public double goldstein(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Double value = goldstein.get(c);
            if (value != null) {
                return value;
            }
        }
        return 0;
    }

    public String rootName(String code) {
        return rootNames.getOrDefault(root(code), "");
    }
}
