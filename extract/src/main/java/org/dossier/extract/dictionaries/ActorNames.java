package org.dossier.extract.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Canonical names for CAMEO actor codes, so that an actor is named the same way whatever words the article used:
 * "RUS" is "Russia", "SYRREB" "Syrian rebels", "USACOP" "US police", "---GOV" (a government the text does not
 * place) "government". Countries come from {@code countries.tsv}, sector nouns from {@code sectors.tsv}.
 */
public final class ActorNames {

    /** The country part of a code whose country is unknown, as PETRARCH writes it. */
    public static final String UNKNOWN_COUNTRY = "---";

    private final Map<String, String[]> countries;
    private final Map<String, String> sectors;

    public ActorNames(Map<String, String[]> countries, Map<String, String> sectors) {
        this.countries = Map.copyOf(countries);
        this.sectors = Map.copyOf(sectors);
    }

    static ActorNames read(BufferedReader countryLines, BufferedReader sectorLines) throws IOException {
        Map<String, String[]> countries = new HashMap<>();
        for (String[] f : DossierFormat.rows(countryLines)) {
            countries.put(f[0], new String[] {f[1], f[2]});
        }
        Map<String, String> sectors = new HashMap<>();
        for (String[] f : DossierFormat.rows(sectorLines)) {
            sectors.put(f[0], f[1]);
        }
        return new ActorNames(countries, sectors);
    }

    /** Whether the code is a country's ("RUS"), not an organization's or a sector's. */
    public boolean isCountry(String code) {
        return countries.containsKey(code);
    }

    /** Whether the words are the country's own name or adjective ("Spain", "Spanish"), not a town it files. */
    public boolean isOwnName(String code, String words) {
        String[] names = code == null ? null : countries.get(code);
        return names != null && (names[0].equalsIgnoreCase(words) || names[1].equalsIgnoreCase(words));
    }

    /** Whether the code is an agent (sector) code that can follow a country ("GOV", "REB"). */
    public boolean isSector(String code) {
        return sectors.containsKey(code);
    }

    /**
     * The canonical name of a country or of a country's sector ("SYRREB" "Syrian rebels", "---COP" "police"), or
     * null when the code is neither (an organization, a group or a person is named as the dictionary or the text
     * names it).
     */
    public String nameOf(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String country = code.substring(0, 3);
        String sector = code.length() >= 6 ? sectors.get(code.substring(3, 6)) : null;
        if (country.equals(UNKNOWN_COUNTRY)) {
            return sector;
        }
        String[] names = countries.get(country);
        if (names == null) {
            return null;
        }
        if (code.length() == 3) {
            return names[0];
        }
        return sector == null ? null : names[1] + " " + sector;
    }
}
