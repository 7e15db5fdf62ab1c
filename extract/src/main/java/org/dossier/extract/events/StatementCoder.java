package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.extract.dictionaries.VerbEntries;
import org.dossier.model.Actor;
import org.dossier.model.Entity;
import org.dossier.model.PlaceMention;
import org.dossier.model.Quote;
import org.dossier.model.Span;

/**
 * Codes what a quote says as a verbal event of its speaker: "said Russia and Iran would become accomplices in war
 * crimes" is an accusation of Russia and Iran, "called on them to stop" an appeal, "it's unacceptable" a
 * condemnation, "will have to answer for it" a threat. The speech verb decides when it means something itself
 * ("accused", "warned", "urged"); otherwise the words of the quote do, by a lexicon of accusation,
 * condemnation, demand, threat, request for investigation and offer. A quote that says none of these is no
 * event: most of what people say in the news is not.
 */
final class StatementCoder {

    /** A coded statement, before dating: what kind of statement, by whom, about whom, and what it rests on. */
    record Coded(String code, String label, ActorResolver.Resolved actor, ActorResolver.Resolved target,
            Set<String> traits) {

        Actor actorValue() {
            return actor == null ? null : actor.actor();
        }

        /** The target as the event gives it: none where the words name only a place they set something in. */
        Actor targetValue() {
            return target == null || traits.contains(SCENE_TARGET) ? null : target.actor();
        }

        /**
         * The target when the words name it, null when it is only the party in a place of their clause. A place the
         * words set something in counts as named here, as it did before such places were kept out of the event's
         * target: whether a statement is an event does not move with that rule, only its target.
         */
        Actor namedTargetValue() {
            return target == null || traits.contains(CLAUSE_PARTY) ? null : target.actor();
        }
    }

    /** The trait of a statement whose target is the role or body in a party's place of its clause, not a name. */
    static final String CLAUSE_PARTY = "clause-party";
    /** The trait of a statement whose words name no party but a place they set something in ({@link #namesAScene}). */
    static final String SCENE_TARGET = "scene-target";
    /** The trait of a statement the lexicon codes by its words, followed by the code. */
    private static final String WORDS_TRAIT = "words-";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String WORDS = "events/statement-words.tsv";

    /** A line of the statement lexicon: the code its words give, before or after the speech verb's own meaning. */
    private record Reading(boolean beforeCue, String code, Pattern words) {}

    /** The statement lexicon ({@code statement-words.tsv}), read once. */
    private static final List<Reading> READINGS = readings();

    /** Speech verbs that say on their own what kind of statement they make: praise, accuse, demand, reject. */
    private static final Set<String> STRONG_CUE_ROOTS = Set.of("02", "03", "05", "09", "10", "11", "12", "13");
    /** Statements of root 01 that a speech verb makes on its own: denying (016), claiming responsibility (015). */
    private static final Set<String> STRONG_CUE_CODES = Set.of("015", "016", "018", "011");
    /** Speech verbs whose meaning is the appeal itself. */
    private static final Set<String> APPEALS = Set.of("call", "urge", "ask", "appeal", "plead", "press", "implore",
            "beg", "exhort", "request");
    private static final Set<String> NEUTRAL = Set.of("say", "tell", "add", "state", "note", "explain", "write",
            "tweet", "comment", "recall", "reply", "respond", "argue", "insist", "stress", "emphasise", "emphasize",
            "reiterate", "describe", "express", "voice", "announce", "according to", "call", "brand", "label",
            "dub", "term");

    /** The one speech verb of appeal that also names: "called on Iran to stop" appeals, "called it a sham" names. */
    private static final String CALL = "call";
    /**
     * What follows "called" when it appeals: "on", "upon", "for" a party or an act, "to" act, maybe after words of
     * time, manner or place of the call ("called Tuesday for", "called publicly on", "called in a statement for";
     * events/call-skippable-words.txt, and any adverb in -ly).
     */
    private static final Pattern APPEAL_OPENING = appealOpening(WordTables.set("events/call-skippable-words.txt"));

    /** The most characters between a cue and its quote that are read as words after the cue ("for", "on Iran"). */
    private static final int MAX_CUE_GAP = 40;

    private static final String THREATEN = "13";
    private static final String DEMAND = "10";
    /** Speech verbs of warning: a threat when someone is warned, a pessimistic comment when no one is. */
    private static final Set<String> WARNINGS = Set.of("warn", "caution");
    /** A pessimistic comment: what a warning that threatens no one says. */
    private static final String PESSIMISM = "012";
    /** Words of obligation, which the statement lexicon reads as a demand (100). */
    private static final Pattern OBLIGATION = Pattern.compile(
            "\\b(?:must|need to|needs to|have to|has to|should|ought to)\\b", FLAGS);
    /**
     * The word right before an obligation, past a few adverbs ("we also must", "it really should not"): whose
     * obligation it is, or the "would" of a condition, or the "did not" of a need denied.
     */
    private static final Pattern WORD_BEFORE_OBLIGATION = Pattern.compile(
            "([\\p{L}'’]+)(?:\\s+(?:all|really|also|just|still|now|too|both|certainly|absolutely|not|never|first|"
                    + "likely|probably|surely|then|clearly|definitely|simply))*\\s+$", FLAGS);
    /**
     * Words before an obligation that make it no demand of a party: the speaker's own side ("we", "I"), a pronoun of
     * no one or a relative word ("it", "one", "that", "there"), a condition ("would") or a need denied ("did not").
     */
    private static final Set<String> OBLIGATION_FREE_SUBJECTS = WordTables.set("events/obligation-free-subjects.txt");
    /** How far before an obligation its subject is looked for. */
    private static final int SUBJECT_REACH = 60;
    /**
     * Words that make a demand of another whatever the obligations: "we call on Israel", "we urge" (not "urgent"),
     * and a named party made to act, "we need to see Hamas release the hostages", "we must press Russia to leave",
     * "we have to make them stop" (a party alone is the speaker's own side's act: "we must press Russia").
     */
    private static final Pattern DEMAND_OF_ANOTHER = Pattern.compile(
            "\\bcall(?:s|ed)? (?:on|for|upon)\\b|\\burg(?:e|es|ed|ing)\\b|\\bdemand"
                    + "|\\bwe (?:would |will )?need (?!to\\b)|" + partyMadeToAct(), FLAGS);

    /**
     * A verb of making another act, a party (a capitalised name of up to four words, or them, him, her) and a verb:
     * "see Iran stop", "get Hamas to release", "ensure Israel allows". The verb is the next word in lower case but a
     * word of function or one of a few adjectives that follow "make X" ("make America great again").
     */
    private static String partyMadeToAct() {
        String name = "(?-i:(?:the\\s+)?[A-Z][\\p{L}.-]*(?:\\s+[A-Z][\\p{L}.-]*){0,3})(?!['’])";
        String notAVerb = "(?!(?:on|in|at|of|for|about|over|with|from|by|into|to|and|or|but|as|than|the|a|an|this|that|"
                + "is|are|was|were|be|has|have|had|will|would|can|could|should|may|might|great|safe|again|aware|"
                + "accountable|responsible|clear|happy|sure|now|too|here|there)\\b)";
        return "\\b(?:see|get|make|force|forcing|press|pressure|push|ensure|ensuring)\\s+(?:" + name
                + "|them|him|her)\\s+(?:to\\s+)?" + notAVerb + "(?-i:[a-z]+)\\b";
    }

    private final Dictionaries dictionaries;
    private final ArticleContext context;
    private final ActorResolver actors;
    private final StatementParty parties;

    StatementCoder(Dictionaries dictionaries, ArticleContext context, ActorResolver actors) {
        this.dictionaries = dictionaries;
        this.context = context;
        this.actors = actors;
        this.parties = new StatementParty(actors);
    }

    /** The event the part of the quote in one sentence states, or null. */
    Coded code(Quote quote, Span part, String cue) {
        if (quote.speaker() == null) {
            return null;
        }
        Set<String> traits = new TreeSet<>();
        traits.add(quote.direct() ? "direct" : "reported");
        String code = classify(cue, part.of(context.text()), afterCue(quote, part), traits);
        if (code == null) {
            return null;
        }
        ActorResolver.Resolved speaker = speaker(quote, true);
        if (speaker == null) {
            return null;
        }
        if (CameoCodes.root(code).equals(DEMAND) && obligesNoOtherParty(part.of(context.text()))) {
            // "we should be supporting them and eliminating Hamas", "I think we must hit pause": a
            // speaker who says what their own side must do demands nothing of anyone (docs/events.md, session 14)
            return null;
        }
        ActorResolver.Resolved target = target(part, speaker.actor(), code, traits);
        if (target == null && traits.contains(WORDS_TRAIT + code) && ActOfNoOne.isOfSomeone(code)) {
            // words of obligation or of an inquiry that name no one it is made of ("we need to talk", "an active
            // investigation"): no demand. Reading the statement again without them gave, on the development part
            // and the broad pages, one right appeal for ten wrong events (docs/events.md, session eleven)
            return null;
        }
        if (target == null && WARNINGS.contains(cue) && CameoCodes.root(code).equals(THREATEN)) {
            // "warned that the sector faces mass job cuts": a warning of no one is a threat to no one but a
            // pessimistic comment (012), as the CAMEO manual and the gold's conventions code it
            code = PESSIMISM;
        }
        return new Coded(code, ActionLabels.label(code, null, dictionaries.codes()), speaker, target,
                Set.copyOf(traits));
    }

    /**
     * The statement a model reads in the part of a quote ({@code code}), with the speaker and target the rules find;
     * null when the speaker names no actor.
     */
    Coded codeLearned(Quote quote, Span part, String code) {
        return codeAs(quote, part, code, "learned");
    }

    /**
     * The statement coded {@code code}, which something other than its words gives (the statement model,
     * {@code "learned"}; the event noun its speech verb governs, {@code "event-noun"}), with its speaker and target;
     * null without a speaker.
     */
    Coded codeAs(Quote quote, Span part, String code, String why) {
        if (quote.speaker() == null || !dictionaries.codes().isKnown(code)) {
            return null;
        }
        ActorResolver.Resolved speaker = speaker(quote, true);
        if (speaker == null) {
            return null;
        }
        if (CameoCodes.root(code).equals(DEMAND) && obligesNoOtherParty(part.of(context.text()))) {
            return null; // the speaker's own side under an obligation, as for the lexicon's reading
        }
        Set<String> traits = new TreeSet<>(Set.of(quote.direct() ? "direct" : "reported", why));
        ActorResolver.Resolved target = target(part, speaker.actor(), code, traits);
        return new Coded(code, ActionLabels.label(code, null, dictionaries.codes()), speaker, target,
                Set.copyOf(traits));
    }

    /**
     * What the statement model reads of the part of a quote in one sentence: its speech verb, whether it is quoted
     * or reported, whether its speaker names an actor, and the lemmas of its words (with and without the verb).
     */
    List<String> features(Quote quote, Span part, String cue) {
        Set<String> out = new TreeSet<>();
        out.add("cue=" + cue);
        out.add(quote.direct() ? "direct" : "reported");
        out.add("speaker=" + (quote.speaker() == null ? "none" : speaker(quote, false) == null ? "no-actor" : "actor"));
        SentenceView s = context.sentenceAt(part.start());
        if (s != null) {
            for (int t = 0; t < s.size(); t++) {
                if (part.contains(s.token(t).span()) && Character.isLetter(s.word(t).charAt(0))) {
                    String lemma = s.lemma(t).toLowerCase(Locale.ROOT);
                    out.add("word=" + lemma);
                    out.add("cue=" + cue + "&word=" + lemma);
                    if (s.pos(t).startsWith("VB") || s.pos(t).startsWith("JJ")) {
                        out.add("predicate=" + lemma);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether every obligation a statement holds binds no other party and it names no demand of another ("we call
     * on", "we need Israel to"): the speaker's own side's ("we must", "I should"), a thing's or no one's ("it has to
     * be said", "one should not", "a problem that needs fixing"), a conditional one ("they would have to pay") or
     * one denied ("they did not have to").
     */
    static boolean obligesNoOtherParty(String content) {
        Matcher obligation = OBLIGATION.matcher(content);
        boolean any = false;
        while (obligation.find()) {
            any = true;
            if (!bindsNoOtherParty(content.substring(Math.max(0, obligation.start() - SUBJECT_REACH),
                    obligation.start()))) {
                return false;
            }
        }
        return any && !DEMAND_OF_ANOTHER.matcher(content).find();
    }

    private static boolean bindsNoOtherParty(String before) {
        Matcher word = WORD_BEFORE_OBLIGATION.matcher(before);
        return word.find() && OBLIGATION_FREE_SUBJECTS.contains(word.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * The words from the end of the quote's cue to the end of the part, where the cue comes before it ("called for
     * limiting Social Security": the quote may leave out the "for"); else the part.
     */
    private String afterCue(Quote quote, Span part) {
        Span cue = quote.cueSpan();
        return cue != null && cue.end() <= part.start() && part.start() - cue.end() < MAX_CUE_GAP
                ? context.text().substring(cue.end(), part.end()) : part.of(context.text());
    }

    private String classify(String cue, String content, String afterCue, Set<String> traits) {
        String first = byContent(content, true);
        if (first != null) {
            traits.add(WORDS_TRAIT + first);
            return first;
        }
        if (APPEALS.contains(cue) && !(cue.equals(CALL) && names(afterCue))) {
            traits.add("appeal-cue");
            return "020";
        }
        String cueCode = cueCode(cue);
        if (cueCode != null && (STRONG_CUE_ROOTS.contains(CameoCodes.root(cueCode))
                || STRONG_CUE_CODES.contains(cueCode))) {
            traits.add("strong-cue");
            return cueCode;
        }
        String byContent = byContent(content, false);
        if (byContent != null) {
            traits.add(WORDS_TRAIT + byContent);
            return byContent;
        }
        if (cueCode != null) {
            traits.add("cue");
        }
        return cueCode;
    }

    /**
     * Whether the words of a statement cued by "called" give a thing a name ("called the documents 'incriminating'",
     * "called the debate a draw", "called Omar a 'terrorist'") rather than appeal ("called on", "called for",
     * "called to"): a name is no appeal; the lexicon reads it as it reads what "said" cues (on the broad pages all
     * 17 such statements coded 020 were wrong; docs/events.md, session fifteen).
     */
    static boolean names(String content) {
        return !APPEAL_OPENING.matcher(content).find();
    }

    private static Pattern appealOpening(Set<String> skippable) {
        String skip = skippable.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        return Pattern.compile("^\\W*(?:(?:" + skip + "|\\p{L}+ly)\\b[\\s,]*)*(?:on|upon|for|to)\\b", FLAGS);
    }

    /** The code of the first lexicon line of the given order whose words the statement holds, or null. */
    private static String byContent(String content, boolean beforeCue) {
        for (Reading reading : READINGS) {
            if (reading.beforeCue() == beforeCue && reading.words().matcher(content).find()) {
                return reading.code();
            }
        }
        return null;
    }

    private static List<Reading> readings() {
        List<Reading> readings = new ArrayList<>();
        for (String[] f : WordTables.rows(WORDS)) {
            readings.add(new Reading(f[0].equals("first"), f[1], Pattern.compile(f[2], FLAGS)));
        }
        return List.copyOf(readings);
    }

    /** "accused" (112), "warned" (130), "demanded" (100): a speech verb that says what kind of statement it is. */
    private String cueCode(String cue) {
        if (cue.isEmpty() || NEUTRAL.contains(cue)) {
            return null;
        }
        VerbEntries.Verb verb = dictionaries.verbs().find(cue, null);
        if (verb == null || verb.code().equals(VerbEntries.NO_EVENT) || !dictionaries.codes().isKnown(verb.code())) {
            return null;
        }
        String root = CameoCodes.root(verb.code());
        return root.equals("01") && !STRONG_CUE_CODES.contains(verb.code()) ? null : verb.code();
    }

    /**
     * The speaker as an actor: a person entity, else the actor the speaker's words name ("the Kremlin", "Syrian
     * rebels"), else none: a speaker such as "a source" or "officials" names no actor.
     */
    /** The speaker as an actor; {@code remember}: kept for the pronouns that follow, as the rules' actors are. */
    private ActorResolver.Resolved speaker(Quote quote, boolean remember) {
        if (quote.speaker().entityId() != null) {
            Entity entity = context.entity(quote.speaker().entityId());
            if (entity != null && entity.type() == org.dossier.model.EntityType.PERSON) {
                return new ActorResolver.Resolved(actors.person(entity), List.of(), ActorResolver.Kind.PERSON,
                        false);
            }
        }
        if (quote.speaker().span() != null) {
            SentenceView s = context.sentenceAt(quote.speaker().span().start());
            if (s != null) {
                int first = s.tokenAt(quote.speaker().span().start());
                int last = s.tokenAt(Math.max(quote.speaker().span().start(), quote.speaker().span().end() - 1));
                if (first >= 0 && last >= first) {
                    int phrase = headOf(s, first, last);
                    ActorResolver.Resolved head = remember ? actors.resolve(s, phrase) : actors.peek(s, phrase);
                    if (head != null) {
                        return head;
                    }
                    List<ActorResolver.Resolved> found = actors.actorsIn(s, first, last);
                    if (!found.isEmpty()) {
                        return found.get(0);
                    }
                }
            }
        }
        return null;
    }

    /** The token of a span whose head lies outside it: the head of the speaker's phrase. */
    private static int headOf(SentenceView s, int first, int last) {
        for (int t = first; t <= last; t++) {
            int h = s.head(t);
            if (h < first || h > last) {
                return t;
            }
        }
        return last;
    }

    /**
     * Whether a name of the quote's words is a place they set something in, not a party: a place's name right after
     * a preposition of scene ({@code scene-cases.txt}), "the" between them allowed ("the drought in Norland", "a
     * strike in Eastvale"). The speaker talks of what happens there; whom the statement criticises, asks or praises
     * is someone who acts, named elsewhere in the words or not at all.
     */
    private boolean namesAScene(SentenceView s, ActorResolver.Resolved named) {
        if (named.person() || named.tokens().isEmpty() || standsForABody(named)) {
            return false;
        }
        int first = named.tokens().get(0);
        return context.placeAt(s.token(first).span().start()) != null && afterASceneCase(s, first)
                && !qualifiesAParty(s, named);
    }

    /**
     * Whether a scene's preposition stands before the place's name at {@code first}, "the" between them allowed,
     * or before the places it is listed with ("in Norland and Westmark", "in Norland, Westmark or Eastvale").
     */
    private boolean afterASceneCase(SentenceView s, int first) {
        int before = first - 1;
        for (int listed = 0; before >= 0 && listed < MAX_LISTED_PLACES; listed++) {
            if (s.word(before).equalsIgnoreCase("the")) {
                before--;
            }
            if (before < 0) {
                return false;
            }
            String word = s.word(before).toLowerCase(Locale.ROOT);
            if (SCENE_CASES.contains(word)) {
                return true;
            }
            if (!LIST_WORDS.contains(word) || before == 0) {
                return false;
            }
            PlaceMention previous = context.placeAt(s.token(before - 1).span().start());
            if (previous == null) {
                return false;
            }
            before = s.tokenAt(previous.span().start()) - 1;
        }
        return false;
    }

    /** Words that join the places of a list. */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", ",");
    /** The most places of a list that a scene's preposition is looked for before. */
    private static final int MAX_LISTED_PLACES = 4;

    /**
     * Whether the place's phrase hangs on a noun that names a party ("lawmakers in Westmark", "officials in
     * Eastvale"): there the place says whose people they are, and the name stands for them.
     */
    private boolean qualifiesAParty(SentenceView s, ActorResolver.Resolved named) {
        if (!s.parsed()) {
            return false;
        }
        for (int t : named.tokens()) {
            int phrase = s.head(t);
            if (named.tokens().contains(phrase)) {
                continue;
            }
            int noun = s.relation(t).startsWith("nmod") ? phrase : -1;
            return noun >= 0 && noun < s.size() && s.isNoun(noun) && actors.peekAlone(s, noun) != null;
        }
        return false;
    }

    /**
     * Whether the name is coded as a body of a state, as a capital is its government ("Washington" `USAGOV`): "the
     * people in Washington" blames the government whatever the preposition, where a country's or a town's name
     * after it is a scene.
     */
    private boolean standsForABody(ActorResolver.Resolved named) {
        String code = named.actor().code();
        return code != null && code.length() >= 6 && dictionaries.names().isSector(code.substring(3, 6));
    }

    /** Prepositions whose phrase names where, not whom ({@code scene-cases.txt}). */
    private static final Set<String> SCENE_CASES = WordTables.set("events/scene-cases.txt");

    /**
     * The first actor the quote names other than its speaker, two joined by "and" as one; else the role or body in
     * a party's place of its clauses ({@link StatementParty}: "said the First Minister had misled Parliament"), but
     * not for a threat or warning, whose clause has the one at risk as often as the one threatened ("warned the
     * sector will suffer"). A party of the clause adds {@link #CLAUSE_PARTY} to {@code traits}.
     */
    private ActorResolver.Resolved target(Span part, Actor speaker, String statementCode, Set<String> traits) {
        SentenceView s = context.sentenceAt(part.start());
        if (s == null) {
            return null;
        }
        int first = s.tokenAt(part.start());
        int last = s.tokenAt(Math.max(part.start(), part.end() - 1));
        if (first < 0 || last < first) {
            return null;
        }
        List<ActorResolver.Resolved> found = actors.actorsIn(s, first, last);
        // two people of one code are two parties ("Jeffries backed Pelosi", both USALEG); a body and its code one
        Predicate<ActorResolver.Resolved> isSpeaker = r -> r.person()
                ? r.actor().name().equalsIgnoreCase(speaker.name()) : VerbCoder.sameActor(r.actor(), speaker);
        found.removeIf(isSpeaker);
        List<ActorResolver.Resolved> scenes = found.stream().filter(r -> namesAScene(s, r)).toList();
        found.removeAll(scenes);
        if (found.isEmpty()) {
            ActorResolver.Resolved party = s.parsed() && !CameoCodes.root(statementCode).equals(THREATEN)
                    ? parties.in(s, first, last, isSpeaker.negate()) : null;
            if (party != null && scenes.isEmpty()) {
                traits.add(CLAUSE_PARTY);
            }
            if (party == null && !scenes.isEmpty()) {
                // the place stands in for a target where the rules weigh whether the statement is an event at all
                // (as before it was kept out), but the event names no target
                traits.add(SCENE_TARGET);
                return scenes.get(0);
            }
            return party;
        }
        ActorResolver.Resolved head = found.get(0);
        if (found.size() > 1) {
            ActorResolver.Resolved next = found.get(1);
            int gapStart = head.tokens().get(head.tokens().size() - 1) + 1;
            if (next.tokens().get(0) == gapStart + 1 && s.word(gapStart).equals("and")) {
                String code = head.actor().code() == null ? next.actor().code()
                        : next.actor().code() == null ? head.actor().code()
                        : head.actor().code() + ";" + next.actor().code();
                List<Integer> tokens = new ArrayList<>(head.tokens());
                tokens.addAll(next.tokens());
                return new ActorResolver.Resolved(new Actor(head.actor().name() + " and " + next.actor().name(),
                        code), tokens, head.kind(), head.contextual() || next.contextual());
            }
        }
        return head;
    }
}
