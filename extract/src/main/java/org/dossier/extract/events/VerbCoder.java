package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.extract.dictionaries.VerbEntries;
import org.dossier.model.Actor;

/**
 * Proposes the events a verb states, from its dependency parse and the CAMEO verb dictionary: the subject is the
 * actor and the object (or a prepositional target: "against", "on", "with") the target; in the passive the
 * subject is the target and the "by" phrase, or the violence it happened in ("killed in Israeli shelling"), the
 * actor; a verb without a subject borrows the one of the verb it depends on ("appear to have launched") or the
 * noun its relative clause describes ("the bombings that struck"). The dictionary's patterns refine the code by
 * the words around the verb; a light verb takes the code of the event noun it governs ("launched an offensive",
 * "held talks", "imposed sanctions").
 *
 * <p>What the subject means to do is coded as CAMEO codes intentions: an intent to cooperate (03) or, for
 * violence, a threat of force (138); "will" and "is due to" propose both the act and the intent, for the event
 * model to choose. A negated act of cooperation in a statement is a rejection ("said it would not give support"
 * is 12); any other negated, hypothetical or wished verb codes nothing. Parties that meet, talk or fight one
 * another ("Putin and Erdogan met") become one event each way.
 */
final class VerbCoder {

    /**
     * A proposed event, before dating and placing.
     *
     * @param traits what the proposal rests on ("passive", "intent", "light-verb", ...), for the event model
     */
    record Coded(String code, String label, ActorResolver.Resolved actor, ActorResolver.Resolved target,
            List<Integer> tokens, int verb, String trigger, Set<String> traits) {

        Actor actorValue() {
            return actor == null ? null : actor.actor();
        }

        Actor targetValue() {
            return target == null ? null : target.actor();
        }
    }

    private static final Set<String> SUBJECT = Set.of("nsubj");
    private static final Set<String> PASSIVE_SUBJECT = Set.of("nsubj:pass", "nsubjpass");
    private static final Set<String> OBJECT = Set.of("obj", "dobj", "iobj");
    private static final Set<String> OBLIQUE = Set.of("obl", "nmod");
    /**
     * Personal pronouns in the object case only: as a complement's subject they are the governing verb's object
     * ("ordered him held"). Not "you" nor "it", which are subjects as often ("said it would").
     */
    private static final Set<String> OBJECT_CASE = Set.of("him", "her", "them", "us", "me");
    /** Relations of a verb's clausal complement, under which the parser hangs an object's small clause. */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "dep");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "inside");
    /** Prepositions of a place or thing that violence hits: "fired on a school", "rammed into a police car". */
    private static final Set<String> THING_CASES = Set.of("on", "at", "against", "upon", "into");
    private static final Set<String> TARGET_CASES = Set.of("against", "on", "with", "upon", "into", "toward",
            "towards", "at");
    private static final int DISAPPROVE = 11;
    /** Prepositions whose phrase names whom a disapproval is of: "went after Haley", "doubt about Harris". */
    private static final Set<String> CRITICISM_CASES = WordTables.set("events/criticism-cases.txt");
    /** Prepositions of criticism that on a verb without a particle name a place or a medium instead. */
    private static final Set<String> VENUE_CASES = Set.of("at", "on");
    /** Objects with which "at" and "on" name whom: "cast blame on", "took aim at". events/aim-nouns.txt. */
    private static final Set<String> AIM_NOUNS = WordTables.set("events/aim-nouns.txt");
    /** Prepositions of whom a weapon is aimed at: "fired shots at the guard" ({@code events/aimed-cases.txt}). */
    private static final Set<String> AIMED_CASES = WordTables.set("events/aimed-cases.txt");
    /** Roots of force and its threat, whose "at" or "on" phrase names whom it is aimed at (13, 15, 18-20). */
    private static final Set<Integer> AIMED_ROOTS = Set.of(13, 15, 18, 19, 20);
    /** Relations of a gerund that is what its governing verb admits, denies or begins: "admitted firing". */
    private static final Set<String> GERUND_OF_ITS_GOVERNOR = Set.of("obj", "dobj", "xcomp");
    /** The trait of a target found by {@link #aimedAt}, which the event model's features do not see. */
    static final String AIMED_TRAIT = "aimed-target";
    /**
     * The trait of a target found by {@link #objectCasedComplementSubject}, which the event model's features do not
     * see either: the model was fitted with these events' target as none, so whom the act was done to changes no
     * event's probability.
     */
    static final String COMPLEMENT_SUBJECT_TRAIT = "complement-subject-target";
    /** Traits of targets the event model was fitted without: its features read such an event's target as none. */
    static final Set<String> UNSEEN_TARGET_TRAITS = Set.of(AIMED_TRAIT, COMPLEMENT_SUBJECT_TRAIT);
    private static final Set<String> NESTED_CASES = Set.of("with", "to", "for", "against", "on", "of", "from",
            "toward", "towards", "between");
    /** Verbs whose complement is what their subject means to do. */
    private static final Set<String> INTENDING = Set.of("want", "plan", "intend", "threaten", "vow", "pledge",
            "promise", "prepare", "aim", "warn", "seek", "hope", "offer", "propose", "wish", "expect", "decide",
            "resolve", "commit");
    /** Words that schedule a verb rather than report it: "will meet", "is due to visit". */
    private static final Set<String> SCHEDULING = Set.of("will", "shall", "'ll");
    private static final Set<String> SCHEDULING_HEADS = Set.of("due", "scheduled", "set", "expected", "slated",
            "poised", "going");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    /** Roots of material acts, which a verb in the present tells as a habit: aid, inspection, force (06-09, 14-20). */
    private static final Set<String> MATERIAL_ROOTS = Set.of("06", "07", "08", "09", "14", "15", "16", "17", "18",
            "19", "20");
    /** Relations of a verb that heads a clause of its own. */
    private static final Set<String> CLAUSE_HEADS = Set.of("root", "conj", "ccomp", "advcl", "acl:relcl", "acl",
            "parataxis", "csubj");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "'d", "can",
            "must");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether");
    private static final Set<String> ANNOUNCING = Set.of("announce", "declare", "unveil", "proclaim");
    private static final Set<String> CLAUSE_STOP = Set.of("ccomp", "advcl", "acl", "parataxis", "conj", "csubj",
            "punct", "xcomp", "mark", "cc");
    /** Nouns that do violence without a named actor: "the bombings that killed", "airstrikes hit". */
    private static final Set<String> ATTACK_NOUNS = Set.of("bombing", "bombings", "airstrike", "airstrikes",
            "strike", "strikes", "shelling", "bombardment", "bombardments", "attack", "attacks", "explosion",
            "blast", "raid", "raids", "offensive", "assault", "rocket", "rockets", "missile", "missiles", "shell",
            "shells", "fire", "gunfire", "bomb", "bombs", "shot", "shots", "bullet", "bullets", "violence", "clashes",
            "fighting");
    private static final int MAX_INHERIT = 3;
    /**
     * Verbs that bring their object to do what their complement says, so that it happened ("prompted the
     * government to accuse", "persuaded them to surrender"): events/causing-verbs.txt. Not "asked", "urged",
     * "wanted" or "hired them to": there the act is only wished, and the coded event is the asking.
     */
    private static final Set<String> CAUSING_VERBS = WordTables.set("events/causing-verbs.txt");
    /**
     * Verbs whose subject receives a disapproval ("faced criticism from", "came under fire from"), whose doer is the
     * "from" phrase: events/receiving-verbs.txt.
     */
    private static final Set<String> RECEIVING_VERBS = WordTables.set("events/receiving-verbs.txt");
    /**
     * What marks a gerund that the governing verb's object did: "denounced them for shelling". Not "of":
     * "accused them of shelling" alleges an act, which is not coded as a fact.
     */
    private static final Set<String> CONTROLLED_MARKS = Set.of("for");
    private static final Set<String> SKIPPED = Set.of("det", "punct", "case:poss");
    private static final int FIRST_WORD_WINDOW = 3;
    private static final int NEXT_WORD_WINDOW = 4;
    private static final Set<String> NOT_EVENTS = Set.of("amod", "compound", "aux", "aux:pass", "cop", "acl");
    /** Verbs whose event is their complement: "appear to have launched", "tried to break", "allowed X to take". */
    private static final Set<String> RAISING = Set.of("appear", "seem", "continue", "begin", "start", "try",
            "attempt", "seek", "want", "plan", "hope", "aim", "manage", "expect", "intend", "tend", "keep",
            "resume", "allow", "enable", "help", "let", "need", "decide", "prepare", "wish", "struggle", "agree");
    /** Verbs whose complement has not happened: "pleaded with Russia to halt", "failed to pass". */
    private static final Set<String> IRREALIS = Set.of("plead", "urge", "call", "ask", "appeal", "demand",
            "request", "press", "refuse", "fail", "decline", "need", "encourage", "persuade", "convince", "invite",
            "order", "force", "push", "pressure", "allow", "permit");
    /** Verbs that hand their code to the event noun they govern: "launched an offensive", "held talks". */
    private static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "stage", "hold", "mount",
            "wage", "make", "issue", "impose", "file", "level", "lodge", "bring", "express", "give", "pay", "sign",
            "reach", "begin", "start", "continue", "step", "intensify", "resume", "unleash", "order", "undertake",
            "perform", "execute", "commit", "take", "have", "lead", "organize", "organise", "join", "announce",
            "declare", "call", "voice", "extend", "send", "offer", "deliver");
    /** Roots whose events need someone on the receiving end: appeals, offers, meetings, cooperation, coercion. */
    private static final Set<Integer> NEEDS_TARGET = Set.of(2, 3, 4, 5, 6, 7, 8, 16, 17);
    /**
     * Coercion a government imposes on the people of its own place, which the text seldom names: "declared a state of
     * emergency" (1724), "imposed a curfew" (1723). Their target is the population at large, so none is needed.
     */
    private static final Set<String> ON_THE_PEOPLE_AT_LARGE = Set.of("1723", "1724");
    /** Acts of cooperation and their rejection when refused: "would not provide support" is 12x. */
    private static final Map<Integer, String> REFUSAL = Map.of(3, "120", 4, "125", 5, "120", 6, "121", 7, "122",
            8, "124");
    /** What an intended act becomes: cooperation an intent to cooperate (03), violence a threat (13). */
    private static final Map<Integer, String> INTENT = Map.ofEntries(Map.entry(4, "036"), Map.entry(5, "030"),
            Map.entry(6, "031"), Map.entry(7, "033"), Map.entry(8, "035"), Map.entry(16, "131"),
            Map.entry(17, "137"), Map.entry(18, "138"), Map.entry(19, "138"), Map.entry(20, "138"));
    /** Sub-codes kept when an act becomes an intention: "provide humanitarian aid" 073 → 0333. */
    private static final Map<String, String> INTENT_DETAIL = Map.ofEntries(Map.entry("061", "0311"),
            Map.entry("062", "0312"), Map.entry("063", "0313"), Map.entry("064", "0314"), Map.entry("071", "0331"),
            Map.entry("072", "0332"), Map.entry("073", "0333"), Map.entry("074", "0334"), Map.entry("0841", "0353"),
            Map.entry("084", "0353"), Map.entry("085", "0354"), Map.entry("086", "0355"), Map.entry("087", "0356"),
            Map.entry("0871", "0356"), Map.entry("046", "036"), Map.entry("040", "036"), Map.entry("042", "036"),
            Map.entry("043", "036"), Map.entry("044", "036"));
    /** Verbs whose parties act on each other: "X and Y met" is a meeting each way. */
    private static final Set<Integer> MUTUAL = Set.of(4, 5, 6, 19);
    /**
     * Who does a legal act the passive leaves unsaid: "was arrested" by the police, "was charged" by prosecutors
     * ({@code implied-agents.tsv}).
     */
    static final Map<String, String> LEGAL_AGENTS = WordTables.map("events/implied-agents.tsv");
    /** Sectors of people whose violence is crime, not combat: 18 (assault), not 19 (fight). */
    private static final Set<String> PRIVATE_SECTORS = Set.of("CRM", "CVL", "PPL", "BUS", "EDU", "HLH", "LAB",
            "REL", "MED");
    private static final int DEMAND = 10;
    /** What a court's order is: the law's coercion, as an arrest, a charge or a sentence is. */
    private static final String COURT_ORDER = "173";
    /** The sector of courts, judges, juries and prosecutors. */
    private static final String COURTS = "JUD";
    /** Words that name a court, judge or jury, not a prosecutor ({@code court-words.txt}). */
    private static final Set<String> COURT_WORDS = WordTables.set("events/court-words.txt");
    private static final Set<String> POLICE_CHARGES = WordTables.set("events/police-charges.txt");
    private static final Set<String> ATTRIBUTION_VERBS = WordTables.set("events/attribution-verbs.txt");
    /** The trait of force of people of no army recoded as assault ({@link #isForceOfNoArmy}). */
    static final String FORCE_OF_NO_ARMY_TRAIT = "force-of-no-army";
    /** Sectors of people of no army, whose force is assault ({@link #isForceOfNoArmy}). */
    private static final Set<String> FORCE_OF_NO_ARMY = Set.of("CRM", "COP");
    /** Codes of force of no particular kind or of small arms, which anyone may use. */
    private static final Set<String> FORCE_OF_NO_KIND = Set.of("190", "193");
    /** Words beside a verb of violence that say its victim died: "shot dead", "fatally stabbed". */
    private static final Set<String> KILLING_MODIFIERS = Set.of("dead", "fatally", "lethally");
    private static final String KILLING_CODE = "1823";
    private static final Set<String> KILLING = Set.of("kill", "murder", "slay", "execute", "assassinate",
            "strangle", "behead");
    private static final Set<String> WOUNDING = Set.of("shoot", "stab", "beat", "attack", "assault", "hit",
            "punch", "wound", "injure", "slash", "strike", "hurt", "kick");
    /** Verbs of wanting and asking that appeal to their object: "wants Putin to attack". */
    private static final Set<String> WANTING = Set.of("want", "wish", "expect", "need");
    /**
     * Speech verbs by which a party that reports its own act claims it (015), as PETRARCH's validation codes it and
     * as CAMEO's claim of responsibility means: "claimed", "admitted", "acknowledged", "confirmed" it did; "said it
     * struck" reports the act alone.
     */
    private static final Set<String> CLAIMS_OWN = Set.of("claim", "admit", "acknowledge", "confirm");
    /** Verbs of saying whose complement a speaker claims: "said that Iraq had attacked". */
    private static final Set<String> CLAIMING = Set.of("say", "claim", "allege", "report", "announce", "admit",
            "acknowledge", "insist", "confirm", "assert", "maintain", "charge");
    /** What one may fight, battle or combat that is no party: "battled the pandemic" (events/fought-ills.txt). */
    private static final Set<String> FOUGHT_ILLS = WordTables.set("events/fought-ills.txt");
    /** Nouns of war: in an article with one, violence with no doer is fighting, not crime (events/war-words.txt). */
    private static final Set<String> WAR_WORDS = WordTables.set("events/war-words.txt");
    /** Verbs of shooting and hitting that with "back" tell a retort ({@code events/retort-verbs.txt}). */
    private static final Set<String> RETORT_VERBS = WordTables.set("events/retort-verbs.txt");
    /** What a retort or an attack in words is: criticism, as the development gold codes "Haley shot back". */
    private static final String CRITICISM = "111";
    /** Agent codes of those who bear arms, whose firing back is fighting. */
    private static final List<String> ARMED_SECTORS = List.of("MIL", "COP", "REB", "INS", "UAF", "CRM", "SPY");
    /**
     * Verbs of violence that between two political actors tell criticism or a contest
     * ({@code events/contests-of-politicians.tsv}).
     */
    private static final Map<String, String> CONTESTS = WordTables.map("events/contests-of-politicians.tsv");
    /** Verbs of protest that with an object or a clause mean showing (events/showing-verbs.txt). */
    private static final Set<String> SHOWING_VERBS = WordTables.set("events/showing-verbs.txt");
    /** What is shown: an object, a clause, or the subject of a passive. */
    private static final Set<String> SHOWN = Set.of("obj", "ccomp", "xcomp", "nsubj:pass", "aux:pass");
    /** What a crowd shows by protesting: "demonstrated their anger" (events/protest-stances.txt). */
    private static final Set<String> PROTEST_STANCES = WordTables.set("events/protest-stances.txt");
    /**
     * Words of bodily force that keep a politician's hitting or firing back an act of force, as the verb's "with"
     * phrase or anywhere in the sentence: "hit the speaker with chairs during a brawl" (events/force-words.tsv).
     */
    private static final Map<String, String> FORCE_WORDS = WordTables.map("events/force-words.tsv");
    /** Nouns of a government as a body, whose hitting back is the state's act (events/governing-bodies.txt). */
    private static final Set<String> GOVERNING_BODIES = WordTables.set("events/governing-bodies.txt");
    /** Agent codes of officials, legislators, candidates, parties and the opposition. */
    private static final List<String> POLITICAL_SECTORS = List.of("ELI", "GOV", "LEG", "PTY", "OPP");
    /**
     * Verbs of taking hold that the dictionary codes as seizing property (171) and that, done to people by a body of
     * the state, are an arrest or a detention (173): events/capturing-verbs.txt.
     */
    private static final Set<String> CAPTURING_VERBS = WordTables.set("events/capturing-verbs.txt");
    private static final String SEIZURE = "171";
    private static final String ARREST = "173";
    /** Sectors of the state's bodies, whose taking of people holds them: police, army, government, courts, spies. */
    private static final Set<String> HOLDING_SECTORS = Set.of("COP", "MIL", "GOV", "JUD", "SPY");
    /** The trait of a seizure of people recoded as their arrest ({@link #takesPeopleIntoCustody}). */
    static final String CUSTODY_TRAIT = "people-taken";
    /** Verbs of telling, whose refusal is no comment: "declined to comment" (events/no-comment-verbs.txt). */
    private static final Set<String> TELLING = WordTables.set("events/no-comment-verbs.txt");
    private static final Set<String> DECLINING = Set.of("decline", "refuse");
    /** Relations by which a verb of telling, or its object, names the party it will not deal with. */
    private static final Set<String> PARTY_RELATIONS = Set.of("obj", "dobj", "iobj", "obl", "nmod");
    /** Relations by which a verb carries the modal of the verb it depends on: "might not have agreed to go". */
    private static final Set<String> SHARED_MODAL = Set.of("xcomp", "conj");
    /**
     * Modals of what may be, not of what one will do: "might not have agreed" refuses nothing. Not "can" and "could":
     * "we cannot accept", "said it could not accept" are refusals as often as they are inability.
     */
    private static final Set<String> POSSIBILITY = Set.of("might", "may");
    private static final Set<String> VOLITION = Set.of("will", "would", "shall", "'ll", "'d", "wo");
    /** Verbs of fighting, which may fight an ill: "fought the blaze"; not "opened fire". */
    private static final Set<String> FIGHTING = Set.of("fight", "battle", "combat", "tackle", "attack", "confront",
            "wage");
    /** Vehicles and drivers, whose impact is an accident (events/accident-vehicles.txt). */
    private static final Set<String> VEHICLES = WordTables.set("events/accident-vehicles.txt");
    /** Verbs of a vehicle's impact ("the car that hit her"); not "ram", "plow", "slam", "smash": ramming attacks. */
    private static final Set<String> IMPACT = Set.of("hit", "strike", "crash", "collide", "knock");
    /** Words of a sentence that tell a vehicle's impact as an attack: "in an apparent attack", "deliberately". */
    private static final Set<String> ATTACK_WORDS = Set.of("attack", "attacker", "assailant", "terror", "terrorist",
            "terrorism", "deliberately", "intentionally", "ram");
    /**
     * Codes whose act is done to the party the verb's direct object names (consultations and visits, coercion of
     * people), as roots ("04") or codes, less the codes of acts on things ("-171"): events/party-object-codes.txt.
     */
    private static final Set<String> PARTY_OBJECT_CODES = WordTables.set("events/party-object-codes.txt");
    /** Nouns whose first WordNet sense is a thing, no party and no topic: lemma to class (tools/noun-classes). */
    private static final Map<String, String> THING_NOUNS = WordTables.map("events/thing-nouns.tsv");
    /** Code or root to the classes of things whose being its object makes a verb another sense. */
    private static final Map<String, String> THING_OBJECT_CODES = WordTables.map("events/thing-object-codes.tsv");
    /** Verbs whose first WordNet sense is of communication: their object is a topic (tools/noun-classes). */
    private static final Set<String> TALKING_VERBS = WordTables.set("events/talking-verbs.txt");
    private static final Set<String> MUTUAL_VERBS = Set.of("meet", "talk", "negotiate", "agree", "clash", "fight",
            "sign", "restore", "resume", "renew", "establish", "discuss", "trade", "exchange", "cooperate",
            "confer", "consult", "battle", "normalize", "normalise");

    private final Dictionaries dictionaries;
    private final ActorResolver actors;
    private final NounCoder nouns;

    /** Whether the article tells of war, worked out on first need; null until then. */
    private Boolean storyOfWar;

    VerbCoder(Dictionaries dictionaries, ActorResolver actors, NounCoder nouns) {
        this.dictionaries = dictionaries;
        this.actors = actors;
        this.nouns = nouns;
    }

    /**
     * Whether a noun of war ({@code war-words.txt}) stands anywhere in the article: a killing whose doer the sentence
     * does not name is then an act of the war the article tells of ("Two civilians were killed in Kharkiv" after
     * the missiles of the lead), not a crime. Nouns only: "were forced to", "struck by a car" are no war.
     */
    private boolean storyOfWar() {
        if (storyOfWar == null) {
            storyOfWar = tellsOfWar(actors);
        }
        return storyOfWar;
    }

    /** Whether a noun of war ({@code war-words.txt}) stands anywhere in the article the resolver reads. */
    static boolean tellsOfWar(ActorResolver actors) {
        for (SentenceView sentence : actors.context().sentences()) {
            for (int t = 0; t < sentence.size(); t++) {
                if (sentence.pos(t).startsWith("NN") && WAR_WORDS.contains(lower(sentence.lemma(t)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The events the verb at {@code v} may state; empty when none. */
    List<Coded> code(SentenceView s, int v) {
        if (!s.isVerb(v) || NOT_EVENTS.contains(s.relation(v))) {
            return List.of();
        }
        List<Coded> own = codeVerb(s, v);
        List<Coded> out = new ArrayList<>(own);
        out.addAll(appeal(s, v));
        for (Coded c : own) {
            Coded claim = claimOf(s, v, c);
            if (claim != null) {
                out.add(claim);
            }
        }
        return out;
    }

    /**
     * The code the verb dictionary and its patterns give the verb at {@code v}, without its parties, negation or
     * mood; null when they code none. For a speech verb the statement rules read ("the Assembly demanded an
     * immediate ceasefire": the verb's pattern codes a call for a ceasefire, 1056; the statement's words a demand).
     */
    String dictionaryCode(SentenceView s, int v) {
        int particle = s.firstChild(v, Set.of("compound:prt"));
        VerbEntries.Verb verb = dictionaries.verbs().find(s.lemma(v), particle < 0 ? null : s.word(particle));
        if (verb == null || particle >= 0 && !verb.lemma().contains(" ")) {
            return null;
        }
        String code = refine(s, v, verb, new java.util.TreeSet<>());
        return code.equals(VerbEntries.NO_EVENT) || !dictionaries.codes().isKnown(code) ? null : code;
    }

    /**
     * The event of a verb the trigger model codes {@code code}, with the actor and target the rules find for it;
     * empty when the code is unknown, the rules find no actor, or the act is negated or hypothetical without being
     * intended (what did not happen is no event; the rules code refusals; "vowed to attack" is an intent).
     */
    List<Coded> codeLearned(SentenceView s, int v, String code) {
        boolean intended = intended(s, v);
        if (!dictionaries.codes().isKnown(code) || negated(s, v) || hypothetical(s, v) && !intended
                || habitOutsideWar(s, v, code)) {
            return List.of();
        }
        if (intended) {
            // what the subject means to do is an intention (036, 138), as the rules code it: "vowed to attack"
            String intent = intentOf(code);
            return intent == null ? List.of()
                    : withParties(s, v, intent, new java.util.TreeSet<>(Set.of("learned", "intent")));
        }
        String scheduledIntent = scheduled(s, v) ? intentOf(code) : null;
        if (scheduledIntent != null) {
            // an act told for later is its intent, as the rules read it ("will meet" 036; ScheduledActs)
            return withParties(s, v, scheduledIntent,
                    new java.util.TreeSet<>(Set.of("learned", ScheduledActs.INTENT, ScheduledActs.SCHEDULED)));
        }
        return withParties(s, v, code, new java.util.TreeSet<>(Set.of("learned")));
    }

    /**
     * "Obama wants Putin to attack", "urged Russia to halt": an appeal to the one who is to act, for verbs of
     * wanting and asking that the dictionary does not code themselves.
     */
    private List<Coded> appeal(SentenceView s, int v) {
        if (!WANTING.contains(s.lemma(v)) || negated(s, v) || hypotheticalOnly(s, v)) {
            return List.of();
        }
        int object = s.firstChild(v, OBJECT);
        if (object < 0 || s.firstChild(v, Set.of("xcomp")) < 0) {
            return List.of();
        }
        List<Integer> tokens = new ArrayList<>(List.of(v));
        ActorResolver.Resolved actor = resolve(s, subjectOf(s, v, 0), tokens);
        ActorResolver.Resolved target = resolve(s, object, tokens);
        if (actor == null || target == null || sameParty(actor, target)) {
            return List.of();
        }
        String code = "020";
        return List.of(new Coded(code, ActionLabels.label(code, s.lemma(v), dictionaries.codes()), actor, target,
                tokens, v, s.lemma(v), Set.of("appeal-verb")));
    }

    /**
     * "Norway said that Chile had attacked": a speaker who reports another's violence or coercion accuses them
     * (112); one who claims their own claims it (015), one who only says so makes no event of it. Proposed beside
     * the reported event, for the event model.
     */
    private Coded claimOf(SentenceView s, int v, Coded reported) {
        int speech = s.head(v);
        // "..., residents said": an attribution after the fact reports it; only a speaker who leads claims it
        if (!s.relation(v).equals("ccomp") || speech < 0 || speech > v || !CLAIMING.contains(s.lemma(speech))
                || Integer.parseInt(CameoCodes.root(reported.code())) < 14 || reported.actor() == null) {
            return null;
        }
        List<Integer> tokens = new ArrayList<>(List.of(speech));
        ActorResolver.Resolved speaker = resolve(s, s.firstChild(speech, SUBJECT), tokens);
        if (speaker == null) {
            return null;
        }
        boolean own = sameParty(speaker, reported.actor());
        if (own && !CLAIMS_OWN.contains(s.lemma(speech))) {
            // "the army said it had struck ...": a party that says it did something reports it; the act is
            // the event (the gold's conventions), and as a claim of responsibility (015) none was right on the
            // development part or the broad pages (docs/events.md, session eleven). "Claimed" claims it
            return null;
        }
        String code = own ? "015" : "112";
        ActorResolver.Resolved target = own ? reported.target() : reported.actor();
        return new Coded(code, ActionLabels.label(code, null, dictionaries.codes()), speaker, target, tokens,
                speech, s.lemma(speech), Set.of("nested-claim"));
    }

    private List<Coded> codeVerb(SentenceView s, int v) {
        int particle = s.firstChild(v, Set.of("compound:prt"));
        VerbEntries.Verb verb = dictionaries.verbs().find(s.lemma(v), particle < 0 ? null : s.word(particle));
        String lightCode = LIGHT_VERBS.contains(s.lemma(v)) ? lightNounCode(s, v) : null;
        if (verb == null && lightCode == null || verb != null && particle >= 0 && !verb.lemma().contains(" ")
                && lightCode == null) {
            return List.of(); // a phrasal verb means something else than its verb: "hammer out", "dig in"
        }
        Set<String> traits = new java.util.TreeSet<>();
        boolean negated = negated(s, v);
        boolean intended = intended(s, v);
        boolean scheduled = !intended && scheduled(s, v);
        if (!negated && (hypothetical(s, v) && !intended && !scheduled
                || RAISING.contains(s.lemma(v)) && hasVerbComplement(s, v))) {
            return List.of();
        }
        if (noComment(s, v, negated)) {
            return List.of();
        }
        if (shows(s, v)) {
            return List.of();
        }
        String code = verb == null ? VerbEntries.NO_EVENT : refine(s, v, verb, traits);
        if (lightCode != null && (code.equals(VerbEntries.NO_EVENT) || !traits.contains("pattern"))) {
            code = lightCode;
            traits.add("light-verb");
        }
        if (code.equals(VerbEntries.NO_EVENT) || !dictionaries.codes().isKnown(code)
                || CameoCodes.root(code).equals("01") && !ANNOUNCING.contains(s.lemma(v))) {
            return List.of();
        }
        if (habitOutsideWar(s, v, code)) {
            return List.of();
        }
        int root = Integer.parseInt(CameoCodes.root(code));
        List<String> codes = new ArrayList<>();
        if (negated) {
            if (!REFUSAL.containsKey(root) || !(hypothetical(s, v) || intended || scheduled)
                    || !intended && !scheduled && possibleOnly(s, v)) {
                return List.of();
            }
            codes.add(REFUSAL.get(root));
            traits.add("refusal");
        } else if (intended) {
            String intent = intentOf(code);
            codes.add(intent == null ? code : intent);
            traits.add("intent");
        } else if (scheduled) {
            // an act told for later did not happen: where it has an intent reading ("will meet" 036, "will attack"
            // 138) that alone is proposed; a statement, appeal, demand or threat told with "will" is said now
            // ("will resume its drills if they do" 130) and keeps its code (docs/events.md, session twenty-six)
            String intent = intentOf(code);
            codes.add(intent == null ? code : intent);
            traits.add("scheduled");
        } else {
            codes.add(code);
        }
        List<Coded> out = new ArrayList<>();
        for (String c : codes) {
            Set<String> own = new java.util.TreeSet<>(traits);
            if (scheduled && !c.equals(code)) {
                own.add("intent");
            }
            out.addAll(withParties(s, v, c, own));
        }
        return out;
    }

    /** The event of the verb with code {@code code}: its actor and target, one each way for mutual acts. */
    private List<Coded> withParties(SentenceView s, int v, String code, Set<String> traits) {
        List<Integer> tokens = new ArrayList<>(List.of(v));
        if (traits.contains("intent") && s.relation(v).equals("xcomp") && s.head(v) >= 0) {
            tokens.add(s.head(v));
        }
        int root = Integer.parseInt(CameoCodes.root(code));
        boolean violent = root >= 18;
        // only violence: legal acts so joined ("was arrested and charged", "treated and released") are one act
        boolean sharedPassive = violent && sharesPassive(s, v);
        boolean passive = s.firstChild(v, PASSIVE_SUBJECT) >= 0 || s.firstChild(v, Set.of("aux:pass")) >= 0
                || bareParticiple(s, v) || sharedPassive;
        ActorResolver.Resolved actor;
        ActorResolver.Resolved target;
        int subject;
        if (passive) {
            traits.add("passive");
            int patient = s.firstChild(v, PASSIVE_SUBJECT);
            if (patient < 0 && bareParticiple(s, v)) {
                patient = s.firstChild(v, SUBJECT);
            }
            int clause = v;
            if (patient < 0 && sharedPassive) {
                clause = s.head(v); // "Gray was shot and killed": the victim of the first verb is the second's
                patient = s.firstChild(clause, PASSIVE_SUBJECT);
            }
            if (patient < 0 && ownPassiveOfAJoinedVerb(s, v)) {
                // "He pleaded guilty and was sentenced", "fled and was later caught": a joined passive with its own
                // auxiliary and no subject is done to the first verb's subject
                clause = s.head(v);
                patient = s.firstChild(clause, SUBJECT);
                if (patient < 0) {
                    patient = s.firstChild(clause, PASSIVE_SUBJECT);
                }
            }
            if (patient >= 0 && isRelativePronoun(s, patient) && s.relation(clause).startsWith("acl")) {
                patient = s.head(clause); // "the boss, who was gunned down": the noun the clause describes
            }
            target = resolve(s, patient, tokens);
            subject = agentPhrase(s, v);
            actor = resolve(s, subject, tokens);
            if (takesPeopleIntoCustody(s, v, code, actor, target, patient)) {
                code = ARREST;
                traits.add(CUSTODY_TRAIT);
            }
            if (actor == null && violent) {
                actor = violenceActor(s, v, tokens);
            }
            String implied = negatedComplement(s, v) ? null
                    : impliedAgent(s.lemma(v), traits.contains("learned") ? null : code);
            if ("JUD".equals(implied) && POLICE_CHARGES.contains(lower(s.lemma(v))) && !isPolice(target)
                    && policeTellIt(s, patient)) {
                // "He was charged with murder, police said": the police laid the charge; officers charged are
                // charged by prosecutors or a court, whoever tells of it (a police doer would be its own target)
                implied = "COP";
            }
            if (actor == null && subject < 0 && implied != null && target != null) {
                actor = actors.authority(implied, s, placePhrase(s, v));
                traits.add("implied-actor");
            }
        } else {
            subject = subjectOf(s, v, 0);
            int controller = objectController(s, v);
            if (controller >= 0 && actors.peek(s, controller) != null) {
                subject = controller;
            }
            if (subject >= 0 && s.head(subject) != v) {
                traits.add("inherited-subject");
            }
            actor = resolve(s, subject, tokens);
            int object = objectOf(s, v);
            if (!traits.contains("light-verb") && !traits.contains("pattern") && objectOfAnotherSense(s, v, code)) {
                return List.of(); // "doctors caught the illness early", "visited the hospital"
            }
            target = traits.contains("light-verb") ? nounTarget(s, v, tokens) : null;
            if (target == null) {
                target = resolve(s, object, tokens);
            }
            if (target == null) {
                target = nestedTarget(s, v, object, tokens);
            }
            if (takesPeopleIntoCustody(s, v, code, actor, target, object)) {
                code = ARREST;
                traits.add(CUSTODY_TRAIT);
            }
            if (target == null && root == DISAPPROVE) {
                target = criticised(s, v, object, tokens);
            }
            if (root == DISAPPROVE && RECEIVING_VERBS.contains(lower(s.lemma(v)))) {
                // "the firm came under fire from its workers": the workers disapprove of the firm; without a
                // "from" phrase no one is named who disapproves, and the subject is never the doer
                int giver = disapprovalGiver(s, v, object);
                target = actor;
                actor = giver >= 0 ? resolve(s, giver, tokens) : null;
                traits.add("received");
            }
        }
        if (violent && (fightsAnIll(s, v, passive) || byVehicle(s, v, subject))) {
            return List.of();
        }
        boolean faceless = subject >= 0 && ATTACK_NOUNS.contains(s.word(subject));
        if (actor == null && faceless && violent) {
            actor = actors.forcesOf(nouns.agentOf(s, subject)); // "Israeli airstrikes hit": Israel's military
            if (actor != null) {
                tokens.add(subject);
            }
        }
        if (actor == null && !(violent && (faceless || passive && target != null))) {
            return List.of();
        }
        if (actor == null) {
            traits.add("unknown-actor");
        }
        if (target != null && actor != null && sameParty(actor, target)) {
            target = null;
        }
        if (violent && actor != null && answersBack(s, v) && answersInWords(actor, s, subject) && !byForce(s, v)) {
            // "Haley shot back", "she fired back at Ramaswamy": a speaker who hits back answers in words
            traits.add("retort");
            return List.of(criticism(s, v, actor, target, tokens, traits));
        }
        String contest = violent && actor != null && target != null && political(actor) && political(target)
                && !byForce(s, v) ? CONTESTS.get(lower(s.lemma(v))) : null;
        if ("contest".equals(contest)) {
            return List.of(); // "Biden defeats Trump", "Trump, who regularly beats DeSantis": elections and polls
        }
        if ("criticism".equals(contest)) {
            // "The GOP candidates attacked Biden", "DeSantis even blasted Biden": words between politicians
            traits.add("political-attack");
            return List.of(criticism(s, v, actor, target, tokens, traits));
        }
        if (root == 19 && (isCrime(actor, target) || unknownKillerOfCivilians(actor, target))) {
            code = assaultCode(s, v);
            traits.add("crime");
        } else if (root == 19 && isForceOfNoArmy(code, actor) && !storyOfWar()) {
            // not "crime": that trait makes its doer an offender of the article (offendersAsCriminals), and a
            // deputy who shot a gunman is none
            code = assaultCode(s, v);
            traits.add(FORCE_OF_NO_ARMY_TRAIT);
        }
        if (root == DEMAND && isCourt(s, actor)) {
            // "The magistrate ordered the suspect kept in custody", "she issued the warrant": a court's order binds;
            // it is the law's coercion (173), not a demand. The development gold has one demand (10) of a body coded
            // JUD (an inquiry's deadline) and 60 acts of coercion (17) by them
            code = COURT_ORDER;
            traits.add("court-order");
        }
        String label = ActionLabels.label(code, s.lemma(v), dictionaries.codes());
        if (target == null && actor != null && (MUTUAL.contains(root) || MUTUAL_VERBS.contains(s.lemma(v)))) {
            List<Coded> mutual = eachOther(code, label, actor, tokens, v, s.lemma(v), traits);
            if (!mutual.isEmpty()) {
                return mutual;
            }
        }
        if (target == null && NEEDS_TARGET.contains(root) && !ON_THE_PEOPLE_AT_LARGE.contains(code)) {
            return List.of();
        }
        if (target == null && violent) {
            // last, so that a thing hit changes no event's code nor whether it is one: only whom it was done to
            target = thingHit(s, v, passive ? s.firstChild(v, PASSIVE_SUBJECT) : objectOf(s, v), actor, tokens);
        }
        if (target == null && !passive && AIMED_ROOTS.contains(root)) {
            // last too, and kept from the event model's features (EventFeatures): whom the act was aimed at
            // changes no event's code nor whether it is one
            target = aimedAt(s, v, objectOf(s, v), actor, tokens);
            if (target != null) {
                traits.add(AIMED_TRAIT);
            }
        }
        if (target == null && !passive && objectOf(s, v) < 0) {
            // last too, and kept from the event model's features: the object the parser hung on a complement
            // changes no event's code nor whether it is one ("CCTV captured him leaving" is no seizure)
            target = complementSubject(s, v, actor, tokens);
            if (target != null) {
                traits.add(COMPLEMENT_SUBJECT_TRAIT);
            }
        }
        return List.of(new Coded(code, label, actor, target, tokens, v, s.lemma(v), Set.copyOf(traits)));
    }

    /**
     * "declined to comment", "declined to be interviewed", "would not talk about a motive": a source that will
     * not tell a reporter something refuses no one (none of these was a gold event on the development part);
     * one that will not discuss something with a party it names still rejects it.
     */
    private boolean noComment(SentenceView s, int v, boolean negated) {
        if (negated && TELLING.contains(lower(s.lemma(v)))) {
            // "would not discuss talks with Turkey" names a party, and rejects talks with it
            return !namesAParty(s, v);
        }
        if (!DECLINING.contains(s.lemma(v))) {
            return false;
        }
        for (int c : s.children(v, Set.of("xcomp"))) {
            if (TELLING.contains(lower(s.lemma(c)))) {
                // "declined to discuss the maritime dispute with Greece" still rejects Greece
                return !namesAParty(s, c);
            }
        }
        return false;
    }

    /**
     * Whether a verb of telling names a party: its object or a phrase of it, or a phrase of its object ("a prisoner
     * exchange with Hamas"), resolves to an actor.
     */
    private boolean namesAParty(SentenceView s, int verb) {
        for (int c : s.children(verb, PARTY_RELATIONS)) {
            if (actors.resolve(s, c) != null) {
                return true;
            }
            for (int g : s.children(c, PARTY_RELATIONS)) {
                if (actors.resolve(s, g) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "demonstrated their support", "demonstrated that the plan works", "as demonstrated by the vote": a verb of
     * protest with an object, a clause or a passive means showing something ({@code events/showing-verbs.txt}); one
     * demonstrates against something, or in a street, without an object.
     */
    private static boolean shows(SentenceView s, int v) {
        if (!SHOWING_VERBS.contains(lower(s.lemma(v)))) {
            return false;
        }
        int shown = s.firstChild(v, SHOWN);
        if (shown >= 0) {
            // "demonstrated their anger by blocking roads": a crowd's stance, or a protest done by some act
            return !PROTEST_STANCES.contains(lower(s.lemma(shown))) && !doneBy(s, v);
        }
        for (int c : s.children(v, Set.of("mark"))) {
            if (lower(s.word(c)).equals("as")) {
                return true; // "as demonstrated by": a participle clause of comparison
            }
        }
        return false;
    }

    /** "… by blocking roads": a clause of means on the verb. */
    private static boolean doneBy(SentenceView s, int v) {
        for (int c : s.children(v, Set.of("advcl"))) {
            for (int m : s.children(c, Set.of("mark"))) {
                if (lower(s.word(m)).equals("by")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the rules read the verb as no event on purpose, so that the trigger model gives it no root of its own:
     * a verb of protest in the sense of showing, an election or a poll between politicians ("Trump crushed Haley in
     * the primaries").
     */
    boolean rulesOut(SentenceView s, int v) {
        if (shows(s, v)) {
            return true;
        }
        if (!"contest".equals(CONTESTS.get(lower(s.lemma(v)))) || byForce(s, v)) {
            return false;
        }
        List<Integer> tokens = new ArrayList<>();
        ActorResolver.Resolved actor = resolve(s, subjectOf(s, v, 0), tokens);
        ActorResolver.Resolved target = resolve(s, objectOf(s, v), tokens);
        return actor != null && target != null && political(actor) && political(target);
    }

    /** The verb's act as criticism (111) of the target: a retort, or an attack in words. */
    private Coded criticism(SentenceView s, int v, ActorResolver.Resolved actor, ActorResolver.Resolved target,
            List<Integer> tokens, Set<String> traits) {
        return new Coded(CRITICISM, ActionLabels.label(CRITICISM, s.lemma(v), dictionaries.codes()), actor, target,
                tokens, v, s.lemma(v), Set.copyOf(traits));
    }

    /** "shot back", "fired back", "hit back": a verb of shooting or hitting with the adverb "back". */
    private static boolean answersBack(SentenceView s, int v) {
        if (!RETORT_VERBS.contains(lower(s.lemma(v)))) {
            return false;
        }
        for (int c : s.children(v, Set.of("advmod", "compound:prt"))) {
            if (lower(s.word(c)).equals("back")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who answers back in words: a named person of no code, a politician (a candidate, a legislator, a party, the
     * opposition), or a government's people ("the minister hit back"). A bare country ("Israel hit back"), a
     * government as a body ("the Iranian government struck back", events/governing-bodies.txt), civilians ("a
     * shopkeeper fired back"), police, soldiers, rebels and gunmen fight.
     */
    private static boolean answersInWords(ActorResolver.Resolved actor, SentenceView s, int subject) {
        String code = actor.actor().code();
        if (code == null) {
            return actor.person();
        }
        return political(actor) && (actor.person() || !code.substring(3).contains("GOV")
                || subject < 0 || !GOVERNING_BODIES.contains(lower(s.lemma(subject))));
    }

    /** Whether the act is done by bodily force: a weapon as the verb's "with" phrase, a brawl in the sentence. */
    private static boolean byForce(SentenceView s, int v) {
        for (int i = 0; i < s.size(); i++) {
            String where = i == v ? null : FORCE_WORDS.get(lower(s.lemma(i)));
            if ("scene".equals(where) || "instrument".equals(where) && s.head(i) == v
                    && "with".equalsIgnoreCase(s.caseMarker(i))) {
                return true;
            }
        }
        return false;
    }

    /** An official, legislator, candidate, party or opposition of no armed sector: "USAELI", "GBRLEG". */
    private static boolean political(ActorResolver.Resolved party) {
        String code = party.actor().code();
        if (code == null || code.length() <= 3 || ARMED_SECTORS.stream().anyMatch(code::contains)) {
            return false;
        }
        String agents = code.substring(3);
        return POLITICAL_SECTORS.stream().anyMatch(agents::contains);
    }

    /**
     * "might not otherwise have agreed", "may not have known": a negated act under a modal of possibility and none
     * of will is no refusal; "would not provide support" is one.
     */
    private static boolean possibleOnly(SentenceView s, int v) {
        boolean possible = false;
        for (int x = v, steps = 0; x >= 0 && steps < 4; x = s.head(x), steps++) {
            for (int c : s.children(x, Set.of("aux"))) {
                String word = lower(s.word(c));
                if (VOLITION.contains(word)) {
                    return false;
                }
                possible |= POSSIBILITY.contains(word);
            }
            if (!SHARED_MODAL.contains(s.relation(x))) {
                break;
            }
        }
        return possible;
    }

    /**
     * "was shot and killed": a participle joined to a passive verb, with no subject or auxiliary of its own, is
     * passive too; read as active, it took the victim for the killer ("A man was shot and killed" as violence by
     * civilians).
     */
    private static boolean sharesPassive(SentenceView s, int v) {
        int governor = s.head(v);
        if (!s.relation(v).equals("conj") || !s.pos(v).equals("VBN") || governor < 0
                || s.firstChild(v, Set.of("nsubj", "nsubj:pass", "nsubjpass", "aux", "aux:pass", "expl")) >= 0) {
            return false;
        }
        return s.firstChild(governor, PASSIVE_SUBJECT) >= 0 || s.firstChild(governor, Set.of("aux:pass")) >= 0;
    }

    /**
     * "pleaded guilty and was sentenced", "was arrested Friday and was charged": a verb joined to another that has a
     * passive auxiliary of its own and no subject. Unlike {@link #sharesPassive}, which joins the participles of one
     * act ("was arrested and charged"), the repeated auxiliary states a second act of its own.
     */
    private static boolean ownPassiveOfAJoinedVerb(SentenceView s, int v) {
        return s.relation(v).equals("conj") && s.head(v) >= 0 && s.firstChild(v, Set.of("aux:pass")) >= 0
                && s.firstChild(v, Set.of("nsubj", "nsubj:pass", "nsubjpass", "expl")) < 0;
    }

    /**
     * Whether a verb whose code acts on a party has for direct object a thing of WordNet's thing classes
     * ({@code events/thing-nouns.tsv}: illnesses and states, made things, bodies, food, substances, plants, animals,
     * natural objects, times) that its code is never done to ({@code events/thing-object-codes.tsv}: any thing for
     * meetings, visits and the coercion of people; only states and times for seizures and violence) and that names
     * no actor, event or people ({@link NounCoder#namesAThing}). The verb is then used in another sense, whatever
     * party a possessive names: "doctors caught his illness early", "visit our hospital", "battling leukemia". Not
     * for verbs of talking ({@code events/talking-verbs.txt}: "discuss", "consult"), whose object is a topic.
     * Topics are no things ("welcomed a resumption of ties", "discuss
     * their tastes", "broke relations": acts, communication, relations, cognition), which a test for "a common noun
     * that names no party" alone took for things (docs/events.md, session twenty-seven). Called only for the
     * verb's own code, not one a dictionary pattern matched on its words nor a light verb's noun.
     */
    private boolean objectOfAnotherSense(SentenceView s, int v, String code) {
        int object = s.firstChild(v, OBJECT);
        if (object < 0 || TALKING_VERBS.contains(lower(s.lemma(v)))) {
            return false; // "discussed the vaccine": a verb of talking takes what is talked about, things too
        }
        String thing = THING_NOUNS.get(lower(s.lemma(object)));
        return thing != null && thingsOfAnotherSense(code).contains(thing) && nouns.namesAThing(s, object);
    }

    /**
     * The classes of things that, as its direct object, make a verb of {@code code} another sense: those of the
     * longest of the code's own line, its parent's and its root's in thing-object-codes.tsv. A four-digit code is
     * its parent's kind of act: confiscating (1711) and destroying property (1712) are seizures (171), done to
     * things ("confiscated the weapons", "demolished the houses"), not a coercion of people (17).
     */
    static Set<String> thingsOfAnotherSense(String code) {
        for (int length = code.length(); length >= 2; length--) {
            String classes = THING_OBJECT_CODES.get(code.substring(0, length));
            if (classes != null) {
                return Set.of(classes.split(" "));
            }
        }
        return Set.of();
    }

    /** Whether {@code code}, or its root, is one done to the party its object names (party-object-codes.txt). */
    static boolean actsOnItsObject(String code) {
        return !PARTY_OBJECT_CODES.contains("-" + code)
                && (PARTY_OBJECT_CODES.contains(code) || PARTY_OBJECT_CODES.contains(CameoCodes.root(code)));
    }

    /**
     * "battled the pandemic", "firefighters fought the blaze", "fighting dirty air": an active verb of fighting whose
     * object or "against" phrase is an illness, a disaster or a social ill ({@code fought-ills.txt}) fights no one.
     */
    private static boolean fightsAnIll(SentenceView s, int v, boolean passive) {
        if (passive || !FIGHTING.contains(s.lemma(v))) {
            return false;
        }
        List<Integer> fought = new ArrayList<>(s.children(v, OBJECT));
        for (int c : s.children(v, OBLIQUE)) {
            if ("against".equals(lower(s.caseMarker(c)))) {
                fought.add(c);
            }
        }
        for (int c : fought) {
            if (FOUGHT_ILLS.contains(lower(s.lemma(c)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the car that hit her", "the driver ... struck the ditch", "made the van strike": a vehicle or its
     * driver that hits or strikes ({@code accident-vehicles.txt}) is an accident, which is no event (the gold's
     * conventions). The doer is the subject, the "by" phrase, or the object of the verb a complement depends on.
     */
    private static boolean byVehicle(SentenceView s, int v, int subject) {
        if (!IMPACT.contains(s.lemma(v))) {
            return false;
        }
        for (int t = 0; t < s.size(); t++) {
            if (ATTACK_WORDS.contains(lower(s.lemma(t)))) {
                return false;
            }
        }
        List<Integer> doers = new ArrayList<>();
        doers.add(subject);
        if (s.relation(v).equals("xcomp") && s.head(v) >= 0) {
            doers.add(s.firstChild(s.head(v), OBJECT));
        }
        for (int d : doers) {
            if (d >= 0 && VEHICLES.contains(lower(s.lemma(d)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Violence between private people (a gunman and his victims, a man and his neighbour) is crime, coded as
     * assault (18); between armed forces, states and rebels it is fighting (19).
     */
    private static boolean isCrime(ActorResolver.Resolved actor, ActorResolver.Resolved target) {
        boolean privateActor = actor == null || actor.person() || isPrivate(actor.actor().code());
        boolean privateTarget = target != null && (target.person() || isPrivate(target.actor().code()));
        return privateActor && privateTarget && (actor != null || target.person());
    }

    /**
     * Whether a use of force (190) or of small arms (193) is done by people of no army: criminals or police ("the
     * thieves rammed an SUV", "the deputy shot and killed"), whom or whatever it hits. Not civilians: protesters who
     * attack police stations stay civilians using force (190), where an assault of theirs would make them criminals
     * ({@code criminal-parties.tsv}; review mend, session fifteen). Their force is assault (18), never fighting
     * (19): of the development gold's 284 events of roots 18 and 19, such doers have 111 of assault and one of
     * fighting (a police siege, 191, which stays).
     */
    static boolean isForceOfNoArmy(String code, ActorResolver.Resolved actor) {
        String actorCode = actor == null ? null : actor.actor().code();
        if (!FORCE_OF_NO_KIND.contains(code) || actorCode == null) {
            return false;
        }
        for (String one : actorCode.split(";")) {
            if (one.length() < 6 || !FORCE_OF_NO_ARMY.contains(one.substring(3, 6))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every party of an actor is of the courts' sector ("USAJUD") and its words name a court, judge, justice,
     * magistrate or jury ({@code court-words.txt}): prosecutors and attorneys, also JUD, demand (10).
     */
    private static boolean isCourt(SentenceView s, ActorResolver.Resolved actor) {
        String code = actor == null ? null : actor.actor().code();
        if (code == null || !namesACourt(s, actor)) {
            return false;
        }
        for (String one : code.split(";")) {
            if (one.length() < 6 || !one.startsWith(COURTS, 3)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the actor's words in the sentence, or its name, hold a court's word ("the judge", "a jury"). */
    private static boolean namesACourt(SentenceView s, ActorResolver.Resolved actor) {
        for (int t : actor.tokens()) {
            if (t >= 0 && t < s.size() && COURT_WORDS.contains(lower(s.word(t)))) {
                return true;
            }
        }
        String name = actor.actor().name();
        return name != null && Arrays.stream(lower(name).split("[^\\p{L}]+")).anyMatch(COURT_WORDS::contains);
    }

    /**
     * The assault a verb of violence names with its words: a killing where a word beside it says the victim died
     * ("shot dead", "fatally stabbed", "shot and killed": 1823), else as its lemma says ({@link #assaultCode(String)}).
     */
    static String assaultCode(SentenceView s, int v) {
        for (int c : s.children(v)) {
            String word = lower(s.word(c));
            if (KILLING_MODIFIERS.contains(word) && !s.relation(c).startsWith("nsubj")
                    || s.relation(c).equals("conj") && KILLING.contains(lower(s.lemma(c)))) {
                return KILLING_CODE;
            }
        }
        return assaultCode(s.lemma(v));
    }

    /** The assault a verb or noun of violence names: a killing (1823), a wounding (182), else assault (180). */
    static String assaultCode(String lemma) {
        String word = lower(lemma);
        return KILLING.contains(word) ? KILLING_CODE : WOUNDING.contains(word) ? "182" : "180";
    }

    /**
     * "the woman was killed", "one person had been attacked": violence with no doer against private people, in an
     * article without nouns of war ({@code war-words.txt}), is crime (18), as the gold codes it; "seven people were
     * killed" in a story of shelling stays fighting.
     */
    private boolean unknownKillerOfCivilians(ActorResolver.Resolved actor, ActorResolver.Resolved target) {
        if (actor != null || target == null || !isPrivate(target.actor().code())) {
            return false;
        }
        return !storyOfWar();
    }

    private static boolean isPrivate(String code) {
        return code != null && code.length() >= 6 && PRIVATE_SECTORS.contains(code.substring(3, 6));
    }

    /** The same party on both sides: the same name, or the same code for parties other than people. */
    static boolean sameParty(ActorResolver.Resolved a, ActorResolver.Resolved b) {
        if (a.actor().name().equalsIgnoreCase(b.actor().name())) {
            return true;
        }
        return !a.person() && !b.person() && a.actor().code() != null && a.actor().code().equals(b.actor().code());
    }

    static boolean isLightVerb(String lemma) {
        return LIGHT_VERBS.contains(lemma);
    }

    /**
     * The code of the event noun that the light verb at {@code v} governs as its object ("declared a state of
     * emergency": 1724), or null when the verb is no light verb or its object names no event.
     */
    String eventNounCode(SentenceView s, int v) {
        return LIGHT_VERBS.contains(s.lemma(v)) ? lightNounCode(s, v) : null;
    }

    /** Whether {@code code} is coercion of the people at large, which names no target: a curfew, an emergency. */
    static boolean onThePeopleAtLarge(String code) {
        return ON_THE_PEOPLE_AT_LARGE.contains(code);
    }

    /** An intended act as CAMEO codes an intention, or null when CAMEO codes the act itself. */
    private static String intentOf(String code) {
        String detail = INTENT_DETAIL.get(code);
        if (detail != null) {
            return detail;
        }
        return INTENT.get(Integer.parseInt(CameoCodes.root(code)));
    }

    /**
     * "Putin and Erdogan met", "the US, Russia and Switzerland held talks": coordinated parties who act on one
     * another; each acts on each of the others.
     */
    private List<Coded> eachOther(String code, String label, ActorResolver.Resolved parties, List<Integer> tokens,
            int v, String trigger, Set<String> traits) {
        String codes = parties.actor().code();
        String[] names = parties.actor().name().split(", | and ");
        if (codes == null || !codes.contains(";") || names.length != codes.split(";").length) {
            return List.of();
        }
        String[] code1 = codes.split(";");
        Set<String> own = new java.util.TreeSet<>(traits);
        own.add("mutual");
        List<Coded> out = new ArrayList<>();
        for (int i = 0; i < code1.length; i++) {
            for (int j = 0; j < code1.length; j++) {
                if (i != j) {
                    ActorResolver.Resolved a = new ActorResolver.Resolved(new Actor(names[i], code1[i]),
                            parties.tokens(), parties.kind(), parties.contextual());
                    ActorResolver.Resolved b = new ActorResolver.Resolved(new Actor(names[j], code1[j]), List.of(),
                            parties.kind(), parties.contextual());
                    out.add(new Coded(code, label, a, b, tokens, v, trigger, Set.copyOf(own)));
                }
            }
        }
        return out;
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

    /**
     * Whether the sentence has the police tell of its act: a phrase the dictionaries code as police ({@code COP})
     * that is the subject of a verb of telling ("police said", "officers confirmed") or follows "according to"; not
     * {@code patient}, the one the act was done to ("an officer was charged").
     */
    private boolean policeTellIt(SentenceView s, int patient) {
        for (int i = 0; i < s.size(); i++) {
            if (i == patient) {
                continue;
            }
            boolean tells = s.relation(i).startsWith("nsubj") && !s.relation(i).equals("nsubj:pass") && s.head(i) >= 0
                    && ATTRIBUTION_VERBS.contains(lower(s.lemma(s.head(i))));
            boolean source = s.children(i).stream().anyMatch(c -> "according".equalsIgnoreCase(s.word(c)));
            if (tells || source) {
                if (isPolice(actors.peekAlone(s, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Police caught the suspect", "the navy captured 23 pirates", "he was nabbed by federal agents": a verb the
     * dictionary codes as seizing property (171) whose patient, its object or passive subject, names people (a person
     * or a group, not a place, a body or a thing's owner: "seized his passport" stays a seizure) and whose doer is a
     * body of the state holds them: an arrest or detention (173), as the development gold codes such captures. A
     * doer of no state ("pirates seized the crew") is left to the dictionary and the model (an abduction is 181).
     */
    private static boolean takesPeopleIntoCustody(SentenceView s, int v, String code, ActorResolver.Resolved actor,
            ActorResolver.Resolved target, int patient) {
        return SEIZURE.equals(code) && CAPTURING_VERBS.contains(lower(s.lemma(v))) && actor != null
                && target != null && patient >= 0 && target.tokens().contains(patient)
                && (target.person() || target.kind() == ActorResolver.Kind.SECTOR) && !patientIsAThing(s, patient)
                && ofTheState(actor);
    }

    /**
     * Whether a patient is a thing by WordNet's first sense (events/thing-nouns.tsv): the dictionaries code "a
     * British tanker" by its owner's sector (GBRBUS), which is property seized, not people held.
     */
    private static boolean patientIsAThing(SentenceView s, int patient) {
        return THING_NOUNS.containsKey(lower(s.lemma(patient)));
    }

    /** Whether the actor is a state alone ("India") or one of its bodies that may hold people. */
    private static boolean ofTheState(ActorResolver.Resolved actor) {
        String code = actor.actor().code();
        return code != null
                && (code.length() == 3 || code.length() >= 6 && HOLDING_SECTORS.contains(code.substring(3, 6)));
    }

    /** Whether the dictionaries code the phrase as police ({@code COP}, any country). */
    private static boolean isPolice(ActorResolver.Resolved resolved) {
        String code = resolved == null ? null : resolved.actor().code();
        return code != null && code.length() >= 6 && code.startsWith("COP", 3);
    }

    /**
     * The agent a passive legal act leaves unsaid, by its verb ("was arrested": the police) or, for a verb that
     * codes the act only in a pattern, by the pattern's code ("was found guilty", 116: a court; null for a code
     * the trigger model read, which "was found dead in a prison cell" once got); null for other acts.
     */
    static String impliedAgent(String lemma, String patternCode) {
        String byVerb = LEGAL_AGENTS.get(lemma);
        return byVerb != null || patternCode == null ? byVerb : LEGAL_AGENTS.get(patternCode);
    }

    /** "was found not guilty": a negation right after the verb denies its complement, an acquittal, no finding. */
    private static boolean negatedComplement(SentenceView s, int v) {
        return v + 1 < s.size() && NEGATIONS.contains(s.word(v + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The tokens of the verb's locative phrases ("convicted [in Utah]"), where its act took place. */
    static List<Integer> placePhrase(SentenceView s, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : s.children(v, OBLIQUE)) {
            String marker = s.caseMarker(c);
            if (marker != null && PLACE_CASES.contains(marker.toLowerCase(java.util.Locale.ROOT))) {
                out.addAll(s.subtree(c, CLAUSE_STOP));
            }
        }
        return out;
    }

    /** Whether the phrase has a preposition that can introduce a party; a bare noun phrase (nmod:tmod) has none. */
    private static boolean nestedCase(SentenceView s, int phrase) {
        String marker = s.caseMarker(phrase);
        return marker != null && NESTED_CASES.contains(marker.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * An actor inside the object's phrase or in a "to" phrase, when the object itself is none: "ratified an
     * agreement with the European Union", "voiced thanks for Japan's help", "supply arms to Israel".
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
        return firstResolved(s, candidates, tokens);
    }

    /**
     * Whom force is aimed at when the verb's object names no one (it is the weapon, the missile, the shot): the party
     * of an "at", "on" or "against" phrase of the verb or of its object ({@code events/aimed-cases.txt}): "hurled
     * bottles at police officers", "pulled a gun on the clerk", "fired two shots at the suspect".
     */
    private ActorResolver.Resolved aimedAt(SentenceView s, int v, int object, ActorResolver.Resolved actor,
            List<Integer> tokens) {
        // without an object the verb's own "at" phrase was its object already (objectOf); a gerund's may hang on
        // the verb that governs it
        List<Integer> candidates = new ArrayList<>(object < 0 ? governorsAimedPhrases(s, v) : List.of());
        for (int head : object < 0 ? List.<Integer>of() : List.of(v, object)) {
            for (int c : s.children(head, OBLIQUE)) {
                if (c != object && AIMED_CASES.contains(lower(s.caseMarker(c)))) {
                    candidates.add(c);
                }
            }
        }
        for (int c : candidates) {
            // peeked, not resolved: the party is not kept for the pronouns that follow, so that the act's target
            // changes no later sentence's reading
            ActorResolver.Resolved aimed = actors.peek(s, c);
            if (aimed != null) {
                if (actor != null && sameParty(actor, aimed)) {
                    return null;
                }
                tokens.add(c);
                if (!aimed.person()) {
                    tokens.addAll(aimed.tokens());
                }
                return aimed;
            }
        }
        return null;
    }

    /**
     * The aimed phrases ({@code events/aimed-cases.txt}) that the parser hangs on the verb governing a gerund of force
     * when they are the gerund's: "admitted firing at several employees", "denied shooting at the officers" (nothing
     * is fired at an admission). Only for a gerund that is its governor's object or complement and has no object of
     * its own, and only phrases after the gerund: "at the plant, he admitted firing" names where he said it.
     */
    private static List<Integer> governorsAimedPhrases(SentenceView s, int v) {
        int governor = s.head(v);
        if (governor < 0 || !s.pos(v).equals("VBG") || !GERUND_OF_ITS_GOVERNOR.contains(s.relation(v))) {
            return List.of();
        }
        List<Integer> phrases = new ArrayList<>();
        for (int c : s.children(governor, OBLIQUE)) {
            if (c > v && AIMED_CASES.contains(lower(s.caseMarker(c)))) {
                phrases.add(c);
            }
        }
        return phrases;
    }

    /** The first of the candidate heads that names an actor, its words added to the event's; or null. */
    private ActorResolver.Resolved firstResolved(SentenceView s, List<Integer> candidates, List<Integer> tokens) {
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

    /**
     * Whom a disapproval is of when its object names no one: the party a phrase of the verb or of its object names
     * with a preposition of criticism ({@code criticism-cases.txt}), or that phrase's possessor or "of" phrase:
     * "cast blame on Pelosi", "went after Haley", "sowed doubt about Harris' eligibility", "raised doubts about
     * the judgment of Vindman".
     */
    private ActorResolver.Resolved criticised(SentenceView s, int v, int object, List<Integer> tokens) {
        boolean phrasal = s.firstChild(v, Set.of("compound:prt")) >= 0
                || object >= 0 && AIM_NOUNS.contains(lower(s.lemma(object)));
        List<Integer> phrases = new ArrayList<>();
        for (int c : criticismPhrases(s, v)) {
            // "at" and "on" of a plain verb say where or on what medium ("criticized the plan at the White House",
            // "on CNN"); of a phrasal verb or a verb of aim, whom ("lashed out at teachers", "cast blame on Pelosi")
            if (phrasal || !VENUE_CASES.contains(lower(s.caseMarker(c)))) {
                phrases.add(c);
            }
        }
        if (object >= 0) {
            phrases.addAll(criticismPhrases(s, object));
        }
        for (int phrase : phrases) {
            List<Integer> candidates = new ArrayList<>(List.of(phrase));
            for (int c : s.children(phrase)) {
                if (s.relation(c).equals("nmod:poss") || s.relation(c).startsWith("nmod") && "of".equals(
                        lower(s.caseMarker(c)))) {
                    candidates.add(c);
                }
            }
            ActorResolver.Resolved resolved = firstResolved(s, candidates, tokens);
            if (resolved != null) {
                return resolved;
            }
        }
        return null;
    }

    private static List<Integer> criticismPhrases(SentenceView s, int head) {
        List<Integer> out = new ArrayList<>();
        for (int c : s.children(head, OBLIQUE)) {
            if (CRITICISM_CASES.contains(lower(s.caseMarker(c)))) {
                out.add(c);
            }
        }
        return out;
    }

    private static String lower(String word) {
        return word == null ? "" : word.toLowerCase(java.util.Locale.ROOT);
    }

    /** The code of the event noun a light verb governs ("launched an offensive" 190), or null. */
    private String lightNounCode(SentenceView s, int v) {
        int object = s.firstChild(v, OBJECT);
        if (object < 0) {
            return null;
        }
        return nouns.codeOf(s, object);
    }

    /** The party an event noun under a light verb names: "carried out strikes on rebel positions". */
    private ActorResolver.Resolved nounTarget(SentenceView s, int v, List<Integer> tokens) {
        int object = s.firstChild(v, OBJECT);
        if (object < 0) {
            return null;
        }
        tokens.add(object);
        for (int c : s.children(object)) {
            if (s.relation(c).startsWith("nmod") && Set.of("on", "against", "of", "with", "between", "to")
                    .contains(String.valueOf(s.caseMarker(c)))) {
                ActorResolver.Resolved r = resolve(s, c, tokens);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The people a place or thing hit stands for ("struck an ambulance convoy", "fired on a school", "the camp was
     * hit"): the verb's object or patient, else a phrase of {@link #THING_CASES}; null when none is such a thing.
     */
    private ActorResolver.Resolved thingHit(SentenceView s, int v, int object, ActorResolver.Resolved actor,
            List<Integer> tokens) {
        List<Integer> candidates = new ArrayList<>();
        if (object >= 0) {
            candidates.add(object);
        }
        for (int c : s.children(v, OBLIQUE)) {
            if (THING_CASES.contains(String.valueOf(s.caseMarker(c)).toLowerCase(java.util.Locale.ROOT))) {
                candidates.add(c);
            }
        }
        for (int c : candidates) {
            ActorResolver.Resolved r = actors.ownerOfThing(s, c, placePhrase(s, v), actor == null ? null
                    : actor.actor());
            if (r != null) {
                tokens.addAll(r.tokens());
                return r;
            }
        }
        return null;
    }

    /** "killed in Israeli tank shelling", "died in an air strike by government forces": who did the violence. */
    private ActorResolver.Resolved violenceActor(SentenceView s, int v, List<Integer> tokens) {
        for (int c : s.children(v, OBLIQUE)) {
            String marker = s.caseMarker(c);
            if (("in".equals(marker) || "by".equals(marker)) && ATTACK_NOUNS.contains(s.word(c))) {
                ActorResolver.Resolved r = actors.forcesOf(nouns.agentOf(s, c));
                if (r != null) {
                    tokens.add(c);
                    return r;
                }
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

    /** The subject, or the one of the verb this verb depends on, or the noun a relative clause describes. */
    static int subjectOf(SentenceView s, int v, int depth) {
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

    /**
     * The head of the "from" phrase of a verb of receiving or of its object ("faced criticism from the unions",
     * "came under fire from workers"), or -1.
     */
    static int disapprovalGiver(SentenceView s, int v, int object) {
        List<Integer> holders = new ArrayList<>(List.of(v));
        if (object >= 0) {
            holders.add(object);
        }
        for (int c : s.children(v)) {
            if (s.relation(c).startsWith("nmod") || s.relation(c).startsWith("obl")) {
                holders.add(c); // "came under fire from": the phrase may hang on "fire"
            }
        }
        for (int holder : holders) {
            for (int c : s.children(holder)) {
                if ((s.relation(c).startsWith("nmod") || s.relation(c).startsWith("obl"))
                        && "from".equals(lower(s.caseMarker(c)))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * The object of the governing verb when it, not the governor's subject, does what the verb says: "prompted the
     * government to accuse", "persuaded them to leave" (an infinitive complement of a verb of causing, after its
     * object), "denounced the government for threatening" (a gerund after "for"). -1 otherwise.
     */
    static int objectController(SentenceView s, int v) {
        int governor = s.head(v);
        if (governor < 0 || s.firstChild(v, SUBJECT) >= 0) {
            return -1;
        }
        String relation = s.relation(v);
        boolean infinitive = relation.equals("xcomp") && s.pos(v).startsWith("VB")
                && CAUSING_VERBS.contains(s.lemma(governor));
        boolean gerund = relation.equals("advcl") && s.pos(v).equals("VBG") && markedBy(s, v, CONTROLLED_MARKS);
        if (!infinitive && !gerund) {
            return -1;
        }
        int object = s.firstChild(governor, OBJECT);
        return object >= 0 && object < v && (s.isNoun(object) || s.pos(object).equals("PRP")) ? object : -1;
    }

    private static boolean markedBy(SentenceView s, int v, Set<String> marks) {
        for (int c : s.children(v, Set.of("mark", "case"))) {
            if (marks.contains(lower(s.word(c)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRelativePronoun(SentenceView s, int t) {
        return s.pos(t).startsWith("W") || Set.of("that", "which", "who").contains(s.word(t));
    }

    static int objectOf(SentenceView s, int v) {
        int object = s.firstChild(v, OBJECT);
        if (object >= 0) {
            return object;
        }
        for (int c : s.children(v, Set.of("xcomp"))) {
            int subject = s.firstChild(c, SUBJECT);
            if (subject >= 0 && s.pos(c).equals("VBN")) {
                return subject; // "released [the mayor jailed a year ago]": a small clause the parser made
            }
        }
        for (int c : s.children(v, OBLIQUE)) {
            String marker = s.caseMarker(c);
            if (marker != null && TARGET_CASES.contains(marker)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The object-case pronoun the parser made the subject of the verb's complement: "ordered [him held]", "let [them
     * add]", "forced [her to resign]". A complement's subject in the object case is the verb's own object (a finite
     * clause's subject would be "he", "they"), so it is whom the act was done to. Only after the verb; -1 when none.
     */
    static int objectCasedComplementSubject(SentenceView s, int v) {
        for (int c : s.children(v, COMPLEMENTS)) {
            int subject = s.firstChild(c, SUBJECT);
            if (subject > v && s.pos(subject).equals("PRP") && OBJECT_CASE.contains(s.word(subject))) {
                return subject;
            }
        }
        return -1;
    }

    /** The party {@link #objectCasedComplementSubject} names, peeked; null when none or the actor's own. */
    private ActorResolver.Resolved complementSubject(SentenceView s, int v, ActorResolver.Resolved actor,
            List<Integer> tokens) {
        int subject = objectCasedComplementSubject(s, v);
        ActorResolver.Resolved party = subject < 0 ? null : actors.peek(s, subject);
        if (party == null || actor != null && sameParty(actor, party)) {
            return null;
        }
        tokens.add(subject);
        return party;
    }

    /** A past participle with a subject and no auxiliary in a complement: "[the mayor] jailed a year ago". */
    private static boolean bareParticiple(SentenceView s, int v) {
        return s.pos(v).equals("VBN") && s.relation(v).equals("xcomp") && s.firstChild(v, Set.of("aux")) < 0;
    }

    /** The "by" phrase of a passive verb: "was bombed by Russian warplanes". */
    static int agentPhrase(SentenceView s, int v) {
        for (int c : s.children(v)) {
            if (s.relation(c).equals("obl:agent") || s.hasRelation(c, OBLIQUE) && "by".equals(s.caseMarker(c))) {
                return c;
            }
        }
        return -1;
    }

    /** "wants to attack", "vowed to crush", "pledged to send": the verb is what its subject means to do. */
    static boolean intended(SentenceView s, int v) {
        int governor = s.head(v);
        return s.relation(v).equals("xcomp") && governor >= 0 && INTENDING.contains(s.lemma(governor))
                && s.firstChild(governor, OBJECT) < 0 && !negated(s, governor) && !hypotheticalOnly(s, governor);
    }

    /** A habit told outside a story of war: no event (in a war story, "shells the town daily" is the war). */
    private boolean habitOutsideWar(SentenceView s, int v, String code) {
        return habitual(s, v, code) && !storyOfWar();
    }

    /**
     * "Whenever rioters stone the police, ...", "the software now scans the feeds": a material act (force, aid,
     * inspection: roots 06-09, 14-20) told in the simple present with a habit marker in its clause ({@link
     * #habitMarked}) is a habit or a rule, not a thing that happened (docs/events.md, session sixteen); without one
     * it is a caption or a present-tense lead, which tells what happened. Not in a story of war,
     * which tells its fighting as it goes on ("as the shelling intensifies"; the callers ask {@link #tellsOfWar}).
     * Only a verb that heads a clause: a noun tagged as a verb ("the forces' advances") has no tense. Words in the
     * present are left alone: "the ministry denies the claims", "the country stands ready" state a stance of the
     * day, as the development gold codes them.
     */
    static boolean habitual(SentenceView s, int v, String code) {
        String pos = s.pos(v);
        return (pos.equals("VBZ") || pos.equals("VBP")) && CLAUSE_HEADS.contains(s.relation(v))
                && MATERIAL_ROOTS.contains(CameoCodes.root(code)) && habitMarked(s, v);
    }

    /** Words that mark a present act as a habit ({@code habit-markers.txt}: "whenever", "routinely", "every"). */
    private static final Set<String> HABIT_MARKERS = WordTables.set("events/habit-markers.txt");
    /** Clauses of their own that a habit marker inside does not reach the verb from. */
    private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "parataxis", "conj", "csubj", "acl", "acl:relcl");

    /**
     * Whether the verb's clause (or, for a joined verb, its first verb's clause) holds a habit marker: a caption or
     * a present-tense lead ("Riot police detain a demonstrator during a protest", "a gunman opens fire at a
     * supermarket") tells what happened and has none (review, session sixteen).
     */
    private static boolean habitMarked(SentenceView s, int v) {
        List<Integer> clause = new ArrayList<>(s.subtree(v, OTHER_CLAUSES));
        if (s.relation(v).equals("conj") && s.head(v) >= 0) {
            clause.addAll(s.subtree(s.head(v), OTHER_CLAUSES));
        }
        for (int t : clause) {
            if (HABIT_MARKERS.contains(lower(s.word(t)))) {
                return true;
            }
        }
        return false;
    }

    /** "will meet", "is due to visit", "is set to sign": an act announced for later. */
    private static boolean scheduled(SentenceView s, int v) {
        for (int c : s.children(v)) {
            if (s.relation(c).equals("aux") && SCHEDULING.contains(s.word(c))) {
                return true;
            }
        }
        int governor = s.head(v);
        return s.relation(v).equals("xcomp") && governor >= 0 && SCHEDULING_HEADS.contains(s.word(governor));
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
        return hypotheticalOnly(s, v);
    }

    private static boolean hypotheticalOnly(SentenceView s, int v) {
        for (int x = v, steps = 0; x >= 0 && steps < 4; x = s.head(x), steps++) {
            for (int c : s.children(x)) {
                String r = s.relation(c);
                if (r.equals("aux") && HYPOTHETICAL.contains(s.word(c))
                        || r.equals("mark") && CONDITIONAL.contains(s.word(c))) {
                    return true;
                }
            }
            if (!SHARED_MODAL.contains(s.relation(x))) {
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
    private String refine(SentenceView s, int v, VerbEntries.Verb verb, Set<String> traits) {
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
        if (best != null) {
            traits.add("pattern");
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
        if (patternWord.startsWith("=")) {
            // "=sham": the word itself, neither a stem ("shame", "shambles") nor a lemma ("disgraced")
            String[] forms = lemmaAndWord.split("\\|");
            return forms[forms.length - 1].equals(patternWord.substring(1));
        }
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
