package org.dossier.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Places, countries and first-level admin areas indexed by the keys of their names ({@link Names#key}): every
 * look-up is a hash look-up, never a scan. Immutable once read and safe to share between threads; {@link #standard}
 * reads the resource the build makes from registry packages (tools/gazetteer) once per class loader.
 */
public final class Gazetteer {

    /** The resource the places module's build writes (tools/gazetteer/build.mjs). */
    public static final String RESOURCE = "org/dossier/places/gazetteer.tsv.gz";
    /** Names the sources lack or spell otherwise ("U.S.", "Britain", "New York"), in the words of the house. */
    public static final String ALIASES = "org/dossier/places/aliases.tsv";
    /** The words that name a kind of admin area ("governorate", "province"). */
    public static final String AREA_WORDS = "org/dossier/places/area-words.txt";

    private static final GazetteerPlace[] NO_PLACES = new GazetteerPlace[0];

    private final Map<Long, GazetteerPlace> placesById = new HashMap<>();
    private final Map<String, GazetteerPlace[]> placesByKey = new HashMap<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Country> countriesByKey = new HashMap<>();
    private final Map<String, Country> countriesByDemonym = new HashMap<>();
    private final Map<String, AdminArea> areas = new HashMap<>();
    private final Map<String, List<AdminArea>> areasByKey = new HashMap<>();
    private final Map<String, List<AdminArea>> areasByShortKey = new HashMap<>();
    private final Map<String, GazetteerPlace> partsByKey = new HashMap<>();
    /** Keys of the parts of a country that resolve to it ("gaza strip"): a name of the country, not of all of it. */
    private final Set<String> countryPartKeys = new java.util.HashSet<>();
    private final Map<String, AdminArea> areaAliases = new HashMap<>();
    /** Keys of admin areas' abbreviations written with full stops ("Ill.", "N.M."), which a key drops. */
    private final Set<String> abbreviationKeys = new java.util.HashSet<>();
    /** Keys that aliases.tsv names, with no stop, as a place, a part of one or an admin area ("nyc"). */
    private final Set<String> placeAliasKeys = new java.util.HashSet<>();
    /** Keys whose most populous place has them as an exonym ("cologne"): {@link OtherNames}. */
    private final Set<String> exonymKeys = new java.util.HashSet<>();
    private final Set<String> areaWords;
    /** Per country, its places by the skeleton of their names' keys; built when a country is first asked for. */
    private final Map<String, Map<String, List<GazetteerPlace>>> skeletonsByCountry =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Map<String, List<Map.Entry<String, GazetteerPlace>>> keysByCountry;

    private Gazetteer(Set<String> areaWords) {
        this.areaWords = areaWords;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = loadStandard();
    }

    /** The gazetteer built into the application, read on first use. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static Gazetteer loadStandard() {
        ClassLoader loader = Gazetteer.class.getClassLoader();
        try (InputStream data = loader.getResourceAsStream(RESOURCE)) {
            if (data == null) {
                throw new IllegalStateException("the gazetteer resource " + RESOURCE + " is not on the classpath: it "
                        + "is built with the places module (mvn package runs tools/gazetteer/build.mjs, which needs "
                        + "Node.js and the npm registry once)");
            }
            try (Reader tsv = new InputStreamReader(new GZIPInputStream(data, 1 << 16), StandardCharsets.UTF_8);
                    Reader aliases = Resources.open(ALIASES);
                    Reader words = Resources.open(AREA_WORDS)) {
                return read(tsv, aliases, words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer resource " + RESOURCE, e);
        }
    }

    /**
     * Reads a gazetteer in the format of tools/gazetteer/build.mjs, with aliases ({@code name TAB country:CC |
     * place:ID | part:ID | area:CC.CODE} lines) and the words that name a kind of admin area (one a line).
     */
    public static Gazetteer read(Reader tsv, Reader aliases, Reader areaWords) throws IOException {
        return read(tsv, aliases, areaWords, OtherNames.Rule.STANDARD);
    }

    /** As {@link #read(Reader, Reader, Reader)}, with the places' other names indexed by that rule. */
    public static Gazetteer read(Reader tsv, Reader aliases, Reader areaWords, OtherNames.Rule otherNamesRule)
            throws IOException {
        Gazetteer g = new Gazetteer(Set.copyOf(Resources.lines(areaWords)));
        Map<String, List<GazetteerPlace>> byKey = new HashMap<>(300_000);
        List<OtherNames.Named> others = new ArrayList<>(150_000);
        BufferedReader in = new BufferedReader(tsv, 1 << 16);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "C" -> g.addCountry(new Country(f[1], f[2], number(f[3]), number(f[4]), list(f[5]), list(f[6])));
                    case "A" -> g.addArea(new AdminArea(f[1], f[2], f[3], number(f[4]), number(f[5]), list(f[6])),
                            f.length > 7 ? list(f[7]) : List.of());
                    case "P" -> {
                        GazetteerPlace p = new GazetteerPlace(Long.parseLong(f[1]), f[2], f[3].intern(), f[4].intern(),
                                f[5].intern(), Integer.parseInt(f[6]), Double.parseDouble(f[7]),
                                Double.parseDouble(f[8]), f[9].isEmpty() ? 0 : Long.parseLong(f[9]));
                        g.placesById.put(p.geonamesId(), p);
                        List<String> ownKeys = Names.indexKeys(p.name());
                        for (String key : ownKeys) {
                            byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
                        }
                        if (!f[10].isEmpty()) {
                            others.add(new OtherNames.Named(p, ownKeys, list(f[10])));
                        }
                        if (f.length > 11 && !f[11].isEmpty()) {
                            others.add(new OtherNames.Named(p, ownKeys, list(f[11]), false, true));
                        }
                        String head = p.population() >= OtherNames.HEAD_POPULATION ? OtherNames.head(p.name()) : null;
                        if (head != null) {
                            others.add(new OtherNames.Named(p, ownKeys, List.of(head), true));
                        }
                    }
                    default -> throw new IOException("unknown record kind '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IOException("gazetteer line " + number + " is malformed: " + e.getMessage(), e);
            }
        }
        Map<String, List<GazetteerPlace>> meant = OtherNames.meant(byKey, others,
                key -> g.countriesByKey.containsKey(key) || g.countriesByDemonym.containsKey(key)
                        || g.areasByKey.containsKey(key) || g.areasByShortKey.containsKey(key), otherNamesRule,
                g.exonymKeys);
        meant.forEach((key, places) -> byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).addAll(places));
        Comparator<GazetteerPlace> biggestFirst = Comparator.comparingInt(GazetteerPlace::population).reversed();
        for (Map.Entry<String, List<GazetteerPlace>> e : byKey.entrySet()) {
            GazetteerPlace[] places = e.getValue().stream().distinct().toArray(GazetteerPlace[]::new);
            Arrays.sort(places, biggestFirst);
            g.placesByKey.put(e.getKey(), places);
        }
        g.readAliases(aliases);
        return g;
    }

    private void readAliases(Reader reader) throws IOException {
        for (String line : Resources.lines(reader)) {
            String[] f = line.split("\t");
            if (f.length != 2 || f[1].indexOf(':') < 0) {
                throw new IOException("alias line '" + line + "' is not 'name TAB kind:target'");
            }
            String key = Names.key(f[0]);
            String kind = f[1].substring(0, f[1].indexOf(':'));
            String target = f[1].substring(f[1].indexOf(':') + 1);
            switch (kind) {
                case "country", "territory" -> {
                    Country c = countries.get(target);
                    if (c == null) {
                        throw new IOException("alias '" + f[0] + "' names unknown country " + target);
                    }
                    countriesByKey.put(key, c);
                    if (kind.equals("territory")) {
                        countryPartKeys.add(key);
                    }
                }
                case "place", "part" -> {
                    addPlaceAlias(f[0], key);
                    GazetteerPlace p = placesById.get(Long.parseLong(target));
                    if (p == null) {
                        throw new IOException("alias '" + f[0] + "' names unknown place " + target);
                    }
                    if (kind.equals("part")) {
                        partsByKey.put(key, p);
                    } else {
                        GazetteerPlace[] others = placesByKey.getOrDefault(key, NO_PLACES);
                        GazetteerPlace[] places = new GazetteerPlace[others.length + 1];
                        places[0] = p;
                        int i = 1;
                        for (GazetteerPlace o : others) {
                            if (o != p) {
                                places[i++] = o;
                            }
                        }
                        placesByKey.put(key, Arrays.copyOf(places, i));
                    }
                }
                case "area" -> {
                    AdminArea a = areas.get(target);
                    if (a == null) {
                        throw new IOException("alias '" + f[0] + "' names unknown admin area " + target);
                    }
                    areaAliases.put(key, a);
                    addPlaceAlias(f[0], key);
                    if (f[0].indexOf('.') >= 0) {
                        abbreviationKeys.add(key);
                    }
                }
                default -> throw new IOException("alias '" + f[0] + "' has unknown kind " + kind);
            }
        }
    }

    /** An alias written with no stop is a name as texts write it ("NYC"); "Ill." without its stop is not. */
    private void addPlaceAlias(String name, String key) {
        if (name.indexOf('.') < 0) {
            placeAliasKeys.add(key);
        }
    }

    private void addCountry(Country c) {
        countries.put(c.code(), c);
        countriesByKey.putIfAbsent(Names.key(c.name()), c);
        for (String n : c.names()) {
            countriesByKey.putIfAbsent(Names.key(n), c);
        }
        for (String d : c.demonyms()) {
            countriesByDemonym.putIfAbsent(Names.key(d), c);
        }
    }

    /**
     * Indexes an area by its names, and by its English names and, for an area kept without a code, all its names
     * only as short names: a name alone means such an area only when no place has it ("Gaza" is the city, not the
     * province of Mozambique that CLDR names so; "West Java" is Jawa Barat).
     */
    private void addArea(AdminArea a, List<String> englishNames) {
        boolean coded = !a.code().isEmpty();
        if (coded) {
            areas.put(a.country() + "." + a.code(), a);
        }
        List<String> names = new ArrayList<>();
        names.add(a.name());
        names.addAll(a.names());
        for (String name : names) {
            for (String key : Names.indexKeys(name)) {
                if (coded) {
                    areasByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(a);
                } else {
                    addShortKey(key, a);
                }
                String shortKey = withoutAreaWords(key);
                if (!shortKey.equals(key) && !shortKey.isEmpty()) {
                    addShortKey(shortKey, a);
                }
            }
        }
        for (String name : englishNames) {
            for (String key : Names.indexKeys(name)) {
                addShortKey(key, a);
                String shortKey = withoutAreaWords(key);
                if (!shortKey.equals(key) && !shortKey.isEmpty()) {
                    addShortKey(shortKey, a);
                }
            }
        }
    }

    private void addShortKey(String key, AdminArea a) {
        List<AdminArea> list = areasByShortKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(a)) {
            list.add(a);
        }
    }

    /** The key without the words that name a kind of area ("aleppo governorate" is "aleppo"). */
    String withoutAreaWords(String key) {
        String[] words = key.split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!areaWords.contains(w)) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    /**
     * Whether the key is the area's own name (with or without the word for its kind: "idlib governorate", "idlib"),
     * not that of an area below it that the gazetteer folds into it ("rochdale" in England).
     */
    public boolean isOwnName(AdminArea area, String key) {
        for (String own : Names.indexKeys(area.name())) {
            if (own.equals(key) || withoutAreaWords(own).equals(key)) {
                return true;
            }
        }
        return areaAliases.get(key) == area;
    }

    /** Whether the word (lower case) names a kind of admin area. */
    public boolean isAreaWord(String word) {
        return areaWords.contains(word);
    }

    /** The populated places of that name (key), the most populous first. */
    public List<GazetteerPlace> places(String key) {
        return List.of(placesByKey.getOrDefault(key, NO_PLACES));
    }

    /**
     * Whether the place a key means first has it as an exonym, a name that is no spelling of its own ("cologne" for
     * Köln): a name to take where NER tags it a place, not in capitalized words alone, nor to spell others like.
     */
    public boolean firstByExonym(String key) {
        return exonymKeys.contains(key);
    }

    /**
     * Each country's place names (keys) and places, made once on first use: a country's skeleton index then costs
     * its own names only (making it from every key of the gazetteer took 0.1 s a country, 7 s of a bench run).
     */
    private Map<String, List<Map.Entry<String, GazetteerPlace>>> keysByCountry() {
        Map<String, List<Map.Entry<String, GazetteerPlace>>> keys = keysByCountry;
        if (keys == null) {
            synchronized (this) {
                keys = keysByCountry;
                if (keys == null) {
                    Map<String, List<Map.Entry<String, GazetteerPlace>>> made = new HashMap<>();
                    for (Map.Entry<String, GazetteerPlace[]> e : placesByKey.entrySet()) {
                        for (GazetteerPlace p : e.getValue()) {
                            // an exonym is no spelling to match others against
                            if (p == e.getValue()[0] && exonymKeys.contains(e.getKey())) {
                                continue;
                            }
                            made.computeIfAbsent(p.country(), c -> new ArrayList<>()).add(Map.entry(e.getKey(), p));
                        }
                    }
                    keys = Map.copyOf(made);
                    keysByCountry = keys;
                }
            }
        }
        return keys;
    }

    /**
     * The places of the country whose name has the key's consonant skeleton ({@link Names#skeleton}), the most
     * populous first: the same place transliterated otherwise ("Saraqeb" for Sarāqib).
     */
    public List<GazetteerPlace> placesSpelledLike(String country, String key) {
        String skeleton = Names.skeleton(key);
        if (skeleton == null) {
            return List.of();
        }
        return skeletonsByCountry.computeIfAbsent(country, this::skeletonIndex).getOrDefault(skeleton, List.of());
    }

    private Map<String, List<GazetteerPlace>> skeletonIndex(String country) {
        Map<String, List<GazetteerPlace>> index = new HashMap<>();
        for (Map.Entry<String, GazetteerPlace> e : keysByCountry().getOrDefault(country, List.of())) {
            String skeleton = Names.skeleton(e.getKey());
            if (skeleton == null) {
                continue;
            }
            List<GazetteerPlace> places = index.computeIfAbsent(skeleton, k -> new ArrayList<>(1));
            if (!places.contains(e.getValue())) {
                places.add(e.getValue());
            }
        }
        Comparator<GazetteerPlace> biggestFirst = Comparator.comparingInt(GazetteerPlace::population).reversed();
        index.replaceAll((k, v) -> v.stream().sorted(biggestFirst).toList());
        return index;
    }

    /** The place a name stands for a part of ("Brooklyn": New York City), or null. */
    public GazetteerPlace partOf(String key) {
        return partsByKey.get(key);
    }

    public GazetteerPlace place(long geonamesId) {
        return placesById.get(geonamesId);
    }

    /** The country of that name (key), or null. */
    public Country country(String key) {
        return countriesByKey.get(key);
    }

    /**
     * Whether the key is the first part of a country's name of two joined by "and" ("antigua" of "antigua and
     * barbuda", "trinidad"): an island of the country, which the gazetteer does not hold by that name alone.
     */
    public boolean beginsACountrysName(String key) {
        String start = key + " and ";
        return countriesByKey.keySet().stream().anyMatch(k -> k.startsWith(start));
    }

    /** Whether the key names a part of the country it resolves to ("gaza strip", "west bank"), not all of it. */
    public boolean isCountryPart(String key) {
        return countryPartKeys.contains(key);
    }

    /** The country with that ISO 3166-1 alpha-2 code, or null. */
    public Country countryOfCode(String code) {
        return countries.get(code);
    }

    /** The country of that demonym (key: "syrian"), or null. */
    public Country countryOfDemonym(String key) {
        return countriesByDemonym.get(key);
    }

    /** The admin areas of that full name (key: "california", "aleppo governorate"), an alias's first. */
    public List<AdminArea> areas(String key) {
        AdminArea alias = areaAliases.get(key);
        List<AdminArea> named = areasByKey.getOrDefault(key, List.of());
        if (alias == null) {
            return named;
        }
        List<AdminArea> out = new ArrayList<>(named.size() + 1);
        out.add(alias);
        named.stream().filter(a -> a != alias).forEach(out::add);
        return out;
    }

    /**
     * Whether the key is that of an admin area's abbreviation written with full stops ("ill" of "Ill.", "nm" of
     * "N.M."), and of no admin area's name: written without them ("Ill", "Nm", "PA"), the letters are mostly
     * something else (a word, a unit, an agency's initials).
     */
    /** Whether aliases.tsv names this key, written with no stop, as a place, a part of one or an admin area. */
    public boolean isPlaceAlias(String key) {
        return placeAliasKeys.contains(key);
    }

    public boolean isAreaAbbreviation(String key) {
        return abbreviationKeys.contains(key) && !areasByKey.containsKey(key);
    }

    /** The admin areas whose name is that key once the kind of area is left out ("aleppo", "idlib"). */
    public List<AdminArea> areasByShortName(String key) {
        return areasByShortKey.getOrDefault(key, List.of());
    }

    public AdminArea area(String country, String code) {
        return areas.get(country + "." + code);
    }

    public int placeCount() {
        return placesById.size();
    }

    public int countryCount() {
        return countries.size();
    }

    public int areaCount() {
        return areas.size();
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static List<String> list(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }
}
