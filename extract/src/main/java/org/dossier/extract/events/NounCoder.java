package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.Actor;

/**
 * Codes violence that news names with a noun rather than a verb: "a bombardment campaign by Russian and Syrian
 * warplanes", "the Syrian military offensive", "the shelling of two hospitals". Only when the phrase says who
 * acted or who was hit; a bare "the attacks" is usually a reference back to an event already told.
 */
final class NounCoder {

    /** CAMEO codes of attack nouns (lemmas): aerial weapons 195, artillery 194, other force 190. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("bombardment", "195"), Map.entry("airstrike", "195"), Map.entry("air strike", "195"),
            Map.entry("bombing", "195"), Map.entry("shelling", "194"), Map.entry("offensive", "190"),
            Map.entry("assault", "190"), Map.entry("attack", "190"), Map.entry("raid", "190"),
            Map.entry("incursion", "190"), Map.entry("invasion", "190"), Map.entry("siege", "191"),
            Map.entry("blockade", "191"), Map.entry("massacre", "202"));

    private static final Set<String> CAMPAIGNS = Set.of("campaign", "operation", "operations", "offensive");
    private static final Set<String> AGENT_CASES = Set.of("by", "from");
    private static final Set<String> TARGET_CASES = Set.of("of", "on", "against", "in");
    /** The noun is the subject or object of a verb, which codes the event itself ("the bombings killed …"). */
    private static final Set<String> VERB_ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj");

    private final Dictionaries dictionaries;
    private final ActorResolver actors;

    NounCoder(Dictionaries dictionaries, ActorResolver actors) {
        this.dictionaries = dictionaries;
        this.actors = actors;
    }

    VerbCoder.Coded code(SentenceView s, int n) {
        String code = s.isNoun(n) ? codeOf(s, n) : null;
        if (code == null || VERB_ARGUMENTS.contains(s.relation(n)) || governedByUnreal(s, n)) {
            return null;
        }
        List<Integer> tokens = new ArrayList<>(List.of(n));
        for (int c : s.children(n)) {
            if (c < n && (s.relation(c).equals("compound") || s.relation(c).equals("amod"))) {
                tokens.add(c); // "bombardment campaign": the words that say what kind of violence
            }
        }
        Actor actor = null;
        Actor target = null;
        for (int c : s.children(n)) {
            String relation = s.relation(c);
            String marker = s.caseMarker(c);
            if (actor == null && (relation.equals("nmod:poss") || relation.startsWith("nmod")
                    && AGENT_CASES.contains(marker))) {
                actor = resolved(s, c, tokens);
            } else if (target == null && relation.startsWith("nmod") && TARGET_CASES.contains(marker)) {
                target = resolved(s, c, tokens);
            }
        }
        if (actor == null) {
            actor = modifierActor(s, n, tokens);
        }
        if (actor == null && target == null) {
            return null;
        }
        return new VerbCoder.Coded(code, ActionLabels.label(code, s.lemma(n), dictionaries.codes()), actor, target,
                tokens, n);
    }

    /** The noun's code, or for "a bombardment campaign", "an air operation", its attack modifier's. */
    private static String codeOf(SentenceView s, int n) {
        String code = CODES.get(s.lemma(n));
        if (code != null || !CAMPAIGNS.contains(s.lemma(n))) {
            return code;
        }
        for (int c : s.children(n)) {
            String modifier = s.relation(c).equals("compound") || s.relation(c).equals("amod") ? s.lemma(c) : null;
            if (modifier != null && CODES.containsKey(modifier)) {
                return CODES.get(modifier);
            }
        }
        return null;
    }

    private Actor resolved(SentenceView s, int head, List<Integer> tokens) {
        ActorResolver.Resolved r = actors.resolve(s, head);
        if (r == null) {
            return null;
        }
        tokens.add(head);
        tokens.addAll(r.tokens());
        return r.actor();
    }

    /** "the Syrian military offensive", "Russian airstrikes": the actor named in the noun's own modifiers. */
    private Actor modifierActor(SentenceView s, int n, List<Integer> tokens) {
        int first = n;
        for (int c : s.children(n)) {
            if (c < n && (s.relation(c).equals("amod") || s.relation(c).equals("compound"))) {
                first = Math.min(first, c);
            }
        }
        if (first == n) {
            return null;
        }
        List<ActorResolver.Resolved> found = actors.actorsIn(s, first, n - 1);
        if (found.isEmpty() || found.getFirst().actor().code() == null) {
            return null;
        }
        tokens.add(first);
        return found.getFirst().actor();
    }

    /** "would face an offensive", "did not launch an attack", "if the assault begins". */
    private static boolean governedByUnreal(SentenceView s, int n) {
        int head = s.head(n);
        while (head >= 0 && !s.isVerb(head)) {
            head = s.head(head);
        }
        return head >= 0 && (VerbCoder.hypothetical(s, head) || VerbCoder.negated(s, head));
    }
}
