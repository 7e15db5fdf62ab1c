package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.model.Span;

/**
 * Labels the events the rules propose for one article against its gold, by the rule {@code dossier eval} scores
 * with: a proposal is right when its words overlap a gold event's, its CAMEO root is the gold root and its actor
 * is the gold actor (the same code on the country-and-sector level, the same name, or both unknown). The label
 * names the gold event it is right for, so that two proposals right for one gold event count it once.
 */
public final class ProposalLabels {

    private ProposalLabels() {}

    /** For each proposed event, the index of the gold event it is right for, or -1. */
    public static int[] label(GoldSet.Article gold, String text, List<Event> proposals) {
        List<Span> spans = new ArrayList<>();
        for (GoldSet.Event g : gold.events()) {
            spans.add(locate(text, g));
        }
        int[] labels = new int[proposals.size()];
        for (int p = 0; p < proposals.size(); p++) {
            labels[p] = -1;
            Event e = proposals.get(p);
            for (int g = 0; g < gold.events().size(); g++) {
                GoldSet.Event goldEvent = gold.events().get(g);
                if (spans.get(g) != null && spans.get(g).overlaps(e.span())
                        && Objects.equals(goldEvent.root(), e.root())
                        && sameActor(goldEvent.actor(), goldEvent.actorCode(), e.actor())) {
                    labels[p] = g;
                    break;
                }
            }
        }
        return labels;
    }

    static Span locate(String text, GoldSet.Event g) {
        if (g.text() == null) {
            return null;
        }
        if (g.start() != null && g.start() >= 0 && g.start() + g.text().length() <= text.length()
                && text.startsWith(g.text(), g.start())) {
            return new Span(g.start(), g.start() + g.text().length());
        }
        return TextLocator.find(text, g.text());
    }

    private static boolean sameActor(String goldName, String goldCode, Actor actor) {
        if (goldName == null && goldCode == null) {
            return actor == null;
        }
        if (actor == null) {
            return false;
        }
        if (goldCode != null && actor.code() != null && EventScorer.sameCode(goldCode, actor.code())) {
            return true;
        }
        return goldName != null && Names.fold(goldName).equals(Names.fold(actor.name()));
    }
}
