package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.SentencePlaces;
import org.dossier.extract.SentenceView;
import org.dossier.model.Event;
import org.dossier.model.Place;
import org.dossier.model.PlaceMention;
import org.dossier.model.Span;

/**
 * Where the events that their own words and sentence leave unplaced happened, as a reader takes it from the story:
 * the article's focus, the one town, part of a town or admin area it keeps coming back to, else the one country it
 * does. An article that names no place twice places nothing this way. (Carrying the place of the event told just
 * before in the same paragraph was tried and gave nothing on the development part.)
 */
final class EventPlaces {

    /** How often a place must be named to be the article's focus. */
    static final int FOCUS_MENTIONS = 2;


    private EventPlaces() {
    }

    /** The events, in their order, each with its own place or else the article's focus, else its dateline's. */
    static List<Event> placed(ArticleContext context, List<Event> events) {
        Place focus = focus(context, context.places());
        if (focus == null) {
            focus = dateline(context);
        }
        if (focus == null) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            out.add(e.place() == null ? e.withPlace(focus) : e);
        }
        return out;
    }

    /**
     * The place an article is about: the resolved town, part of a town or admin area named most often (at least
     * {@link #FOCUS_MENTIONS} times, and more often than any other), else the country named so.
     */
    static Place focus(ArticleContext context, List<PlaceMention> mentions) {
        Place local = mostNamed(context, mentions, true);
        return local != null ? local : mostNamed(context, mentions, false);
    }

    /**
     * The resolved place of the article's dateline ("NAPA COUNTY (KGO) --"): where the reporter files from, which for
     * an article that names no place often enough to have a focus is where its events happen.
     */
    static Place dateline(ArticleContext context) {
        Span dateline = context.dateline();
        if (dateline == null) {
            return null;
        }
        for (PlaceMention m : context.places()) {
            if (m.span().start() == dateline.start() && m.place().resolved()) {
                return m.place();
            }
        }
        return null;
    }

    private static boolean actsAsParty(ArticleContext context, PlaceMention m) {
        SentenceView s = context.sentenceAt(m.span().start());
        return s != null && SentencePlaces.actsAsParty(s, m);
    }

    private static Place mostNamed(ArticleContext context, List<PlaceMention> mentions, boolean belowCountry) {
        Map<Place, Integer> counts = new HashMap<>();
        for (PlaceMention m : mentions) {
            Place p = m.place();
            boolean country = p.precision() == Place.Precision.COUNTRY;
            if (p.resolved() && country != belowCountry && !actsAsParty(context, m)) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        Place best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<Place, Integer> c : counts.entrySet()) {
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
