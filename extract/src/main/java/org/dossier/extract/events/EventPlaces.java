package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.CountryCodes;
import org.dossier.extract.SentencePlaces;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Event;
import org.dossier.model.Place;
import org.dossier.model.PlaceMention;
import org.dossier.model.Span;
import org.dossier.places.Country;
import org.dossier.places.Gazetteer;
import org.dossier.places.GazetteerPlace;
import org.dossier.places.Geo;

/**
 * Where the events that their own words and sentence leave unplaced happened, as a reader takes it from the story:
 * the article's focus, the one town, part of a town or admin area it keeps coming back to, else the one country it
 * does; else its headline's or dateline's place; else, where nothing resolved places it, the scene as the text names
 * it without coordinates. (Carrying the place of the event told just before in the same paragraph was tried and gave
 * nothing on the development part; the one town an article sets anything in, for an article that names its scene
 * once, was tried twice and backed out: a town named in passing.)
 */
final class EventPlaces {

    /** How often a place must be named to be the article's focus. */
    static final int FOCUS_MENTIONS = 2;

    /** Places below a country: towns, parts of towns and admin areas. */
    private static final Set<Place.Precision> LOCAL = Set.of(Place.Precision.PLACE, Place.Precision.NEAR_PLACE,
            Place.Precision.ADMIN1);

    private EventPlaces() {
    }

    /**
     * The events, in their order, each with its own place or else the place the headline sets the story in, else
     * the article's focus, else its dateline's, else the unresolved scene ({@link #unresolvedScene}); where that place
     * is a country, a home act of another country's state body takes its own country ({@link #forTheEvent}).
     */
    static List<Event> placed(ArticleContext context, List<Event> events) {
        Place focus = focus(context, context.places());
        Place headline = headline(context);
        if (headline != null && (focus == null || !within(focus, headline))) {
            focus = headline;
        }
        if (focus == null) {
            focus = dateline(context);
        }
        if (focus == null) {
            focus = unresolvedScene(context);
        }
        if (focus == null) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            out.add(e.place() == null ? e.withPlace(forTheEvent(e, focus)) : e);
        }
        return out;
    }

    /** Sectors of a state's bodies that act where they sit ({@code home-state-sectors.txt}). */
    private static final Set<String> HOME_SECTORS = WordTables.set("events/home-state-sectors.txt");
    /** Root codes of the acts such a body does at home ({@code acts-done-at-home.txt}). */
    private static final Set<String> HOME_ACTS = WordTables.set("events/acts-done-at-home.txt");

    /**
     * The article's place for one event its words leave unplaced: the focus, except where the focus is a country and
     * the event is a statement, decision or legal act ({@link #HOME_ACTS}) of another country's own bodies
     * ({@link #HOME_SECTORS}: "the White House called the inquiry a sham" in a story that names Norland most, "the
     * Westmark prosecutors closed the case" in one about Norland): such a body acts where it sits, so the event takes
     * its own country. A country named most is often what a story is about, not where each of its parties speaks; a
     * town named most is where the story is set, and is kept (a minister's remarks on a visit there).
     */
    static Place forTheEvent(Event e, Place focus) {
        if (focus.precision() != Place.Precision.COUNTRY || !HOME_ACTS.contains(e.root())) {
            return focus;
        }
        List<String> codes = ActorSectors.codes(e.actor());
        if (!ActorSectors.allOf(codes, HOME_SECTORS)) {
            return focus;
        }
        String alpha3 = codes.get(0).substring(0, 3);
        if (codes.stream().anyMatch(c -> !c.startsWith(alpha3))) {
            return focus;
        }
        Country home = countryOfAlpha3(alpha3);
        if (home == null || home.code().equals(focus.country())) {
            return focus;
        }
        return new Place(home.name(), null, home.code(), null, home.lat(), home.lon(), Place.Precision.COUNTRY);
    }

    /** The gazetteer's country of an ISO 3166-1 alpha-3 code, as CAMEO codes begin ("SWE"), or null. */
    private static Country countryOfAlpha3(String alpha3) {
        String alpha2 = CountryCodes.alpha2(alpha3);
        return alpha2 == null ? null : Gazetteer.standard().countryOfCode(alpha2);
    }

    /**
     * The place an article is about: the resolved town, part of a town or admin area named most often (at least
     * {@link #FOCUS_MENTIONS} times, and more often than any other), else the country named so. (Letting an admin
     * area give way to the town in it named most often was tried and backed out: on broad data it made a story of
     * North Carolina's politics Hendersonville's, where one fundraiser was held, and a Florida hurricane story its
     * dateline town's.)
     */
    static Place focus(ArticleContext context, List<PlaceMention> mentions) {
        Place local = mostNamed(context, mentions, LOCAL);
        return local != null ? local : mostNamed(context, mentions, Set.of(Place.Precision.COUNTRY));
    }

    /**
     * Where the headline sets its story ("roundtable in Barbados", "stabbed to death in Berlin", "protesters gather at
     * Paris theater"): the resolved place of the first name after a locative word that the text names too, or null.
     * A headline says once what the story is about, where the count of names can miss it: a roundtable in Barbados
     * whose speakers blame Washington three times.
     */
    static Place headline(ArticleContext context) {
        String title = context.annotated().article().metadata().titleText();
        if (title == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher m = HEADLINE_WORD.matcher(title);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            if (!SentencePlaces.LOCATIVES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = i + 1 < words.size() && words.get(i + 1).equalsIgnoreCase("the") ? i + 2 : i + 1;
            // the longest run of words after it that names a place: in a title in Title Case the capitals run on
            // past the place ("Strikes In Aleppo Kill 20")
            for (int last = Math.min(words.size(), first + MAX_HEADLINE_PLACE_WORDS); last > first; last--) {
                String name = String.join(" ", words.subList(first, last));
                for (PlaceMention mention : context.places()) {
                    if (mention.place().resolved() && mention.text().equals(name)) {
                        return mention.place();
                    }
                }
            }
        }
        return null;
    }

    /** A word of a headline, with the dots, apostrophes and hyphens of a name ("St.", "O'Hare", "Wilkes-Barre"). */
    private static final Pattern HEADLINE_WORD = Pattern.compile("\\p{L}[\\p{L}.'’-]*");
    /** The most words a headline's place may have ("Rio de Janeiro", "Sheik Said district"). */
    private static final int MAX_HEADLINE_PLACE_WORDS = 4;

    /**
     * Whether a place lies in another: the same place, a place of the admin area, a place or area of the country.
     */
    private static boolean within(Place place, Place area) {
        if (place.equals(area)) {
            return true;
        }
        return switch (area.precision()) {
            case COUNTRY -> area.country() != null && area.country().equals(place.country());
            case ADMIN1 -> area.country() != null && area.admin1() != null && area.country().equals(place.country())
                    && area.admin1().equals(place.admin1()) && place.precision() != Place.Precision.COUNTRY;
            default -> area.geonamesId() != null && area.geonamesId().equals(place.geonamesId());
        };
    }

    /**
     * For an article that nothing resolved places, the scene as the text names it, unresolved: the name of its dateline
     * ("SOUTHWEST MIAMI-DADE, FLA. --"), else the name it keeps coming back to ({@link #FOCUS_MENTIONS} times at
     * least, more often than any other name, resolved or not, and never as a party); either only when the text sets
     * something in it at least once ("in Southwest Miami-Dade", "left in a dumpster in Encino"). The gazetteer lacks
     * many a scene (a county, a neighbourhood, "Tarzana", a town among its namesakes, "Scarborough"), and the event
     * gold places events where the text names it: such a name says where without coordinates. The locative keeps out
     * the unresolved names that are no scene: a column's "DEAR ABBY" dateline, "Mars" of a rocket story, a county
     * named only in its officials' titles.
     */
    static Place unresolvedScene(ArticleContext context) {
        for (Place scene : new Place[] {unresolvedDateline(context), unresolvedFocus(context)}) {
            if (scene != null && setsSomethingIn(context, scene)) {
                return scene;
            }
        }
        return null;
    }

    private static Place unresolvedDateline(ArticleContext context) {
        return datelinePlace(context, false);
    }

    /** Whether a locative introduces one of the article's names of the place ("in Tarzana"). */
    private static boolean setsSomethingIn(ArticleContext context, Place place) {
        String name = place.name().toLowerCase(Locale.ROOT);
        for (PlaceMention m : context.places()) {
            SentenceView s = context.sentenceAt(m.span().start());
            if (s != null && !m.place().resolved() && m.place().name().toLowerCase(Locale.ROOT).equals(name)
                    && SentencePlaces.introducedByLocative(s, m) && !whereSomeoneLives(s, m)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of where someone lives or comes from, whose place is no scene: "had lived in", "grew up in". */
    private static final Set<String> RESIDENCE_VERBS = Set.of("live", "reside", "grow", "raise", "bear", "settle",
            "relocate");
    /** How many words before the place's locative a verb of residence may stand ("was born and raised in"). */
    private static final int RESIDENCE_REACH = 4;

    /** Whether the locative before the mention follows a verb of residence: "He had lived in Brackenridge Falls". */
    private static boolean whereSomeoneLives(SentenceView s, PlaceMention m) {
        int first = 0;
        while (first < s.size() && s.token(first).span().end() <= m.span().start()) {
            first++;
        }
        for (int t = first - 2; t >= 0 && t >= first - 2 - RESIDENCE_REACH; t--) {
            if (s.isVerb(t) && RESIDENCE_VERBS.contains(s.lemma(t))) {
                return true;
            }
        }
        return false;
    }

    /** The unresolved name the article keeps coming back to, more often than any other name, or null. */
    private static Place unresolvedFocus(ArticleContext context) {
        Map<Object, Integer> counts = new HashMap<>();
        Map<Object, Place> places = new HashMap<>();
        for (PlaceMention m : context.places()) {
            if (!namesNoScene(context, m)) {
                // an unresolved name is counted by its words, whatever their case ("SCARBOROUGH", "Scarborough")
                Object key = m.place().resolved() ? m.place() : m.place().name().toLowerCase(Locale.ROOT);
                counts.merge(key, 1, Integer::sum);
                places.putIfAbsent(key, m.place());
            }
        }
        Object best = mostOften(counts);
        return best == null || places.get(best).resolved() ? null : places.get(best);
    }

    /**
     * The resolved place of the article's dateline ("NAPA COUNTY (KGO) --"): where the reporter files from, which for
     * an article that names no place often enough to have a focus is where its events happen.
     */
    static Place dateline(ArticleContext context) {
        return datelinePlace(context, true);
    }

    /** The place of the mention the dateline opens with, resolved or not as asked, or null. */
    private static Place datelinePlace(ArticleContext context, boolean resolved) {
        Span dateline = context.dateline();
        if (dateline == null) {
            return null;
        }
        for (PlaceMention m : context.places()) {
            if (m.span().start() == dateline.start() && m.place().resolved() == resolved) {
                return m.place();
            }
        }
        return null;
    }

    /** Whether the mention is no scene: a party ("Khartoum denied") or a person's office or origin ("Norland Gov."). */
    private static boolean namesNoScene(ArticleContext context, PlaceMention m) {
        SentenceView s = context.sentenceAt(m.span().start());
        return s != null && SentencePlaces.namesNoScene(context, s, m);
    }

    /**
     * The place of the level named most often ({@link #mostOften}); where no one record is, a town counted with its
     * parts ({@link #townWithItsParts}).
     */
    private static Place mostNamed(ArticleContext context, List<PlaceMention> mentions, Set<Place.Precision> level) {
        Map<Place, Integer> counts = new HashMap<>();
        for (PlaceMention m : mentions) {
            Place p = m.place();
            if (p.resolved() && level.contains(p.precision()) && !namesNoScene(context, m)) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        Place best = mostOften(counts);
        return best != null ? best : townWithItsParts(counts);
    }

    /**
     * Where no one place record is named most often: the town counted with its parts, whatever words name them
     * ("East Flatbush" and "the East Flatbush neighborhood", "Philadelphia" and "Northeast Philadelphia", "Rochdale"
     * and its Newbold Estate), as the town's own record where the text names it so, if named most often so and in a
     * third of the article's mentions of the level at least (a list of constituencies, each named once, is set in
     * none, though one of them comes twice); where the towns named most often tie and all lie within
     * {@link #NESTED_KM} of one another (a city and its parts), the least populous ({@link #partOfATie}).
     */
    private static Place townWithItsParts(Map<Place, Integer> records) {
        Map<Counted, Integer> counts = new HashMap<>();
        Map<Counted, Place> places = new HashMap<>();
        int all = 0;
        for (Map.Entry<Place, Integer> r : records.entrySet()) {
            Place p = r.getKey();
            Counted key = town(p) ? new Counted(p.geonamesId(), null) : new Counted(null, p);
            counts.merge(key, r.getValue(), Integer::sum);
            places.merge(key, p, (had, next) -> next.precision() == Place.Precision.PLACE
                    && had.precision() != Place.Precision.PLACE ? next : had);
            all += r.getValue();
        }
        Counted best = mostOften(counts);
        if (best == null) {
            best = partOfATie(counts);
        }
        return best == null || MIN_SHARE * all > counts.get(best) ? null : asTheTown(places.get(best));
    }

    /** What the focus counts: a town with its parts, by its gazetteer id, or another place record as itself. */
    private record Counted(Long town, Place other) {}

    /**
     * A town's record as the focus: its own where the text names the town; else, for parts only ("Northeast
     * Philadelphia", "the Seventh District"), the town by its gazetteer name, a part of it (precision 2).
     */
    private static Place asTheTown(Place p) {
        if (p.precision() != Place.Precision.NEAR_PLACE || p.geonamesId() == null) {
            return p;
        }
        GazetteerPlace town = Gazetteer.standard().place(p.geonamesId());
        return town == null ? p : p.as(town.name(), Place.Precision.NEAR_PLACE);
    }

    /** The share of the article's mentions of the level a town counted with its parts needs to be its focus. */
    private static final double MIN_SHARE = 1.0 / 3;

    /** A town or a part of one, with its gazetteer id. */
    private static boolean town(Place p) {
        return p.geonamesId() != null
                && (p.precision() == Place.Precision.PLACE || p.precision() == Place.Precision.NEAR_PLACE);
    }

    /** Towns this close are one city and its parts ("Brooklyn" and "East Flatbush", 7 km apart). */
    private static final double NESTED_KM = 25;

    /**
     * Where the towns named most often (at least {@link #FOCUS_MENTIONS} times) tie and all lie within
     * {@link #NESTED_KM} of one another in one first-level area ({@link #oneCity}), the least populous of them: a
     * story of the East Flatbush neighborhood of Brooklyn that names each twice is set in East Flatbush, which the
     * event gold, as a reader, takes as the place (the finest the text gives). Null otherwise: towns apart are a
     * doubt.
     */
    private static Counted partOfATie(Map<Counted, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<GazetteerPlace> tied = new ArrayList<>();
        for (Map.Entry<Counted, Integer> c : counts.entrySet()) {
            if (c.getValue() != max) {
                continue;
            }
            Long id = c.getKey().town();
            GazetteerPlace p = id == null ? null : Gazetteer.standard().place(id);
            if (p == null) {
                return null;
            }
            tied.add(p);
        }
        if (max < FOCUS_MENTIONS || tied.size() < 2) {
            return null;
        }
        for (GazetteerPlace a : tied) {
            for (GazetteerPlace b : tied) {
                if (!oneCity(a, b)) {
                    return null;
                }
            }
        }
        return tied.stream().min(Comparator.comparingInt(GazetteerPlace::population))
                .map(p -> new Counted(p.geonamesId(), null)).orElse(null);
    }

    /**
     * Whether two towns may be a city and its part: near, and in the same first-level area of one country. Washington
     * and Arlington, Virginia, lie 6 km apart across a state line and neither is a part of the other (review of
     * session fourteen, finding 8). The gazetteer marks few parts as such (East Flatbush is a town of its own in it),
     * so the shared area is the test, not the feature or the parent.
     */
    private static boolean oneCity(GazetteerPlace a, GazetteerPlace b) {
        return Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= NESTED_KM && a.country().equals(b.country())
                && Objects.equals(a.admin1(), b.admin1());
    }

    /** The key counted most often, {@link #FOCUS_MENTIONS} times at least and more than any other, or null. */
    private static <K> K mostOften(Map<K, Integer> counts) {
        K best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<K, Integer> c : counts.entrySet()) {
            if (c.getValue() > bestCount) {
                best = c.getKey();
                bestCount = c.getValue();
                tie = false;
            } else if (c.getValue() == bestCount) {
                tie = true;
            }
        }
        return best == null || tie || bestCount < FOCUS_MENTIONS ? null : best;
    }
}
