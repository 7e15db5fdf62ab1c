package org.dossier.nlp.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.ResourceLines;

/**
 * Normal forms of names: the display form without titles and possessives ("President Bashar al-Assad's" →
 * "Bashar al-Assad") and the comparison key, folded to lower case without accents or Arabic article prefixes
 * ("al-Assad" and "Assad" both key as "assad").
 */
final class NameForms {

    /** Titles and offices before a person's name, left out of it (titles.txt). */
    private static final Set<String> TITLES = Set.copyOf(ResourceLines.read(NameForms.class, "titles.txt"));
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(?:al|el|ad|ar|as|at|az|an|ash|ath|ibn|bin|abu)-");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private NameForms() {}

    /** The words of a name, without leading titles and a trailing possessive. */
    static List<String> displayWords(String surface, boolean person) {
        String cleaned = POSSESSIVE.matcher(surface.strip()).replaceAll("");
        List<String> words = new ArrayList<>(List.of(cleaned.split("\\s+")));
        while (person && words.size() > 1 && TITLES.contains(key(words.get(0)).replace(".", ""))) {
            words.remove(0);
        }
        return words;
    }

    static String display(String surface, boolean person) {
        return String.join(" ", displayWords(surface, person));
    }

    /** Comparison keys of a name's words. */
    static List<String> keys(String surface, boolean person) {
        List<String> keys = new ArrayList<>();
        for (String word : displayWords(surface, person)) {
            String k = ARTICLE_PREFIX.matcher(key(word)).replaceAll("");
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    static String key(String word) {
        String folded = DIACRITICS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return folded.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Initials of the capitalized words: "Syrian Observatory for Human Rights" → "SOHR". */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }
}
