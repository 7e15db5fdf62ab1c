package org.dossier.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The keys place names are indexed and looked up by: lower case, without accents, apostrophes and full stops, with
 * hyphens as spaces, so that "Deir ez-Zor", "Deir Ez Zor" and "DEIR EZ-ZOR" meet, and "U.S." is "us"; an
 * abbreviated first word written out ("St Catherine" is "saint catherine").
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("['’‘`´.ʼʻ]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\-‐‑–—_/,]+");
    /**
     * Initials with a space after each full stop, as tokenized corpora write them ("N. Y.", "U. S."): they key as
     * the initials written together ("N.Y.", "U.S."), not as two one-letter words.
     */
    private static final Pattern SPACED_INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\s\\p{Lu}\\.)+");
    private static final Pattern SPACE = Pattern.compile("\\s");
    /** Spaced initials of degrees and titles ("M. D."), which are not joined: as joined they key as states. */
    private static final Set<String> DEGREE_INITIALS =
            Set.copyOf(Resources.lines("org/dossier/places/degree-initials.txt"));

    private Names() {}

    /** The name with spaced initials written together ("D. C." as "D.C."), other names as they are. */
    public static String withInitialsJoined(String name) {
        return name.length() > 3 && name.charAt(1) == '.' && SPACED_INITIALS.matcher(name).matches()
                ? SPACE.matcher(name).replaceAll("") : name;
    }

    /** The lookup key of a name; empty for a name of no letters. */
    public static String key(String name) {
        if (name.length() > 3 && name.charAt(1) == '.' && SPACED_INITIALS.matcher(name).matches()
                && !DEGREE_INITIALS.contains(name)) {
            name = SPACE.matcher(name).replaceAll("");
        }
        String written = WRITTEN_OUT.get(name);
        if (written != null) {
            return written;
        }
        String s;
        if (plain(name)) {
            s = name.toLowerCase(Locale.ROOT);
        } else {
            s = Normalizer.normalize(name, Normalizer.Form.NFD);
            s = MARKS.matcher(s).replaceAll("");
            s = DROPPED.matcher(s).replaceAll("");
            s = SPACES.matcher(s).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
        }
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        int space = s.indexOf(' ');
        if (space > 0) {
            String full = SHORT_FIRST_WORDS.get(s.substring(0, space));
            if (full != null) {
                s = full + s.substring(space);
            }
        }
        return s;
    }

    /**
     * Whether the name is ASCII letters and single spaces between them, which the folding would leave as they are but
     * for case: most names, and the gazetteer folds some 400,000 of them when it loads.
     */
    private static boolean plain(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'a';
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * Initials whose key, without its full stops, is another name's abbreviation, by the name they are as written:
     * "L.A." is Los Angeles, where "La." (key "la" too) is the AP's Louisiana.
     */
    private static final Map<String, String> WRITTEN_OUT = Map.of("L.A.", "los angeles", "L.A", "los angeles");

    /**
     * Abbreviated first words, written out, so that "St Catherine", "St. Catherine" and "Saint Catherine" meet (the
     * gazetteer spells them either way).
     */
    private static final Map<String, String> SHORT_FIRST_WORDS =
            Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort", "pt", "point");

    /**
     * The consonant skeleton of a key, the same for the ways one name is transliterated ("saraqeb" and "saraqib",
     * "khan younis" and "khan yunis", "taludi" and "talodi"): each word's first letter, then its other letters
     * without vowels and without a letter repeated; null when fewer than three letters are left.
     */
    public static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        int letters = 0;
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            char last = word.charAt(0);
            out.append(last);
            letters++;
            for (int i = 1; i < word.length(); i++) {
                char c = word.charAt(i);
                if (VOWELS.indexOf(c) < 0 && c != last) {
                    out.append(c);
                    letters++;
                }
                last = c;
            }
        }
        return letters < 3 ? null : out.toString();
    }

    private static final String VOWELS = "aeiouy";

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** Two capital letters, as a US state's or a Canadian province's postal code is written ("TX", "ON"). */
    static boolean postalShape(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1));
    }

    /** The Levenshtein distance of two keys: the fewest letters inserted, deleted or replaced. */
    public static int editDistance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }

    /**
     * The keys a gazetteer name is indexed under: its own, and without an Arabic article ("Al-Raqqah" is also
     * "raqqah").
     */
    public static List<String> indexKeys(String name) {
        String key = key(name);
        List<String> keys = new ArrayList<>(2);
        if (!key.isEmpty()) {
            keys.add(key);
        }
        for (String article : List.of("al ", "el ", "ar ", "as ", "ad ", "an ", "az ", "ash ")) {
            if (key.startsWith(article) && key.length() > article.length() + 2) {
                keys.add(key.substring(article.length()));
                break;
            }
        }
        return keys;
    }
}
