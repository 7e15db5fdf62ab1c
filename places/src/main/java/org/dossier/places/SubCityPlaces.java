package org.dossier.places;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dossier.model.Place;
import org.dossier.model.Place.Precision;

/**
 * Parts of a city the gazetteer lacks (issue 24: "sub-city places fall back to their city with a coarser precision;
 * unresolvable names stay names, never a wrong guess with a confident precision"). A name left unresolved takes
 * its city's point at {@link Precision#NEAR_PLACE}, keeping its own name, where the text sets it in that city:
 *
 * <ul>
 *   <li>by its own words, in any article: "Aleppo's Kalasseh", "east Aleppo's Sukkari", "the Kalasseh district of
 *       Aleppo", "Mandurriao, a district of Iloilo";
 *   <li>in an article about one city (its dateline, if a town, and most of its resolved towns and parts of towns),
 *       where the words around the name say a part of a city ("rebel-held Kalasseh", "the Kalasseh district",
 *       "the neighbourhood of Kalasseh") and its sentence names no place away from that city: a far village the
 *       gazetteer lacks, named beside its own province or another town, stays a name.
 * </ul>
 *
 * <p>The same name said bare elsewhere in the article ("residents in Kalasseh") is that part of the city too. A
 * preposition of place alone is no cue: in the broad data it introduces as often a county, a region, a river, a
 * building or a company ("in Napa County", "in Europe", "at Flexport").
 */
final class SubCityPlaces {

    /** How often the article's city must be named, at least, to be what the article is about. */
    private static final int CITY_MENTIONS = 2;
    /** A place of the name's sentence farther than this from the article's city puts the name elsewhere. */
    private static final double NEAR_KM = 150;

    /** Between a city and the name: "Aleppo's Kalasseh", "Aleppo's rebel-held Kalasseh". */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+(\\p{Ll}[\\p{Ll}-]*\\s+)?");
    /** Between a name with its part word and its city: "the Kalasseh district of Aleppo". */
    private static final Pattern OF_CITY = Pattern.compile("\\s+(of|in)\\s+(the\\s+)?");
    /** Between a name and its city, a noun phrase in apposition: "Exarchia, the Athens", "Exarchia, an edgy Athens". */
    private static final Pattern APPOSED_BEFORE_CITY =
            Pattern.compile("\\s*,\\s*(a|an|the)\\s+(\\p{Ll}[\\p{Ll}-]*\\s+)?");
    /** Between a name and its city: "Exarchia, a neighbourhood of Athens", "Exarchia, a district in Athens". */
    private static final Pattern APPOSED_PART_OF = Pattern.compile(
            "\\s*,\\s*(a|an|the)\\s+(\\p{Ll}[\\p{Ll}-]*\\s+)?(\\p{Ll}+)\\s+(of|in)\\s+(the\\s+)?");
    /** The word after a city's name: "district" of "the Athens district". */
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{Ll}+)");
    /** Between a name and its city: "Cobble Yard, Aleppo". */
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** What separates the names of a list: a comma, "and", "or". */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|&|,?\\s*(and|or))\\s*");
    /** A city this large has parts that a text names before it, after a comma ("Cobble Yard, Aleppo"). */
    private static final int CITY_WITH_PARTS = 100_000;
    /** A word after a hyphen just before the name: "rebel-held ". */
    private static final Pattern HYPHENATED_BEFORE = Pattern.compile("\\p{L}+[-‑](\\p{L}+)\\s+$");
    /** A word and "of" just before the name: "neighbourhood of ". */
    private static final Pattern WORD_OF_BEFORE = Pattern.compile("(\\p{L}+)\\s+of\\s+(the\\s+)?$");
    /**
     * An indefinite article or a number straight before the word for a part: "a quarter of Foo" is a share of it,
     * "a suburb of Foo" and "three districts of Foo" make Foo the whole, not a part ("the quarter of Foo" is one).
     */
    private static final Pattern WHOLE_BEFORE_PART_WORD =
            Pattern.compile("(?i)(?:^|[^\\p{L}])(a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)"
                    + "\\s+\\p{L}+\\s+of\\s+(the\\s+)?$");

    private final PlaceWords words;
    private final Gazetteer gazetteer;

    SubCityPlaces(Gazetteer gazetteer, PlaceWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    /**
     * The places with the unresolved names the text sets in a city given that city's point; {@code done} is
     * not changed.
     *
     * @param mayPlace whether a name may be placed here (not a name that is no place, not an untagged name)
     */
    Place[] placed(String text, List<Toponym> names, Place[] done, Predicate<Toponym> mayPlace) {
        Place[] places = done.clone();
        Place articleCity = articleCity(names, done, CITY_MENTIONS);
        Place townNamedOnce = articleCity(names, done, 1);
        Map<String, Place> byKey = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Toponym t = names.get(i);
            if (places[i] != null || !mayPlace.test(t) || !mayBeAPart(t)) {
                continue;
            }
            Place city = cityOfItsOwnWords(text, names, done, i);
            if (city == null) {
                city = storysCity(text, names, done, i, articleCity, townNamedOnce);
            }
            if (city != null) {
                places[i] = city.as(t.text(), Precision.NEAR_PLACE);
                byKey.putIfAbsent(t.key(), places[i]);
            }
        }
        // the same name said bare elsewhere: "the Belvoir area" ... "residents in Belvoir"
        for (int i = 0; i < names.size(); i++) {
            Toponym t = names.get(i);
            Place same = byKey.get(t.key());
            if (places[i] == null && same != null && mayPlace.test(t)) {
                places[i] = same.as(t.text(), Precision.NEAR_PLACE);
            }
        }
        return places;
    }

    /**
     * The city of the story the words around the name set it in, or null. A cue that a city has parts of that kind
     * ("the Kalasseh district", "rebel-held Kalasseh") needs the city named in its sentence or the one before: a
     * district or a held town may be a province's, far from a capital named paragraphs before. A word that names
     * only a part of a city ("the neighbourhood of Kalasseh") needs the story's one city, named once or more,
     * anywhere in the body or the dateline: "the edgy neighborhood of Exarchia" in a story of Athens that last named
     * Athens paragraphs before. Never where the name's sentence names a place away from that city.
     */
    private Place storysCity(String text, List<Toponym> names, Place[] done, int i, Place articleCity,
            Place townNamedOnce) {
        Toponym t = names.get(i);
        Place city = null;
        if (townNamedOnce != null && cityPartOnlyCue(text, t)) {
            city = townNamedOnce;
        } else if (articleCity != null && partCue(text, t) && namedNearby(names, done, i, articleCity)) {
            city = articleCity;
        }
        return city == null || sentenceNamesElsewhere(names, done, t.sentence(), city) ? null : city;
    }

    /**
     * Whether the name may be a part of a city: a name alone or with a word for a part after it, never a country's
     * or an admin area's name (an area left unresolved is a region or of another country, not a neighbourhood).
     */
    private boolean mayBeAPart(Toponym t) {
        boolean partWordAfter = t.role() == Toponym.Role.PART && t.span().end() > t.name().end();
        return (t.role() == Toponym.Role.NAME || partWordAfter) && gazetteer.country(t.key()) == null
                && gazetteer.areas(t.key()).isEmpty() && gazetteer.areasByShortName(t.key()).isEmpty();
    }

    /**
     * The city the name's own words put it in: a city just before it with a possessive ("Aleppo's Kalasseh"), or
     * just after its word for a part and "of" or "in" ("the Kalasseh district of Aleppo"); null otherwise.
     */
    private Place cityOfItsOwnWords(String text, List<Toponym> names, Place[] places, int i) {
        Toponym t = names.get(i);
        if (i > 0 && city(places[i - 1])) {
            int end = names.get(i - 1).span().end();
            if (end <= t.span().start() && POSSESSIVE.matcher(text.substring(end, t.span().start())).matches()) {
                return places[i - 1];
            }
        }
        if (apposedToItsCity(text, names, places, i)) {
            return places[i + 1];
        }
        if (beforeItsCityAfterAComma(text, names, places, i)) {
            return places[i + 1];
        }
        boolean partWordAfter = t.role() == Toponym.Role.PART && t.span().end() > t.name().end();
        if (partWordAfter && i + 1 < names.size() && city(places[i + 1])) {
            int start = names.get(i + 1).span().start();
            if (t.span().end() <= start && OF_CITY.matcher(text.substring(t.span().end(), start)).matches()) {
                return places[i + 1];
            }
        }
        return null;
    }

    /**
     * Whether the name is followed by a noun phrase that says it is a part of the city named next: "Exarchia, the
     * Athens district", "Exarchia, an Athens neighbourhood", "Exarchia, a neighbourhood of Athens". The text states
     * the city, so "district" counts here as any word for a part of a city.
     */
    private boolean apposedToItsCity(String text, List<Toponym> names, Place[] places, int i) {
        if (i + 1 >= names.size() || !city(places[i + 1])) {
            return false;
        }
        Toponym city = names.get(i + 1);
        String gap = between(text, names.get(i), city);
        var partOf = APPOSED_PART_OF.matcher(gap);
        if (partOf.matches()) {
            return words.partOfCity().contains(partOf.group(3));
        }
        if (!APPOSED_BEFORE_CITY.matcher(gap).matches()) {
            return false;
        }
        int end = city.name().end();
        var after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        return after.find() && words.partOfCity().contains(after.group(1));
    }

    /**
     * Whether a name the gazetteer does not know stands before a large city after a comma, as a neighbourhood
     * before its city ("Cobble Yard, Aleppo"; a town would be in the gazetteer), and neither is in a list of places
     * ("Cobble Yard, Aleppo and Homs" lists towns). Not the name of a building, a venue or a street ("Harbour Arena,
     * Aleppo"), which is no part of a city that a reader would place.
     */
    private boolean beforeItsCityAfterAComma(String text, List<Toponym> names, Place[] places, int i) {
        Toponym t = names.get(i);
        if (i + 1 >= names.size() || !city(places[i + 1]) || places[i + 1].precision() != Precision.PLACE
                || !gazetteer.places(t.key()).isEmpty() || namesASite(t)) {
            return false;
        }
        GazetteerPlace city = gazetteer.place(places[i + 1].geonamesId());
        if (city == null || city.population() < CITY_WITH_PARTS
                || !COMMA.matcher(between(text, t, names.get(i + 1))).matches()) {
            return false;
        }
        boolean listedBefore = i > 0 && LIST_GAP.matcher(between(text, names.get(i - 1), t)).matches();
        boolean listedAfter = i + 2 < names.size()
                && LIST_GAP.matcher(between(text, names.get(i + 1), names.get(i + 2))).matches();
        return !listedBefore && !listedAfter;
    }

    /** Whether the name ends in a word for a building, a venue or a street ("Harbour Arena", "Mill St."). */
    private boolean namesASite(Toponym t) {
        String[] words = t.text().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        String word = last.endsWith(".") ? last.substring(0, last.length() - 1) : last;
        return words.length > 1 && this.words.siteEnds().contains(word);
    }

    /** The text between two names, or "#" where they overlap or come in the other order. */
    private static String between(String text, Toponym first, Toponym second) {
        int from = first.span().end();
        int to = second.span().start();
        return from <= to ? text.substring(from, to) : "#";
    }

    /**
     * Whether the words around the name say a part of a city: a word for a part of a city after it ("the Kalasseh
     * district") or before it and "of" ("the neighbourhood of Kalasseh"), or "rebel-held" before it.
     */
    private boolean partCue(String text, Toponym t) {
        if (t.role() != Toponym.Role.PART) {
            String before = text.substring(Math.max(0, t.span().start() - 40), t.span().start());
            var held = HYPHENATED_BEFORE.matcher(before);
            if (held.find() && words.heldAfter().contains(held.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // "district", not "camp" or "area": "Yida camp" in a story of Khartoum's government lies far from it
        return words.partOfCity().contains(partWord(text, t));
    }

    /** Whether the word for a part around the name names only a part of a city ("the neighbourhood of Exarchia"). */
    private boolean cityPartOnlyCue(String text, Toponym t) {
        return words.cityPartOnly().contains(partWord(text, t));
    }

    /**
     * The word for a part around the name, lower case: after it where the name has one ("the Kalasseh district"),
     * else before it and "of" ("the neighbourhood of Kalasseh"); "" where neither.
     */
    private static String partWord(String text, Toponym t) {
        if (t.role() == Toponym.Role.PART) {
            return text.substring(t.name().end(), t.span().end()).strip().toLowerCase(Locale.ROOT);
        }
        String before = text.substring(Math.max(0, t.span().start() - 40), t.span().start());
        var wordOf = WORD_OF_BEFORE.matcher(before);
        if (!wordOf.find() || WHOLE_BEFORE_PART_WORD.matcher(before).find()) {
            return "";
        }
        return wordOf.group(1).toLowerCase(Locale.ROOT);
    }

    /**
     * The city the article is about: the town named most often as itself or as a part of it, at least
     * {@code mentions} times, more than every other town and in more than half of the mentions of towns and
     * parts of towns, and the town of its dateline where that resolved to one; null otherwise.
     */
    static Place articleCity(List<Toponym> names, Place[] places, int mentions) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, Place> cities = new HashMap<>();
        int towns = 0;
        Long dateline = null;
        for (int i = 0; i < names.size(); i++) {
            Place p = places[i];
            if (!city(p) || names.get(i).untagged()) {
                continue;
            }
            towns++;
            counts.merge(p.geonamesId(), 1, Integer::sum);
            if (p.precision() == Precision.PLACE || !cities.containsKey(p.geonamesId())) {
                cities.put(p.geonamesId(), p);
            }
            if (names.get(i).dateline() && dateline == null) {
                dateline = p.geonamesId();
            }
        }
        Long best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<Long, Integer> c : counts.entrySet()) {
            if (c.getValue() > bestCount) {
                second = bestCount;
                best = c.getKey();
                bestCount = c.getValue();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        if (best == null || bestCount < mentions || bestCount == second || 2 * bestCount <= towns
                || dateline != null && !dateline.equals(best)) {
            return null;
        }
        return cities.get(best);
    }

    /**
     * Whether the city is named in the name's sentence or the one before, as itself or a part of it: a story
     * datelined from a capital that names a militant-held town of another province ("KABUL - … Taliban-controlled
     * Khakrez was bombed") has not set that town in the capital; "Shells hit Aleppo. … landed in rebel-held
     * Kalasseh" has.
     */
    private static boolean namedNearby(List<Toponym> names, Place[] places, int at, Place city) {
        int sentence = names.get(at).sentence();
        for (int i = 0; i < names.size(); i++) {
            Place p = places[i];
            int s = names.get(i).sentence();
            if (i != at && s <= sentence && s >= sentence - 1 && !names.get(i).dateline() && p != null
                    && city.geonamesId().equals(p.geonamesId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence names a resolved place away from the city: a town or a part of one farther than
     * {@link #NEAR_KM}, another country, or an admin area the city is not in ("shells hit Kalasseh" is Aleppo's
     * in an Aleppo story; "Baliguda block of Kandhamal district" in a story from Bhubaneswar is not).
     */
    private static boolean sentenceNamesElsewhere(List<Toponym> names, Place[] places, int sentence, Place city) {
        if (sentence < 0) {
            return true;
        }
        for (int i = 0; i < names.size(); i++) {
            Place p = places[i];
            if (names.get(i).sentence() != sentence || p == null || !p.resolved()) {
                continue;
            }
            boolean elsewhere = switch (p.precision()) {
                case COUNTRY -> !p.country().equals(city.country());
                case ADMIN1 -> !p.country().equals(city.country()) || p.admin1() == null
                        || !p.admin1().equals(city.admin1());
                default -> Geo.km(p.lat(), p.lon(), city.lat(), city.lon()) > NEAR_KM;
            };
            if (elsewhere) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place is a town or a part of one, with its gazetteer id. */
    private static boolean city(Place p) {
        return p != null && p.geonamesId() != null
                && (p.precision() == Precision.PLACE || p.precision() == Precision.NEAR_PLACE);
    }
}
