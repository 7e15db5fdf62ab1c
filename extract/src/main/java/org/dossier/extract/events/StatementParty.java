package org.dossier.extract.events;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.extract.actors.ActorResolver;

/**
 * The party a statement's words are about when they name it by a role or a body rather than a name: the subject of
 * a clause of the statement ("said the First Minister had misled Parliament", "this chaotic cabinet has lost
 * control"), the possessor of such a subject or of an object ("the president's temperament had complicated the
 * talks"), or the one a phrase of "by" or "against" names ("at odds with what the First Minister said").
 * Any other actor the words mention (a place, a noun deep in a phrase) is not what the statement is about;
 * pronouns are left alone (inside a quote "they" or "we" stands for someone the quote's own context names), and so
 * are ordinary people ("people", "families", "migrants"), whom statements describe far more often than blame.
 */
final class StatementParty {

    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubjpass");
    private static final Set<String> OBJECTS = Set.of("obj", "dobj");
    private static final String CIVILIANS = "CVL";
    /** The code of a sector whose country the article does not say ("---BUS"): no one in particular. */
    private static final String NO_COUNTRY = "---";
    private static final Set<String> MARKERS = WordTables.set("events/statement-party-markers.txt");

    private final ActorResolver actors;

    StatementParty(ActorResolver actors) {
        this.actors = actors;
    }

    /**
     * The first actor in a party's place among tokens {@code first..last} that {@code other} accepts (not the
     * speaker), or null.
     */
    ActorResolver.Resolved in(SentenceView s, int first, int last, Predicate<ActorResolver.Resolved> other) {
        for (int t = first; t <= last; t++) {
            if (isPronoun(s, t) || !isPartyPlace(s, t, first, last)) {
                continue;
            }
            ActorResolver.Resolved party = actors.peek(s, t);
            if (party != null && isBody(party) && other.test(party)) {
                return party;
            }
        }
        return null;
    }

    /**
     * A party a statement can be about without naming it: one with a code and a country, and no plural of ordinary
     * people ("people", "families", "voters", "migrants": civilians), whom the words describe more often than blame.
     */
    private static boolean isBody(ActorResolver.Resolved party) {
        String code = party.actor().code();
        return code != null && !code.startsWith(NO_COUNTRY) && !code.endsWith(CIVILIANS);
    }

    private static boolean isPartyPlace(SentenceView s, int t, int first, int last) {
        int head = s.head(t);
        if (head < first || head > last) {
            return false; // the quote's words, not the sentence around them
        }
        String relation = s.relation(t);
        if (SUBJECTS.contains(relation)) {
            return true;
        }
        if (relation.equals("nmod:poss")) {
            return SUBJECTS.contains(s.relation(head)) || OBJECTS.contains(s.relation(head));
        }
        if (relation.startsWith("obl") || relation.startsWith("nmod")) {
            String marker = s.caseMarker(t);
            return marker != null && MARKERS.contains(marker.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static boolean isPronoun(SentenceView s, int t) {
        String pos = s.pos(t);
        return pos.startsWith("PRP") || pos.startsWith("W") || pos.equals("EX");
    }
}
