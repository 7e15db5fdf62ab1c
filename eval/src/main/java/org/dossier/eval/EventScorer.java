package org.dossier.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Span;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.places.Country;
import org.dossier.places.Gazetteer;

/**
 * Scores an article's events. A system event matches a gold event when their words overlap and its CAMEO root is
 * the gold root (or, in the older format, a root the gold action label allows); each is matched at most once,
 * preferring pairs whose actors agree. A match is correct when the actors agree too: the same CAMEO actor code
 * on the country-and-sector level (the first six characters, for any one of coordinated actors), the same name,
 * or both unknown; in the older format, which names actors only, by name as entities are compared.
 */
final class EventScorer {

    /** The CAMEO roots each gold action label of the older format allows; labels absent here allow any root. */
    static final Map<String, Set<String>> ROOTS = Map.ofEntries(
            Map.entry("ACCUSE", Set.of("11")), Map.entry("CONDEMN", Set.of("11")),
            Map.entry("DEMAND/APPEAL", Set.of("10", "02")), Map.entry("THREATEN", Set.of("13")),
            Map.entry("INVESTIGATE/REQUEST_INVESTIGATION", Set.of("09", "02")),
            Map.entry("MEET/TALKS", Set.of("04")), Map.entry("VETO/REJECT", Set.of("12")),
            Map.entry("PROPOSE/OFFER", Set.of("03")), Map.entry("ATTACK/BOMB", Set.of("19", "18", "20")),
            Map.entry("SEIZE/CAPTURE", Set.of("19", "18", "20")), Map.entry("KILL", Set.of("18", "19", "20")),
            Map.entry("DEPLOY", Set.of("15")), Map.entry("ANNOUNCE", Set.of("01")));

    /** The most words a place name of the gold is read in, in {@link #sameGazetteerPlace}. */
    private static final int MAX_NAME_WORDS = 4;

    /** The precision codes of a record's place itself, admin area and country ({@link PlaceRecord}). */
    private static final int PLACE_PRECISION = 1;
    private static final int AREA_PRECISION = 3;
    private static final int COUNTRY_PRECISION = 4;

    private final GoldSet.Article gold;
    private final ArticleRecord system;
    private final String text;

    EventScorer(GoldSet.Article gold, ArticleRecord system, String text) {
        this.gold = gold;
        this.system = system;
        this.text = text;
    }

    private record Pair(int gold, int system, boolean actorRight, boolean targetRight, int overlap) {}

    void scoreInto(EvalResult result) {
        EventTally tally = result.events();
        List<EventRecord> events = system.events();
        List<Span> goldSpans = new ArrayList<>();
        for (GoldSet.Event g : gold.events()) {
            goldSpans.add(locate(g.text(), g.start()));
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.events().size(); gi++) {
            GoldSet.Event g = gold.events().get(gi);
            Span goldSpan = goldSpans.get(gi);
            for (int si = 0; si < events.size() && goldSpan != null; si++) {
                EventRecord s = events.get(si);
                Span span = new Span(s.start(), s.end());
                if (goldSpan.overlaps(span) && rootAllowed(g, s.root())) {
                    pairs.add(new Pair(gi, si, sameActor(g.actor(), g.actorCode(), s.actor(), s.actorCode()),
                            sameActor(g.target(), g.targetCode(), s.target(), s.targetCode()),
                            TextLocator.overlapWords(text, goldSpan, span)));
                }
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> !p.actorRight()).thenComparing(p -> !p.targetRight())
                .thenComparing(p -> -p.overlap()));
        boolean[] goldUsed = new boolean[gold.events().size()];
        boolean[] systemUsed = new boolean[events.size()];
        boolean[] systemRight = new boolean[events.size()];
        int matched = 0;
        int right = 0;
        int targetRight = 0;
        int dateRight = 0;
        int placed = 0;
        int placeRight = 0;
        for (Pair p : pairs) {
            if (goldUsed[p.gold()] || systemUsed[p.system()]) {
                continue;
            }
            goldUsed[p.gold()] = true;
            systemUsed[p.system()] = true;
            matched++;
            GoldSet.Event g = gold.events().get(p.gold());
            EventRecord s = events.get(p.system());
            boolean dated = dateRight(g, coded() || !"reported".equals(s.dateBasis()) ? s.date() : null);
            if (p.actorRight()) {
                right++;
                systemRight[p.system()] = true;
            }
            targetRight += p.targetRight() ? 1 : 0;
            dateRight += dated ? 1 : 0;
            if (g.location() != null && !g.location().isBlank()) {
                placed++;
                boolean placedRight = samePlace(g.location(), s.location(), s.place() == null ? null : s.place().name())
                        || sameGazetteerPlace(g.location(), s.place(), Gazetteer.standard());
                placeRight += placedRight ? 1 : 0;
            }
        }
        if (coded()) {
            result.add(Score.counts("events", right, events.size() - right, gold.events().size() - right));
            result.add(Score.counts("events (words and root)", matched, events.size() - matched,
                    gold.events().size() - matched));
            result.add(Score.accuracy("event actor code", right, matched));
            result.add(Score.accuracy("event target code", targetRight, matched));
        } else {
            result.add(Score.counts("events", matched, events.size() - matched, gold.events().size() - matched));
            result.add(Score.accuracy("event actor", right, matched));
            result.add(Score.accuracy("event target", targetRight, matched));
        }
        result.add(Score.accuracy("event date", dateRight, matched));
        if (coded()) {
            result.add(Score.accuracy("event place (matched events the gold places)", placeRight, placed));
        }
        tallyUnmatched(tally, goldSpans, goldUsed, systemUsed);
        for (int si = 0; si < events.size(); si++) {
            EventRecord s = events.get(si);
            tally.system(s.root(), systemUsed[si], s.confidence(), systemRight[si]);
            tally.actorsNamed(ActorNaming.namesAnActor(system, s.actor(), s.actorCode()),
                    ActorNaming.namesAnActor(system, s.target(), s.targetCode()), s.actor(), s.target());
        }
        for (int gi = 0; gi < gold.events().size(); gi++) {
            GoldSet.Event g = gold.events().get(gi);
            tally.gold(g.root() != null ? g.root() : g.action(), goldUsed[gi]);
        }
        for (GoldSet.NonEvent n : gold.nonEvents()) {
            Span span = locate(n.text(), n.start());
            boolean coded = span != null && events.stream().anyMatch(s -> span.overlaps(new Span(s.start(), s.end())));
            tally.nonEvent(n.why() == null ? "other" : n.why(), coded);
        }
    }

    /**
     * Whether an event's place is the one the gold names: the name the text gives it or the place it was resolved
     * to is the gold's, one of its comma-separated parts ("Fajardo" of "Fajardo, Puerto Rico"), or a word sequence
     * within it or containing it ("Blue Nile" and "Blue Nile state", "Yemen" and "off Yemen").
     */
    static boolean samePlace(String gold, String location, String resolved) {
        String g = placeKey(gold);
        List<String> golds = new ArrayList<>(List.of(g));
        for (String part : gold.split(",")) {
            golds.add(placeKey(part));
        }
        for (String name : new String[] {location, resolved}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String n = placeKey(name);
            if (n.isEmpty()) {
                continue;
            }
            for (String candidate : golds) {
                if (!candidate.isEmpty() && (candidate.equals(n) || containsWords(candidate, n)
                        || containsWords(n, candidate))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the gold's name is a name the gazetteer gives the very place the event was resolved to, which the
     * record names by the gazetteer's spelling and the gold by the text's: comparing the two spellings as names would
     * count such an event wrong although it is placed where the gold places it. A country matches by one of its own
     * names and only the gold's whole name ("Turkey" and "Türkiye"; not "Gaza Strip", a part the gazetteer lists
     * under Palestine, nor "Hebron, West Bank": the record is coarser than the gold). An admin area matches the
     * whole name or its first comma part ("Aleppo province, Syria"), never a word run of it ("Virginia" of "West
     * Virginia"). A town (same GeoNames id) matches the whole name, its first comma part or a word run of that part
     * ("Jabalia" of "Jabalia refugee camp" and "Jabālyā", "Beit Lahia" and "Bayt Lāhyā"): the id is that town's.
     */
    static boolean sameGazetteerPlace(String gold, PlaceRecord place, Gazetteer gazetteer) {
        if (gold == null || place == null || place.precision() == null) {
            return false;
        }
        String whole = placesKey(gold);
        String first = placesKey(gold.split(",")[0]);
        if (place.precision() == COUNTRY_PRECISION) {
            Country country = gazetteer.country(whole);
            return country != null && country.code().equals(place.country()) && !gazetteer.isCountryPart(whole);
        }
        if (place.precision() == AREA_PRECISION) {
            return namesArea(whole, place, gazetteer) || namesArea(first, place, gazetteer);
        }
        // a part of or a place near a town (precision 2) keeps the text's name and carries the town's id: no spelling
        Long id = place.geonamesId();
        if (place.precision() != PLACE_PRECISION || id == null) {
            return false;
        }
        if (namesTown(whole, id, gazetteer)) {
            return true;
        }
        String[] words = first.split(" ");
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 1; to <= words.length && to - from <= MAX_NAME_WORDS; to++) {
                if (namesTown(String.join(" ", List.of(words).subList(from, to)), id, gazetteer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The places module's key of a name (the eval has its own, for persons' names). */
    private static String placesKey(String name) {
        return org.dossier.places.Names.key(name.strip());
    }

    private static boolean namesArea(String key, PlaceRecord place, Gazetteer gazetteer) {
        return !key.isEmpty() && gazetteer.areas(key).stream()
                .anyMatch(a -> a.country().equals(place.country()) && a.code().equals(place.admin1()));
    }

    private static boolean namesTown(String key, long id, Gazetteer gazetteer) {
        return !key.isEmpty() && gazetteer.places(key).stream().anyMatch(p -> p.geonamesId() == id);
    }

    private static String placeKey(String name) {
        String key = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static boolean containsWords(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    /** Whether the gold gives CAMEO codes (the event gold format), not only action labels and names. */
    private boolean coded() {
        return gold.events().stream().anyMatch(g -> g.cameo() != null) || gold.eventsOnly();
    }

    /** Confusions: a gold event whose words a system event of another root states, or that nothing states. */
    private void tallyUnmatched(EventTally tally, List<Span> goldSpans, boolean[] goldUsed, boolean[] systemUsed) {
        List<EventRecord> events = system.events();
        Set<Integer> explained = new HashSet<>();
        for (int gi = 0; gi < goldUsed.length; gi++) {
            if (goldUsed[gi]) {
                continue;
            }
            GoldSet.Event g = gold.events().get(gi);
            String goldRoot = g.root() != null ? g.root() : g.action();
            String systemRoot = "none";
            for (int si = 0; si < events.size() && goldSpans.get(gi) != null; si++) {
                if (!systemUsed[si] && goldSpans.get(gi).overlaps(new Span(events.get(si).start(), events.get(si).end()))) {
                    systemRoot = events.get(si).root();
                    explained.add(si);
                    break;
                }
            }
            tally.confusion(goldRoot, systemRoot);
        }
        for (int si = 0; si < events.size(); si++) {
            if (!systemUsed[si] && !explained.contains(si)) {
                tally.confusion("none", events.get(si).root());
            }
        }
    }

    /** The gold span: at its offsets when the text there is the gold text, else where the text is found. */
    private Span locate(String words, Integer start) {
        if (words == null) {
            return null;
        }
        if (start != null && start >= 0 && start + words.length() <= text.length()
                && text.startsWith(words, start)) {
            return new Span(start, start + words.length());
        }
        if (start != null && start >= 0) {
            int near = nearest(words, start);
            if (near >= 0) {
                return new Span(near, near + words.length());
            }
        }
        return TextLocator.find(text, words);
    }

    private int nearest(String words, int start) {
        int best = -1;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
        }
        return best;
    }

    private static boolean rootAllowed(GoldSet.Event g, String systemRoot) {
        if (g.root() != null) {
            return g.root().equals(systemRoot);
        }
        Set<String> roots = ROOTS.get(g.action());
        return roots == null || roots.contains(systemRoot);
    }

    /**
     * Whether a date is right: the gold day, or inside the gold period; both absent counts as right. (In the older
     * format a gold date is null when the text does not date the event, so a system date that rests only on the
     * publication date, {@code date_basis} "reported", is compared as null there.) A gold date
     * that is not a day (the older format allows none) is compared as written.
     */
    static boolean dateRight(GoldSet.Event g, LocalDate systemDate) {
        if (g.date() == null || systemDate == null) {
            return g.date() == null && systemDate == null;
        }
        try {
            LocalDate first = LocalDate.parse(g.date());
            LocalDate last = g.dateTo() == null ? first : LocalDate.parse(g.dateTo());
            return !systemDate.isBefore(first) && !systemDate.isAfter(last);
        } catch (DateTimeParseException e) {
            return g.date().equals(systemDate.toString());
        }
    }

    private boolean sameActor(String goldName, String goldCode, String systemName, String systemCode) {
        if (goldName == null && goldCode == null) {
            return systemName == null && systemCode == null;
        }
        if (systemName == null && systemCode == null) {
            return false;
        }
        if (goldCode != null && systemCode != null && sameCode(goldCode, systemCode)) {
            return true;
        }
        if (goldName != null && systemName != null) {
            if (Names.fold(goldName).equals(Names.fold(systemName))) {
                return true;
            }
            if (goldCode == null) {
                return sameName(goldName, systemName);
            }
        }
        return false;
    }

    /** Codes agree on the country-and-sector level for any one of coordinated actors. */
    static boolean sameCode(String goldCode, String systemCode) {
        Set<String> gold = new HashSet<>();
        for (String code : goldCode.split(";")) {
            gold.add(level(code));
        }
        for (String code : systemCode.split(";")) {
            if (gold.contains(level(code))) {
                return true;
            }
        }
        return false;
    }

    private static String level(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.length() > 6 ? c.substring(0, 6) : c;
    }

    private boolean sameName(String goldActor, String systemActor) {
        for (String part : goldActor.split(",\\s*|\\s+and\\s+")) {
            if (ArticleScorer.sameName(gold, part.strip(), systemActor, ArticleScorer.allEntities(system))) {
                return true;
            }
        }
        return ArticleScorer.sameName(gold, goldActor, systemActor, ArticleScorer.allEntities(system));
    }
}
