package org.dossier.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.core.Layers;
import org.dossier.model.Article;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.Place.Precision;
import org.dossier.model.PlaceMention;

/**
 * Resolves an article's place names to places, as a careful reader would: a country or admin area by its name; a
 * city among its homonyms by population, the countries the article names (and its dateline), the admin areas it
 * names and the other places near it ("Tripoli" in a Libya story is Libya's; "Paris" next to Texas is not France's).
 * A name it cannot resolve with confidence stays a name, without coordinates.
 *
 * <p>Thread-safe: the gazetteer is shared and read-only, and each article gets its own {@link Context}. Every
 * look-up is by the name's key, so the cost grows with the names of the article, not with the gazetteer.
 */
public final class PlaceResolver implements ArticleStage {

    public static final String NAME = "places.v1";

    /** Homonyms looked at, the most populous first: beyond these, places are too small to be meant unmarked. */
    private static final int MAX_CANDIDATES = 40;
    /** A place with no support in the article's context is taken only from this many people. */
    private static final int UNSUPPORTED_MIN_POPULATION = 50_000;
    /**
     * A town that alone in the gazetteer bears its name is taken unsupported from this many people: no homonym
     * competes, so a tagged "in Eastmoor" of 20,000 people is that town though the article names no country.
     */
    private static final int SOLE_NAME_MIN_POPULATION = 10_000;
    /** Score lead (about a factor of five in population) the best homonym needs over the next. */
    private static final double MIN_LEAD = 0.7;
    /** Other places of the article within this distance support a homonym. */
    private static final double NEAR_KM = 150;
    /**
     * An admin area or a place supports a homonym in its area or near it when named this close in the text (a few
     * sentences): "Paris" beside "Texas" is Paris, Texas; "Atlanta" in a story that named Texas paragraphs before is
     * still Georgia's, unless more names of the story agree.
     */
    private static final int NEIGHBOUR_CHARS = 600;
    /** Names farther off in the text that must agree on an area, or on being near, to support a homonym. */
    private static final int AGREEING_NAMES = 2;
    /** A name of this many letters or more may be spelled otherwise by two edits, a shorter one by one. */
    private static final int LONG_NAME = 9;
    /**
     * A place of fewer people is a hamlet: a candidate only where no place of that name has this many (the gazetteer
     * holds GeoNames' places of 500+ people; a hamlet Portland beside Philadelphia must not make Portland, Oregon
     * doubtful), so that hamlets serve the names no larger place has.
     */
    private static final int HAMLET_BELOW = 1_000;
    /**
     * The most support a country the article names gives a place ({@link Context#support}): a hamlet needs more, its
     * area or a place near it named too; a country alone does not make a brand's or a venue's name one of its
     * hamlets ("Patagonia" in a story that names the United States is not Patagonia, Arizona, of 900 people).
     */
    private static final double COUNTRY_SUPPORT = 2.0;
    /**
     * A town of fewer people is, like a hamlet, not taken on its country alone unless the article puts the name
     * after a preposition of where something is ("the trial opened in Eastvale"), after a direction and "of" ("40
     * miles south of Eastvale"), or says it is a town ("the town of Eastvale"): news names a small town with its
     * area, among its neighbours or as where something happens, while a bare name that only a small town of the
     * article's country bears is most often something else named like one (a park, a neighbourhood of another city,
     * a region, a player's surname, a tribe: "joggers crowd Elm Park at dawn" in a story of a big city is no town of
     * 2,700 in Oregon); left unresolved, it is no false point. "near" and "outside" open the span of a place near
     * the name ({@link Toponym.Role#PART}), so they do not exempt it; an exemption for them was tried and changed no
     * record on the unseen data at hand (session twenty-one's review in docs/places.md).
     */
    private static final int SMALL_TOWN_BELOW = 10_000;
    /** A city this large is what its name means beside a homonym a tenth its size that only its country supports. */
    private static final int WORLD_CITY_POPULATION = 1_000_000;
    /** A city this large, or the seat of its area, is what its area's name means ("Kabul", not Kabul province). */
    private static final int SEAT_POPULATION = 100_000;
    /** Other names in areas of a country that make a country's name one of its areas ("Georgia" in a US story). */
    private static final int MIN_AREAS_FOR_STATE = 2;
    /** An area this near a country of its name is that country's land under another's list, not another place. */
    private static final double SAME_LAND_KM = 1_000;

    private final Gazetteer gazetteer;
    private final Toponyms toponyms;
    private final SubCityPlaces subCities;
    private final PlaceWords placeWords;
    private final OutletCountries outletCountries = OutletCountries.standard();

    public PlaceResolver(Gazetteer gazetteer, PlaceWords words) {
        this.gazetteer = gazetteer;
        this.placeWords = words;
        this.toponyms = new Toponyms(gazetteer, words);
        this.subCities = new SubCityPlaces(gazetteer, words);
    }

    /** The resolver over the gazetteer built into the application. */
    public static PlaceResolver standard() {
        return new PlaceResolver(Gazetteer.standard(), PlaceWords.standard());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PLACES);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        Article article = in.article();
        List<Toponym> names = toponyms.find(article.text(), in.getOrEmpty(Layers.SENTENCES),
                in.getOrEmpty(Layers.MENTIONS), article.metadata().datelineCity());
        List<Mention> organizationsAndPersons = in.getOrEmpty(Layers.MENTIONS).stream()
                .filter(m -> m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON).toList();
        return in.with(Layers.PLACES, resolve(article.id(), article.text(), names,
                article.metadata().outletName(), organizationsAndPersons, outletCountries.countryOf(article.url())));
    }

    /** The places of an article's toponyms, with no outlet known. */
    public List<PlaceMention> resolve(String articleId, String text, List<Toponym> names) {
        return resolve(articleId, text, names, null);
    }

    /** The places of an article's toponyms, with the town its outlet is named for as context. */
    public List<PlaceMention> resolve(String articleId, String text, List<Toponym> names, String outlet) {
        return resolve(articleId, text, names, outlet, List.of());
    }

    /**
     * The places of an article's toponyms, in their order. Two passes: the second resolves the names the first left
     * unresolved with the places the first resolved as context too ("Woodburn, a short drive south of Portland").
     * A name found by the gazetteer in untagged words ({@link Toponym#untagged}) is left out unless it resolves to a
     * country, or to a place of a country the article's other names put it in.
     * The town the article's outlet is named for ({@link #outletTown}) and the admin areas inside its institutions'
     * names ({@link #anchorAreasOfOrganizations}) are context too; the names of its organizations and persons keep
     * their words from being read as places spelled otherwise ({@link #spelledOtherwise}).
     */
    public List<PlaceMention> resolve(String articleId, String text, List<Toponym> names, String outlet,
            List<Mention> organizationsAndPersons) {
        return resolve(articleId, text, names, outlet, organizationsAndPersons, null);
    }

    /**
     * As {@link #resolve(String, String, List, String, List)}, with the country of the site's national domain
     * ({@link OutletCountries}; null for none) as the faint say of {@link Context#silentCountry}.
     */
    public List<PlaceMention> resolve(String articleId, String text, List<Toponym> names, String outlet,
            List<Mention> organizationsAndPersons, String outletCountry) {
        Context context = new Context();
        context.silentCountry(outletCountry != null ? outletCountry : countryOfItsDemonyms(text));
        anchorAreasOfOrganizations(organizationsAndPersons.stream()
                .filter(m -> m.type() == EntityType.ORGANIZATION).toList(), context);
        for (Mention m : organizationsAndPersons) {
            context.namedAsAnEntity(m.text());
        }
        GazetteerPlace outletTown = outletTown(outlet);
        if (outletTown != null) {
            context.outletTown(outletTown);
        }
        for (Toponym t : names) {
            context.said(t.key(), t.span().start());
            if (placeWords.locativeBefore().contains(wordBefore(text, t.span().start()))
                    || directionOfBefore(text, t.name().start())) {
                context.placedByAPreposition(t.key());
            }
        }
        for (Toponym t : names) {
            if (!toponyms.notPlace(t.key()) && (!t.untagged() || gazetteer.country(t.key()) != null)) {
                anchor(t, context);
            }
        }
        Set<String> areaKeys = areaKeys(text, names, context);
        Place[] places = resolveAll(text, names, context, areaKeys, new Place[names.size()]);
        boolean unresolved = false;
        for (Place p : places) {
            unresolved |= p == null;
        }
        if (unresolved) {
            Context wider = context.copy();
            for (int i = 0; i < names.size(); i++) {
                Place p = places[i];
                if (p != null && p.geonamesId() != null && !names.get(i).untagged()) {
                    wider.resolved(names.get(i).key(), p, names.get(i).span().start());
                }
            }
            places = resolveAll(text, names, wider, areaKeys, places);
        }
        places = partsOfCities(text, names, places);
        Map<String, Set<Long>> taggedPlaces = taggedPlacesByKey(names, places);
        List<PlaceMention> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Toponym t = names.get(i);
            Place place = places[i];
            if (t.untagged() && (place == null || place.precision() != Precision.COUNTRY
                    && context.countryWeight(place.country(), t.key()) <= 0
                    && !(place.geonamesId() != null
                            && taggedPlaces.getOrDefault(t.key(), Set.of()).contains(place.geonamesId())))) {
                continue;
            }
            if (place == null || byAnExonymAlone(t, place, context)) {
                place = Place.unresolved(t.text());
            }
            out.add(new PlaceMention(articleId, t.span(), t.span().of(text), place));
        }
        return out;
    }

    /**
     * The GeoNames ids of the places that the names NER tagged resolved to, by name key. An untagged name the article
     * also writes where NER tags it ("The Eastvale man ... police in Eastvale said") is that place: the tagged
     * mention says what the untagged one is, though no other name of the article says its country (the country
     * weight leaves out the name's own mentions, so that a name cannot support itself).
     */
    private static Map<String, Set<Long>> taggedPlacesByKey(List<Toponym> names, Place[] places) {
        Map<String, Set<Long>> out = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Place p = places[i];
            if (!names.get(i).untagged() && p != null && p.geonamesId() != null) {
                out.computeIfAbsent(names.get(i).key(), k -> new HashSet<>()).add(p.geonamesId());
            }
        }
        return out;
    }

    /** A capitalized word, or two, that may be a demonym ("Canadian", "New Zealand"). */
    private static final Pattern DEMONYM_WORDS = Pattern.compile("\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+)?");

    /**
     * The country whose demonym the article writes most often ("a Canadian company", "the CBC's Canadian viewers"),
     * or null where it writes none or two countries' as often. News often names a city's country only so ("police in
     * Vancouver said ... the Canadian firm"), and a reader takes the homonym of that country.
     */
    private String countryOfItsDemonyms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        java.util.regex.Matcher m = DEMONYM_WORDS.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Country two = gazetteer.countryOfDemonym(Names.key(m.group()));
            int space = m.group().indexOf(' ') < 0 ? m.group().indexOf('-') : m.group().indexOf(' ');
            Country c = two != null || space < 0 ? two
                    : gazetteer.countryOfDemonym(Names.key(m.group().substring(0, space)));
            if (c != null) {
                counts.merge(c.code(), 1, Integer::sum);
            }
            // a second word not read with the first starts the next try ("Canadian Broadcasting": "Broadcasting")
            from = two != null || space < 0 ? m.end() : m.start() + space + 1;
        }
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The places a name may mean, the most populous first; without the large city it means by an exonym where the
     * article's other names do not name that city's country ({@link #byAnExonymAlone}), or where a word for an area
     * or a part follows the name ("the Eastvale area of Norburg", "Eastvale district"): such a name is a district's
     * or a neighbourhood's, which GeoNames lists among a city's other names too.
     */
    private List<GazetteerPlace> placesFor(Toponym t, Context context) {
        List<GazetteerPlace> places = gazetteer.places(t.key());
        if (places.isEmpty() || !gazetteer.firstByExonym(t.key())
                || !exonymUnsupported(t, places.get(0).country(), context)) {
            return places;
        }
        return places.subList(1, places.size());
    }

    /** Whether the mention has a word after its name ("Eastvale area", "Eastvale district"). */
    private static boolean wordAfter(Toponym t) {
        return t.span().end() > t.name().end();
    }

    /**
     * Whether the place is the large city a name means by an exonym ({@link Gazetteer#firstByExonym}) and the
     * article's other names do not name its country: GeoNames' exonyms hold names of other languages that English
     * news uses for other places ("Yida", a name of Jeddah's, for a camp in South Sudan), and a city abroad named by
     * its English name is in a story that names its country or another place of it.
     */
    private boolean byAnExonymAlone(Toponym t, Place place, Context context) {
        if (place.geonamesId() == null || !gazetteer.firstByExonym(t.key())) {
            return false;
        }
        List<GazetteerPlace> places = gazetteer.places(t.key());
        return !places.isEmpty() && places.get(0).geonamesId() == place.geonamesId()
                && exonymUnsupported(t, place.country(), context);
    }

    /**
     * Whether the text does not bear out a large city's exonym: the article's other names do not name the city's
     * country, or a word for an area or a part follows the name.
     */
    private static boolean exonymUnsupported(Toponym t, String country, Context context) {
        return context.countryWeight(country, t.key()) <= 0 || wordAfter(t);
    }

    /**
     * Whether a direction and "of" come before the name ("50km south-west of Eastvale", "just north of Eastvale",
     * "the outskirts of Eastvale"): a text measures or bounds from a place, so the name is where something is.
     */
    private boolean directionOfBefore(String text, int at) {
        int of = at;
        while (of > 0 && Character.isWhitespace(text.charAt(of - 1))) {
            of--;
        }
        of -= 2;
        return of >= 0 && wordBefore(text, of + 2).equals("of")
                && placeWords.partBefore().contains(wordBefore(text, of));
    }

    /** The word just before a position, lower-cased ("in" before "in Eastmoor"); empty at the text's start. */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Resolves the names whose place is still null in {@code done} (a copy), the same name the same way. */
    private Place[] resolveAll(String text, List<Toponym> names, Context context, Set<String> areaKeys,
            Place[] done) {
        Place[] places = done.clone();
        Map<String, Place> byName = new HashMap<>();
        // a name the text puts in its area ("Hammond, Indiana") is that place wherever the article uses it alone
        for (Toponym t : names) {
            if (t.within() != null && placedByWithin(t) && !byName.containsKey(t.key())) {
                Place inArea = inItsArea(t);
                if (inArea != null) {
                    byName.put(t.key(), inArea);
                }
            }
        }
        // a name of another sense ("Jupiter", "Atlantic") that the text puts in its area ("Jupiter, Florida") is
        // that town, there and wherever the article uses it alone; but only written as a town is ("Pacific" after
        // "the" and a state that begins a clause, "in the Pacific, Washington said", is the ocean)
        Set<String> placedInTheirArea = new HashSet<>();
        for (Toponym t : names) {
            if (byName.containsKey(t.key()) && t.within() != null
                    && (!toponyms.notPlace(t.key()) || writtenAsATownInItsArea(text, names, t))) {
                placedInTheirArea.add(t.key());
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Toponym t = names.get(i);
            if (places[i] == null && (!toponyms.notPlace(t.key()) || placedInTheirArea.contains(t.key()))) {
                Place area = theAreaItFollows(names, t);
                if (area == null) {
                    area = theAreaOfItsList(text, names, i);
                }
                if (area != null) {
                    places[i] = area;
                } else if (t.role() == Toponym.Role.NAME) {
                    places[i] = asNamed(t, byName, context, areaKeys);
                } else {
                    places[i] = resolve(t, context);
                }
            }
        }
        return places;
    }

    /**
     * Whether a name the text puts in its area is written as a town's name is, not as a sea's, a heavenly body's or a
     * compass point's: no "the" before it (a town takes none; "the Pacific", "the West", "the Moon" do), and its area
     * ends the phrase, a comma, a stop or the text's end after it ("Jupiter, Florida, voted", "in Mars, Pennsylvania.").
     * An area that runs on into a noun or a verb begins the next clause ("in the Atlantic, Iowa farmers", "on Mars,
     * Pennsylvania researchers said").
     */
    private static boolean writtenAsATownInItsArea(String text, List<Toponym> names, Toponym t) {
        if (wordBefore(text, t.span().start()).equals("the")) {
            return false;
        }
        Toponym area = null;
        for (Toponym n : names) {
            if (n.span().start() >= t.span().end() && (area == null || n.span().start() < area.span().start())) {
                area = n;
            }
        }
        if (area == null || !text.substring(t.span().end(), area.span().start()).strip().equals(",")) {
            return false;
        }
        int after = area.span().end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after == text.length() || area.text().endsWith(".") || ",.;:)!?\n\r".indexOf(text.charAt(after)) >= 0;
    }

    /**
     * The place a plain name is: where the text puts it in its own area ("Birmingham, Alabama", "Portland, Maine"),
     * that area's place, whatever an earlier mention made of the name; else, alone, as the article's first mention
     * of it decided, or as the name resolves.
     */
    private Place asNamed(Toponym t, Map<String, Place> byName, Context context, Set<String> areaKeys) {
        if (t.within() != null) {
            Place inArea = inItsArea(t);
            if (inArea != null) {
                return inArea;
            }
        }
        return byName.computeIfAbsent(t.key(), k -> resolveName(t, context, areaKeys));
    }

    /**
     * The admin area a name stands for where it follows, after a comma, a place the text puts in that area:
     * "Olympia, Washington" is the state, not the capital that bears its name alone. Only that mention: the bare
     * name elsewhere in the article is read as before ("Redmond, Washington" and "talks in Washington").
     */
    private Place theAreaItFollows(List<Toponym> names, Toponym t) {
        if (t.role() != Toponym.Role.NAME) {
            return null;
        }
        for (Toponym before : names) {
            Toponym.Within w = before.within();
            int gap = t.span().start() - before.span().end();
            // the name and its comma: "Olympia, Washington" (a comma and a space, or CoreNLP's " , ")
            if (w != null && w.admin1() != null && before != t && gap >= 1 && gap <= 3) {
                AdminArea area = gazetteer.area(w.country(), w.admin1());
                if (area != null && gazetteer.areas(t.key()).contains(area)) {
                    return of(area, t.text());
                }
            }
        }
        return null;
    }

    /**
     * The admin area a name stands for where the text lists it next to another area of that country, one whose name
     * is no country's and no large city's: "Colorado, Washington, Alaska and Oregon" are four states, though
     * "Washington" alone is the capital. Not a name the text puts in a place's area, nor one followed after a bare
     * comma by an area that holds a place of its name ("Washington, Pennsylvania", "Washington, D.C."); only that
     * mention, as with {@link #theAreaItFollows}. Nor a name that is a capital or large city near a listed area.
     */
    private Place theAreaOfItsList(String text, List<Toponym> names, int i) {
        Toponym t = names.get(i);
        List<AdminArea> own = gazetteer.areas(t.key());
        if (t.role() != Toponym.Role.NAME || t.within() != null || own.isEmpty()
                || gazetteer.country(t.key()) != null) {
            return null;
        }
        for (int j = Math.max(0, i - 1); j <= Math.min(names.size() - 1, i + 1); j++) {
            Toponym other = names.get(j);
            boolean after = j > i;
            int from = after ? t.span().end() : other.span().end();
            int to = after ? other.span().start() : t.span().start();
            if (j == i || from > to || !LIST_GAP.matcher(text.substring(from, to)).matches()) {
                continue;
            }
            for (AdminArea listed : plainAreas(other)) {
                boolean placeThenArea = after && COMMA_GAP.matcher(text.substring(from, to)).matches();
                if (placeThenArea && holdsPlaceNamed(listed, t.key())) {
                    continue;
                }
                if (aLargePlaceNear(t.key(), listed)) {
                    continue;
                }
                for (AdminArea a : own) {
                    if (a.country().equals(listed.country()) && !a.equals(listed)) {
                        return of(a, t.text());
                    }
                }
            }
        }
        return null;
    }

    /** How near a listed area a capital or large city of the name lies for the list to mean that city. */
    private static final double LIST_CITY_KM = 300;

    /**
     * Whether a capital or large city of the name lies near the listed area: then the list names the city with its
     * neighbours ("Maryland, Virginia and Washington" is the capital, "Delhi and Haryana" the city), not the
     * distant area that shares its name.
     */
    private boolean aLargePlaceNear(String key, AdminArea listed) {
        return gazetteer.places(key).stream()
                .anyMatch(p -> p.country().equals(listed.country())
                        && (p.capital() || p.population() >= SEAT_POPULATION)
                        && Geo.km(p.lat(), p.lon(), listed.lat(), listed.lon()) <= LIST_CITY_KM);
    }

    /** What separates the names of a list: a comma, "and", "or", "&" ("Colorado,Washington, Alaska, and Oregon"). */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|&|,?\\s*(and|or))\\s*");

    /** A bare comma, as between a place and its area ("Washington, Pennsylvania"). */
    private static final Pattern COMMA_GAP = Pattern.compile("\\s*,\\s*");

    /** The admin areas a name means with no doubt: none where it is a country's or a large city's name too. */
    private List<AdminArea> plainAreas(Toponym t) {
        if (t.role() != Toponym.Role.NAME || gazetteer.country(t.key()) != null
                || gazetteer.places(t.key()).stream().anyMatch(p -> p.population() >= SEAT_POPULATION)) {
            return List.of();
        }
        return gazetteer.areas(t.key());
    }

    private boolean holdsPlaceNamed(AdminArea area, String key) {
        return gazetteer.places(key).stream()
                .anyMatch(p -> p.country().equals(area.country()) && area.code().equals(p.admin1()));
    }

    /**
     * The names the article uses with a word for an admin area and that resolve to one ("Idlib province", "the
     * Idlib region"): there, the bare name means the area too ("flee Idlib"), unless the text says the city. "The
     * state of New York" makes only itself the area: the phrase is how a text tells the state from its city,
     * which it goes on to name bare.
     */
    private Set<String> areaKeys(String text, List<Toponym> names, Context context) {
        Set<String> keys = new HashSet<>();
        for (Toponym t : names) {
            String justBefore = text.substring(Math.max(0, t.span().start() - 4), t.span().start());
            boolean afterOf = justBefore.matches("(?s).*\\bof\\s+");
            if (t.role() == Toponym.Role.AREA && !afterOf && areaOf(t, context) != null) {
                keys.add(t.key());
            }
        }
        return keys;
    }

    /** The admin area a name with a word for an area means; null when a city of that name is the article's. */
    private AdminArea areaOf(Toponym t, Context context) {
        List<AdminArea> areas = new ArrayList<>(gazetteer.areas(t.key()));
        areas.addAll(gazetteer.areasByShortName(t.key()));
        AdminArea area = best(areas, context);
        return area == null || outweighedByCities(area, gazetteer.places(t.key()), context, t.key()) ? null : area;
    }

    /**
     * The place a name is where the text puts it in an admin area or a country ("Hammond, Indiana", "Irving, TX"):
     * the most populous place of that name there; for the area's own name or postal code, the area; or null.
     */
    private Place inItsArea(Toponym t) {
        Toponym.Within w = t.within();
        for (GazetteerPlace p : gazetteer.places(t.key())) {
            if (p.country().equals(w.country()) && (w.admin1() == null || w.admin1().equals(p.admin1()))) {
                return of(p);
            }
        }
        if (w.admin1() != null) {
            AdminArea area = gazetteer.area(w.country(), w.admin1());
            // the area's name, or its postal abbreviation ("TX", "ON"), which the place finder took as one
            if (area != null && (gazetteer.areas(t.key()).contains(area) || Names.postalShape(t.text()))) {
                return of(area, t.text());
            }
            // a place the gazetteer lacks in the area the text puts it in ("Eastvale, Ontario"): that area, not a
            // namesake elsewhere
            return area != null && placedByWithin(t) ? of(area, t.text()) : null;
        }
        Country country = gazetteer.country(t.key());
        return country != null && country.code().equals(w.country()) ? of(country) : null;
    }

    /**
     * Whether the area or country the text puts the name in says which place it is: a name alone ("Hammond,
     * Indiana") or a city a demonym qualifies ("the English city of Birmingham").
     */
    private static boolean placedByWithin(Toponym t) {
        return t.role() == Toponym.Role.NAME || t.role() == Toponym.Role.CITY;
    }

    /** What the article's unambiguous names tell of where it is: its countries, admin areas and places. */
    private void anchor(Toponym t, Context context) {
        double weight = t.dateline() ? 3 : 1;
        if (t.within() != null && placedByWithin(t)) {
            Place inArea = inItsArea(t);
            if (inArea != null && inArea.geonamesId() != null) {
                // as much as a place alone with its name: its area, named beside it, already says where it is
                context.place(t.key(), gazetteer.place(inArea.geonamesId()), t.dateline() ? weight : 0.5,
                        t.span().start());
                return;
            }
            if (inArea != null && inArea.precision() == Precision.ADMIN1) {
                context.area(t.key(), gazetteer.area(t.within().country(), t.within().admin1()), weight,
                        t.span().start());
                return;
            }
        }
        if (t.role() == Toponym.Role.TERRITORY) {
            Country c = gazetteer.countryOfDemonym(t.key());
            if (c != null) {
                context.country(t.key(), c.code(), weight, t.span().start());
            }
            return;
        }
        Country country = gazetteer.country(t.key());
        if (country != null) {
            context.country(t.key(), country.code(), weight, t.span().start());
            return;
        }
        List<AdminArea> areas = gazetteer.areas(t.key());
        if (areas.size() == 1 && gazetteer.places(t.key()).stream().noneMatch(p -> seatOf(p, areas.get(0)))) {
            context.area(t.key(), areas.get(0), weight, t.span().start());
            return;
        }
        List<GazetteerPlace> places = withoutHamlets(gazetteer.places(t.key()));
        if (!places.isEmpty()) {
            GazetteerPlace top = places.get(0);
            boolean dominant = places.size() == 1 ? top.population() >= UNSUPPORTED_MIN_POPULATION
                    : top.population() >= 20L * places.get(1).population() && top.population() >= SEAT_POPULATION;
            if (t.dateline() && top.population() < SEAT_POPULATION
                    && (places.size() == 1 || top.population() >= 20L * places.get(1).population())) {
                context.localDateline(t.key(), top, weight, t.span().start());
            } else if (dominant) {
                context.place(t.key(), top, t.dateline() ? weight : 0.5, t.span().start());
            }
        }
    }

    /** A capitalized word of a name: letters, with the full stops and apostrophes of names ("St. Louis"). */
    private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");
    /** The most words a town's or an area's name inside another name has ("Salt Lake City"). */
    private static final int NAME_WORDS = 3;

    /** The capitalized words of an outlet's or an organization's name, in order. */
    private static List<String> capitalizedWords(String name) {
        List<String> words = new ArrayList<>();
        var m = CAPITALIZED_WORD.matcher(name);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The town an outlet is named for ("The Harbourton Gazette", "Radio Harbourton"): a run of capitalized words of
     * its name that is a town's, of {@link #UNSUPPORTED_MIN_POPULATION} people or more and twenty times any
     * namesake, and no country's or admin area's name; null otherwise. A local outlet's stories are mostly of its
     * town's neighbours ("the city of Brookhaven" in an Atlanta weekly is Georgia's), as a local dateline's are.
     */
    GazetteerPlace outletTown(String outlet) {
        if (outlet == null) {
            return null;
        }
        List<String> words = capitalizedWords(outlet);
        for (int n = Math.min(NAME_WORDS, words.size()); n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                String key = Names.key(String.join(" ", words.subList(i, i + n)));
                GazetteerPlace town = dominantTown(key);
                if (town != null) {
                    return town;
                }
            }
        }
        return null;
    }

    /**
     * The admin areas named inside organizations' names ("the Kestrel State University in Harlow"): not places the
     * article mentions, but where it is, beside the name, as an area named there would say ("Harlow" is the one in
     * that state). Only an institution's name (place-words [institution-words]: a team's or a company's area says
     * little of where the story is, "the New Kestrel Owls" play away) and a name that is one area's and no
     * country's or large city's ("New York University" says nothing), at half an area's weight.
     */
    private void anchorAreasOfOrganizations(List<Mention> organizations, Context context) {
        for (Mention m : organizations) {
            if (!anInstitution(m.text())) {
                continue;
            }
            AdminArea area = onlyArea(capitalizedWords(m.text()));
            if (area != null) {
                // keyed by the name, not the mention: an institution named twice is still one name that agrees
                context.area("organization:" + Names.key(m.text()), area, 0.5, m.span().start());
            }
        }
    }

    /** Whether an organization's name holds a word for an institution that stands in its area ("University"). */
    private boolean anInstitution(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (placeWords.institutionWords().contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The one admin area a run of the words names, the longest run first; null where none or a doubtful one. */
    private AdminArea onlyArea(List<String> words) {
        for (int n = Math.min(NAME_WORDS, words.size()); n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                String key = Names.key(String.join(" ", words.subList(i, i + n)));
                List<AdminArea> areas = gazetteer.areas(key);
                if (areas.size() == 1 && !areas.get(0).code().isEmpty() && gazetteer.country(key) == null
                        && !toponyms.notPlace(key) && gazetteer.places(key).stream()
                                .noneMatch(p -> p.population() >= SEAT_POPULATION)) {
                    return areas.get(0);
                }
            }
        }
        return null;
    }

    private GazetteerPlace dominantTown(String key) {
        if (key.isEmpty() || toponyms.notPlace(key) || gazetteer.country(key) != null
                || !gazetteer.areas(key).isEmpty()) {
            return null;
        }
        List<GazetteerPlace> places = withoutHamlets(gazetteer.places(key));
        if (places.isEmpty()) {
            return null;
        }
        GazetteerPlace top = places.get(0);
        boolean dominant = places.size() == 1 || top.population() >= 20L * places.get(1).population();
        return dominant && top.population() >= UNSUPPORTED_MIN_POPULATION ? top : null;
    }

    private boolean seatOf(GazetteerPlace p, AdminArea area) {
        return p.country().equals(area.country()) && (p.adminSeat() || p.population() >= SEAT_POPULATION);
    }

    /**
     * Whether the name, said alone, means the place rather than the area: the area's seat or a large city of its
     * country; and where the name is not the first-level area's own but that of an area below it that the gazetteer
     * folds into it ("Rochdale", a borough of England), the seat of a second-level area of that name too.
     */
    private boolean cityOf(GazetteerPlace p, AdminArea area, String key) {
        return seatOf(p, area) || p.country().equals(area.country()) && p.feature().equals("PPLA2")
                && !gazetteer.isOwnName(area, key);
    }

    /** A name alone: a part of a city it names, a country, an admin area, a city. */
    private Place resolveName(Toponym t, Context context, Set<String> areaKeys) {
        GazetteerPlace partOf = gazetteer.partOf(t.key());
        if (partOf != null) {
            return of(partOf).as(t.text(), Precision.NEAR_PLACE);
        }
        Country country = gazetteer.country(t.key());
        if (country != null) {
            AdminArea state = areaOfTheArticlesCountry(country, t.key(), context);
            return state != null ? of(state, t.text()) : of(country);
        }
        if (areaKeys.contains(t.key())) {
            AdminArea area = areaOf(t, context);
            if (area != null) {
                return of(area, t.text());
            }
        }
        List<GazetteerPlace> places = placesFor(t, context);
        AdminArea area = best(gazetteer.areas(t.key()), context);
        if (area != null && places.stream().noneMatch(p -> cityOf(p, area, t.key()))
                && !outweighedByCities(area, places, context, t.key())) {
            return of(area, t.text());
        }
        Place city = city(t, places, context, Precision.PLACE);
        if (city != null) {
            return city;
        }
        // An area kept without a code is named alone only by what else is a common noun or a people ("Herero"):
        // it is taken only with a word for its kind ("Unity state"), below.
        AdminArea byShortName = best(gazetteer.areasByShortName(t.key()).stream()
                .filter(a -> !a.code().isEmpty()).toList(), context);
        if (byShortName != null && !aHomonymAbroadSupported(places, byShortName, context, t.key())) {
            return of(byShortName, t.text());
        }
        return places.isEmpty() ? spelledOtherwise(t, context) : null;
    }

    /**
     * Whether a place of the name in another country than the area's has the support of the article's names or of
     * its site's domain: the city was left doubtful between homonyms of two countries, and taking the area would only
     * guess the country (a British paper's "fire in Harrowby", a town of its own, is not a region abroad named like a
     * city there); left unresolved, the name is no false point.
     */
    private boolean aHomonymAbroadSupported(List<GazetteerPlace> places, AdminArea area, Context context,
            String key) {
        // a city of millions in the area's country is what its name means abroad too (a capital named as where
        // someone was born, in a story of another country): its area at least gives the right country
        if (places.stream().anyMatch(p -> p.country().equals(area.country())
                && p.population() >= WORLD_CITY_POPULATION)) {
            return false;
        }
        return withoutHamlets(places).stream()
                .anyMatch(p -> !p.country().equals(area.country()) && context.support(p, key, false) > 0);
    }

    /** A place spelled otherwise in an area the article does not name is taken from this many people. */
    private static final int SPELLED_ELSEWHERE_POPULATION = 10_000;

    private static int maxSpellingEdits(String key) {
        return key.length() >= LONG_NAME ? 2 : 1;
    }

    /**
     * A name the gazetteer does not know, as the same place spelled otherwise in a country the article names
     * ("Saraqeb" in a Syria story is Sarāqib): a place of a country the article names (not one only its places
     * suggest) with the name's consonant skeleton, one edit away (two for a long name), the most populous by a
     * factor of five over any other such place, and, for a village of under {@value #SPELLED_ELSEWHERE_POPULATION}
     * people, in an admin area the article names where it names any of that country's; null when there is none or no
     * clear one.
     */
    private Place spelledOtherwise(Toponym t, Context context) {
        if (context.inAnEntitysName(t.key())) {
            // a word of a painter's or a society's name elsewhere in the article ("Amis du Vernal"), not a
            // misspelt village one letter off
            return null;
        }
        List<GazetteerPlace> candidates = new ArrayList<>();
        for (String country : context.countries(t.key())) {
            if (context.countryWeight(country, t.key()) < 1) {
                continue;
            }
            for (GazetteerPlace p : gazetteer.placesSpelledLike(country, t.key())) {
                if (Names.editDistance(Names.key(p.name()), t.key()) <= maxSpellingEdits(t.key())) {
                    candidates.add(p);
                }
            }
        }
        candidates.sort(Comparator.comparingInt(GazetteerPlace::population).reversed());
        if (candidates.isEmpty() || candidates.size() > 1
                && candidates.get(0).population() < 5L * candidates.get(1).population()) {
            return null;
        }
        GazetteerPlace chosen = candidates.get(0);
        // where the article names areas of the country, a village one letter off in another area is a coincidence
        // of a country's many small names ("North End" of a Massachusetts city is no Oklahoma village one letter
        // off), not the same place spelled otherwise; a town is rarer, and kept
        if (chosen.population() < SPELLED_ELSEWHERE_POPULATION && context.areasNamed(chosen.country(), t.key()) > 0
                && !context.areaSaid(chosen.country() + "." + chosen.admin1(), t.key())) {
            return null;
        }
        return of(chosen).as(t.text(), Precision.PLACE);
    }

    private Place resolve(Toponym t, Context context) {
        switch (t.role()) {
            case CITY -> {
                Place inArea = t.within() == null ? null : inItsArea(t);
                // "the town of Eastvale, Colorado": Colorado's Eastvale, or Colorado where the gazetteer lacks it
                // there, never a namesake of another state; a demonym's country alone ("the Norlandic town of
                // Eastvale") only chooses among the places of that name
                if (inArea != null && (inArea.geonamesId() != null || t.within().admin1() != null)) {
                    return inArea;
                }
                Place city = city(t, placesFor(t, context), context, Precision.PLACE);
                if (city != null) {
                    return city;
                }
                GazetteerPlace partOf = gazetteer.partOf(t.key());
                if (partOf != null) {
                    return of(partOf).as(t.text(), Precision.NEAR_PLACE);
                }
                return placesFor(t, context).isEmpty() ? spelledOtherwise(t, context) : null;
            }
            case TERRITORY -> {
                Country c = gazetteer.countryOfDemonym(t.key());
                return c == null ? null : of(c);
            }
            case AREA -> {
                AdminArea area = areaOf(t, context);
                if (area != null) {
                    return of(area, t.text());
                }
                return city(t, placesFor(t, context), context, Precision.NEAR_PLACE);
            }
            default -> {
                Country country = gazetteer.country(t.key());
                if (country != null) {
                    AdminArea state = areaOfTheArticlesCountry(country, t.key(), context);
                    return state != null ? of(state, t.text()) : of(country);
                }
                AdminArea area = best(gazetteer.areas(t.key()), context);
                List<GazetteerPlace> places = placesFor(t, context);
                if (area != null && places.stream().noneMatch(p -> cityOf(p, area, t.key()))
                        && !outweighedByCities(area, places, context, t.key())) {
                    return of(area, t.text());
                }
                GazetteerPlace partOf = gazetteer.partOf(t.key());
                if (partOf != null) {
                    return of(partOf).as(t.text(), Precision.NEAR_PLACE);
                }
                Place city = city(t, places, context, Precision.NEAR_PLACE);
                if (city != null) {
                    return city;
                }
                Place spelled = places.isEmpty() ? spelledOtherwise(t, context) : null;
                // a part the gazetteer lacks takes its city after both passes ({@link #partsOfCities})
                return spelled != null ? spelled.as(t.text(), Precision.NEAR_PLACE) : null;
            }
        }
    }

    /**
     * An area in a country the article does not put itself in, where a large city of that name lies in one it
     * does: "Gaza" in a story of Israel and the Palestinians is the city, not Mozambique's province. A small town
     * does not outweigh an area ("England" is not England, Arkansas, in a story that names the United States).
     */
    private static boolean outweighedByCities(AdminArea area, List<GazetteerPlace> places, Context context,
            String key) {
        if (context.countryWeight(area.country(), key) > 0) {
            return false;
        }
        for (int i = 0; i < Math.min(places.size(), MAX_CANDIDATES); i++) {
            GazetteerPlace p = places.get(i);
            if (p.population() >= SEAT_POPULATION && context.countryWeight(p.country(), key) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country's name that is also a first-level area of the country the article is set in, where the article says
     * nothing else of the first country and names other areas of its own: "Georgia" beside Florida and North
     * Carolina is the US state. One place or area of its own is enough where the article names no other country at
     * all: "grew up in rural Georgia" in a story that names only Houston and the United States is the state, while
     * "the United States condemned the attack on Georgia" (a country named, no place in it) stays the country. Never
     * an area on the country's own land, which another country's subdivisions may list ("Taiwan" is Taiwan, whatever
     * a story of China names besides). Null otherwise.
     */
    private AdminArea areaOfTheArticlesCountry(Country country, String key, Context context) {
        if (context.countryWeight(country.code(), key) > 0) {
            return null;
        }
        for (AdminArea a : gazetteer.areas(key)) {
            if (!a.country().equals(country.code()) && !a.code().isEmpty()
                    && Geo.km(a.lat(), a.lon(), country.lat(), country.lon()) > SAME_LAND_KM
                    && setIn(a.country(), key, context)) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whether the article is set in the country: its other names say two of its areas (a place's or an area's
     * own), or one where they say no other country.
     */
    private static boolean setIn(String country, String key, Context context) {
        int areas = context.areasNamed(country, key);
        return areas >= MIN_AREAS_FOR_STATE || areas >= 1 && context.countries(key).equals(Set.of(country));
    }

    /**
     * The names left unresolved that the text sets in a city ({@link SubCityPlaces}); then a district the gazetteer
     * does not know and nothing else placed ("Sheik Said district"), as the city named just before it.
     */
    private Place[] partsOfCities(String text, List<Toponym> names, Place[] resolved) {
        Place[] places = subCities.placed(text, names, resolved,
                t -> !toponyms.notPlace(t.key()) && !t.untagged());
        for (int i = 0; i < names.size(); i++) {
            Toponym t = names.get(i);
            if (places[i] == null && t.role() == Toponym.Role.PART && !toponyms.notPlace(t.key())) {
                places[i] = nearestCityBefore(t, places, i);
            }
        }
        return places;
    }

    /** For a district the gazetteer does not know ("Sheik Said district"): the city named just before it. */
    private static Place nearestCityBefore(Toponym t, Place[] places, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Place p = places[i];
            if (p != null && p.geonamesId() != null) {
                return p.as(t.text(), Precision.NEAR_PLACE);
            }
        }
        return null;
    }

    /** The places of a name without its hamlets, unless it names only hamlets ({@link #HAMLET_BELOW}). */
    static List<GazetteerPlace> withoutHamlets(List<GazetteerPlace> places) {
        boolean hamlets = false;
        boolean larger = false;
        for (GazetteerPlace p : places) {
            hamlets |= p.population() < HAMLET_BELOW;
            larger |= p.population() >= HAMLET_BELOW;
        }
        return hamlets && larger ? places.stream().filter(p -> p.population() >= HAMLET_BELOW).toList() : places;
    }

    /** The homonym the context supports best, if it leads the others clearly; null otherwise. */
    private Place city(Toponym t, List<GazetteerPlace> allPlaces, Context context, Precision precision) {
        List<GazetteerPlace> places = withoutHamlets(allPlaces);
        GazetteerPlace best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        boolean bestSupported = false;
        double bestSupport = 0;
        int n = Math.min(places.size(), MAX_CANDIDATES);
        // A local dateline supports its neighbours, not the namesakes of a capital or a city of a million: a
        // Taylorville report's Paris, Athens and Cairo are France's, Greece's and Egypt's.
        boolean worldName = places.stream().anyMatch(p -> p.capital() || p.population() >= WORLD_CITY_POPULATION);
        for (int i = 0; i < n; i++) {
            GazetteerPlace p = places.get(i);
            double support = context.support(p, t.key(), !worldName);
            double score = Math.log10(Math.max(p.population(), 1)) + support + (p.capital() ? 0.5 : 0)
                    + (p.adminSeat() ? 0.25 : 0);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = p;
                bestSupported = support > 0;
                bestSupport = support;
            } else if (score > second) {
                second = score;
            }
        }
        if (best != null && bestScore - second < MIN_LEAD) {
            best = worldCity(places, n, context, t.key());
            bestSupported = best != null;
            bestSupport = best == null ? 0 : context.support(best, t.key(), !worldName);
        }
        if (best == null) {
            return null;
        }
        if (!bestSupported && best.population() < UNSUPPORTED_MIN_POPULATION
                && !soleBearer(t, allPlaces, best, context)
                || best.population() < HAMLET_BELOW && bestSupport <= COUNTRY_SUPPORT
                || best.population() < SMALL_TOWN_BELOW && bestSupport <= COUNTRY_SUPPORT
                        && !context.placedByAPreposition.contains(t.key()) && t.role() != Toponym.Role.CITY) {
            return null;
        }
        if (best.section() && best.parentId() != 0) {
            GazetteerPlace parent = gazetteer.place(best.parentId());
            if (parent != null) {
                return of(parent).as(t.text(), Precision.NEAR_PLACE);
            }
        }
        return precision == Precision.PLACE ? of(best) : of(best).as(t.text(), precision);
    }

    /**
     * Whether a name NER tagged is the own name of the one place the gazetteer holds by it, a town of
     * {@link #SOLE_NAME_MIN_POPULATION}+ people and no part of a city, that the article puts after a preposition of
     * where somewhere ("in Eastmoor") or measures from ("12 miles north of Eastmoor"): with no homonym, context has
     * nothing to decide, and the town is what a reader takes with no country named. The preposition keeps out other
     * things NER tags as places that a town is named for (a planet: "the moons of Jupiter"); a place of another
     * country the article names does too (an island named like a town abroad), and so does the first part of a
     * country's name ("flew back to Antigua" is the island of Antigua and Barbuda, not the Canary Islands' town);
     * names found only by the gazetteer keep needing support.
     */
    private boolean soleBearer(Toponym t, List<GazetteerPlace> allPlaces, GazetteerPlace best,
            Context context) {
        return !t.untagged() && context.placedByAPreposition.contains(t.key()) && allPlaces.size() == 1
                && context.inNoOtherCountry(best.country()) && !gazetteer.beginsACountrysName(t.key())
                && namesNoArea(t.key())
                && !best.section()
                && best.population() >= SOLE_NAME_MIN_POPULATION && Names.key(best.name()).equals(t.key());
    }

    /**
     * Whether no admin area bears the name, by its name or its short name: a town is no sole bearer of a province's
     * name ("in Northfen" of a story of ruins is the province abroad, not the namesake town of 12,000).
     */
    private boolean namesNoArea(String key) {
        return gazetteer.areas(key).isEmpty() && gazetteer.areasByShortName(key).isEmpty();
    }

    /**
     * The most populous homonym where it is a city of millions and every other is a tenth of its size or less and
     * supported by no more than a country the article names: "London" in a story of awards to people of Uganda,
     * Pakistan, Canada and Fiji is England's capital, not London, Ontario; "the Lantern Court in Madrid" in a sports
     * story that names Colombia is Spain's. A homonym whose area or neighbours the article names keeps its doubt,
     * and the city must bear the name as its own. Null otherwise.
     */
    private static GazetteerPlace worldCity(List<GazetteerPlace> places, int n, Context context, String key) {
        GazetteerPlace big = null;
        for (int i = 0; i < n; i++) {
            if (big == null || places.get(i).population() > big.population()) {
                big = places.get(i);
            }
        }
        // its own name only: an other name does not outweigh the name of another place ("the Pueblo tribe" is not
        // Puebla, whose other names hold "Pueblo")
        if (big == null || big.population() < WORLD_CITY_POPULATION || !Names.key(big.name()).equals(key)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            GazetteerPlace p = places.get(i);
            if (p != big && (10L * p.population() > big.population()
                    || context.support(p, key, false) > COUNTRY_SUPPORT)) {
                return null;
            }
        }
        return big;
    }

    /**
     * The area whose country the article is most about; the first when it names none of theirs. An area kept
     * without a code is taken only in a country the article names.
     */
    private static AdminArea best(List<AdminArea> areas, Context context) {
        AdminArea best = null;
        double weight = -1;
        for (AdminArea a : areas) {
            double w = context.countryWeight(a.country(), "");
            if (w > weight && (w > 0 || !a.code().isEmpty())) {
                best = a;
                weight = w;
            }
        }
        return best;
    }

    private static Place of(GazetteerPlace p) {
        return new Place(p.name(), p.geonamesId(), p.country(), p.admin1().isEmpty() ? null : p.admin1(), p.lat(),
                p.lon(), Precision.PLACE);
    }

    private static Place of(Country c) {
        return new Place(c.name(), null, c.code(), null, c.lat(), c.lon(), Precision.COUNTRY);
    }

    /**
     * An admin area's place, named as the text names it; spaced initials ("D. C.", as tokenized corpora write them)
     * are shown written together, so that every later mention of the same key, which takes this place, shows "D.C.".
     */
    private static Place of(AdminArea a, String name) {
        return new Place(Names.withInitialsJoined(name), null, a.country(), a.code().isEmpty() ? null : a.code(), a.lat(), a.lon(),
                Precision.ADMIN1);
    }

    /**
     * What an article's unambiguous names say of where it is: the countries, admin areas and places they stand for,
     * each by the name that says it, so that a name never supports its own reading. One per article and thread.
     */
    static final class Context {

        /**
         * One name's say: its country, its admin area (or null) and its point (or NaN), with a weight; local for the
         * dateline of a town's own report, which sets the whole story; everywhere for a say beside every place the
         * text names (a local dateline's, an outlet's town).
         */
        private record Say(String key, String country, String area, double weight, double lat, double lon, int at,
                boolean local, boolean everywhere) {

            Say(String key, String country, String area, double weight, double lat, double lon, int at) {
                this(key, country, area, weight, lat, lon, at, false, false);
            }
        }

        private final List<Say> says = new ArrayList<>();
        /** Where in the text each name is said. */
        private final Map<String, List<Integer>> positions = new HashMap<>();
        /**
         * The names the article puts after a preposition of where ("in Eastmoor") or a direction and "of" ("south of
         * Eastmoor", {@code directionOfBefore}) at least once.
         */
        private final Set<String> placedByAPreposition = new HashSet<>();
        /** The names of the article's organizations and persons, as keys padded with spaces (" amis du vernal "). */
        private final Set<String> entityNames = new HashSet<>();
        /** The country that fills the article's silence, or null ({@link #silentCountry(String)}). */
        private String silentCountry;

        /**
         * The country of the site's national domain ("example.co.uk"), or where it has none the country whose
         * demonym the article writes most ({@code countryOfItsDemonyms}), which fills the article's silence only:
         * where none of its other names says a country, a homonym of that country has the support of a country named
         * ({@link #support}), so a local paper's "crews from Eastmoor" is its own country's town, not a namesake
         * abroad, and "a Canadian firm's party in Vancouver" is Canada's city. Any country, area or place the article
         * names speaks instead (a British site's story of Texas), and the domain or demonym says nothing else: it
         * keeps no untagged name as a place, and no rule that asks which countries the article names hears it.
         */
        void silentCountry(String code) {
            silentCountry = code;
        }

        Context copy() {
            Context c = new Context();
            c.says.addAll(says);
            c.positions.putAll(positions);
            c.placedByAPreposition.addAll(placedByAPreposition);
            c.entityNames.addAll(entityNames);
            c.silentCountry = silentCountry;
            return c;
        }

        void namedAsAnEntity(String name) {
            entityNames.add(" " + Names.key(name) + " ");
        }

        /** Whether the key is a word or run of words of an organization's or person's name in the article. */
        boolean inAnEntitysName(String key) {
            String words = " " + key + " ";
            return entityNames.stream().anyMatch(n -> n.contains(words));
        }

        void placedByAPreposition(String key) {
            placedByAPreposition.add(key);
        }

        /** Whether every place, area or country the article has put on the map so far is in this country. */
        boolean inNoOtherCountry(String country) {
            return says.stream().allMatch(s -> s.country() == null || s.country().equals(country));
        }

        /** Where a name is said, for the support its neighbours in the text give it. */
        void said(String key, int at) {
            positions.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
        }

        /** A place resolved in the first pass: a nearby place and its admin area, weighing less than an anchor. */
        void resolved(String key, Place p, int at) {
            String area = p.admin1() == null ? null : p.country() + "." + p.admin1();
            says.add(new Say(key, p.country(), area, 0.5, p.lat(), p.lon(), at));
        }

        void country(String key, String code, double weight, int at) {
            says.add(new Say(key, code, null, weight, Double.NaN, Double.NaN, at));
        }

        void area(String key, AdminArea a, double weight, int at) {
            String area = a.code().isEmpty() ? null : a.country() + "." + a.code();
            says.add(new Say(key, a.country(), area, weight / 2, Double.NaN, Double.NaN, at));
        }

        void place(String key, GazetteerPlace p, double weight, int at) {
            says.add(new Say(key, p.country(), p.country() + "." + p.admin1(), weight, p.lat(), p.lon(), at));
        }

        /**
         * The dateline of a local report: a town of under 100,000 people whose name has no other
         * place of its size ("TAYLORVILLE —" of a police blotter). The towns such a report names are mostly its
         * neighbours ("Ned Pell, 37, Bulpitt"; "Rory T. Vance, 27, Macon" is Macon, Illinois, not Georgia's
         * city eighty times its size), so it supports a homonym in its area or near it wherever the name is said,
         * and twice as much as another name does.
         */
        void localDateline(String key, GazetteerPlace p, double weight, int at) {
            says.add(new Say(key, p.country(), p.country() + "." + p.admin1(), weight, p.lat(), p.lon(), at, true,
                    true));
        }

        /**
         * The town an outlet is named for: like a local dateline, it supports the homonyms in its admin area wherever
         * the name is said, but not those merely near it (a Belfast outlet's "Milltown" is its own suburb, not
         * Dublin's across the border), it weighs nothing for a country (an outlet's name is not what the story
         * says), and it adds no local dateline's extra weight: a city's daily also prints stories from far off, and
         * the areas and towns the story names beside the name must be able to outweigh it (a Chicago daily's
         * "Aurora" beside Colorado and Denver is Colorado's).
         */
        void outletTown(GazetteerPlace p) {
            says.add(new Say("", p.country(), p.country() + "." + p.admin1(), 0, Double.NaN, Double.NaN, -1, false,
                    true));
        }

        /** Whether a say lies within a few sentences of one of the places where the name is said. */
        private boolean besides(Say say, String key) {
            for (int at : positions.getOrDefault(key, List.of())) {
                if (Math.abs(say.at - at) <= NEIGHBOUR_CHARS) {
                    return true;
                }
            }
            return false;
        }

        /** The countries the names other than {@code key} put the article in. */
        Set<String> countries(String key) {
            Set<String> out = new java.util.LinkedHashSet<>();
            for (Say s : says) {
                if (!s.key.equals(key) && s.weight > 0) {
                    out.add(s.country);
                }
            }
            return out;
        }

        /** How many names other than {@code key} say an admin area of the country (its own, or a place's). */
        int areasNamed(String code, String key) {
            Set<String> keys = new HashSet<>();
            for (Say s : says) {
                if (s.country.equals(code) && s.area != null && !s.key.equals(key) && s.weight > 0) {
                    keys.add(s.key);
                }
            }
            return keys.size();
        }

        /** Whether a name other than {@code key} says the admin area ("US.MA"): the area itself or a place in it. */
        boolean areaSaid(String area, String key) {
            for (Say s : says) {
                if (area.equals(s.area) && !s.key.equals(key) && s.weight > 0) {
                    return true;
                }
            }
            return false;
        }

        /** How much the names other than {@code key} put the article in the country. */
        double countryWeight(String code, String key) {
            double w = 0;
            for (Say s : says) {
                if (s.country.equals(code) && !s.key.equals(key)) {
                    w += s.weight;
                }
            }
            return w;
        }

        private double maxCountryWeight(String key) {
            Map<String, Double> weights = new HashMap<>();
            double max = 0;
            for (Say s : says) {
                if (!s.key.equals(key)) {
                    max = Math.max(max, weights.merge(s.country, s.weight, Double::sum));
                }
            }
            return max;
        }

        /**
         * How much the article's other names support a homonym: its country (in proportion to the article's main
         * country), its admin area, and a place of theirs near it.
         */
        double support(GazetteerPlace p, String key, boolean withLocalDateline) {
            double s = 0;
            double max = maxCountryWeight(key);
            if (max > 0) {
                s += COUNTRY_SUPPORT * countryWeight(p.country(), key) / max;
            } else if (p.country().equals(silentCountry)) {
                s += COUNTRY_SUPPORT;
            }
            String area = p.country() + "." + p.admin1();
            // Named beside the name, one area or place is enough; named far off in the text, it takes two names
            // that agree: the story is set there ("Hendersonville" in a story of North Carolina's mountains).
            Set<String> inAreaBeside = new HashSet<>();
            Set<String> inAreaFar = new HashSet<>();
            Set<String> nearBeside = new HashSet<>();
            Set<String> nearFar = new HashSet<>();
            double local = 0;
            for (Say say : says) {
                if (say.key.equals(key)) {
                    continue;
                }
                if (say.everywhere && !withLocalDateline) {
                    continue;
                }
                boolean beside = say.everywhere || besides(say, key);
                if (say.local) {
                    local += (area.equals(say.area) ? 1.5 : 0)
                            + (Geo.km(say.lat, say.lon, p.lat(), p.lon()) <= NEAR_KM ? 1.0 : 0);
                }
                if (area.equals(say.area)) {
                    (beside ? inAreaBeside : inAreaFar).add(say.key);
                }
                if (!Double.isNaN(say.lat) && Geo.km(say.lat, say.lon, p.lat(), p.lon()) <= NEAR_KM) {
                    (beside ? nearBeside : nearFar).add(say.key);
                }
            }
            boolean inArea = !inAreaBeside.isEmpty() || inAreaFar.size() >= AGREEING_NAMES;
            boolean near = !nearBeside.isEmpty() || nearFar.size() >= AGREEING_NAMES;
            return s + (inArea ? 1.5 : 0) + (near ? 1.0 : 0) + local;
        }
    }
}
