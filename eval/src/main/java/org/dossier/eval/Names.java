package org.dossier.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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

    /** Whether the words of {@code part} occur, in order and next to each other, among the words of {@code whole}. */
    static boolean wordRunWithin(String part, String whole) {
        List<String> p = words(part);
        List<String> w = words(whole);
        if (p.isEmpty()) {
            return false;
        }
        for (int i = 0; i + p.size() <= w.size(); i++) {
            if (w.subList(i, i + p.size()).equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
