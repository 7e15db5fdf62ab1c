package org.dossier.extract.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.CountryCodes;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.extract.dictionaries.ActorDictionary;
import org.dossier.extract.dictionaries.ActorNames;
import org.dossier.extract.dictionaries.AgentDictionary;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.Actor;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;

/**
 * Turns the noun phrases of an article into canonical actors with CAMEO codes, or into nothing. A phrase is an
 * actor only by its head word: a person the article names ("French Foreign Minister Jean-Marc Ayrault", coded by
 * the dictionary or by the role the article gives them: FRAGOV); a country, organization or armed group of the
 * Phoenix dictionaries; a place that stands for a government ("Moscow", "the Kremlin"); an agent noun with the
 * country its modifiers name ("Syrian rebels" SYRREB, "UN troops" IGOUNOMIL, "its soldiers"), or else the country
 * the article is about ("the regime" in a story about Syria is SYRGOV); a member of a body ("a Pentagon official",
 * "members of Hamas"); an organization the article names. Anything else is no actor: "Russia-backed resolution",
 * "rebel-held areas", "source". Countries and sectors get canonical names ("Russia", "Syrian rebels"); coordinated
 * actors ("Russia and Iran") become one actor whose name lists them and whose code joins theirs with ";".
 *
 * <p>One resolver per article; it remembers the actors it has seen, in text order, for "they" and "it".
 */
public final class ActorResolver {

    /** What kind of thing an actor is: a person, a state, a sector of a state, or an organization or group. */
    public enum Kind { PERSON, STATE, SECTOR, ORGANIZATION }

    /**
     * An actor and the tokens of the phrase that names it.
     *
     * @param kind what the actor is
     * @param contextual whether its country came from the article rather than from the phrase
     */
    public record Resolved(Actor actor, List<Integer> tokens, Kind kind, boolean contextual) {
        public boolean person() {
            return kind == Kind.PERSON;
        }
    }

    private static final Set<String> NP_STOP = Set.of("conj", "cc", "acl", "advcl", "ccomp", "parataxis", "punct",
            "dep", "xcomp", "csubj", "appos");
    private static final Set<String> HE_SHE = Set.of("he", "she", "him", "her");
    private static final Set<String> THEY_IT = Set.of("they", "them", "it", "its", "their");
    /** The pronouns of one party: "it" and "its" never stand for "the villagers" or "Norland and Sudia". */
    private static final Set<String> SINGULAR = Set.of("it", "its");
    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom");
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "flat", "nmod", "det");
    private static final Set<String> OF_CASES = Set.of("of", "in", "from", "for");
    /** Words that make a country or group in a modifier someone else's ally, not the phrase's own country. */
    private static final Set<String> PATRONAGE = Set.of("backed", "allied", "sponsored", "supported", "aligned",
            "linked", "affiliated", "inspired", "held", "controlled", "led", "friendly", "occupied", "based");
    /**
     * Words for someone who speaks for a body, which the Phoenix agents code as media (MED): the body is what they
     * act for, so they name no sector of their own. actors/spokespeople.txt.
     */
    private static final Set<String> SPOKESPEOPLE = WordTables.set("actors/spokespeople.txt");
    /** Words for the people of a body, who act for it: "a Pentagon official", "members of Hamas". */
    private static final Set<String> MEMBERS = union(SPOKESPEOPLE, Set.of("member", "members", "leader", "leaders",
            "supporter", "supporters", "representative", "representatives", "delegation", "delegations", "delegate",
            "delegates", "envoy", "envoys", "head", "chief", "staff", "employees", "units", "unit", "wing", "branch",
            "elements", "commander", "commanders", "negotiator", "negotiators", "ambassador", "ambassadors",
            "diplomat", "diplomats", "minister", "ministers"));
    /** Members who speak and act for their country's government when the body named is a country. */
    private static final Set<String> GOVERNMENT_MEMBERS = union(SPOKESPEOPLE, Set.of("leader", "leaders",
            "representative", "representatives", "delegation", "delegations", "delegate", "delegates", "envoy",
            "envoys", "head", "negotiator", "negotiators", "ambassador", "ambassadors", "diplomat", "diplomats",
            "minister", "ministers"));
    private static final Set<String> MILITARY_MEMBERS = Set.of("commander", "commanders", "units", "unit");
    private static final Set<String> SUPPORTERS = Set.of("supporter", "supporters");
    /**
     * Titles of the head of any organisation, which the Phoenix agents code as a state's (GOV): a company's or a
     * union's president is not. actors/organization-heads.txt.
     */
    private static final Set<String> ORGANIZATION_HEADS = WordTables.set("actors/organization-heads.txt");
    /**
     * What the words of an organisation's name say of the sector of its head: a sector ("GOP" PTY, "Farm" AGR), or
     * {@link #NO_KIND} for a kind that is no company ("Foundation", "Committee"). actors/organization-kinds.tsv.
     */
    private static final Map<String, String> ORGANIZATION_KINDS = WordTables.map("actors/organization-kinds.tsv");
    private static final String NO_KIND = "-";
    /** The dictionary's code of a multinational company it gives no country. */
    private static final String MULTINATIONAL = "MNC";
    /**
     * The preposition that ties a head's title to the organisation employing its holder: "director at Orbit". Not
     * "of" nor "for": a capitalized word after them in a title is as often the office's function ("Chief of Staff",
     * "Director of Communications", "Vice President for Sales"), whose holder keeps the agents' role (review).
     */
    private static final String EMPLOYER_CASE = "at";
    /** The sector of news outlets. */
    private static final String OUTLET_SECTOR = "MED";
    /**
     * Occupations the agents code as private people (CVL) that say what someone does, not for whom: beside an
     * employer the role names ("a Lakeview University political scientist", "an Acme engineer") the person is the
     * employer's sector. actors/occupations.txt.
     */
    private static final Set<String> OCCUPATIONS = WordTables.set("actors/occupations.txt");
    /** Words that make an organisation's name a company's ("Inc.", "Airlines"). actors/company-words.txt. */
    private static final Set<String> COMPANY_WORDS = WordTables.set("actors/company-words.txt");
    /** Words that make a role one the person no longer holds. */
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "erstwhile", "onetime", "one-time");
    /** Roles whose "to" names the host of a posting, not the person's own country ("envoy to Ukraine"). */
    private static final Set<String> POSTINGS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "emissary",
            "emissaries", "consul", "consuls", "delegate", "delegates", "representative", "representatives",
            "attache", "attaché", "nuncio", "diplomat", "diplomats");
    /**
     * Roles whose "on" or "for" names their subject ("adviser on Russia", "envoy for Syria"), by kind: "subject" for
     * those whose country named before them is their subject too ("the top Ukraine expert"), "topical" for those
     * whose country before them is their own ("U.S. envoy"). actors/role-subjects.tsv.
     */
    private static final Map<String, String> TOPICAL_ROLES = WordTables.map("actors/role-subjects.tsv");
    /** The last words of a company's name: actors/company-forms.txt. */
    private static final Set<String> COMPANY_FORMS = WordTables.set("actors/company-forms.txt");
    private static final Set<String> TOPIC_CASES = Set.of("on", "for");
    /** Prepositions that say what a phrase is about, not where someone is from: "skeptic of Ukraine aid". */
    private static final Set<String> TOPIC_MARKERS = Set.of("of", "about", "on", "over", "toward", "towards",
            "against");
    private static final int NAME_WINDOW = 5;
    /** Offices and courts of one country, as whole words: actors/country-institutions.tsv. */
    private static final Map<Pattern, String> INSTITUTIONS = institutions();
    /** Places and things that stand for their people when violence hits them: actors/target-things.tsv. */
    private static final Map<String, String> THINGS = WordTables.map("actors/target-things.tsv");
    /** Sectors of a state that strike abroad: what they hit lies in another country than their own. */
    private static final Set<String> STATE_FORCES = Set.of("", "MIL", "GOV", "SPY");

    private final Dictionaries dictionaries;
    private final ActorNames names;
    private final ArticleContext context;
    private final Map<String, Optional<String>> personCodes = new HashMap<>();
    private final List<Integer> memoryOffsets = new ArrayList<>();
    private final List<Actor> memory = new ArrayList<>();
    /** Whether each remembered actor was named by a phrase that names many, which "it" does not stand for. */
    private final List<Boolean> memoryPlural = new ArrayList<>();
    private Map<String, Integer> countryCounts;
    private List<String> countryOrder;

    /** The article whose actors this resolves. */
    public ArticleContext context() {
        return context;
    }

    public ActorResolver(Dictionaries dictionaries, ArticleContext context) {
        this.dictionaries = dictionaries;
        this.names = dictionaries.names();
        this.context = context;
    }

    /**
     * The actor of the noun phrase headed by {@code head}, with its coordinated phrases ("Russia and Iran"), or
     * null when the phrase names no actor.
     */
    public Resolved resolve(SentenceView s, int head) {
        Resolved combined = peek(s, head);
        if (combined != null && !combined.person()) {
            remember(s.token(head).span().start(), combined.actor(), plural(s, head, combined.actor()));
        }
        return combined;
    }

    /**
     * The actor of the phrase headed by {@code head} alone, without its coordinated phrases: the first party of
     * "talks between Russia and Iran", whose second party is the coordinated phrase.
     */
    public Resolved resolveAlone(SentenceView s, int head) {
        Resolved single = resolveSingle(s, head);
        if (single != null && !single.person()) {
            remember(s.token(head).span().start(), single.actor(), plural(s, head, single.actor()));
        }
        return single;
    }

    /** The actor {@link #resolveAlone} would give, without keeping it for the pronouns that follow. */
    public Resolved peekAlone(SentenceView s, int head) {
        return resolveSingle(s, head);
    }

    /**
     * The actor {@link #resolve} would give, without keeping it for the pronouns that follow ("they", "it"): for
     * features that look at a phrase the rules may never take as an actor.
     */
    public Resolved peek(SentenceView s, int head) {
        List<Integer> conjuncts = new ArrayList<>();
        collectConjuncts(s, head, conjuncts, 0);
        List<Resolved> parts = new ArrayList<>();
        for (int conjunct : conjuncts) {
            Resolved part = resolveSingle(s, conjunct);
            if (part != null) {
                parts.add(part);
            }
        }
        return combine(parts);
    }

    /** The actors named anywhere among the tokens, coordinated ones combined: for what a quote is about. */
    public List<Resolved> actorsIn(SentenceView s, int first, int last) {
        List<Resolved> found = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Resolved r = nameAt(s, i, last);
            if (r != null) {
                found.add(r);
                i = r.tokens().get(r.tokens().size() - 1);
            }
        }
        return found;
    }

    /** The actor for a person entity: its name, and the code of the dictionary or of its role in the article. */
    public Actor person(Entity entity) {
        return new Actor(entity.name(), personCode(entity).orElse(null));
    }

    private void collectConjuncts(SentenceView s, int node, List<Integer> into, int depth) {
        into.add(node);
        if (depth > 4) {
            return;
        }
        for (int c : s.children(node)) {
            if (s.relation(c).equals("conj") && s.isNoun(c)) {
                collectConjuncts(s, c, into, depth + 1);
            }
        }
    }

    private Resolved resolveSingle(SentenceView s, int head) {
        if (context.inDateline(s.token(head).span().start())) {
            return null;
        }
        String word = s.word(head);
        if (s.pos(head).equals("PRP") || s.pos(head).equals("PRP$") || s.pos(head).startsWith("W")) {
            return pronoun(s, head, word);
        }
        if ((word.equals("latter") || word.equals("former")) && s.firstChild(head, Set.of("det")) >= 0) {
            Entity person = word.equals("latter") ? context.lastPersonBefore(s.token(head).span().start())
                    : context.personBeforeLast(s.token(head).span().start());
            return person == null ? null : personResolved(person, List.of(head));
        }
        List<Integer> tokens = npTokens(s, head);
        Entity atHead = personAt(s, head);
        if (atHead != null) {
            return personResolved(atHead, tokens);
        }
        Resolved named = nameCovering(s, head, tokens);
        if (named != null) {
            return named;
        }
        Entity bySurname = surnameReadAsAgent(s, head);
        if (bySurname != null) {
            return personResolved(bySurname, tokens);
        }
        Resolved agent = agentPhrase(s, head, tokens);
        if (agent != null) {
            return agent;
        }
        Resolved member = memberOf(s, head, tokens);
        if (member != null) {
            return member;
        }
        return organization(s, head, tokens);
    }

    /** The phrase's own tokens: not its clauses, and of its prepositional phrases only "of" ones. */
    private static List<Integer> npTokens(SentenceView s, int head) {
        List<Integer> tokens = s.subtree(head, NP_STOP);
        for (int c : s.children(head)) {
            if (s.hasRelation(c, Set.of("nmod")) && !s.relation(c).equals("nmod:poss")
                    && !"of".equals(s.caseMarker(c))) {
                tokens.removeAll(s.subtree(c, Set.of()));
            }
        }
        return tokens;
    }

    private Resolved pronoun(SentenceView s, int head, String word) {
        int offset = s.token(head).span().start();
        if (HE_SHE.contains(word) || word.equals("his")) {
            Entity person = context.lastPersonBefore(offset, word);
            return person == null ? null : personResolved(person, List.of(head));
        }
        if (THEY_IT.contains(word) || RELATIVE.contains(word)) {
            // The subject of the verb that reports the pronoun's clause comes before the last actor named:
            // "Hewlett-Packard said it would buy ..." is Hewlett-Packard whoever was named before.
            Actor last = RELATIVE.contains(word) ? null : reportingSubject(s, head);
            if (last == null) {
                last = lastActorBefore(offset, previousSentenceStart(s), SINGULAR.contains(word));
            }
            if (last == null && !RELATIVE.contains(word)) {
                last = antecedent(s, head);
            }
            return last == null ? null : new Resolved(last, List.of(head), kindOf(last.code()), false);
        }
        return null;
    }

    /** The non-person subject of the verb whose complement clause holds the pronoun ("X said it would ..."). */
    private Actor reportingSubject(SentenceView s, int pronoun) {
        return governingSubject(s, pronoun, Set.of("ccomp"));
    }

    /**
     * The subject, named before the pronoun and not a person, of the verb that governs the first clause of the
     * given relations above the pronoun; null when that clause's verb has none.
     */
    private Actor governingSubject(SentenceView s, int pronoun, Set<String> clauses) {
        for (int x = s.head(pronoun); x >= 0; x = s.head(x)) {
            if (s.relation(x).equals("ccomp") || s.relation(x).equals("advcl") || s.relation(x).equals("conj")) {
                if (!clauses.contains(s.relation(x))) {
                    return null;
                }
                int governor = s.head(x);
                int subject = governor < 0 ? -1 : s.firstChild(governor, Set.of("nsubj"));
                if (subject >= 0 && subject < pronoun && !s.pos(subject).startsWith("PRP")) {
                    Resolved r = resolveSingle(s, subject);
                    if (r != null && !r.person()) {
                        return r.actor();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * What "they" or "it" stands for when no actor was resolved before it: the subject of the verb whose clause
     * holds the pronoun ("Rebels say they have retaken ..."), else the nearest noun before it in the sentence
     * that names an actor other than a person.
     */
    private Actor antecedent(SentenceView s, int pronoun) {
        Actor governing = governingSubject(s, pronoun, Set.of("ccomp", "advcl", "conj"));
        if (governing != null) {
            return governing;
        }
        for (int t = pronoun - 1; t >= 0; t--) {
            if (s.pos(t).startsWith("NN") && (s.relation(t).startsWith("nsubj") || s.relation(t).equals("obj"))) {
                Resolved r = resolveSingle(s, t);
                if (r != null && !r.person()) {
                    return r.actor();
                }
            }
        }
        return null;
    }

    /** The person whose mention covers the head word ("Ayrault" of "French Foreign Minister Jean-Marc Ayrault"). */
    private Entity personAt(SentenceView s, int head) {
        Mention mention = context.mentionAt(s.token(head).span().start());
        if (mention != null && mention.type() == EntityType.PERSON) {
            return context.entityOf(mention);
        }
        // A title heading an appositive name: "the allied commander in Freedonia, General Ana Roth"
        for (int c : s.children(head)) {
            if (s.relation(c).equals("appos")) {
                Mention m = context.mentionAt(s.token(c).span().start());
                if (m != null && m.type() == EntityType.PERSON) {
                    return context.entityOf(m);
                }
            }
        }
        return null;
    }

    /**
     * A capitalised word that an agent list holds and that is the surname of a person named earlier in the article:
     * the person, not the sector ("Msgr. Baker said", "Farmer added" after "Anna Farmer", whom the entity
     * tagger missed the second time). Only a proper-noun tag that is not the sentence's first word counts, so
     * that a headline's or sentence's "Farmers protested" stays a sector; and not a title with an article or an "of"
     * ("the Bishop of Lakeview", "the King" after a Tom King), which a surname never has.
     */
    private Entity surnameReadAsAgent(SentenceView s, int head) {
        String word = s.token(head).word(); // as written: the view's words are lower-cased
        if (head == 0 || !s.pos(head).startsWith("NNP") || !Character.isUpperCase(word.charAt(0))
                || agentEndingAt(s, head) == null || readsAsATitle(s, head)) {
            return null;
        }
        for (Mention m : context.personMentionsBefore(s.token(head).span().start())) {
            Entity person = context.entityOf(m);
            if (person == null) {
                continue;
            }
            String[] names = person.name().split("\\s+");
            if (names.length > 1 && names[names.length - 1].equals(word)) {
                return person;
            }
        }
        return null;
    }

    /** Whether the word has a determiner ("the King") or an "of" phrase ("Bishop of Lakeview"): a title. */
    private static boolean readsAsATitle(SentenceView s, int head) {
        if (!s.children(head, Set.of("det")).isEmpty()) {
            return true;
        }
        return s.children(head, Set.of("nmod")).stream().anyMatch(c -> "of".equals(s.caseMarker(c)));
    }

    private Resolved personResolved(Entity person, List<Integer> tokens) {
        return new Resolved(person(person), tokens, Kind.PERSON, false);
    }

    /**
     * A dictionary name or metonym whose words cover the head: "Russia", "the Kremlin", "the European Union",
     * "Hamas". A country followed by an agent word inside the same name keeps the agent ("Iraqi Army").
     */
    private Resolved nameCovering(SentenceView s, int head, List<Integer> tokens) {
        for (int start = Math.max(0, head - NAME_WINDOW); start <= head; start++) {
            if (!tokens.contains(start) || !isName(s, start)) {
                continue;
            }
            Optional<ActorDictionary.Match> metonym = dictionaries.metonyms().match(s.words(), start, null);
            if (metonym.isPresent() && start + metonym.get().length() > head) {
                String code = metonym.get().entry().code();
                return new Resolved(new Actor(canonicalName(code, metonym.get().entry().name()), code),
                        range(start, head), kindOf(code), false);
            }
            Optional<ActorDictionary.Match> actor = dictionaries.actors().match(s.words(), start, context.published());
            if (actor.isPresent() && start + actor.get().length() > head) {
                String code = companyAsBusiness(actor.get().entry().code());
                String surface = surface(s, range(start, start + actor.get().length() - 1));
                String name = isOutlet(code) ? actor.get().entry().name() : canonicalName(code, surface);
                return new Resolved(new Actor(name, code), range(start, head), kindOf(code), false);
            }
        }
        return null;
    }

    /**
     * An agent noun heading the phrase ("rebels", "the foreign minister", "security forces") and the country or
     * body its modifiers name ("Syrian", "UN", "its", "of Syria"), else the article's country.
     */
    private Resolved agentPhrase(SentenceView s, int head, List<Integer> tokens) {
        String agent = agentEndingAt(s, head);
        if (agent == null) {
            return null;
        }
        List<String> owners = owners(s, head, tokens);
        boolean contextual = owners.isEmpty();
        if (contextual) {
            String country = mainCountry();
            owners = List.of(country == null ? ActorNames.UNKNOWN_COUNTRY : country);
        }
        List<String> codes = new ArrayList<>();
        for (String owner : owners) {
            codes.add(withAgent(owner, agent));
        }
        String code = String.join(";", codes);
        return new Resolved(new Actor(canonicalName(code, surface(s, tokens)), code), tokens, Kind.SECTOR,
                contextual);
    }

    /** The agent code of a dictionary agent phrase that ends at the head word, by its word or its lemma. */
    private String agentEndingAt(SentenceView s, int head) {
        for (int start = Math.max(0, head - 3); start <= head; start++) {
            Optional<AgentDictionary.Match> m = dictionaries.agents().match(s.words(), start);
            if (m.isEmpty() && start == head && !s.lemma(head).equals(s.word(head))) {
                m = dictionaries.agents().match(List.of(s.lemma(head)), 0);
            }
            if (m.isPresent() && start + m.get().length() - 1 == head
                    && !(m.get().length() == 1 && SPOKESPEOPLE.contains(s.word(head).toLowerCase(Locale.ROOT)))) {
                return m.get().entry().code();
            }
        }
        return null;
    }

    /**
     * The codes of the countries or bodies that the head's modifiers name as its own: "Syrian" and "Turkish" of
     * "Syrian and Turkish troops", "UN" of "UN troops", "its", "of Syria". A modifier that makes them someone's
     * ally ("Turkey-backed rebels") names none.
     */
    private List<String> owners(SentenceView s, int head, List<Integer> tokens) {
        List<String> codes = new ArrayList<>();
        for (int c : s.children(head)) {
            String relation = s.relation(c);
            boolean modifier = MODIFIERS.contains(relation) || relation.startsWith("nmod") || relation.equals("flat");
            if (!modifier || relation.startsWith("nmod") && !relation.equals("nmod:poss")
                    && !OF_CASES.contains(String.valueOf(s.caseMarker(c)))) {
                continue;
            }
            for (int m : s.subtree(c, Set.of("acl", "advcl", "punct"))) {
                if (isPatronage(s, m)) {
                    continue;
                }
                String code = ownerAt(s, m);
                if (code != null && !codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private static boolean isPatronage(SentenceView s, int t) {
        String word = s.word(t);
        int dash = word.lastIndexOf('-');
        return dash > 0 && PATRONAGE.contains(word.substring(dash + 1))
                || t + 2 < s.size() && s.word(t + 1).equals("-") && PATRONAGE.contains(s.word(t + 2));
    }

    /** The code of a country, body or metonym named at the token, or of the actor a possessive pronoun means. */
    private String ownerAt(SentenceView s, int t) {
        if (s.pos(t).equals("PRP$") || s.word(t).equals("its") || s.word(t).equals("their")) {
            Actor last = lastActorBefore(s.token(t).span().start(), previousSentenceStart(s),
                    SINGULAR.contains(s.word(t).toLowerCase(Locale.ROOT)));
            return last == null || last.code() == null ? null : last.code().split(";")[0];
        }
        if (!isName(s, t)) {
            return null;
        }
        Optional<ActorDictionary.Match> metonym = dictionaries.metonyms().match(s.words(), t, null);
        if (metonym.isPresent()) {
            return metonym.get().entry().code(); // "Cairo" of "Cairo-branch members": its government, whole
        }
        String code = bodyAt(s, t);
        return code != null && code.length() >= 3 && names.isCountry(code.substring(0, 3)) ? code.substring(0, 3)
                : code;
    }

    /**
     * The whole code of a country, body or metonym the dictionaries name at the token ("NASA" USAGOV, "Disney"
     * USABUS), or null: unlike {@link #ownerAt}, a body of a country keeps its sector.
     */
    private String bodyAt(SentenceView s, int t) {
        if (!isName(s, t)) {
            return null;
        }
        Optional<ActorDictionary.Match> metonym = dictionaries.metonyms().match(s.words(), t, null);
        if (metonym.isPresent()) {
            return metonym.get().entry().code();
        }
        Optional<ActorDictionary.Match> actor = dictionaries.actors().match(s.words(), t, context.published());
        return actor.isEmpty() ? null : companyAsBusiness(actor.get().entry().code());
    }

    /** Whether a code is a country's sector ("USAGOV", "USABUS"), not a bare country or another body. */
    private boolean isCountrySector(String code) {
        return code != null && code.length() >= 6 && names.isCountry(code.substring(0, 3))
                && names.isSector(code.substring(3, 6));
    }

    /**
     * A country or body with an agent: "SYR" + "REB"; the people of a country's sector are that country's ("her
     * coworkers" after a police officer are civilians, "the regime's forces" its military); a company's and any
     * other body's code keeps its own.
     */
    private String withAgent(String owner, String agent) {
        if (owner.length() == 3 || owner.startsWith("IGO") || owner.equals(ActorNames.UNKNOWN_COUNTRY)) {
            return owner + agent;
        }
        if (owner.length() == 6 && names.isCountry(owner.substring(0, 3)) && names.isSector(owner.substring(3))
                && !owner.endsWith("BUS")) { // a company's employees act for it
            return owner.substring(0, 3) + agent;
        }
        return owner;
    }

    /** "a Pentagon official", "members of Hamas", "Chinese diplomats": the body the members act for. */
    private Resolved memberOf(SentenceView s, int head, List<Integer> tokens) {
        if (!MEMBERS.contains(s.word(head))) {
            return null;
        }
        List<String> owners = owners(s, head, tokens);
        String modifierAgent = modifierAgent(s, head);
        boolean contextual = owners.isEmpty();
        if (contextual && modifierAgent == null) {
            return null;
        }
        if (contextual) {
            // "a police spokesman": the members of the article's country's police
            String country = mainCountry();
            owners = List.of(country == null ? ActorNames.UNKNOWN_COUNTRY : country);
        }
        List<String> codes = new ArrayList<>();
        for (String owner : owners) {
            if (owner.length() == 3 && names.isCountry(owner) || owner.equals(ActorNames.UNKNOWN_COUNTRY)) {
                codes.add(owner + (modifierAgent != null ? modifierAgent
                        : GOVERNMENT_MEMBERS.contains(s.word(head)) ? "GOV"
                        : MILITARY_MEMBERS.contains(s.word(head)) ? "MIL" : ""));
            } else {
                codes.add(owner);
            }
        }
        String code = String.join(";", codes);
        return new Resolved(new Actor(canonicalName(code, surface(s, tokens)), code), tokens, kindOf(code),
                contextual);
    }

    /**
     * The sector an agent word in a member's phrase names: "police" of "a police spokesman", "ministry" of "a
     * spokesman for the ministry"; or null.
     */
    private String modifierAgent(SentenceView s, int head) {
        // the body supporters back is not theirs: "supporters of the police"
        boolean ofPhrase = !SUPPORTERS.contains(s.word(head));
        for (int c : s.children(head)) {
            String relation = s.relation(c);
            if (c < head && (relation.equals("compound") || relation.equals("amod"))
                    || ofPhrase && c > head && relation.startsWith("nmod")
                            && OF_CASES.contains(String.valueOf(s.caseMarker(c)))) {
                String agent = agentEndingAt(s, c);
                if (agent != null) {
                    return agent;
                }
            }
        }
        return null;
    }

    /**
     * An organization the article names and the dictionaries lack ("the Staunton Police Department", "Samaritan's
     * Purse"): its entity name, coded by the agent words in its name with the article's country.
     */
    private Resolved organization(SentenceView s, int head, List<Integer> tokens) {
        Mention mention = context.mentionAt(s.token(head).span().start());
        if (mention == null || mention.type() != EntityType.ORGANIZATION) {
            return null;
        }
        Entity entity = context.entityOf(mention);
        String agent = null;
        for (int t : tokens) {
            if (mention.span().contains(s.token(t).span().start())) {
                Optional<AgentDictionary.Match> m = dictionaries.agents().match(s.words(), t);
                if (m.isPresent()) {
                    agent = m.get().entry().code();
                }
            }
        }
        if (agent == null && endsInCompanyForm(mention.text())) {
            agent = "BUS";
        }
        String code = null;
        if (agent != null) {
            String country = mainCountry();
            code = (country == null ? ActorNames.UNKNOWN_COUNTRY : country) + agent;
        }
        String name = entity != null ? entity.name() : mention.text();
        return new Resolved(new Actor(name, code), tokens, Kind.ORGANIZATION, agent != null);
    }

    /** Whether an organization's name ends in a company's legal form or trade word: "Qarlin Inc.", "X Holdings". */
    private static boolean endsInCompanyForm(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return COMPANY_FORMS.contains(words[words.length - 1]);
    }

    /** A name among the tokens starting at {@code i}: a person, a dictionary actor or a metonym. */
    private Resolved nameAt(SentenceView s, int i, int last) {
        Mention mention = context.mentionAt(s.token(i).span().start());
        if (mention != null && mention.type() == EntityType.PERSON && context.entityOf(mention) != null) {
            int end = i;
            while (end + 1 <= last && s.token(end + 1).span().end() <= mention.span().end()) {
                end++;
            }
            return personResolved(context.entityOf(mention), range(i, end));
        }
        if (!isName(s, i)) {
            return null;
        }
        Optional<ActorDictionary.Match> metonym = dictionaries.metonyms().match(s.words(), i, null);
        if (metonym.isPresent()) {
            String code = metonym.get().entry().code();
            return new Resolved(new Actor(canonicalName(code, metonym.get().entry().name()), code),
                    range(i, i + metonym.get().length() - 1), kindOf(code), false);
        }
        Optional<ActorDictionary.Match> actor = dictionaries.actors().match(s.words(), i, context.published());
        if (actor.isEmpty()) {
            return null;
        }
        int end = i + actor.get().length() - 1;
        String code = companyAsBusiness(actor.get().entry().code());
        if (names.isCountry(code) && isTownOf(s, i, end, actor.get().entry().name())) {
            return null;
        }
        if (names.isCountry(code) && end + 1 <= last) {
            Optional<AgentDictionary.Match> agent = dictionaries.agents().match(s.words(), end + 1);
            if (agent.isPresent()) {
                end += agent.get().length();
                code += agent.get().entry().code();
            }
        }
        String surface = surface(s, range(i, end));
        String name = isOutlet(code) ? actor.get().entry().name() : canonicalName(code, surface);
        return new Resolved(new Actor(name, code), range(i, end), kindOf(code), false);
    }

    /**
     * Whether a dictionary's code is a country's media ("GBRMED"): an outlet keeps its own name ("BBC"), which tells
     * which outlet it is (the rule of an outlet's report matches its words), where "British media" would not.
     */
    private static boolean isOutlet(String code) {
        return code.length() == 6 && code.endsWith(OUTLET_SECTOR);
    }

    private Resolved combine(List<Resolved> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<String> partNames = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        List<Integer> tokens = new ArrayList<>();
        boolean contextual = false;
        for (Resolved part : parts) {
            if (!partNames.contains(part.actor().name())) {
                partNames.add(part.actor().name());
            }
            if (part.actor().code() != null) {
                codes.add(part.actor().code());
            }
            tokens.addAll(part.tokens());
            contextual |= part.contextual();
        }
        if (partNames.size() == 1) {
            return parts.get(0);
        }
        String name = partNames.size() == 2 ? partNames.get(0) + " and " + partNames.get(1)
                : String.join(", ", partNames.subList(0, partNames.size() - 1)) + " and " + partNames.getLast();
        Kind kind = parts.stream().allMatch(Resolved::person) ? Kind.PERSON : parts.getFirst().kind();
        return new Resolved(new Actor(name, codes.isEmpty() ? null : String.join(";", codes)), tokens, kind,
                contextual);
    }

    /** A country's or sector's canonical name; an organization, group or metonym keeps the name it has. */
    private String canonicalName(String code, String fallback) {
        List<String> parts = new ArrayList<>();
        for (String one : code.split(";")) {
            String name = names.nameOf(one);
            if (name == null) {
                return fallback;
            }
            if (!parts.contains(name)) {
                parts.add(name);
            }
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private Kind kindOf(String code) {
        if (code == null) {
            return Kind.ORGANIZATION;
        }
        String first = code.split(";")[0];
        if (first.length() == 3 && names.isCountry(first)) {
            return Kind.STATE;
        }
        boolean countrySector = first.length() >= 6 && (names.isCountry(first.substring(0, 3))
                || first.startsWith(ActorNames.UNKNOWN_COUNTRY)) && names.isSector(first.substring(3, 6));
        return countrySector ? Kind.SECTOR : Kind.ORGANIZATION;
    }

    private Optional<String> personCode(Entity entity) {
        return personCodes.computeIfAbsent(entity.id(), id -> findPersonCode(entity));
    }

    /**
     * The dictionary's code for the name, else the code of the role the article gives the person in the words of
     * a mention's own phrase ("French Foreign Minister Jean-Marc Ayrault", "Ruritania's envoy to Canada, Liu
     * Xiaoming"): the country or body it names with the role's sector; a role that names no country takes the
     * article's.
     */
    private Optional<String> findPersonCode(Entity entity) {
        List<String> nameWords = List.of(entity.name().toLowerCase(Locale.ROOT).split("\\s+"));
        Optional<ActorDictionary.Match> byName = dictionaries.actors().match(nameWords, 0, context.published());
        if (byName.isPresent() && byName.get().length() == nameWords.size()) {
            return Optional.of(companyAsBusiness(byName.get().entry().code()));
        }
        Optional<String> agentOnly = Optional.empty();
        Set<String> hosts = new HashSet<>();
        for (Mention mention : entity.mentions()) {
            SentenceView s = context.sentenceAt(mention.span().start());
            if (s == null || !s.parsed()) {
                continue;
            }
            int head = mentionHead(s, mention);
            if (head < 0) {
                continue;
            }
            Optional<String> role = roleOf(s, head, mention, hosts);
            if (role.isPresent() && !role.get().startsWith(ActorNames.UNKNOWN_COUNTRY)) {
                return role.map(this::privatePerson);
            }
            if (role.isPresent() && agentOnly.isEmpty()) {
                agentOnly = role;
            }
        }
        // the envoy to Ukraine or the Ukraine expert of a story about Ukraine serves the story's other country
        String country = mainCountryBut(hosts);
        if (country == null && agentOnly.isPresent() && agentOnly.get().equals(ActorNames.UNKNOWN_COUNTRY)) {
            return Optional.empty(); // a role of another country than the only one named: no code to give
        }
        return agentOnly.map(code -> country == null ? code : country + code.substring(3));
    }

    /**
     * A person whose role names a country and no sector ("a Vermont poet", "American filmmaker Woody Allen") is a
     * private person of it (USACVL), as the gold codes people: a named person always has a sector, never a bare
     * country.
     */
    private String privatePerson(String code) {
        return code.length() == 3 && names.isCountry(code) ? code + "CVL" : code;
    }

    /** The token of a mention whose head lies outside it. */
    private static int mentionHead(SentenceView s, Mention mention) {
        int first = s.tokenAt(mention.span().start());
        int last = s.tokenAt(Math.max(mention.span().start(), mention.span().end() - 1));
        if (first < 0 || last < first) {
            return -1;
        }
        for (int t = last; t >= first; t--) {
            int h = s.head(t);
            if (h < first || h > last) {
                return t;
            }
        }
        return last;
    }

    /**
     * The role in the phrase of a person's mention: the words before the name in its own phrase, or a phrase in
     * apposition to it (either way round).
     */
    private Optional<String> roleOf(SentenceView s, int head, Mention mention, Set<String> hosts) {
        List<List<Integer>> phrases = new ArrayList<>();
        List<Integer> own = new ArrayList<>();
        for (int c : s.children(head)) {
            if (c < head && !mention.span().contains(s.token(c).span().start())
                    && Set.of("compound", "amod", "nmod:poss", "flat").contains(s.relation(c))) {
                own.addAll(s.subtree(c, Set.of("acl", "advcl", "punct")));
            }
        }
        phrases.add(own);
        // "Dana Holt, Regional Head, Europe, Acme Hotels Corp.": an organisation's name in apposition of its own
        // belongs with the title of each other apposition
        List<Integer> organizations = new ArrayList<>();
        for (int c : s.children(head)) {
            if (s.relation(c).equals("appos") && inOrganizationName(s, c)) {
                organizations.addAll(s.subtree(c, NP_STOP));
            }
        }
        for (int c : s.children(head)) {
            if (s.relation(c).equals("appos")) {
                List<Integer> phrase = new ArrayList<>(s.subtree(c, NP_STOP));
                organizations.stream().filter(t -> !phrase.contains(t)).forEach(phrase::add);
                phrases.add(phrase);
            }
        }
        if (s.relation(head).equals("appos") && s.head(head) >= 0) {
            phrases.add(s.subtree(s.head(head), NP_STOP).stream().filter(t -> !s.dominates(head, t)).toList());
        }
        if (namedAsThePostingsPlace(s, head)) {
            // "China's ambassador to Britain Liu Wei", "U.S. envoy to Ukraine Kurt Volker": the parse reads the name
            // as the end of the "to" phrase, so the title and its owner sit above the name, not in its phrase; first,
            // as its own words ("Britain") tell only where the posting is
            phrases.add(0, s.subtree(s.head(head), NP_STOP).stream()
                    .filter(t -> !mention.span().contains(s.token(t).span().start())).toList());
        }
        for (List<Integer> phrase : phrases) {
            Optional<String> role = roleIn(s, phrase, hosts);
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the person's name ends the "to" phrase of an ambassador's or envoy's title ("ambassador to Britain Liu
     * Wei"): a person is never the place someone is posted to, so the title is the person's own.
     */
    private static boolean namedAsThePostingsPlace(SentenceView s, int head) {
        int governor = s.head(head);
        return governor >= 0 && s.relation(head).startsWith("nmod") && "to".equalsIgnoreCase(s.caseMarker(head))
                && POSTINGS.contains(s.word(governor).toLowerCase(Locale.ROOT));
    }

    /**
     * The code a role phrase gives: its owner (country, body) with its agent's sector. A country the role is posted
     * to or is about goes to {@code hosts}.
     */
    private Optional<String> roleIn(SentenceView s, List<Integer> phrase, Set<String> hosts) {
        String owner = null;
        String agent = null;
        boolean former = false;
        boolean hosted = false;
        boolean ownerInPhrase = false;
        String body = null;
        boolean headOfOrganization = false;
        boolean ownerInName = false;
        boolean company = false;
        String employerAgent = null;
        boolean occupationOnly = false;
        for (int t : phrase) {
            if (isPatronage(s, t)) {
                continue;
            }
            former |= FORMER.contains(s.word(t));
            String code = ownerAt(s, t);
            boolean inName = inOrganizationName(s, t);
            boolean placeInName = inName && code != null && placeInLongerName(s, t);
            if (placeInName && code.length() > 3 && names.isCountry(code.substring(0, 3))) {
                code = code.substring(0, 3); // "London" of "Kingsbridge College London": where it is, not a government
            }
            if (MULTINATIONAL.equals(code)) {
                company = true; // "Zentrix Hotels" the dictionary codes a multinational of no country: a company
                code = null;
            }
            boolean country = code != null && code.length() == 3 && names.isCountry(code);
            if (code != null && (postedTo(s, t) || country && isTopic(s, t))) {
                if (country) {
                    hosts.add(code);
                    hosted = true;
                }
                code = null;
            }
            if (code != null && owner == null) {
                owner = code;
                body = bodyAt(s, t);
                ownerInPhrase = inTopicPhrase(s, t, phrase);
                ownerInName = placeInName && country;
            }
            // a word of an organisation's name tells the person's sector only as the name's head does: "King" of
            // "professor at King's Hall College" is no state's, "College" is
            String a = inName ? nameAgent(s, t) : agentEndingAt(s, t);
            headOfOrganization |= ORGANIZATION_HEADS.contains(s.word(t).toLowerCase(Locale.ROOT));
            if (a != null && inName) {
                employerAgent = a;
            }
            if (a != null) {
                agent = a;
                occupationOnly = OCCUPATIONS.contains(s.word(t).toLowerCase(Locale.ROOT));
            } else if (GOVERNMENT_MEMBERS.contains(s.word(t))) {
                agent = agent == null ? "GOV" : agent;
            } else if (MILITARY_MEMBERS.contains(s.word(t))) {
                agent = agent == null ? "MIL" : agent;
            }
        }
        if (occupationOnly && (employerAgent != null || company)) {
            // the employer's sector, which the occupation's CVL would hide where the name comes first
            agent = employerAgent != null ? employerAgent : "BUS";
        }
        if (former && (owner != null || agent != null)) {
            // CAMEO's elites: former officials speak for no body ("a former U.N. envoy, Dana Holt" is USAELI)
            String country = owner != null && owner.length() >= 3 && names.isCountry(owner.substring(0, 3))
                    ? owner.substring(0, 3) : mainCountryBut(hosts);
            return Optional.of((country == null ? ActorNames.UNKNOWN_COUNTRY : country) + "ELI");
        }
        if (company && owner == null && (agent == null || agent.equals("GOV"))) {
            agent = "BUS";
        }
        if ((owner == null || ownerInName) && headOfOrganization && (agent == null || agent.equals("GOV"))) {
            // "NFU president Minette Batters", "Rob Kell, President Acme Europe": the head of an
            // organisation the dictionaries lack is its, not a state's (the agents code "president" as GOV)
            // A title ties the person to the organisation the phrase names, whatever its words tell: where they
            // tell no sector ("president of Zentrix", "a foundation's director"), no state's either
            // A country in the organisation's name ("American Farm Federation", "Acme North America") is where it is,
            // and says no more of its head's role than its other words
            String sector = organizationSectorIn(s, phrase);
            if (sector == null && namesAnOrganization(s, phrase)) {
                return Optional.empty();
            }
            agent = sector != null ? sector : agent;
        }
        if (owner == null) {
            // "the top Ukraine expert": a role of someone of another country, which the article tells
            return agent == null && !hosted ? Optional.empty()
                    : Optional.of(ActorNames.UNKNOWN_COUNTRY + (agent == null ? "" : agent));
        }
        boolean country = owner.length() == 3 && names.isCountry(owner);
        if (country && agent == null && ownerInPhrase) {
            // "a loud critic of aid to Ukraine": a country in a phrase of what a word that is no role is about
            return Optional.empty();
        }
        if (country && isCountrySector(body) && (agent == null || headOfOrganization && agent.equals("GOV"))) {
            // "NASA Administrator Jim Bridenstine", "Acme Co. executive Lee Park", "Disney president": a
            // person whose role names a body of a country and no sector of their own, or only a head's title, acts
            // for that body (USAGOV, USABUS)
            return Optional.of(body);
        }
        return Optional.of(agent != null && country ? owner + agent : owner);
    }

    /**
     * The sector of the first organisation among the tokens that the dictionaries lack, by the agent words of its
     * whole name (the last one, the name's head: "National Farmers' Union" LAB, "King's Hall College" EDU), else by
     * the words of actors/organization-kinds.tsv ("11th District GOP organization" PTY, "Housing Agency" GOV; a sector
     * there wins over a kind that names none), else a company's where a company word names one ("MORE Power",
     * "Acme, Inc."; actors/company-words.txt). Null when the tokens name no organisation, one of a kind that tells
     * no sector ("the Wikimedia Foundation"), or one that no word tells ("NAACP", "FIFA").
     */
    private String organizationSectorIn(SentenceView s, List<Integer> tokens) {
        for (int t : tokens) {
            Mention mention = context.mentionAt(s.token(t).span().start());
            if (mention == null || mention.type() != EntityType.ORGANIZATION) {
                continue;
            }
            List<Integer> name = nameTokens(s, mention);
            String agent = null;
            String kind = null;
            for (int u : name) {
                String a = agentEndingAt(s, u);
                agent = a != null ? a : agent;
                String word = ORGANIZATION_KINDS.get(s.word(u).toLowerCase(Locale.ROOT));
                kind = word == null || kind != null && !kind.equals(NO_KIND) ? kind : word;
            }
            if (agent != null) {
                return agent;
            }
            if (kind == null) {
                // a company only where a company word says so: "NAACP president", "FIFA president" are none
                return namesACompany(s, name) ? "BUS" : null;
            }
            return kind.equals(NO_KIND) ? null : kind;
        }
        return null;
    }

    /** The tokens of the sentence that an entity's mention covers: its whole name, "Acme, Inc." with its "Inc.". */
    private static List<Integer> nameTokens(SentenceView s, Mention mention) {
        List<Integer> name = new ArrayList<>();
        for (int u = 0; u < s.size(); u++) {
            if (mention.span().contains(s.token(u).span().start())) {
                name.add(u);
            }
        }
        return name;
    }

    /** Whether a company word is among the tokens of an organisation's name ("Inc.", "Airlines", "Power"). */
    private static boolean namesACompany(SentenceView s, List<Integer> name) {
        for (int u : name) {
            String word = s.word(u).toLowerCase(Locale.ROOT);
            word = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (COMPANY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token names a country or a capital ("American", "London") inside a longer organisation's name
     * ("American Farm Federation", "Kingsbridge College London"), not a body of the dictionaries ("Disney", "NASA"), a
     * metonym that is the whole name ("the Kremlin"), nor one in the name of a state's body by its words.
     */
    private boolean placeInLongerName(SentenceView s, int t) {
        List<Integer> name = nameTokens(s, context.mentionAt(s.token(t).span().start()));
        int nameLength = name.size();
        if (name.stream().anyMatch(u -> "GOV".equals(ORGANIZATION_KINDS.get(s.word(u).toLowerCase(Locale.ROOT))))) {
            return false; // "Washington State Department of Health": a state's body, whose place is its government
        }
        Optional<ActorDictionary.Match> metonym = dictionaries.metonyms().match(s.words(), t, null);
        if (metonym.isPresent()) {
            return metonym.get().length() < nameLength;
        }
        String whole = bodyAt(s, t);
        return whole != null && whole.length() == 3 && names.isCountry(whole) && nameLength > 1;
    }

    /** The agent code of the last agent word of the organisation's name at the token: its head's, or null. */
    private String nameAgent(SentenceView s, int t) {
        String agent = null;
        for (int u : nameTokens(s, context.mentionAt(s.token(t).span().start()))) {
            String a = agentEndingAt(s, u);
            agent = a != null ? a : agent;
        }
        return agent;
    }

    /** Whether the token lies in the name of an organisation the text names ("King" of "King's Hall College"). */
    private boolean inOrganizationName(SentenceView s, int t) {
        Mention mention = context.mentionAt(s.token(t).span().start());
        return mention != null && mention.type() == EntityType.ORGANIZATION;
    }

    /**
     * Whether a role phrase names an organisation: a name tagged as one ("president of Zentrix Labs"), or a proper
     * noun the tagger left untyped in the "at" phrase of a head's title ("vice president at Blue Harbor"). A place
     * or a person is none, and so is the function in "Chief of Staff" or "Director of Communications".
     */
    private boolean namesAnOrganization(SentenceView s, List<Integer> phrase) {
        for (int t : phrase) {
            Mention mention = context.mentionAt(s.token(t).span().start());
            if (mention != null) {
                if (mention.type() == EntityType.ORGANIZATION) {
                    return true;
                }
                continue;
            }
            int head = s.head(t);
            String marker = s.caseMarker(t);
            if (s.pos(t).startsWith("NNP") && s.relation(t).startsWith("nmod") && head >= 0 && marker != null
                    && marker.equalsIgnoreCase(EMPLOYER_CASE)
                    && ORGANIZATION_HEADS.contains(s.word(head).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token lies in a phrase of what a person's phrase is about: "Ukraine" of "skeptic of Ukraine aid",
     * "critic on Russia"; not where they come from ("a marathoner from Kenya", "a nurse in Gaza").
     */
    private static boolean inTopicPhrase(SentenceView s, int t, List<Integer> phrase) {
        for (int n = t, steps = 0; n >= 0 && phrase.contains(n) && steps < 4; n = s.head(n), steps++) {
            String marker = s.caseMarker(n);
            if (s.relation(n).startsWith("nmod") && marker != null
                    && TOPIC_MARKERS.contains(marker.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token lies in the "to" phrase of a diplomatic role: the country an ambassador or envoy is posted
     * to ("the former envoy for Ukraine, Lee Park") is not the one they serve.
     */
    private static boolean postedTo(SentenceView s, int t) {
        for (int n = t, steps = 0; n >= 0 && steps < 4; n = s.head(n), steps++) {
            int head = s.head(n);
            if (head >= 0 && s.relation(n).startsWith("nmod") && "to".equals(s.caseMarker(n))
                    && POSTINGS.contains(s.word(head))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token names the subject of a role rather than its owner: a country's name right before an
     * expert's noun ("the top Ukraine expert"), or after the "on" or "for" of an expert, adviser or envoy ("adviser
     * on Russia", "envoy for Syria"). A country's adjective ("a Chinese expert") and a country before an adviser or
     * envoy ("U.S. envoy") stay the owner.
     */
    private static boolean isTopic(SentenceView s, int t) {
        for (int n = t, steps = 0; n >= 0 && steps < 3; n = s.head(n), steps++) {
            int head = s.head(n);
            if (head < 0) {
                continue;
            }
            String role = s.word(head).toLowerCase(Locale.ROOT);
            String rel = s.relation(n);
            if (rel.equals("compound") && s.pos(t).startsWith("NNP") && "subject".equals(TOPICAL_ROLES.get(role))
                    || rel.startsWith("nmod") && s.caseMarker(n) != null && TOPIC_CASES.contains(s.caseMarker(n))
                            && TOPICAL_ROLES.containsKey(role)) {
                return true;
            }
        }
        return false;
    }

    /** A company the dictionary codes as a multinational ("MNCUSA") is, by Dossier's convention, "USABUS". */
    private String companyAsBusiness(String code) {
        if (code.startsWith("MNC") && code.length() >= 6 && names.isCountry(code.substring(3, 6))) {
            return code.substring(3, 6) + "BUS";
        }
        return code;
    }

    /**
     * The police, courts or government of the article's country ({@code sector} "COP", "JUD", "GOV"), for a legal
     * act whose doer the text leaves unsaid ("was arrested", "are under arrest").
     */
    public Resolved authority(String sector) {
        return authority(sector, null, List.of());
    }

    /**
     * The police, courts or government of the country of a place among {@code place}, the tokens of the act's own
     * locative phrase ("He was convicted in Utah": a US court, in a Canadian story), else of the article's country.
     */
    public Resolved authority(String sector, SentenceView s, List<Integer> place) {
        String local = s == null ? null : placeCountry(s, place);
        String country = local != null ? local : mainCountry();
        String code = (country == null ? ActorNames.UNKNOWN_COUNTRY : country) + sector;
        String name = names.nameOf(code);
        return new Resolved(new Actor(name == null ? sector : name, code), List.of(), Kind.SECTOR, true);
    }

    /**
     * The sector of the country of a place the tokens name (a country, or a place the dictionary or the place
     * resolver places), or null when they name none: unlike {@link #authority(String, SentenceView, List)}, no
     * fallback to the article's country, for actors the text only implies where it says where ("the protests in
     * Hong Kong"); a Washington story's "the protests" are not American.
     */
    public Resolved authorityOfPlace(String sector, SentenceView s, List<Integer> place) {
        String country = placeCountry(s, place);
        if (country == null) {
            country = resolvedPlaceCountry(s, place);
        }
        if (country == null) {
            return null;
        }
        String code = country + sector;
        String name = names.nameOf(code);
        return new Resolved(new Actor(name == null ? sector : name, code), List.of(), Kind.SECTOR, true);
    }

    /** The country of the first place the place resolver found among the tokens, or null. */
    private String resolvedPlaceCountry(SentenceView s, List<Integer> tokens) {
        for (org.dossier.model.PlaceMention mention : context.places()) {
            String country = mention.place() == null ? null : CountryCodes.alpha3(mention.place().country());
            if (country == null || !names.isCountry(country)) {
                continue;
            }
            for (int i : tokens) {
                org.dossier.model.Span t = s.token(i).span();
                if (t.start() < mention.span().end() && mention.span().start() < t.end()) {
                    return country;
                }
            }
        }
        return null;
    }

    /**
     * The armed forces of a state named as the one behind weapons and strikes ("Israeli airstrikes", "Russian
     * shelling": its military); anything else as it is.
     */
    public Resolved forcesOf(Resolved state) {
        if (state == null || state.kind() != Kind.STATE || state.actor().code() == null
                || state.actor().code().length() != 3 || !names.isCountry(state.actor().code())) {
            return state;
        }
        String code = state.actor().code() + "MIL";
        String name = names.nameOf(code);
        return new Resolved(new Actor(name == null ? state.actor().name() : name, code), state.tokens(), Kind.SECTOR,
                state.contextual());
    }

    /**
     * The people a place or thing hit by violence stands for, as the gold codes such targets ("sinking a Thai fishing
     * trawler" THABUS, "Israel struck an ambulance convoy" PSEHLH, "airstrikes hit the refugee camp" PSEREF), or null
     * when the phrase headed by {@code head} names no such thing (actors/target-things.tsv). The country is the one the
     * phrase names ("Syrian government warplanes"), else that of a place of the act's own locative phrases
     * ({@code place}), else the article's: for a state's forces, the country most named but their own, since what a
     * state's forces strike lies abroad far more often than at home.
     */
    public Resolved ownerOfThing(SentenceView s, int head, List<Integer> place, Actor doer) {
        if (head < 0 || !s.isNoun(head) || context.inDateline(s.token(head).span().start())) {
            return null;
        }
        String sector = thingSector(s, head);
        if (sector == null) {
            return null;
        }
        List<Integer> tokens = npTokens(s, head);
        String country = namedCountry(s, tokens);
        if (country == null) {
            country = placeCountry(s, place);
        }
        if (country == null) {
            country = resolvedPlaceCountry(s, place);
        }
        if (country == null) {
            String own = doer == null || doer.code() == null || doer.code().length() < 3 ? null
                    : doer.code().substring(0, 3);
            boolean abroad = own != null && STATE_FORCES.contains(doer.code().substring(3, Math.min(6,
                    doer.code().length())));
            country = abroad ? mainCountryBut(Set.of(own)) : mainCountry();
        }
        if (country == null) {
            return null;
        }
        // the sector's own name, as for other sectors: two acts on the same people stay one event ("shot down two
        // Syrian jets and hit an air base")
        String name = names.nameOf(country + sector);
        return new Resolved(new Actor(name == null ? surface(s, tokens) : name, country + sector), tokens,
                Kind.SECTOR, true);
    }

    /**
     * The sector of the thing the phrase's head names, by its lemma with a modifier's, or alone, or a compound's. A
     * proper noun among the modifiers is a name, not a thing ("the White House gates" are no homes); a named head
     * keeps its kind ("the Indonesian Hospital", "Hong Kong Polytechnic University") but for homes: "the Opera
     * House" and "Government House" house no residents (review of session fourteen, finding 9).
     */
    private static String thingSector(SentenceView s, int head) {
        String sector = unnamedThingSector(s, head);
        return sector != null && sector.equals(RESIDENTS) && properNoun(s, head) ? null : sector;
    }

    /** The sector of homes: the residents they stand for. */
    private static final String RESIDENTS = "CVL";

    private static String unnamedThingSector(SentenceView s, int head) {
        String lemma = s.lemma(head).toLowerCase(Locale.ROOT);
        List<Integer> modifiers = new ArrayList<>();
        for (int c : s.children(head)) {
            if (c < head && !properNoun(s, c) && (s.relation(c).equals("compound") || s.relation(c).equals("amod"))) {
                modifiers.add(c);
            }
        }
        for (int m : modifiers) {
            String pair = THINGS.get(s.lemma(m).toLowerCase(Locale.ROOT) + " " + lemma);
            if (pair != null) {
                return pair;
            }
        }
        String alone = THINGS.get(lemma);
        if (alone != null) {
            return alone;
        }
        for (int m : modifiers) {
            String word = s.lemma(m).toLowerCase(Locale.ROOT);
            if (s.relation(m).equals("compound") && !word.contains(" ") && THINGS.containsKey(word)) {
                return THINGS.get(word); // "ambulance convoy", "police car" is a pair above
            }
        }
        return null;
    }

    private static boolean properNoun(SentenceView s, int token) {
        return s.pos(token).equals("NNP") || s.pos(token).equals("NNPS");
    }

    /** The country a dictionary actor among the tokens belongs to ("Thai", "Syrian government", "Gaza"), or null. */
    private String namedCountry(SentenceView s, List<Integer> tokens) {
        for (int i : tokens) {
            Optional<ActorDictionary.Match> m = dictionaries.actors().match(s.words(), i, context.published());
            if (m.isPresent() && m.get().entry().code().length() >= 3
                    && names.isCountry(m.get().entry().code().substring(0, 3))) {
                return m.get().entry().code().substring(0, 3);
            }
        }
        return null;
    }

    /** The country of the first place among the tokens (a country, or a place the dictionary places), or null. */
    private String placeCountry(SentenceView s, List<Integer> tokens) {
        for (int i : tokens) {
            if (!"LOCATION".equals(s.token(i).ner()) && !"CITY".equals(s.token(i).ner())
                    && !"STATE_OR_PROVINCE".equals(s.token(i).ner()) && !"COUNTRY".equals(s.token(i).ner())) {
                continue;
            }
            Optional<ActorDictionary.Match> m = dictionaries.actors().match(s.words(), i, context.published());
            if (m.isPresent() && m.get().entry().code().length() == 3 && names.isCountry(m.get().entry().code())) {
                return m.get().entry().code();
            }
        }
        return null;
    }

    /**
     * The countries whose names, or the names of whose bodies, the sentence holds in words the actor dictionary knows
     * ("Israeli forces", "Hamas"'s Palestine): whom a sentence tells of beside the story's main country.
     */
    public Set<String> countriesNamedIn(SentenceView s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (!isName(s, i)) {
                continue;
            }
            Optional<ActorDictionary.Match> m = dictionaries.actors().match(s.words(), i, context.published());
            if (m.isPresent() && m.get().entry().code().length() >= 3
                    && names.isCountry(m.get().entry().code().substring(0, 3))) {
                out.add(m.get().entry().code().substring(0, 3));
                i += m.get().length() - 1;
            }
        }
        return Set.copyOf(out);
    }

    /** The country most named in the article, for agents that name none ("the regime", "rebels"). */
    public String mainCountry() {
        return mainCountryBut(Set.of());
    }

    /** The country most named in the article but those given; of equals, the first named. */
    private String mainCountryBut(Set<String> excluded) {
        if (countryCounts == null) {
            countCountries();
        }
        // of equals, the first named: a story names its own country first
        return countryCounts.entrySet().stream()
                .filter(e -> names.isCountry(e.getKey()) && !excluded.contains(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -countryOrder.indexOf(e.getKey())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private void countCountries() {
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (SentenceView s : context.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!isName(s, i)) {
                    continue;
                }
                Optional<ActorDictionary.Match> m = dictionaries.actors().match(s.words(), i, context.published());
                if (m.isPresent() && m.get().entry().code().length() >= 3
                        && !inLongerName(s, i, i + m.get().length() - 1, m.get().entry().code())) {
                    String country = m.get().entry().code().substring(0, 3);
                    counts.merge(country, 1, Integer::sum);
                    if (!order.contains(country)) {
                        order.add(country);
                    }
                    i += m.get().length() - 1;
                }
            }
        }
        if (counts.keySet().stream().noneMatch(names::isCountry)) {
            countInstitutionCountries(counts, order);
        }
        if (counts.keySet().stream().noneMatch(names::isCountry)) {
            countPlaceCountries(counts, order);
        }
        countryCounts = counts;
        countryOrder = order;
    }

    /**
     * An article that names no country in words the actor dictionary knows is set in the country whose own offices
     * and courts it names ("York Crown Court", "the county district attorney's office"):
     * actors/country-institutions.tsv.
     */
    private void countInstitutionCountries(Map<String, Integer> counts, List<String> order) {
        String text = context.text().toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> institution : INSTITUTIONS.entrySet()) {
            Matcher m = institution.getKey().matcher(text);
            while (m.find()) {
                counts.merge(institution.getValue(), 1, Integer::sum);
                if (!order.contains(institution.getValue())) {
                    order.add(institution.getValue());
                }
            }
        }
    }

    /**
     * An article that names no country in words the actor dictionary knows ("police swooped on his home in York",
     * "Fall River police") is set in the country of the places it names, so that its police, courts and criminals
     * get a country (GBRCOP) rather than none (---COP).
     */
    private void countPlaceCountries(Map<String, Integer> counts, List<String> order) {
        for (org.dossier.model.PlaceMention mention : context.places()) {
            String country = mention.place() == null ? null : CountryCodes.alpha3(mention.place().country());
            if (country != null && names.isCountry(country)) {
                counts.merge(country, 1, Integer::sum);
                if (!order.contains(country)) {
                    order.add(country);
                }
            }
        }
    }


    /**
     * Whether the words from {@code first} to {@code last}, a country's own name or adjective, are part of a
     * person's name ("Michael Jordan") or of a longer place name ("Spanish Town", Jamaica's): they do not make an
     * article one about the country. A person the dictionary codes ("Trump") and a town it files under its country
     * ("Philadelphia" of "Northeast Philadelphia") still do.
     */
    private boolean inLongerName(SentenceView s, int first, int last, String code) {
        String surface = context.text().substring(s.token(first).span().start(), s.token(last).span().end());
        if (!names.isOwnName(code, surface)) {
            return false;
        }
        if ("PERSON".equals(s.token(first).ner())) {
            return true; // the word itself, not a title before a name ("U.S. Ambassador Gordon Sondland")
        }
        Mention mention = context.mentionAt(s.token(first).span().start());
        return mention != null && mention.type() == EntityType.LOCATION
                && (mention.span().start() < s.token(first).span().start()
                        || mention.span().end() > s.token(last).span().end());
    }

    private void remember(int offset, Actor actor, boolean plural) {
        memoryOffsets.add(offset);
        memory.add(actor);
        memoryPlural.add(plural);
    }

    /**
     * Whether the phrase names many: a plural common noun ("residents", "the rebels") or parties coordinated ("Russia
     * and Iran"). A plural proper name ("the United States", "the Philippines") is one party.
     */
    private static boolean plural(SentenceView s, int head, Actor actor) {
        return s.pos(head).equals("NNS") || actor.code() != null && actor.code().contains(";");
    }

    /** Where the sentence before this one starts: "they" and "it" look no further back. */
    private int previousSentenceStart(SentenceView s) {
        SentenceView before = context.sentence(s.sentence().index() - 1);
        return (before != null ? before : s).sentence().span().start();
    }

    /** The last actor named in the window before the offset; for "it" and "its" ({@code one}) not one that names many. */
    private Actor lastActorBefore(int offset, int notBefore, boolean one) {
        Actor last = null;
        int lastOffset = -1;
        for (int i = 0; i < memory.size(); i++) {
            int at = memoryOffsets.get(i);
            if (at < offset && at >= notBefore && at > lastOffset && !(one && memoryPlural.get(i))) {
                last = memory.get(i);
                lastOffset = at;
            }
        }
        return last;
    }

    /**
     * A town the dictionary files under its country ("Aleppo" under Syria): a place, not the state. Acronyms and
     * names that share the country's stem ("Russia" of "Russian Federation") are the state.
     */
    private boolean isTownOf(SentenceView s, int first, int last, String countryName) {
        String surface = context.text().substring(s.token(first).span().start(), s.token(last).span().end());
        if (!s.token(first).ner().equals("LOCATION") || surface.length() <= 4 && surface.equals(
                surface.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String stem = surface.toLowerCase(Locale.ROOT).substring(0, Math.min(4, surface.length()));
        return !countryName.toLowerCase(Locale.ROOT).startsWith(stem);
    }

    /** Proper names start with a capital: "us" the pronoun is not the USA, "un" not the UN. */
    private static boolean isName(SentenceView s, int i) {
        String word = s.token(i).word();
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !s.pos(i).equals("PRP");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.add(i);
        }
        return out;
    }

    /** The phrase as written, without leading articles and possessives. */
    private String surface(SentenceView s, List<Integer> tokens) {
        int first = tokens.get(0);
        int last = tokens.get(tokens.size() - 1);
        while (first < last && Set.of("the", "a", "an", "its", "their", "his", "her").contains(s.word(first))) {
            first++;
        }
        while (last > first && s.pos(last).equals("POS")) {
            last--;
        }
        return context.text().substring(s.token(first).span().start(), s.token(last).span().end())
                .replaceAll("\\s+", " ");
    }

    private static Map<Pattern, String> institutions() {
        Map<Pattern, String> out = new LinkedHashMap<>();
        for (String[] row : WordTables.rows("actors/country-institutions.tsv")) {
            out.put(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(row[0]) + "(?![\\p{L}\\p{N}])"), row[1]);
        }
        return Collections.unmodifiableMap(out);
    }
}
