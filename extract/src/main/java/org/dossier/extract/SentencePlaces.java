package org.dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PlaceMention;

/**
 * The place a sentence sets what it tells in, for an event or a figure whose own words name none: the place a
 * locative word introduces ("in Aleppo", "near the border town of Jarablus"), else the one town or admin area the
 * sentence names beside any countries, else the one place it names; names that act as parties ("Khartoum
 * denied") or label a person's office or origin ("Norland Gov.", "Sen. Ann Marsh of Norland") are no places. A
 * sentence that names several towns, or several countries and no town, without placing anything in one sets
 * nothing.
 */
public final class SentencePlaces {

    /** Words that put what a sentence tells in the place named after them. */
    public static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "around", "across", "inside");

    private static final Set<String> PARTY_RELATIONS = Set.of("nsubj", "nsubj:pass", "nmod:poss");

    private SentencePlaces() {}

    /** The sentence's place, or null. */
    public static Place of(ArticleContext context, SentenceView s) {
        List<PlaceMention> places = context.placesIn(s.sentence().span());
        places = places.stream().filter(p -> !possessesAnotherPlace(context, s, p)).toList();
        for (PlaceMention p : places) {
            if (p.place().resolved() && introducedByLocative(s, p)) {
                return p.place();
            }
        }
        places = places.stream().filter(p -> !namesNoScene(context, s, p)).toList();
        Place local = only(places, true);
        return local != null ? local : only(places, false);
    }

    /**
     * Whether a place name stands for a party rather than a place: the subject of a verb or a possessor ("Khartoum
     * denied", "Moscow's jets"), as capitals stand for governments. A possessor of a part or a feature of a place
     * ({@code parts-of-a-place.txt}: "Norland's coast", "the city's north") or of another place name ("Lakeview's
     * Harbour Center") is the place itself.
     */
    public static boolean actsAsParty(ArticleContext context, SentenceView s, PlaceMention p) {
        if (!s.parsed()) {
            return false;
        }
        int t = s.tokenAt(p.span().end() - 1);
        if (t < 0 || !PARTY_RELATIONS.contains(s.relation(t))) {
            return false;
        }
        return !s.relation(t).equals("nmod:poss") || !possessesAPlace(context, s, s.head(t));
    }

    /**
     * Whether a place name says whom a person represents or governs, or where a person comes from, not where anything
     * happens: before an individual's title and a name ({@code offices-after-a-place.txt}: "Norland Gov. Ann
     * Marsh", "a former Westmark senator Tom Weir"), in a party's label of a state ("R-Nor.", "(D-West.)"), or after
     * a person's name and "of" ("Sen. Ann Marsh of Norland", "Tom Weir of Eastvale"). A debate where three governors
     * speak is not held in their three states.
     */
    public static boolean qualifiesAPerson(ArticleContext context, PlaceMention p) {
        String text = context.text();
        if (p.place().precision() != Place.Precision.PLACE && p.place().precision() != Place.Precision.NEAR_PLACE
                && PARTY_ABBREVIATION.matcher(text.substring(Math.max(0, p.span().start() - 3), p.span().start()))
                        .find()) {
            return true; // a state's label ("R-Nor."); a town's ("D-Lakeview") is often where the party acts
        }
        if (officeBeforeAName(context, p) || homeAfterAnAge(context, p)) {
            return true;
        }
        Matcher of = OF_BEFORE.matcher(text.substring(Math.max(0, p.span().start() - 5), p.span().start()));
        if (of.find()) {
            int ofAt = p.span().start() - of.group().length();
            // past an age between commas: "Tom Weir, 47, of Eastvale"
            Matcher age = AGE_BEFORE.matcher(text.substring(Math.max(0, ofAt - 10), ofAt));
            int nameEnd = (age.find() ? ofAt - age.group().length() : ofAt) - 1;
            while (nameEnd > 0 && Character.isWhitespace(text.charAt(nameEnd))) {
                nameEnd--;
            }
            Mention before = context.mentionAt(nameEnd);
            return before != null && before.type() == EntityType.PERSON;
        }
        return false;
    }

    /**
     * Whether the place follows a person's name and age between commas ("Ann Marsh, 34, Eastvale, was charged"): the
     * town a police log or a court list gives as where the person lives, not where anything happened.
     */
    private static boolean homeAfterAnAge(ArticleContext context, PlaceMention p) {
        String text = context.text();
        Matcher age = AGE_BEFORE.matcher(text.substring(Math.max(0, p.span().start() - 10), p.span().start()));
        if (!age.find()) {
            return false;
        }
        int nameEnd = p.span().start() - age.group().length() - 1;
        Mention before = nameEnd < 0 ? null : context.mentionAt(nameEnd);
        return before != null && before.type() == EntityType.PERSON;
    }

    /**
     * Whether the place's name is followed by an individual's title ({@code offices-after-a-place.txt}) and then a
     * person's name: "Norland Gov. Ann Marsh", "Norland Lt. Gov. Ann Marsh". A body of the place ("Norland
     * lawmakers approved a package") acts there, and a title with no name after it is left alone (review, session
     * sixteen).
     */
    private static boolean officeBeforeAName(ArticleContext context, PlaceMention p) {
        String text = context.text();
        int at = p.span().end();
        boolean office = false;
        for (int words = 0; words < 3; words++) {
            Matcher next = NEXT_WORD.matcher(text).region(at, Math.min(text.length(), at + 40));
            if (!next.lookingAt()) {
                return false;
            }
            if (OFFICES_AFTER.contains(next.group(1).toLowerCase(Locale.ROOT))) {
                office = true;
                at = next.end();
                continue;
            }
            Mention name = office ? context.mentionAt(next.start(1)) : null;
            return name != null && name.type() == EntityType.PERSON;
        }
        return false;
    }

    /** Whether a place name is no scene: it acts as a party or qualifies a person. */
    public static boolean namesNoScene(ArticleContext context, SentenceView s, PlaceMention p) {
        return actsAsParty(context, s, p) || qualifiesAPerson(context, p);
    }

    /** Words of an office after a place's name ({@code offices-after-a-place.txt}). */
    private static final Set<String> OFFICES_AFTER = WordTables.set("events/offices-after-a-place.txt");
    /** A party's letter and a hyphen just before a state's abbreviation: "R-", "(D-". */
    private static final Pattern PARTY_ABBREVIATION = Pattern.compile("(?:^|[^\\p{L}])[RDI]-$");
    /** The next word, past spaces and a title's full stop ("Gov. Ann" gives "Gov", then "Ann"). */
    private static final Pattern NEXT_WORD = Pattern.compile("\\.?\\s+(\\p{L}+)");
    /** An age between commas before "of" or a home town: ", 47, " (or " , 47 , " in a tokenized text). */
    private static final Pattern AGE_BEFORE = Pattern.compile("\\s*,\\s*\\d{1,3}\\s*,\\s*$");
    /** "of" straight before a name, with the space after it. */
    private static final Pattern OF_BEFORE = Pattern.compile("\\bof\\s+$");

    /**
     * Whether a place name is the possessor of another place name ("in Norland's Blue Hills state"): the finer place
     * it names is the scene, though the possessor still counts for the article's; not where the possessed is only a
     * part of the possessor's town ({@link #aPartOfItsTown}).
     */
    public static boolean possessesAnotherPlace(ArticleContext context, SentenceView s, PlaceMention p) {
        if (!s.parsed()) {
            return false;
        }
        int t = s.tokenAt(p.span().end() - 1);
        if (t < 0 || !s.relation(t).equals("nmod:poss")) {
            return false;
        }
        int possessed = s.head(t);
        if (possessed < 0 || possessed >= s.size()) {
            return false;
        }
        PlaceMention other = context.placeAt(s.token(possessed).span().start());
        if (other != null && other != p && !aPartOfItsTown(other.place(), p.place())) {
            return true;
        }
        return other == null && namesItsOwnPlace(context, s, possessed, p);
    }

    /** Cases that put a place of its own on a possessed noun: "Norland's city of Lakeview", "its embassy in X". */
    private static final Set<String> OWN_PLACE_CASES = Set.of("of", "in");

    /**
     * Whether the possessed noun names a place of its own in its "of" or "in" phrase or its apposition ("Norland's
     * southern city of Lakeview", "Norland's second city, Lakeview", "Norland's embassy in Eastvale"): that place is
     * the finer one and the scene, not the possessor's country.
     */
    private static boolean namesItsOwnPlace(ArticleContext context, SentenceView s, int possessed, PlaceMention p) {
        for (int c : s.children(possessed)) {
            boolean phrase = s.hasRelation(c, Set.of("nmod")) && s.caseMarker(c) != null
                    && OWN_PLACE_CASES.contains(s.caseMarker(c).toLowerCase(Locale.ROOT));
            if (!phrase && !s.hasRelation(c, Set.of("appos"))) {
                continue;
            }
            PlaceMention own = context.placeAt(s.token(c).span().start());
            if (own != null && own != p && own.place().resolved() && !own.place().equals(p.place())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the possessed place is only a part of the possessor's own town, which the gazetteer lacks and which
     * carries the town's point ("Lakeview's Harbour Center", a venue or a street): the town is the place then, as
     * the event gold names toponyms, not venues.
     */
    private static boolean aPartOfItsTown(Place possessed, Place possessor) {
        return possessed.precision() == Place.Precision.NEAR_PLACE && possessed.geonamesId() != null
                && possessed.geonamesId().equals(possessor.geonamesId());
    }

    /** Nouns a place's possessive names a part or a feature of ({@code parts-of-a-place.txt}). */
    private static final Set<String> PARTS_OF_A_PLACE = WordTables.set("events/parts-of-a-place.txt");

    /** Whether the possessed word is a part or feature of a place, or lies in another place name. */
    private static boolean possessesAPlace(ArticleContext context, SentenceView s, int possessed) {
        if (possessed < 0 || possessed >= s.size()) {
            return false;
        }
        return PARTS_OF_A_PLACE.contains(s.word(possessed).toLowerCase(Locale.ROOT))
                || context.placeAt(s.token(possessed).span().start()) != null;
    }

    /**
     * The one place the mentions name, or null when they name none or several. With {@code belowCountry}, only
     * towns, parts of towns and admin areas count: in "Russian and Syrian jets bombed Aleppo" the countries are
     * who acts, the town where it happens.
     */
    private static Place only(List<PlaceMention> places, boolean belowCountry) {
        Place only = null;
        for (PlaceMention p : places) {
            if (!p.place().resolved() || belowCountry && p.place().precision() == Place.Precision.COUNTRY) {
                continue;
            }
            if (only != null && !only.equals(p.place())) {
                return null;
            }
            only = p.place();
        }
        return only;
    }

    /** Whether one of the two words before the name is a locative ("in Aleppo", "in eastern Aleppo"). */
    public static boolean introducedByLocative(SentenceView s, PlaceMention p) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).span().end() > p.span().start()) {
                return i >= 1 && LOCATIVES.contains(s.word(i - 1).toLowerCase(Locale.ROOT))
                        || i >= 2 && LOCATIVES.contains(s.word(i - 2).toLowerCase(Locale.ROOT))
                                && s.word(i - 1).equalsIgnoreCase("the");
            }
        }
        return false;
    }
}
