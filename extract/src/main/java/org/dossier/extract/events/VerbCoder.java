package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.extract.dictionaries.VerbEntries;
import org.dossier.model.Actor;

/**
 * Codes the event a verb states, from its dependency parse and the CAMEO verb dictionary: the subject is the
 * actor and the object (or a prepositional target: "against", "on", "with") the target; in the passive the
 * subject is the target and the "by" phrase the actor; a verb without a subject borrows the one of the verb it
 * depends on ("appear to have launched", "attempting to hold") or the noun its relative clause describes
 * ("the bombings that struck"). The dictionary's patterns refine the code by the words around the verb.
 *
 * <p>It codes nothing for a negated verb ("did not attack"), a hypothetical one ("would become", "if they
 * attack"), or a plain statement ("said"): statements are coded by what they say ({@link StatementCoder}).
 */
final class VerbCoder {

    /** A coded verb, before dating and placing. */
    record Coded(String code, String label, Actor actor, Actor target, List<Integer> tokens, int verb) {}

    private static final Set<String> SUBJECT = Set.of("nsubj");
    private static final Set<String> PASSIVE_SUBJECT = Set.of("nsubj:pass", "nsubjpass");
    private static final Set<String> OBJECT = Set.of("obj", "dobj", "iobj");
    private static final Set<String> OBLIQUE = Set.of("obl", "nmod");
    private static final Set<String> TARGET_CASES = Set.of("against", "on", "with", "upon", "into", "toward",
            "towards", "at");
    private static final Set<String> NESTED_CASES = Set.of("with", "to", "for", "against", "on", "of", "from",
            "toward", "towards");
    private static final Set<String> INTENDING = Set.of("want", "plan", "intend", "threaten", "vow", "pledge",
            "promise", "prepare", "aim", "warn");
    private static final String THREAT_OF_FORCE = "138";
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "'d");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether");
    private static final Set<String> ANNOUNCING = Set.of("announce", "declare", "unveil", "proclaim");
    private static final Set<String> CLAUSE_STOP = Set.of("ccomp", "advcl", "acl", "parataxis", "conj", "csubj",
            "punct", "xcomp", "mark", "cc");
    /** Nouns that do violence without a named actor: "the bombings that killed", "airstrikes hit". */
    private static final Set<String> ATTACK_NOUNS = Set.of("bombing", "bombings", "airstrike", "airstrikes",
            "strike", "strikes", "shelling", "bombardment", "bombardments", "attack", "attacks", "explosion",
            "blast", "raid", "raids", "offensive", "assault", "rocket", "rockets", "missile", "missiles", "shell",
            "shells", "fire", "gunfire");
    private static final int MAX_INHERIT = 3;
    private static final Set<String> SKIPPED = Set.of("det", "punct", "case:poss");
    private static final int FIRST_WORD_WINDOW = 3;
    private static final int NEXT_WORD_WINDOW = 4;
    private static final Set<String> NOT_EVENTS = Set.of("amod", "compound", "aux", "aux:pass", "cop", "acl");
    /** Verbs whose event is their complement: "appear to have launched", "tried to break", "allowed X to take". */
    private static final Set<String> RAISING = Set.of("appear", "seem", "continue", "begin", "start", "try",
            "attempt", "seek", "want", "plan", "hope", "aim", "manage", "expect", "intend", "tend", "keep",
            "resume", "allow", "enable", "help", "let", "need", "decide", "prepare", "wish", "struggle");
    /** Verbs whose complement has not happened: "pleaded with Russia to halt", "failed to pass". */
    private static final Set<String> IRREALIS = Set.of("plead", "urge", "call", "ask", "appeal", "want", "demand",
            "request", "press", "hope", "plan", "seek", "aim", "try", "attempt", "expect", "intend", "threaten",
            "vow", "promise", "pledge", "propose", "offer", "refuse", "fail", "decline", "prepare", "need", "wish",
            "encourage", "persuade", "convince", "invite", "order", "force", "push");
    /** Roots whose events need someone on the receiving end: appeals, offers, meetings, cooperation, coercion. */
    private static final int CONSULT = 4;
    private static final Set<Integer> NEEDS_TARGET = Set.of(2, 3, 4, 5, 6, 7, 8, 16, 17);
    /** People on the receiving end of violence whom no dictionary names: "killed scores of people". */
    private static final Set<String> VICTIMS = Set.of("people", "persons", "civilians", "civilian", "residents",
            "villagers", "children", "women", "men", "refugees", "patients", "worker", "workers", "students",
            "protesters", "demonstrators", "fighters", "soldiers", "troops", "members", "militants", "rebels",
            "hospital", "hospitals", "school", "schools", "convoy", "city", "town", "village", "villages",
            "neighbourhood", "neighborhood", "district", "area", "areas", "camp");

    private final Dictionaries dictionaries;
    private final ActorResolver actors;

    VerbCoder(Dictionaries dictionaries, ActorResolver actors) {
        this.dictionaries = dictionaries;
        this.actors = actors;
    }

    /** The event of the verb at {@code v}, or null. */
    Coded code(SentenceView s, int v) {
        if (!s.isVerb(v) || NOT_EVENTS.contains(s.relation(v))) {
            return null;
        }
        int particle = s.firstChild(v, Set.of("compound:prt"));
        VerbEntries.Verb verb = dictionaries.verbs().find(s.lemma(v), particle < 0 ? null : s.word(particle));
        if (verb == null || particle >= 0 && !verb.lemma().contains(" ")) {
            return null; // a phrasal verb means something else than its verb: "hammer out", "dig in"
        }
        boolean intended = intended(s, v);
        if (negated(s, v) || hypothetical(s, v) && !intended
                || RAISING.contains(s.lemma(v)) && hasVerbComplement(s, v)) {
            return null;
        }
        String code = refine(s, v, verb);
        if (code.equals(VerbEntries.NO_EVENT) || !dictionaries.codes().isKnown(code)
                || CameoCodes.root(code).equals("01") && !ANNOUNCING.contains(s.lemma(v))) {
            return null;
        }
        if (intended) {
            // Violence someone wants, plans or vows is a threat of force, not yet force; anything else intended
            // has not happened.
            if (Integer.parseInt(CameoCodes.root(code)) < 18) {
                return null;
            }
            code = THREAT_OF_FORCE;
        }
        List<Integer> tokens = new ArrayList<>(List.of(v));
        if (intended) {
            tokens.add(s.head(v));
        }
        boolean passive = s.firstChild(v, PASSIVE_SUBJECT) >= 0 || s.firstChild(v, Set.of("aux:pass")) >= 0;
        ActorResolver.Resolved actor;
        ActorResolver.Resolved target;
        int subject;
        if (passive) {
            target = resolve(s, s.firstChild(v, PASSIVE_SUBJECT), tokens);
            subject = agentPhrase(s, v);
            actor = resolve(s, subject, tokens);
        } else {
            subject = subjectOf(s, v, 0);
            actor = resolve(s, subject, tokens);
            int object = objectOf(s, v);
            target = resolve(s, object, tokens);
            if (target == null) {
                target = nestedTarget(s, v, object, tokens);
            }
        }
        int root = Integer.parseInt(CameoCodes.root(code));
        boolean violent = root >= 18;
        boolean faceless = subject >= 0 && ATTACK_NOUNS.contains(s.word(subject));
        if (target == null && violent) {
            target = victims(s, passive ? s.firstChild(v, PASSIVE_SUBJECT) : objectOf(s, v), tokens);
        }
        if (actor == null && !(violent && (faceless || passive && target != null))) {
            return null;
        }
        if (target == null && root == CONSULT && actor != null) {
            ActorResolver.Resolved[] pair = eachOther(actor);
            if (pair != null) {
                actor = pair[0];
                target = pair[1];
            }
        }
        if (target == null && NEEDS_TARGET.contains(root)) {
            return null;
        }
        Actor targetActor = target == null || actor != null && sameActor(actor.actor(), target.actor())
                ? null : target.actor();
        return new Coded(code, ActionLabels.label(code, s.lemma(v), dictionaries.codes()),
                actor == null ? null : actor.actor(), targetActor, tokens, v);
    }

    /**
     * "Putin and Erdogan met", "the US, Russia and Switzerland held talks": coordinated parties who meet one
     * another; the first acts, the others are met.
     */
    private static ActorResolver.Resolved[] eachOther(ActorResolver.Resolved parties) {
        String codes = parties.actor().code();
        String[] names = parties.actor().name().split(", | and ");
        if (codes == null || !codes.contains(";") || names.length != codes.split(";").length) {
            return null;
        }
        String[] code = codes.split(";");
        Actor first = new Actor(names[0], code[0]);
        String others = String.join(" and ", java.util.Arrays.copyOfRange(names, 1, names.length));
        Actor rest = new Actor(others, String.join(";", java.util.Arrays.copyOfRange(code, 1, code.length)));
        return new ActorResolver.Resolved[] {new ActorResolver.Resolved(first, parties.tokens(), false),
            new ActorResolver.Resolved(rest, List.of(), false)};
    }

    private ActorResolver.Resolved resolve(SentenceView s, int head, List<Integer> tokens) {
        if (head < 0) {
            return null;
        }
        tokens.add(head);
        ActorResolver.Resolved resolved = actors.resolve(s, head);
        if (resolved != null && !resolved.person()) {
            tokens.addAll(resolved.tokens());
        }
        return resolved;
    }

    /** Whether the phrase has a preposition that can introduce a party; a bare noun phrase (nmod:tmod) has none. */
    private static boolean nestedCase(SentenceView s, int phrase) {
        String marker = s.caseMarker(phrase);
        return marker != null && NESTED_CASES.contains(marker.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * An actor inside the object's phrase or in a "to" phrase, when the object itself is none: "ratified an
     * agreement with the European Union", "expressed appreciation for China's assistance", "supply arms to Israel".
     */
    private ActorResolver.Resolved nestedTarget(SentenceView s, int v, int object, List<Integer> tokens) {
        List<Integer> candidates = new ArrayList<>();
        if (object >= 0) {
            for (int c : s.children(object)) {
                if (s.relation(c).equals("nmod:poss")
                        || s.relation(c).startsWith("nmod") && nestedCase(s, c)) {
                    candidates.add(c);
                    for (int d : s.children(c)) {
                        if (s.relation(d).startsWith("nmod") && nestedCase(s, d)) {
                            candidates.add(d);
                        }
                    }
                }
            }
        }
        for (int c : s.children(v, OBLIQUE)) {
            if ("to".equals(s.caseMarker(c)) || "for".equals(s.caseMarker(c))) {
                candidates.add(c);
            }
        }
        for (int c : candidates) {
            ActorResolver.Resolved resolved = actors.resolve(s, c);
            if (resolved != null) {
                tokens.add(c);
                if (!resolved.person()) {
                    tokens.addAll(resolved.tokens());
                }
                return resolved;
            }
        }
        return null;
    }

    private static boolean hasVerbComplement(SentenceView s, int v) {
        for (int c : s.children(v, Set.of("xcomp", "ccomp"))) {
            if (s.isVerb(c)) {
                return true;
            }
        }
        return false;
    }

    /** Victims or places hit: the head noun of the object when no dictionary names it. */
    private static ActorResolver.Resolved victims(SentenceView s, int head, List<Integer> tokens) {
        if (head < 0) {
            return null;
        }
        int noun = head;
        if (!VICTIMS.contains(s.word(noun))) {
            int of = -1;
            for (int c : s.children(noun, Set.of("nmod"))) {
                if ("of".equals(s.caseMarker(c)) && VICTIMS.contains(s.word(c))) {
                    of = c;
                }
            }
            if (of < 0) {
                return null;
            }
            noun = of;
        }
        tokens.add(noun);
        String code = Set.of("people", "persons", "civilians", "civilian", "residents", "villagers", "children",
                "women", "men").contains(s.word(noun)) ? "CVL" : null;
        return new ActorResolver.Resolved(new Actor(s.token(noun).word(), code), List.of(noun), false);
    }

    /** The subject, or the one of the verb this verb depends on, or the noun a relative clause describes. */
    private int subjectOf(SentenceView s, int v, int depth) {
        int subject = s.firstChild(v, SUBJECT);
        if (subject >= 0) {
            if (isRelativePronoun(s, subject) && s.relation(v).startsWith("acl")) {
                return s.head(v);
            }
            return subject;
        }
        if (depth >= MAX_INHERIT || s.head(v) < 0) {
            return -1;
        }
        String relation = s.relation(v);
        int governor = s.head(v);
        if (relation.startsWith("acl")) {
            return governor;
        }
        if (relation.equals("xcomp") || relation.equals("conj") || relation.equals("advcl")
                || relation.equals("obj") && s.pos(v).equals("VBG")) {
            int inherited = s.firstChild(governor, SUBJECT);
            if (inherited < 0) {
                inherited = s.firstChild(governor, PASSIVE_SUBJECT);
            }
            return inherited >= 0 ? inherited : subjectOf(s, governor, depth + 1);
        }
        return -1;
    }

    private static boolean isRelativePronoun(SentenceView s, int t) {
        return s.pos(t).startsWith("W") || Set.of("that", "which", "who").contains(s.word(t));
    }

    private static int objectOf(SentenceView s, int v) {
        int object = s.firstChild(v, OBJECT);
        if (object >= 0) {
            return object;
        }
        for (int c : s.children(v, OBLIQUE)) {
            String marker = s.caseMarker(c);
            if (marker != null && TARGET_CASES.contains(marker)) {
                return c;
            }
        }
        return -1;
    }

    /** The "by" phrase of a passive verb: "was bombed by Russian warplanes". */
    private static int agentPhrase(SentenceView s, int v) {
        for (int c : s.children(v)) {
            if (s.relation(c).equals("obl:agent") || s.hasRelation(c, OBLIQUE) && "by".equals(s.caseMarker(c))) {
                return c;
            }
        }
        return -1;
    }

    /** "wants to attack", "vowed to crush": the verb is what its subject means to do, not did. */
    private static boolean intended(SentenceView s, int v) {
        int governor = s.head(v);
        return s.relation(v).equals("xcomp") && governor >= 0 && INTENDING.contains(s.lemma(governor))
                && s.firstChild(governor, OBJECT) < 0 && !negated(s, governor) && !hypothetical(s, governor);
    }

    static boolean negated(SentenceView s, int v) {
        for (int c : s.children(v)) {
            if ((s.relation(c).equals("neg") || s.relation(c).equals("advmod")) && NEGATIONS.contains(s.word(c))) {
                return true;
            }
        }
        return false;
    }

    /** "would become", "could attack", or any verb in an "if" clause or depending on one. */
    static boolean hypothetical(SentenceView s, int v) {
        if (s.relation(v).equals("xcomp") && s.head(v) >= 0 && IRREALIS.contains(s.lemma(s.head(v)))) {
            return true;
        }
        for (int x = v, steps = 0; x >= 0 && steps < 4; x = s.head(x), steps++) {
            for (int c : s.children(x)) {
                String r = s.relation(c);
                if (r.equals("aux") && HYPOTHETICAL.contains(s.word(c))
                        || r.equals("mark") && CONDITIONAL.contains(s.word(c))) {
                    return true;
                }
            }
            if (!Set.of("xcomp", "conj").contains(s.relation(x))) {
                break;
            }
        }
        return false;
    }

    /**
     * The code of the most specific pattern of the verb's block that matches, else the verb's own code. A
     * pattern's words follow the verb in order, the first of them near the verb or opening one of its phrases
     * ("vetoed a French-drafted resolution", "called the shelling ... a war crime"), not somewhere in an adjunct
     * ("bombed the east ... in a Russian-backed offensive" is no verbal attack on an offensive).
     */
    private String refine(SentenceView s, int v, VerbEntries.Verb verb) {
        List<Integer> clause = s.subtree(v, Set.of("ccomp", "advcl", "parataxis", "csubj", "acl", "conj"));
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<Boolean> opens = new ArrayList<>();
        // The "by" phrase of a passive is its actor, not the object the patterns describe.
        int agent = s.firstChild(v, Set.of("aux:pass")) >= 0 ? agentPhrase(s, v) : -1;
        for (int t : clause) {
            if (agent >= 0 && (t == agent || s.dominates(agent, t))) {
                continue;
            }
            if (t < v && t >= v - 5) {
                before.add(s.lemma(t));
            } else if (t > v && !SKIPPED.contains(s.relation(t)) && !s.pos(t).equals("POS")) {
                after.add(s.lemma(t).equals(s.word(t)) ? s.lemma(t) : s.lemma(t) + "|" + s.word(t));
                opens.add(opensPhrase(s, v, t));
            }
        }
        VerbEntries.Pattern best = null;
        for (VerbEntries.Pattern pattern : dictionaries.verbs().patterns(verb.block())) {
            if ((best == null || pattern.size() > best.size()) && pattern.size() > 0
                    && inOrder(pattern.before(), before, null)
                    && (inOrder(pattern.after(), after, opens) || contiguous(pattern.after(), after))) {
                best = pattern;
            }
        }
        return best == null ? verb.code() : best.code();
    }

    /** Whether the token is the first kept word of a phrase that depends on the verb directly. */
    private static boolean opensPhrase(SentenceView s, int v, int t) {
        for (int c : s.children(v)) {
            if (c > v && !SKIPPED.contains(s.relation(c))) {
                for (int w : s.subtree(c, Set.of())) {
                    if (!SKIPPED.contains(s.relation(w)) && !s.pos(w).equals("POS")) {
                        if (w == t) {
                            return true;
                        }
                        break;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The words in order; with {@code opens}, the first within the first few words or opening a phrase, and each
     * next one close to the one before.
     */
    private boolean inOrder(List<String> wanted, List<String> words, List<Boolean> opens) {
        int at = 0;
        for (int k = 0; k < wanted.size(); k++) {
            int limit = opens == null ? words.size()
                    : k == 0 ? words.size() : Math.min(words.size(), at + NEXT_WORD_WINDOW);
            boolean found = false;
            while (at < limit) {
                int here = at++;
                boolean near = opens == null || k > 0 || here < FIRST_WORD_WINDOW || opens.get(here);
                if (near && matches(wanted.get(k), words.get(here))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase of two or more pattern words, word for word together anywhere after the verb: specific enough to
     * trust where the parser misplaced it ("called the shelling of two hospitals a war crime").
     */
    private boolean contiguous(List<String> wanted, List<String> words) {
        if (wanted.size() < 2) {
            return false;
        }
        for (int start = 0; start + wanted.size() <= words.size(); start++) {
            boolean all = true;
            for (int k = 0; k < wanted.size() && all; k++) {
                all = matches(wanted.get(k), words.get(start + k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A pattern word matches a lemma or word; a long one is a stem ("violat"); "&amp;x" a synonym set. */
    private boolean matches(String patternWord, String lemmaAndWord) {
        for (String form : lemmaAndWord.split("\\|")) {
            if (patternWord.startsWith("&")) {
                for (String member : dictionaries.verbs().synset(patternWord)) {
                    if (member.equals(form) || member.startsWith(form + " ")) {
                        return true;
                    }
                }
            } else if (form.equals(patternWord) || patternWord.length() >= 4 && form.startsWith(patternWord)) {
                return true;
            }
        }
        return false;
    }

    static boolean sameActor(Actor a, Actor b) {
        return a.name().equalsIgnoreCase(b.name()) || a.code() != null && a.code().equals(b.code());
    }

    /** The tokens of the verb's own clause, where its date and place are said. */
    static List<Integer> ownClause(SentenceView s, int v) {
        return s.subtree(v, CLAUSE_STOP);
    }
}
