package org.dossier.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which of GeoNames' other names of places a name alone may mean. GeoNames lists hundreds of thousands of them
 * (transliterations, older names, names in other languages): "Saraqeb" and "Sarakeb" for Sarāqib, "Bombay" for
 * Mumbai, which news writes; but also a village's other name that is a large city's own, or a word of the language.
 * An other name is indexed only where it cannot take a place's own name away from it:
 * <ul>
 * <li>it is a spelling of the place's own name: the same first letter, and at most a third of its letters (two for a
 * short name) inserted, left out or replaced ("Saraqeb", "Sarakeb" for Sarāqib, "Jedda" for Jeddah; not "Yida",
 * Jeddah's name in another language, which English news writes for a camp in South Sudan). Names in other
 * languages and older names ("Bombay") are left to the aliases of the house;</li>
 * <li>it has three letters or more, and is not a word of the place's own name ("Winston" for Winston-Salem, "the
 * D" for Detroit: a short form means a person or a letter before it means the city);</li>
 * <li>it is no country's or admin area's name (a city whose other name is "Punjab" is not what "Punjab" means);</li>
 * <li>of the places that have it as any name, its place is the most populous (a village's other name "Bombay" does
 * not make a second Bombay);</li>
 * <li>its place has {@link Rule#ownNameFactor} times the people of every place whose own name it is ("Victoria", a
 * big city's old name, stays Victoria, British Columbia's; "Bombay" is Mumbai's, not that of Bombay, New York, a
 * hamlet). A common word that is no place's own name is left to the finder of names, which looks a word up only
 * where NER tagged it as a place or it names a large place.</li>
 * </ul>
 * A large city's exonyms ("Cologne" for Köln, "Gothenburg" for Göteborg; the gazetteer lists them for cities of
 * 100,000+ people) are no spellings of its own name, and GeoNames gives them with no language, beside names of other
 * languages and oddities: one stands where the city has {@link Rule#exonymFactor} times the people of every place
 * whose own name it is (Köln has 137 times the people of Italy's Cologne; Belém, whose list holds "Bethlehem", has 18
 * times those of Bethlehem, Pennsylvania), and the finder of names takes it only where NER tagged it as a place
 * ({@link Gazetteer#firstByExonym}).
 */
public final class OtherNames {

    /**
     * The rule's parts, each of which a test can turn off.
     *
     * @param reserveCountriesAndAreas whether a country's or an admin area's name is never a place's other name
     * @param mostPopulousOnly whether only the most populous place with the name as any name gets it
     * @param ownNameFactor how many times the people of a place with the name as its own the place needs (0: any)
     * @param noShortForms whether a name of under three letters, or a word of the place's own name, is left out
     * @param spellingsOnly whether only spellings of the place's own name count
     * @param exonymFactor how many times the people of a place with the name as its own a city needs for its
     *     exonym (0: no exonyms)
     */
    public record Rule(boolean reserveCountriesAndAreas, boolean mostPopulousOnly, int ownNameFactor,
            boolean noShortForms, boolean spellingsOnly, int exonymFactor) {

        /** The rule the standard gazetteer is read with. */
        public static final Rule STANDARD = new Rule(true, true, 10, true, true, 100);

        /** A rule with the standard exonym factor. */
        public Rule(boolean reserveCountriesAndAreas, boolean mostPopulousOnly, int ownNameFactor,
                boolean noShortForms, boolean spellingsOnly) {
            this(reserveCountriesAndAreas, mostPopulousOnly, ownNameFactor, noShortForms, spellingsOnly, 100);
        }
    }

    private static final int MIN_LETTERS = 3;

    /**
     * A place, the keys of its own name ({@link Names#indexKeys}) and its other names.
     *
     * @param heads whether the names are the head of the place's own name before a qualifier ("Frankfurt" of
     *     "Frankfurt am Main"): what news calls it, though a word of its own name and no spelling of it
     * @param exonyms whether the names are a large city's exonyms: no spellings of its own name
     */
    record Named(GazetteerPlace place, List<String> ownKeys, List<String> names, boolean heads, boolean exonyms) {

        Named(GazetteerPlace place, List<String> ownKeys, List<String> names) {
            this(place, ownKeys, names, false, false);
        }

        Named(GazetteerPlace place, List<String> ownKeys, List<String> names, boolean heads) {
            this(place, ownKeys, names, heads, false);
        }
    }

    /**
     * The head of a place's name before a qualifier that tells it from its namesakes: a river, a region or a
     * district after "am", "an der", "im", "upon", "on" or in brackets ("Frankfurt am Main", "Halle (Saale)",
     * "Kingston upon Hull"), a French "-sur-", "-sous-" or "-en-" ("Aix-en-Provence"); null for another name.
     */
    static String head(String name) {
        java.util.regex.Matcher m = QUALIFIED.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * A place this large goes by the head of its name: news writes "Frankfurt" and "Klagenfurt"; a village's head
     * ("Newbold" of Newbold on Stour) is as often a hamlet or an estate the gazetteer lacks (a Newbold of Rochdale).
     */
    static final int HEAD_POPULATION = 50_000;

    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile(
            "(\\p{Lu}[^ (]*(?: \\p{Lu}[^ (]*)?)(?: (?:am|an der|im|upon|on) \\p{Lu}.*| \\(\\p{Lu}[^)]*\\)"
                    + "|-(?:sur|sous|en)-\\p{Lu}.*)");

    private OtherNames() {}

    /**
     * The other names' keys that the rule lets stand, and the places each may mean (one place a key under the
     * standard rule).
     *
     * @param own the places by the keys of their own names
     * @param others the places' other names
     * @param reserved whether a key is a country's or an admin area's name
     */
    static Map<String, List<GazetteerPlace>> meant(Map<String, List<GazetteerPlace>> own, List<Named> others,
            Predicate<String> reserved, Rule rule) {
        return meant(own, others, reserved, rule, new java.util.HashSet<>());
    }

    /**
     * As {@link #meant(Map, List, Predicate, Rule)}, adding to {@code exonymKeys} the keys whose most populous place
     * has them as an exonym (the place the key means first, by a name that is no spelling of its own).
     */
    static Map<String, List<GazetteerPlace>> meant(Map<String, List<GazetteerPlace>> own, List<Named> others,
            Predicate<String> reserved, Rule rule, Set<String> exonymKeys) {
        // per key, the places that have it as an other name (and not as their own)
        Map<String, List<GazetteerPlace>> holders = new HashMap<>();
        // per key, the places that have it as an exonym only
        Map<String, Set<GazetteerPlace>> exonymHolders = new HashMap<>();
        for (Named n : others) {
            if (n.exonyms() && rule.exonymFactor() <= 0) {
                continue;
            }
            List<String> ownKeys = n.ownKeys();
            String[] ownWords = ownKeys.isEmpty() ? new String[0] : ownKeys.get(0).split(" ");
            for (String name : n.names()) {
                for (String key : Names.indexKeys(name)) {
                    if (ownKeys.contains(key)) {
                        continue;
                    }
                    if (n.exonyms()) {
                        if (!shortForm(key, ownWords) && !spelling(key, ownKeys)) {
                            addHolder(holders, key, n.place());
                            exonymHolders.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(n.place());
                        }
                    } else if (n.heads() || !(rule.noShortForms() && shortForm(key, ownWords))
                            && !(rule.spellingsOnly() && !spelling(key, ownKeys))) {
                        addHolder(holders, key, n.place());
                    }
                }
            }
        }
        // a name that spells some place's own name otherwise means that place, not a city it is an exonym of ("Yida",
        // a camp's name, spells a Sudanese village's and is a name of Jeddah's in another language)
        for (Map.Entry<String, Set<GazetteerPlace>> e : exonymHolders.entrySet()) {
            List<GazetteerPlace> all = holders.get(e.getKey());
            if (all.size() > e.getValue().size()) {
                all.removeAll(e.getValue());
                e.getValue().clear();
            }
        }
        Map<String, List<GazetteerPlace>> out = new HashMap<>();
        for (Map.Entry<String, List<GazetteerPlace>> e : holders.entrySet()) {
            String key = e.getKey();
            if (rule.reserveCountriesAndAreas() && reserved.test(key)) {
                continue;
            }
            GazetteerPlace best = null;
            boolean tie = false;
            for (GazetteerPlace p : e.getValue()) {
                if (best == null || p.population() > best.population()) {
                    best = p;
                    tie = false;
                } else if (p.population() == best.population()) {
                    tie = true;
                }
            }
            if (rule.mostPopulousOnly() && tie) {
                continue;
            }
            long ownPeople = 0;
            for (GazetteerPlace p : own.getOrDefault(key, List.of())) {
                ownPeople = Math.max(ownPeople, p.population());
            }
            boolean exonym = exonymHolders.getOrDefault(key, Set.of()).contains(best);
            int factor = exonym ? rule.exonymFactor() : rule.ownNameFactor();
            if (factor > 0 && own.containsKey(key) && (long) best.population() < factor * Math.max(ownPeople, 1)) {
                continue;
            }
            if (exonym) {
                exonymKeys.add(key);
            }
            out.put(key, rule.mostPopulousOnly() ? List.of(best) : e.getValue());
        }
        return out;
    }

    private static void addHolder(Map<String, List<GazetteerPlace>> holders, String key, GazetteerPlace p) {
        List<GazetteerPlace> list = holders.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(p)) {
            list.add(p);
        }
    }

    /** Whether the key spells the place's own name otherwise: its first letter, and few letters changed. */
    private static boolean spelling(String key, List<String> ownKeys) {
        for (String own : ownKeys) {
            if (!own.isEmpty() && own.charAt(0) == key.charAt(0)
                    && Names.editDistance(own, key) <= Math.max(2, own.length() / 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the key is too short to be a name, or one word of the place's own name ("winston"). */
    private static boolean shortForm(String key, String[] ownWords) {
        if (key.replace(" ", "").length() < MIN_LETTERS) {
            return true;
        }
        for (String word : ownWords) {
            if (word.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
