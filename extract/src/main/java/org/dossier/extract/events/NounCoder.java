package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.Dictionaries;

/**
 * Codes events that news names with a noun rather than a verb: "a bombardment campaign by Russian and Syrian
 * warplanes", "the Syrian military offensive", "talks between the two leaders", "the arrest of three men". Only
 * when the phrase says who acted or who was hit; a bare "the attacks" is usually a reference back to an event
 * already told. The same nouns give their code to the light verb that governs them ("launched an offensive").
 */
final class NounCoder {

    /** CAMEO codes of event nouns (lemmas), from {@code event-nouns.tsv}. */
    private static final Map<String, String> CODES = WordTables.map("events/event-nouns.tsv");
    /** Nouns whose possessor is their patient: "Ortiz's killing", "the suspect's arrest". */
    private static final Set<String> PATIENT_POSSESSOR = WordTables.rows("events/event-nouns.tsv").stream()
            .filter(row -> row.length > 2 && row[2].equals("patient")).map(row -> row[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns of protest whose protesters the noun implies ({@code crowd-nouns.txt}). */
    private static final Set<String> CROWD_NOUNS = WordTables.set("events/crowd-nouns.txt");
    /** Where a crowd noun stands for a protest that happens: "the protests began", "fueled a riot". */
    private static final Set<String> CROWD_ROLES = Set.of("nsubj", "nsubj:pass", "obj");
    /** Prepositions of a phrase that says where: "in Hong Kong", "outside the parliament". */
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "inside", "across");
    /** Verbs whose subject or object "protest" is a formal complaint: "lodged a protest", "dismissed the protest". */
    private static final Set<String> COMPLAINT_VERBS = WordTables.set("events/complaint-verbs.txt");
    /** The sector of the people who protest when the phrase names none: civilians. */
    private static final String PROTESTERS = "CVL";

    /**
     * Nouns of acts done together, whose "between" phrase names both parties ({@code mutual-nouns.txt}): "talks
     * between the union and the studios" are the union's with the studios, as "the union held talks with the studios".
     */
    private static final Set<String> MUTUAL_NOUNS = WordTables.set("events/mutual-nouns.txt");
    /** Nouns that name an event only with a partner ({@code partnered-nouns.txt}): "a call with the president". */
    private static final Set<String> PARTNERED_NOUNS = WordTables.set("events/partnered-nouns.txt");
    /** Head nouns of an audience, no partner ({@code partner-audiences.txt}): "a call with reporters". */
    private static final Set<String> AUDIENCES = WordTables.set("events/partner-audiences.txt");
    private static final Set<String> PARTNER_CASES = Set.of("with", "between");
    /** Nouns of buying (061, {@code purchase-nouns.txt}): see {@link #buysACompany}. */
    private static final Set<String> PURCHASES = WordTables.set("events/purchase-nouns.txt");
    /** Head nouns of a company bought ({@code bought-companies.txt}): "the takeover of the shipping company". */
    private static final Set<String> BOUGHT_COMPANIES = WordTables.set("events/bought-companies.txt");
    /** Sectors of buyers whose "takeover" is a seizure by force: "the army's takeover", "the rebels' takeover". */
    private static final Set<String> SEIZING_SECTORS = Set.of("MIL", "REB", "UAF", "INS");
    /** Cases of the phrase that names what a purchase noun buys: "the purchase of X", "a merger with X". */
    private static final Set<String> BOUGHT_CASES = Set.of("of", "with");

    /** Verbs under which an event noun did not take place: "protests are planned", "banned the march". */
    private static final Map<String, String> UNHAPPENED = WordTables.map("events/unhappened-verbs.tsv");

    /** Nouns of being held: "are under arrest", "was in custody". */
    private static final Set<String> HELD = Set.of("arrest", "custody", "detention");
    private static final Set<String> CAMPAIGNS = Set.of("campaign", "operation", "operations", "offensive",
            "mission", "strike", "strikes");
    /** Nouns whose code depends on a modifier: "strike" is military unless "labour" or "general" say otherwise. */
    private static final Set<String> AMBIGUOUS = Set.of("strike", "operation", "mission", "charge", "crime",
            "deal", "aid", "release", "march", "advance", "capture", "suit", "warning", "appeal", "demand",
            "talk");
    /** Nouns an armed force's act only with a modifier that says so: "air strike", not "brewing operations". */
    private static final Set<String> FORCE_NOUNS = Set.of("strike", "operation", "mission");
    /** The modifiers that say so, from {@code force-modifiers.txt}. */
    private static final Set<String> FORCE_MODIFIERS = WordTables.rows("events/force-modifiers.txt").stream()
            .map(row -> row[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Sectors of the actors that act as a force (CAMEO codes). */
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "GOV", "REB", "INS", "COP", "SPY", "UAF", "IMG");
    private static final Set<String> PATIENT_CASES = Set.of("of", "on", "against");
    /**
     * Cases of the phrase that names whom a noun of the "patient" column acts on, so that its possessor acts: "Israel's
     * arrest of two men". Not "on": a possessed arrest, trial or release "on" something is the possessor's ("his arrest
     * on fraud charges", "her release on bail", "his trial on Monday").
     */
    private static final Set<String> NAMED_PATIENT_CASES = Set.of("of", "against");
    private static final Set<String> AGENT_CASES = Set.of("by", "from");
    private static final Set<String> TARGET_CASES = Set.of("of", "on", "against", "in", "with", "between", "to");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> OBJECTS = Set.of("obj", "iobj");

    /** Common nouns of people the agent dictionaries give no sector: "his relatives" (events/people-nouns.txt). */
    private static final Set<String> PEOPLE_NOUNS = WordTables.set("events/people-nouns.txt");
    /** Parts of speech of common nouns; names (NNP) and pronouns are parties or refer to them. */
    private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS");
    /** The preposition of the place or party an event noun of consultation goes to: "a visit to the clinic". */
    private static final String TO = "to";
    /** The root of consultations, visits and meetings. */
    private static final String CONSULTATION = "04";

    private final Dictionaries dictionaries;
    private final ActorResolver actors;
    /** Whether the article tells of war ({@link VerbCoder#tellsOfWar}), read once per article on need. */
    private Boolean storyOfWar;

    NounCoder(Dictionaries dictionaries, ActorResolver actors) {
        this.dictionaries = dictionaries;
        this.actors = actors;
    }

    /** The event the noun at {@code n} names, with the parties its phrase names, or null. */
    VerbCoder.Coded code(SentenceView s, int n) {
        String code = s.isNoun(n) ? codeOf(s, n) : null;
        if (code == null || AMBIGUOUS.contains(s.lemma(n)) && !hasEventModifier(s, n) && !hasBetween(s, n)
                || FORCE_NOUNS.contains(s.lemma(n)) && code.startsWith("19") && !hasForceModifier(s, n)
                || PARTNERED_NOUNS.contains(s.lemma(n)) && !hasPartner(s, n)
                || PURCHASES.contains(s.lemma(n)) && s.pos(n).equals("NNS")
                || codedByItsVerb(s, n) || governedByUnreal(s, n) || wordOfAName(s, n)) {
            return null;
        }
        List<Integer> tokens = new ArrayList<>(List.of(n));
        for (int c : s.children(n)) {
            if (c < n && (s.relation(c).equals("compound") || s.relation(c).equals("amod"))) {
                tokens.add(c); // "bombardment campaign": the words that say what kind of event
            }
        }
        ActorResolver.Resolved actor = null;
        ActorResolver.Resolved target = null;
        boolean possessorIsPatient = PATIENT_POSSESSOR.contains(s.lemma(n)) && !hasTargetPhrase(s, n);
        for (int c : s.children(n)) {
            String relation = s.relation(c);
            String marker = String.valueOf(s.caseMarker(c)); // "null" for a phrase without a preposition
            if (target == null && possessorIsPatient && relation.equals("nmod:poss")) {
                target = resolved(s, c, tokens);
            } else if (actor == null && (relation.equals("nmod:poss") || relation.startsWith("nmod")
                    && AGENT_CASES.contains(marker) && !(PURCHASES.contains(s.lemma(n)) && marker.equals("from")))) {
                actor = resolved(s, c, tokens);
            } else if (target == null && relation.startsWith("nmod") && TARGET_CASES.contains(marker)) {
                target = resolved(s, c, tokens);
            }
        }
        if (actor == null && MUTUAL_NOUNS.contains(s.lemma(n))) {
            ActorResolver.Resolved[] parties = betweenParties(s, n, tokens);
            if (parties != null) {
                actor = parties[0]; // "talks between the union and the studios": the first named acts
                target = parties[1];
            }
        }
        if (actor == null) {
            actor = modifierActor(s, n, tokens);
        }
        Set<String> traits = new java.util.TreeSet<>(Set.of("noun"));
        int subject = s.firstChild(n, Set.of("nsubj"));
        if (HELD.contains(s.lemma(n)) && subject >= 0 && s.firstChild(n, Set.of("cop")) >= 0 && target == null) {
            target = resolved(s, subject, tokens); // "two gang members are under arrest"
            if (target != null && actor == null) {
                actor = actors.authority("COP");
                traits.add("implied-actor");
            }
        }
        if (actor == null && target != null && VerbCoder.LEGAL_AGENTS.containsKey(s.lemma(n))) {
            // "the activist's arrest in Spain", "the two men's trial": the police or court the text leaves unsaid
            actor = actors.authority(VerbCoder.LEGAL_AGENTS.get(s.lemma(n)), s, VerbCoder.placePhrase(s, n));
            traits.add("implied-actor");
        }
        if (actor == null && CROWD_NOUNS.contains(s.lemma(n)) && CROWD_ROLES.contains(s.relation(n))
                && !isFigurative(s, n) && !isComplaint(s, n)) {
            // "the protests began in June": the protesters are the people of the place, as a passive arrest's
            // police are the place's. Only a subject or object: "amid protests", "after the riot", "arrested at a
            // protest" refer to a protest told elsewhere, and the gold codes none of them (session thirteen).
            // Only where the noun's phrase or its sentence names a place, and that place's country: the article's
            // own country made a Washington story's protests over Iran American (review, session thirteen)
            actor = actors.authorityOfPlace(PROTESTERS, s, placeTokens(s, n));
            if (actor != null) {
                traits.add("implied-actor");
            }
        }
        if (actor == null && target == null) {
            return null;
        }
        if (target == null && aboutAThing(s, n, code)) {
            return null; // "a visit to the clinic": no party is visited
        }
        if (PURCHASES.contains(s.lemma(n)) && !buysACompany(s, n, actor)) {
            return null;
        }
        if (actor != null && target != null && VerbCoder.sameParty(actor, target)) {
            target = null;
        }
        boolean violent = code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
        if (violent && actor != null && actor.tokens().stream().allMatch(t -> t < n)) {
            actor = actors.forcesOf(actor); // "Russian shelling": Russia's military
        }
        if (actor == null && !violent) {
            return null;
        }
        if (actor == null) {
            traits.add("unknown-actor");
        }
        if (target == null && violent) {
            target = thingHit(s, n, actor, tokens); // "the bombing of a hospital", "an attack on the refugee camp"
        }
        if (VerbCoder.isForceOfNoArmy(code, actor) && !storyOfWar()) {
            code = VerbCoder.assaultCode(s.lemma(n)); // "his third attack against Mendes": a criminal's assault
            traits.add(VerbCoder.FORCE_OF_NO_ARMY_TRAIT);
        }
        return new VerbCoder.Coded(code, ActionLabels.label(code, s.lemma(n), dictionaries.codes()), actor, target,
                tokens, n, s.lemma(n), Set.copyOf(traits));
    }

    /**
     * Whether the phrase headed by {@code head} names a thing: a common noun that names no actor, no event ("broke up
     * the rally" disperses protesters) and no people ({@code events/people-nouns.txt}), with no party or event in an
     * "of" phrase ("dozens of protesters", "a number of calls"). A noun of consultation that goes "to" one is used
     * in another sense (below). The same test on a verb's direct object was dropped: verbs of consultation take
     * topics as objects ("discuss their tastes", "welcomed a resumption of ties"), docs/events.md, session 27.
     */
    boolean namesAThing(SentenceView s, int head) {
        if (!COMMON_NOUNS.contains(s.pos(head)) || PEOPLE_NOUNS.contains(s.lemma(head).toLowerCase(Locale.ROOT))
                || actors.peek(s, head) != null || codeOf(s, head) != null) {
            return false;
        }
        for (int c : s.children(head)) {
            if (s.relation(c).startsWith("nmod") && "of".equalsIgnoreCase(s.caseMarker(c))
                    && (actors.peek(s, c) != null || codeOf(s, c) != null)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an event noun of consultation ({@code events/party-object-codes.txt}: a visit, a trip, a call) that
     * names no target goes "to" a thing, not a party: "a visit to the clinic", as the verb rules read "visited the
     * clinic". Not nouns of coercion: "an arrest on charges" names what for, not whom.
     */
    private boolean aboutAThing(SentenceView s, int n, String code) {
        if (!code.startsWith(CONSULTATION) || !VerbCoder.actsOnItsObject(code)) {
            return false;
        }
        for (int c : s.children(n)) {
            if (s.relation(c).startsWith("nmod") && TO.equalsIgnoreCase(s.caseMarker(c)) && namesAThing(s, c)) {
                return true;
            }
        }
        return false;
    }

    private boolean storyOfWar() {
        if (storyOfWar == null) {
            storyOfWar = VerbCoder.tellsOfWar(actors);
        }
        return storyOfWar;
    }

    /** The people a place or thing in the noun's "of", "on" or "against" phrase stands for, or null. */
    private ActorResolver.Resolved thingHit(SentenceView s, int n, ActorResolver.Resolved actor, List<Integer> tokens) {
        for (int c : s.children(n)) {
            if (s.relation(c).startsWith("nmod") && PATIENT_CASES.contains(String.valueOf(s.caseMarker(c)))) {
                ActorResolver.Resolved r = actors.ownerOfThing(s, c, VerbCoder.placePhrase(s, n),
                        actor == null ? null : actor.actor());
                if (r != null) {
                    tokens.addAll(r.tokens());
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The tokens where a crowd noun's place may be named: its own phrase first, then the sentence's locative phrases
     * ("began in Hong Kong"); not a place named as a party ("Beijing's officials said the riots were organized").
     */
    private static List<Integer> placeTokens(SentenceView s, int n) {
        List<Integer> tokens = new ArrayList<>(s.subtree(n, Set.of()));
        for (int i = 0; i < s.size(); i++) {
            String marker = s.caseMarker(i);
            if (marker != null && PLACE_CASES.contains(marker.toLowerCase(Locale.ROOT))) {
                for (int t : s.subtree(i, Set.of())) {
                    if (!tokens.contains(t)) {
                        tokens.add(t);
                    }
                }
            }
        }
        return tokens;
    }

    /** "A riot of colour", "a riot of sound": a crowd noun with an "of" phrase is a figure of speech, not a riot. */
    private static boolean isFigurative(SentenceView s, int n) {
        for (int c : s.children(n)) {
            if (s.relation(c).startsWith("nmod") && "of".equalsIgnoreCase(s.caseMarker(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The protest was dismissed by stewards", "lodged a protest": a formal complaint, not a crowd, when the noun
     * is the subject or object of a verb of complaints ({@code complaint-verbs.txt}).
     */
    private static boolean isComplaint(SentenceView s, int n) {
        int head = s.head(n);
        return head >= 0 && COMPLAINT_VERBS.contains(s.lemma(head).toLowerCase(Locale.ROOT));
    }

    /**
     * The two parties of a "between" phrase, "between X and Y": X alone and what is coordinated with it; null
     * unless both name actors.
     */
    private ActorResolver.Resolved[] betweenParties(SentenceView s, int n, List<Integer> tokens) {
        for (int c : betweenPhrases(s, n)) {
            int second = s.firstChild(c, Set.of("conj"));
            // peeked first, kept for the pronouns that follow only once both parties consult
            ActorResolver.Resolved first = second < 0 ? null : actors.peekAlone(s, c);
            ActorResolver.Resolved other = first == null ? null : actors.peek(s, second);
            if (other != null && consults(first) && consults(other)) {
                // "conversations between the suspect and a girl" are a crime's evidence, not a consultation
                first = actors.resolveAlone(s, c);
                other = actors.resolve(s, second);
                tokens.addAll(first.tokens());
                tokens.addAll(other.tokens());
                return new ActorResolver.Resolved[] {first, other};
            }
        }
        return null;
    }

    /**
     * The noun's "between" phrases: its own ("talks between the union and the studios"), or, for a noun that is the
     * subject of its verb and has none, the verb's: "talks resumed between the union and the studios", "clashes
     * erupted between police and protesters", where the parser hangs the phrase on the verb that says the act
     * happened.
     */
    private static List<Integer> betweenPhrases(SentenceView s, int n) {
        List<Integer> phrases = betweenPhrasesOf(s, n, "nmod");
        int verb = s.head(n);
        if (phrases.isEmpty() && verb >= 0 && s.isVerb(verb) && SUBJECTS.contains(s.relation(n))) {
            phrases = betweenPhrasesOf(s, verb, "obl");
        }
        return phrases;
    }

    /** The "between" phrases of a word whose relation begins with {@code relation} ("nmod" of a noun, "obl" of a verb). */
    private static List<Integer> betweenPhrasesOf(SentenceView s, int head, String relation) {
        List<Integer> phrases = new ArrayList<>();
        for (int c : s.children(head)) {
            if (s.relation(c).startsWith(relation) && "between".equalsIgnoreCase(s.caseMarker(c))) {
                phrases.add(c);
            }
        }
        return phrases;
    }

    /**
     * Whether a purchase noun tells of a company bought (061): a coded buyer, no armed force ("the army's takeover",
     * "a military takeover"), and an "of" or "with" phrase that names a company ({@code bought-companies.txt} or an
     * organisation's name), not a place, power or weapons: "the rebels' takeover of the capital" is a seizure,
     * "Norland's purchase of drones" arms (review, session sixteen).
     */
    private static boolean buysACompany(SentenceView s, int n, ActorResolver.Resolved buyer) {
        String code = buyer == null ? null : buyer.actor().code();
        if (code == null || SEIZING_SECTORS.stream().anyMatch(code::contains)) {
            return false;
        }
        for (int c : s.children(n)) {
            if (c < n && s.word(c).equalsIgnoreCase("military")) {
                return false;
            }
        }
        for (int c : s.children(n)) {
            if (s.relation(c).startsWith("nmod") && s.caseMarker(c) != null
                    && BOUGHT_CASES.contains(s.caseMarker(c).toLowerCase(Locale.ROOT))) {
                return "ORGANIZATION".equals(s.token(c).ner())
                        || BOUGHT_COMPANIES.contains(s.lemma(c).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether a party of a "between" phrase is one that consults: a coded actor, not a criminal. */
    private static boolean consults(ActorResolver.Resolved party) {
        String code = party.actor().code();
        return code != null && !code.contains("CRM");
    }

    /** Whether a noun of acts done together has a "between" phrase: "talks between the union and the studios". */
    private static boolean hasBetween(SentenceView s, int n) {
        return MUTUAL_NOUNS.contains(s.lemma(n)) && !betweenPhrases(s, n).isEmpty();
    }

    /**
     * Whether the noun has a "with" or "between" phrase that names a partner, not an audience ("his call with the
     * minister", not "with reporters"), or is a two-word event noun of its own ("a phone call").
     */
    private static boolean hasPartner(SentenceView s, int n) {
        for (int c : s.children(n)) {
            if (c == n - 1 && s.relation(c).equals("compound") && CODES.containsKey(s.lemma(c) + " " + s.lemma(n))) {
                return true;
            }
            String marker = s.caseMarker(c);
            if (s.relation(c).startsWith("nmod") && marker != null
                    && PARTNER_CASES.contains(marker.toLowerCase(Locale.ROOT))
                    && !AUDIENCES.contains(s.lemma(c).toLowerCase(Locale.ROOT))) {
                return true; // not an audience: "a call with reporters" is a briefing
            }
        }
        return false;
    }

    /** Whether a phrase of the noun names whom it acts on: "the arrest of two men". */
    private static boolean hasTargetPhrase(SentenceView s, int n) {
        for (int c : s.children(n)) {
            if (s.relation(c).startsWith("nmod") && NAMED_PATIENT_CASES.contains(String.valueOf(s.caseMarker(c)))) {
                return true;
            }
        }
        return false;
    }

    /** The actor of a violence noun: "shelling by Syrian government forces", "Israeli tank shelling". */
    ActorResolver.Resolved agentOf(SentenceView s, int n) {
        List<Integer> tokens = new ArrayList<>();
        for (int c : s.children(n)) {
            if (s.relation(c).equals("nmod:poss") || s.relation(c).startsWith("nmod")
                    && AGENT_CASES.contains(String.valueOf(s.caseMarker(c)))) {
                ActorResolver.Resolved r = resolved(s, c, tokens);
                if (r != null) {
                    return r;
                }
            }
        }
        ActorResolver.Resolved named = modifierActor(s, n, tokens);
        return named != null ? named : armedModifier(s, n, tokens);
    }

    /**
     * "police bullets", "army shelling", "rebel fire": a noun of an armed body right before a noun of violence is who
     * used it, of the country the sentence or article gives. Only a body that bears arms ({@link #bearsArms}): a
     * "school shooting" or a "hospital bombing" names the place hit, not the one who did it.
     */
    private ActorResolver.Resolved armedModifier(SentenceView s, int n, List<Integer> tokens) {
        int c = n - 1;
        if (c < 0 || s.head(c) != n || !s.relation(c).equals("compound") || !s.isNoun(c)) {
            return null;
        }
        ActorResolver.Resolved r = actors.resolve(s, c);
        if (r == null || r.actor().code() == null || r.actor().code().length() == 3 || !bearsArms(r.actor().code())) {
            return null;
        }
        tokens.add(c);
        tokens.addAll(r.tokens());
        return r;
    }

    /** The noun's code, or for "a bombardment campaign", "an air operation", its event modifier's; else null. */
    String codeOf(SentenceView s, int n) {
        String lemma = s.lemma(n);
        String ofPhrase = ofPhraseCode(s, n);
        if (ofPhrase != null) {
            return ofPhrase;
        }
        int compound = -1;
        for (int c : s.children(n)) {
            if (c == n - 1 && s.relation(c).equals("compound")) {
                compound = c;
            }
        }
        if (compound >= 0) {
            String two = CODES.get(s.lemma(compound) + " " + lemma);
            if (two != null) {
                return two;
            }
            if (lemma.equals("strike") && Set.of("general", "labour", "labor", "teacher", "worker", "hunger",
                    "national").contains(s.lemma(compound))) {
                return s.lemma(compound).equals("hunger") ? "142" : "143";
            }
        }
        String code = CODES.get(lemma);
        if (code != null && !CAMPAIGNS.contains(lemma)) {
            return code;
        }
        for (int c : s.children(n)) {
            String modifier = s.relation(c).equals("compound") || s.relation(c).equals("amod") ? s.lemma(c) : null;
            if (modifier != null && CODES.containsKey(modifier) && !CAMPAIGNS.contains(modifier)
                    && !PARTNERED_NOUNS.contains(modifier)) { // "a call centre" is no call
                return CODES.get(modifier);
            }
        }
        return code;
    }

    /**
     * The code of an entry of {@code event-nouns.tsv} written as the noun and its "of" phrase: "a state of emergency"
     * (1724), which the parse gives as "state" with an "of emergency" modifier, so that neither word alone matches.
     */
    private static String ofPhraseCode(SentenceView s, int n) {
        for (int c : s.children(n)) {
            if (c > n && s.relation(c).startsWith("nmod") && "of".equalsIgnoreCase(s.caseMarker(c))) {
                String code = CODES.get(s.lemma(n) + " of " + s.lemma(c));
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    /**
     * Whether the verb that governs the noun codes its event itself: violence that does violence ("the bombings
     * killed scores", the verb's event), or a light verb ("launched an offensive"). Other verbs act on the event
     * the noun names ("condemned the Israeli bombing of the school": a condemnation and a bombing).
     */
    private boolean codedByItsVerb(SentenceView s, int n) {
        int verb = s.head(n);
        if (verb < 0 || !s.isVerb(verb)) {
            return false;
        }
        if (OBJECTS.contains(s.relation(n))) {
            return VerbCoder.isLightVerb(s.lemma(verb));
        }
        if (SUBJECTS.contains(s.relation(n))) {
            org.dossier.extract.dictionaries.VerbEntries.Verb entry = dictionaries.verbs().find(s.lemma(verb), null);
            return entry != null && !entry.code().equals(org.dossier.extract.dictionaries.VerbEntries.NO_EVENT)
                    && entry.code().compareTo("18") >= 0;
        }
        return false;
    }

    /**
     * Whether "strike", "operation" or "mission" is an armed force's act: a modifier of {@code force-modifiers.txt}
     * ("air", "military", "deadly", "overnight"), a modifier that names violence ("bombing mission"), or an actor
     * that bears arms or governs among its modifiers ("Russian strikes", "a Turkish operation"). "Brewing
     * operations", "a six-week strike", "the Boeing strike" and "a rescue operation" are none. A possessor alone does
     * not say so: "China's lunar mission", "Turkey's trade mission".
     */
    private boolean hasForceModifier(SentenceView s, int n) {
        for (int c : s.children(n)) {
            String relation = s.relation(c);
            if (c < n && (relation.equals("compound") || relation.equals("amod"))) {
                String lemma = s.lemma(c).toLowerCase(Locale.ROOT);
                String code = CODES.get(lemma);
                if (FORCE_MODIFIERS.contains(lemma) || code != null && !FORCE_NOUNS.contains(lemma)
                        && !lemma.equals("rescue") && isViolence(code)) {
                    return true;
                }
                List<ActorResolver.Resolved> named = actors.actorsIn(s, c, c);
                if (!named.isEmpty() && bearsArms(named.getFirst().actor().code())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Codes of material conflict: assault, fight, mass violence ("rescue", coded 190 as an operation, is none). */
    private static boolean isViolence(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * Whether an actor code is one that strikes or runs operations as a force: a state (a bare country code), its
     * government, military, police or intelligence, rebels, insurgents or armed groups; not its business, labour or
     * other civilians.
     */
    private static boolean bearsArms(String code) {
        if (code == null) {
            return false;
        }
        return code.length() == 3 || ARMED_SECTORS.stream().anyMatch(code::contains);
    }

    /** Whether an ambiguous noun ("strike", "deal") has a modifier that makes it an event of its own kind. */
    private static boolean hasEventModifier(SentenceView s, int n) {
        for (int c : s.children(n)) {
            if (c < n && (s.relation(c).equals("compound") || s.relation(c).equals("amod"))) {
                return true;
            }
        }
        return false;
    }

    private ActorResolver.Resolved resolved(SentenceView s, int head, List<Integer> tokens) {
        ActorResolver.Resolved r = actors.resolve(s, head);
        if (r == null) {
            return null;
        }
        tokens.add(head);
        tokens.addAll(r.tokens());
        return r;
    }

    /** "the Syrian military offensive", "Russian airstrikes": the actor named in the noun's own modifiers. */
    private ActorResolver.Resolved modifierActor(SentenceView s, int n, List<Integer> tokens) {
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
        return found.getFirst();
    }

    /**
     * "the Paris Agreement", "the Battle of Britain", "the Swedish Prosecution Authority": an event noun written as a
     * word of a proper name inside running text names a treaty, a battle of history or a body, not an act the text
     * reports. A line of capitalized words (a heading, a caption's title) capitalizes its nouns whatever they are.
     */
    private static boolean wordOfAName(SentenceView s, int n) {
        return n > 0 && s.pos(n).startsWith("NNP") && Character.isUpperCase(s.token(n).word().codePointAt(0))
                && isRunningText(s);
    }

    /** Whether most words of the sentence that begin with a letter begin in lower case, as running text does. */
    private static boolean isRunningText(SentenceView s) {
        int words = 0;
        int lower = 0;
        for (int i = 0; i < s.size(); i++) {
            int first = s.token(i).word().codePointAt(0);
            if (Character.isLetter(first)) {
                words++;
                lower += Character.isLowerCase(first) ? 1 : 0;
            }
        }
        return lower * 2 > words;
    }

    /**
     * "would face an offensive", "did not launch an attack", "if the assault begins", "protests are planned for
     * Friday": a noun under a modal, a negation or a verb of planning or calling off names no event that happened.
     */
    private static boolean governedByUnreal(SentenceView s, int n) {
        int head = s.head(n);
        while (head >= 0 && !s.isVerb(head)) {
            head = s.head(head);
        }
        return head >= 0 && (VerbCoder.hypothetical(s, head) || VerbCoder.negated(s, head)
                || unhappened(s, n));
    }

    /**
     * A noun that is the object of a verb of calling off or forbidding, or of planning in the present ("postponed
     * the talks", "protests are planned for Friday"); not its subject ("the attack delayed the talks" took place),
     * nor planned in the past ("the attacks were planned in Brussels").
     */
    private static boolean unhappened(SentenceView s, int n) {
        int verb = s.head(n);
        String when = verb >= 0 && UNDERGOER_ROLES.contains(s.relation(n)) ? UNHAPPENED.get(s.lemma(verb)) : null;
        return when != null && (when.equals("any") || !past(s, verb));
    }

    private static final Set<String> UNDERGOER_ROLES = Set.of("obj", "nsubj:pass");
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had");

    /** A verb in the past tense, or with a past auxiliary ("were planned", "had scheduled"). */
    private static boolean past(SentenceView s, int verb) {
        if (s.pos(verb).equals("VBD")) {
            return true;
        }
        for (int c : s.children(verb)) {
            if (s.relation(c).startsWith("aux") && PAST_AUXILIARIES.contains(s.word(c).toLowerCase(
                    Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
