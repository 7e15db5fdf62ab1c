package org.dossier.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.SentenceView;
import org.dossier.extract.dictionaries.ActorDictionary;
import org.dossier.extract.dictionaries.AgentDictionary;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.Actor;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;

/**
 * Turns the noun phrases of an article into canonical actors with CAMEO codes: people under their entity names,
 * coded by the dictionary or by the role the article gives them ("French Foreign Minister Jean-Marc Ayrault" is
 * FRAGOV); countries and organizations from the Phoenix dictionaries; places that stand for governments
 * ("Moscow", "the Kremlin"); a country and an agent ("Syrian rebels" is SYRREB); an agent alone takes the
 * article's main country ("the regime" in a story about Syria is SYRGOV). Coordinated actors ("Russia and Iran")
 * become one actor whose name lists them and whose code joins theirs with ";".
 *
 * <p>One resolver per article; it remembers the actors it has seen, in text order, for "they" and "it".
 */
public final class ActorResolver {

    /** An actor and the tokens of the phrase that names it. */
    public record Resolved(Actor actor, List<Integer> tokens, boolean person) {}

    private static final Set<String> NP_STOP = Set.of("conj", "cc", "acl", "advcl", "ccomp", "parataxis", "punct",
            "dep", "xcomp", "csubj");
    private static final Set<String> HE_SHE = Set.of("he", "she", "him", "her");
    private static final Set<String> THEY_IT = Set.of("they", "them", "it");
    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom");
    /** Agents that, alone, belong to the country a story is about. */
    private static final Set<String> LOCAL_AGENTS = Set.of("GOV", "MIL", "REB", "OPP", "UAF", "COP", "INS",
            "GOVMIL");
    private static final int ROLE_WINDOW = 6;

    private final Dictionaries dictionaries;
    private final ArticleContext context;
    private final Map<String, Optional<String>> personCodes = new HashMap<>();
    private final List<int[]> memoryOffsets = new ArrayList<>();
    private final List<Actor> memory = new ArrayList<>();
    private String mainCountry;
    private boolean mainCountryKnown;

    public ActorResolver(Dictionaries dictionaries, ArticleContext context) {
        this.dictionaries = dictionaries;
        this.context = context;
    }

    /**
     * The actor of the noun phrase headed by {@code head}, with its coordinated phrases ("Russia and Iran"), or
     * null when the phrase names no actor.
     */
    public Resolved resolve(SentenceView s, int head) {
        List<Integer> conjuncts = new ArrayList<>();
        collectConjuncts(s, head, conjuncts, 0);
        List<Resolved> parts = new ArrayList<>();
        for (int conjunct : conjuncts) {
            Resolved part = resolveSingle(s, conjunct);
            if (part != null) {
                parts.add(part);
            }
        }
        Resolved combined = combine(parts);
        if (combined != null && !combined.person()) {
            remember(s.token(head).span().start(), combined.actor());
        }
        return combined;
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
            if (s.relation(c).equals("conj") && (s.isNoun(c) || s.pos(c).startsWith("JJ"))) {
                collectConjuncts(s, c, into, depth + 1);
            }
        }
    }

    private Resolved resolveSingle(SentenceView s, int head) {
        String word = s.word(head);
        if (s.pos(head).equals("PRP") || s.pos(head).startsWith("W")) {
            return pronoun(s, head, word);
        }
        if ((word.equals("latter") || word.equals("former")) && s.firstChild(head, Set.of("det")) >= 0) {
            Entity person = word.equals("latter") ? context.lastPersonBefore(s.token(head).span().start())
                    : context.personBeforeLast(s.token(head).span().start());
            return person == null ? null : new Resolved(person(person), List.of(head), true);
        }
        List<Integer> tokens = npTokens(s, head);
        Resolved person = personIn(s, tokens);
        if (person != null) {
            return person;
        }
        return phraseActor(s, tokens, head);
    }

    /** The phrase's own tokens: not its clauses, and of its prepositional phrases only "of" ones. */
    private static List<Integer> npTokens(SentenceView s, int head) {
        List<Integer> tokens = s.subtree(head, NP_STOP);
        for (int c : s.children(head)) {
            if (s.hasRelation(c, Set.of("nmod")) && !s.relation(c).equals("nmod:poss") && !"of".equals(s.caseMarker(c))) {
                tokens.removeAll(s.subtree(c, Set.of()));
            }
        }
        return tokens;
    }

    private Resolved pronoun(SentenceView s, int head, String word) {
        int offset = s.token(head).span().start();
        if (HE_SHE.contains(word)) {
            Entity person = context.lastPersonBefore(offset);
            return person == null ? null : new Resolved(person(person), List.of(head), true);
        }
        if (THEY_IT.contains(word) || RELATIVE.contains(word)) {
            Actor last = lastActorBefore(offset, previousSentenceStart(s));
            return last == null ? null : new Resolved(last, List.of(head), false);
        }
        return null;
    }

    private Resolved personIn(SentenceView s, List<Integer> tokens) {
        for (int t : tokens) {
            Mention mention = context.mentionAt(s.token(t).span().start());
            if (mention != null && mention.type() == EntityType.PERSON) {
                Entity entity = context.entityOf(mention);
                if (entity != null) {
                    return new Resolved(person(entity), tokens, true);
                }
            }
        }
        return null;
    }

    /** Countries, organizations, metonyms and agents among the phrase's tokens. */
    private Resolved phraseActor(SentenceView s, List<Integer> tokens, int head) {
        Set<Integer> inPhrase = new LinkedHashSet<>(tokens);
        List<String> codes = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        String agent = null;
        String metonymName = null;
        int first = Integer.MAX_VALUE;
        for (int i : tokens) {
            if (!inPhrase.contains(i)) {
                continue;
            }
            Optional<ActorDictionary.Match> metonym = dictionaries.metonyms().match(s.words(), i, null);
            if (metonym.isPresent() && isName(s, i) && covers(i, metonym.get().length(), head)) {
                codes.add(metonym.get().entry().code());
                metonymName = metonym.get().entry().name();
                first = Math.min(first, i);
                skip(inPhrase, i, metonym.get().length());
                continue;
            }
            Optional<ActorDictionary.Match> actor = isName(s, i)
                    ? dictionaries.actors().match(s.words(), i, context.published()) : Optional.empty();
            if (actor.isPresent()) {
                String code = actor.get().entry().code();
                (isCountry(code) ? countries : codes).add(code);
                first = Math.min(first, i);
                skip(inPhrase, i, actor.get().length());
                continue;
            }
            Optional<AgentDictionary.Match> agentMatch = dictionaries.agents().match(s.words(), i);
            if (agentMatch.isPresent() && agent == null) {
                agent = agentMatch.get().entry().code();
                first = Math.min(first, i);
                skip(inPhrase, i, agentMatch.get().length());
            }
        }
        for (String country : countries) {
            codes.add(agent == null ? country : country + agent);
        }
        if (codes.isEmpty() && agent != null && LOCAL_AGENTS.contains(agent) && mainCountry() != null) {
            codes.add(mainCountry() + agent);
        }
        if (codes.isEmpty()) {
            return null;
        }
        String name = metonymName != null && codes.size() == 1 ? metonymName : surface(s, tokens, first);
        return new Resolved(new Actor(name, String.join(";", codes)), tokens, false);
    }

    /** A name among the tokens starting at {@code i}: a person, a dictionary actor or a metonym. */
    private Resolved nameAt(SentenceView s, int i, int last) {
        Mention mention = context.mentionAt(s.token(i).span().start());
        if (mention != null && mention.type() == EntityType.PERSON && context.entityOf(mention) != null) {
            int end = i;
            while (end + 1 <= last && s.token(end + 1).span().end() <= mention.span().end()) {
                end++;
            }
            return new Resolved(person(context.entityOf(mention)), range(i, end), true);
        }
        if (!isName(s, i)) {
            return null;
        }
        Optional<ActorDictionary.Match> metonym = dictionaries.metonyms().match(s.words(), i, null);
        if (metonym.isPresent()) {
            return new Resolved(new Actor(metonym.get().entry().name(), metonym.get().entry().code()),
                    range(i, i + metonym.get().length() - 1), false);
        }
        Optional<ActorDictionary.Match> actor = dictionaries.actors().match(s.words(), i, context.published());
        if (actor.isEmpty()) {
            return null;
        }
        int end = i + actor.get().length() - 1;
        String code = actor.get().entry().code();
        if (isCountry(code) && isTownOf(s, i, end, actor.get().entry().name())) {
            return null;
        }
        if (isCountry(code) && end + 1 <= last) {
            Optional<AgentDictionary.Match> agent = dictionaries.agents().match(s.words(), end + 1);
            if (agent.isPresent()) {
                end += agent.get().length();
                code += agent.get().entry().code();
            }
        }
        return new Resolved(new Actor(surface(s, range(i, end), i), code), range(i, end), false);
    }

    private Resolved combine(List<Resolved> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        for (Resolved part : parts) {
            if (!names.contains(part.actor().name())) {
                names.add(part.actor().name());
            }
            if (part.actor().code() != null && !codes.contains(part.actor().code())) {
                codes.add(part.actor().code());
            }
            tokens.addAll(part.tokens());
        }
        String name = names.size() == 2 ? names.get(0) + " and " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return new Resolved(new Actor(name, codes.isEmpty() ? null : String.join(";", codes)), tokens, false);
    }

    private Optional<String> personCode(Entity entity) {
        return personCodes.computeIfAbsent(entity.id(), id -> findPersonCode(entity));
    }

    /** The dictionary's code for the name, else the role before or after one of its mentions. */
    private Optional<String> findPersonCode(Entity entity) {
        List<String> nameWords = List.of(entity.name().toLowerCase(Locale.ROOT).split("\\s+"));
        Optional<ActorDictionary.Match> byName = dictionaries.actors().match(nameWords, 0, context.published());
        if (byName.isPresent() && byName.get().length() == nameWords.size()) {
            return Optional.of(byName.get().entry().code());
        }
        for (Mention mention : entity.mentions()) {
            SentenceView s = context.sentenceAt(mention.span().start());
            if (s == null) {
                continue;
            }
            int at = s.tokenAt(mention.span().start());
            Optional<String> role = at < 0 ? Optional.empty() : roleBefore(s, at);
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    /** "French Foreign Minister" or "UN Secretary General" in the words before a name. */
    private Optional<String> roleBefore(SentenceView s, int nameStart) {
        String country = null;
        String agent = null;
        int from = Math.max(0, nameStart - ROLE_WINDOW);
        for (int i = nameStart - 1; i >= from; i--) {
            if (!Character.isLetterOrDigit(s.word(i).charAt(0))) {
                from = i + 1; // a role is written right before the name, not across a quote or a comma
                break;
            }
        }
        for (int i = from; i < nameStart; i++) {
            Optional<ActorDictionary.Match> actor = isName(s, i)
                    ? dictionaries.actors().match(s.words(), i, context.published()) : Optional.empty();
            if (actor.isPresent() && i + actor.get().length() <= nameStart) {
                country = actor.get().entry().code();
                i += actor.get().length() - 1;
                continue;
            }
            Optional<AgentDictionary.Match> agentMatch = dictionaries.agents().match(s.words(), i);
            if (agentMatch.isPresent() && i + agentMatch.get().length() <= nameStart) {
                agent = agentMatch.get().entry().code();
                i += agentMatch.get().length() - 1;
            }
        }
        if (country == null) {
            return Optional.empty();
        }
        return Optional.of(isCountry(country) && agent != null ? country + agent : country);
    }

    /** The country most named in the article, for agents that name none ("the regime", "rebels"). */
    public String mainCountry() {
        if (!mainCountryKnown) {
            Map<String, Integer> counts = new HashMap<>();
            for (SentenceView s : context.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    if (!isName(s, i)) {
                        continue;
                    }
                    Optional<ActorDictionary.Match> m = dictionaries.actors().match(s.words(), i, context.published());
                    if (m.isPresent() && m.get().entry().code().length() >= 3) {
                        counts.merge(m.get().entry().code().substring(0, 3), 1, Integer::sum);
                        i += m.get().length() - 1;
                    }
                }
            }
            mainCountry = counts.entrySet().stream().filter(e -> isCountry(e.getKey()))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            mainCountryKnown = true;
        }
        return mainCountry;
    }

    private void remember(int offset, Actor actor) {
        memoryOffsets.add(new int[] {offset});
        memory.add(actor);
    }

    /** Where the sentence before this one starts: "they" and "it" look no further back. */
    private int previousSentenceStart(SentenceView s) {
        int index = s.sentence().index();
        for (SentenceView other : context.sentences()) {
            if (other.sentence().index() == index - 1) {
                return other.sentence().span().start();
            }
        }
        return s.sentence().span().start();
    }

    private Actor lastActorBefore(int offset, int notBefore) {
        Actor last = null;
        int lastOffset = -1;
        for (int i = 0; i < memory.size(); i++) {
            int at = memoryOffsets.get(i)[0];
            if (at < offset && at >= notBefore && at > lastOffset) {
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

    private static boolean isCountry(String code) {
        return code.length() == 3 && !code.startsWith("IGO") && !code.equals("NGO");
    }

    private static boolean covers(int start, int length, int head) {
        return head >= start && head < start + length;
    }

    private static void skip(Set<Integer> inPhrase, int start, int length) {
        for (int k = start + 1; k < start + length; k++) {
            inPhrase.remove(k);
        }
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.add(i);
        }
        return out;
    }

    /** The phrase as written from its first meaningful word, without leading articles and possessives. */
    private String surface(SentenceView s, List<Integer> tokens, int from) {
        int first = Math.max(from == Integer.MAX_VALUE ? tokens.get(0) : from, tokens.get(0));
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
}
