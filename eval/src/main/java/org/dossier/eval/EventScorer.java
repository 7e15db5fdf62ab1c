package org.dossier.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Span;
import org.dossier.output.ArticleRecord;
import org.dossier.output.ArticleRecord.EventRecord;

/**
 * Events match on overlapping text and a CAMEO root that the gold action label allows. Over matched pairs it
 * reports actor, target and date accuracy; actors are compared like entity names, and a gold actor naming several
 * parties ("Russia and Iran") accepts any of them.
 */
final class EventScorer {

    /** The CAMEO roots each gold action label allows; labels absent here allow any root. */
    static final Map<String, Set<String>> ROOTS = Map.ofEntries(
            Map.entry("ACCUSE", Set.of("11")), Map.entry("CONDEMN", Set.of("11")),
            Map.entry("DEMAND/APPEAL", Set.of("10", "02")), Map.entry("THREATEN", Set.of("13")),
            Map.entry("INVESTIGATE/REQUEST_INVESTIGATION", Set.of("09", "02")),
            Map.entry("MEET/TALKS", Set.of("04")), Map.entry("VETO/REJECT", Set.of("12")),
            Map.entry("PROPOSE/OFFER", Set.of("03")), Map.entry("ATTACK/BOMB", Set.of("19", "18", "20")),
            Map.entry("SEIZE/CAPTURE", Set.of("19", "18", "20")), Map.entry("KILL", Set.of("18", "19", "20")),
            Map.entry("DEPLOY", Set.of("15")), Map.entry("ANNOUNCE", Set.of("01")));

    private final GoldSet.Article gold;
    private final ArticleRecord system;
    private final String text;

    EventScorer(GoldSet.Article gold, ArticleRecord system, String text) {
        this.gold = gold;
        this.system = system;
        this.text = text;
    }

    void scoreInto(EvalResult result) {
        List<EventRecord> events = system.events();
        boolean[] used = new boolean[events.size()];
        int matched = 0;
        int actorRight = 0;
        int targetRight = 0;
        int dateRight = 0;
        for (GoldSet.Event g : gold.events()) {
            int best = match(g, events, used);
            if (best < 0) {
                continue;
            }
            used[best] = true;
            matched++;
            EventRecord s = events.get(best);
            actorRight += sameActor(g.actor(), s.actor()) ? 1 : 0;
            targetRight += sameActor(g.target(), s.target()) ? 1 : 0;
            dateRight += Objects.equals(g.date(), s.date()) ? 1 : 0;
        }
        result.add(Score.counts("events", matched, events.size() - matched, gold.events().size() - matched));
        result.add(Score.accuracy("event actor", actorRight, matched));
        result.add(Score.accuracy("event target", targetRight, matched));
        result.add(Score.accuracy("event date", dateRight, matched));
    }

    private int match(GoldSet.Event g, List<EventRecord> events, boolean[] used) {
        Span goldSpan = TextLocator.find(text, g.text());
        if (goldSpan == null) {
            return -1;
        }
        Set<String> roots = ROOTS.get(g.action());
        for (int i = 0; i < events.size(); i++) {
            EventRecord s = events.get(i);
            if (!used[i] && goldSpan.overlaps(new Span(s.start(), s.end()))
                    && (roots == null || roots.contains(s.root()))) {
                return i;
            }
        }
        return -1;
    }

    private boolean sameActor(String goldActor, String systemActor) {
        if (goldActor == null || systemActor == null) {
            return goldActor == null && systemActor == null;
        }
        for (String part : goldActor.split(",\\s*|\\s+and\\s+")) {
            if (ArticleScorer.sameName(gold, part.strip(), systemActor, ArticleScorer.allEntities(system))) {
                return true;
            }
        }
        return ArticleScorer.sameName(gold, goldActor, systemActor, ArticleScorer.allEntities(system));
    }
}
