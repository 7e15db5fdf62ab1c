package org.dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Place;
import org.dossier.model.PlaceMention;

/**
 * The place a sentence sets what it tells in, for an event or a figure whose own words name none: the place a
 * locative word introduces ("in Aleppo", "near the border town of Jarablus"), else the one town or admin area the
 * sentence names beside any countries, else the one place it names; names that act as parties ("Khartoum
 * denied") are no places. A sentence that names several towns, or several countries and no town, without placing
 * anything in one sets nothing.
 */
public final class SentencePlaces {

    /** Words that put what a sentence tells in the place named after them. */
    public static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "around", "across", "inside");

    private static final Set<String> PARTY_RELATIONS = Set.of("nsubj", "nsubj:pass", "nmod:poss");

    private SentencePlaces() {}

    /** The sentence's place, or null. */
    public static Place of(ArticleContext context, SentenceView s) {
        List<PlaceMention> places = context.placesIn(s.sentence().span());
        for (PlaceMention p : places) {
            if (p.place().resolved() && introducedByLocative(s, p)) {
                return p.place();
            }
        }
        places = places.stream().filter(p -> !actsAsParty(s, p)).toList();
        Place local = only(places, true);
        return local != null ? local : only(places, false);
    }

    /**
     * Whether a place name stands for a party rather than a place: the subject of a verb or a possessor ("Khartoum
     * denied", "Moscow's jets"), as capitals stand for governments.
     */
    public static boolean actsAsParty(SentenceView s, PlaceMention p) {
        if (!s.parsed()) {
            return false;
        }
        int t = s.tokenAt(p.span().end() - 1);
        return t >= 0 && PARTY_RELATIONS.contains(s.relation(t));
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
