package org.dossier.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Case-insensitive name comparison and word tokens, as the gold scoring rules use them. */
final class Names {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Names() {}

    static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static Set<String> folded(Collection<String> names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            if (name != null) {
                out.add(fold(name));
            }
        }
        return out;
    }

    static int wordCount(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
