package org.dossier.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * ISO 3166-1 codes both ways: the gazetteer writes a country as alpha-2 ("GB"), CAMEO codes begin with alpha-3
 * ("GBR"). The JDK's own table, read once.
 */
public final class CountryCodes {

    /** Alpha-2 codes by alpha-3 code, the first in the JDK's order where two share one. */
    private static final Map<String, String> ALPHA2_OF_ALPHA3 = alpha2OfAlpha3();

    private CountryCodes() {}

    /** The alpha-3 code of an alpha-2 one ("GB" GBR), as the CAMEO codes use; null when unknown. */
    public static String alpha3(String alpha2) {
        if (alpha2 == null || alpha2.length() != 2) {
            return null;
        }
        try {
            String code = Locale.of("", alpha2.toUpperCase(Locale.ROOT)).getISO3Country();
            return code.isEmpty() ? null : code;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The alpha-2 code of an alpha-3 one, as a CAMEO code begins ("SWE" SE); null when unknown. */
    public static String alpha2(String alpha3) {
        return alpha3 == null ? null : ALPHA2_OF_ALPHA3.get(alpha3);
    }

    private static Map<String, String> alpha2OfAlpha3() {
        Map<String, String> out = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            out.putIfAbsent(Locale.of("", alpha2).getISO3Country(), alpha2);
        }
        return Map.copyOf(out);
    }
}
