package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.core.Layers;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.Days;
import org.dossier.extract.SentencePlaces;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.Actor;
import org.dossier.model.DateExpression;
import org.dossier.model.Event;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PlaceMention;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * Codes the political events of an article in CAMEO: what verbs state ({@link VerbCoder}) and what quoted and
 * reported statements say ({@link StatementCoder}), each with its actor, target, date, place and the words that
 * support it. Thread-safe: the dictionaries are immutable and every article gets its own working state.
 */
public final class EventExtractor implements ArticleStage {

    public static final String NAME = "events.v1";

    /** The NER tags of names, the only tagged words that can be an actor. */
    /** Nouns of a time, whose dated phrase is a time itself: "the night of March 10", "the summer of 2019". */
    private static final Set<String> TIME_NOUNS = WordTables.set("events/time-nouns.txt");
    /** Adverbs that put an act before the story's time: "was previously arrested", "once sued". */
    private static final Set<String> EARLIER_TIMES = WordTables.set("events/earlier-times.txt");
    /** Prepositions of an occasion that places an act in time: "at a June town hall". */
    private static final Set<String> OCCASION_MARKERS = Set.of("in", "at", "during");
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "around", "across",
            "throughout", "inside", "over");

    /** Roots of acts done to a place: visits (04), protests, force, coercion, assaults and fighting (14-20). */
    private static final Set<String> ACTS_ON_PLACES = Set.of("04", "14", "15", "17", "18", "19", "20");

    /** Words that put an act's target after them ("fell on Guffa", "an assault against the town"). */
    private static final Set<String> TARGET_CASES = Set.of("on", "onto", "into", "upon", "against");

    /** The confidence of an event before the event model has scored it. */
    private static final double UNSCORED = 0.5;

    /** Relations of a verb that is no predicate of its own: "the killed man", "has been", "is". */
    private static final Set<String> NOT_PREDICATES = Set.of("amod", "compound", "aux", "aux:pass", "cop");

    /** Verbs whose subject is the event they say happened: "the shooting happened on Monday" (happening-verbs.txt). */
    private static final Set<String> HAPPENING_VERBS = WordTables.set("events/happening-verbs.txt");
    /** Codes that name no event of their own ("060": material cooperation of no kind, managing and serving). */
    private static final Set<String> NO_EVENT_CODES = WordTables.set("events/no-event-codes.txt");

    private final Dictionaries dictionaries;
    private final EventModel model;
    private final TriggerModel triggers;
    private final TriggerModel statementModel;
    private final boolean dropUncodedVerbalActs;
    private final PageKindModel pageKinds;
    private final EventFeatures features = EventFeatures.standard();
    private final SportsReports sportsReports = SportsReports.standard();

    /** An extractor with Dossier's event, trigger and statement models. */
    public EventExtractor(Dictionaries dictionaries) {
        this(dictionaries, EventModel.standard(), TriggerModel.standard(), TriggerModel.statements());
    }

    /** An extractor that judges the proposed events with another model ({@link EventModel#keepAll()}, say). */
    public EventExtractor(Dictionaries dictionaries, EventModel model) {
        this(dictionaries, model, TriggerModel.standard(), TriggerModel.statements());
    }

    /**
     * An extractor with other models: {@code triggers} proposes events for verbs and {@code statements} for quotes
     * beside the rules ({@link TriggerModel#none()}: the rules alone), {@code model} judges every proposal.
     */
    public EventExtractor(Dictionaries dictionaries, EventModel model, TriggerModel triggers,
            TriggerModel statements) {
        this(dictionaries, model, triggers, statements, true, PageKindModel.standard());
    }

    private EventExtractor(Dictionaries dictionaries, EventModel model, TriggerModel triggers,
            TriggerModel statements, boolean dropUncodedVerbalActs, PageKindModel pageKinds) {
        this.dictionaries = dictionaries;
        this.model = model;
        this.triggers = triggers;
        this.statementModel = statements;
        this.dropUncodedVerbalActs = dropUncodedVerbalActs;
        this.pageKinds = pageKinds;
    }

    /**
     * This extractor, keeping the verbal acts of actors with no code ({@link UncodedVerbalActs}): for reading what
     * the rules code for speakers that the dictionaries do not know.
     */
    public EventExtractor keepingUncodedVerbalActs() {
        return new EventExtractor(dictionaries, model, triggers, statementModel, false, pageKinds);
    }

    /**
     * This extractor, telling pages of public life from other pages with another model ({@link PageKindModel#none()}:
     * events are coded on every page).
     */
    public EventExtractor withPageKinds(PageKindModel kinds) {
        return new EventExtractor(dictionaries, model, triggers, statementModel, dropUncodedVerbalActs, kinds);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES, Layers.DATES, Layers.PARSES, Layers.QUOTES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.EVENTS);
    }

    /**
     * Whether a sentence may state an event, and so deserves a dependency parse: a verb of the CAMEO dictionary
     * and a name or an agent noun to act. Parsing is the slowest step of the NLP; most sentences need none.
     */
    public boolean mayHoldEvent(Sentence sentence) {
        // Amounts, percentages, ordinals, times and durations act on nothing: only names and agent nouns can.
        boolean verb = false;
        boolean actor = false;
        for (Token token : sentence.tokens()) {
            String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
            verb |= token.pos().startsWith("VB") && dictionaries.verbs().contains(lemma);
            actor |= NAME_TAGS.contains(token.ner())
                    || token.pos().startsWith("NN") && dictionaries.agents()
                            .match(List.of(token.word().toLowerCase(java.util.Locale.ROOT)), 0).isPresent();
            if (verb && actor) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event the rules propose, before the event model judges it and its date is settled: the event (without
     * date or confidence), its features, and where its date may come from (its own clause, its sentence, or the
     * story so far).
     */
    public record Proposal(Event event, List<String> features, int sentence, EventDate ownDate,
            EventDate sentenceDate, boolean sentenceHasDate, boolean current, boolean past, boolean statement,
            int trigger, int utterance) {

        /**
         * The sentence its words begin in: for a statement inside a direct quote that runs over several sentences,
         * the quote's first sentence (one quote is one utterance, said at one time); else its own sentence.
         */
        public Proposal {
            utterance = Math.min(utterance, sentence);
        }

        Proposal withConfidence(double confidence) {
            return withEvent(event.withConfidence(confidence));
        }

        /** This proposal of another event: the same features and sources of its date. */
        Proposal withEvent(Event other) {
            return new Proposal(other, features, sentence, ownDate, sentenceDate, sentenceHasDate, current, past,
                    statement, trigger, utterance);
        }
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        ArticleContext context = new ArticleContext(in);
        List<Proposal> kept = new ArrayList<>();
        for (Proposal p : propose(in, context)) {
            double probability = model.probability(p.features());
            if (model.keeps(probability)) {
                kept.add(p.withConfidence(model.calibration().apply(probability)));
            }
        }
        // The verbal acts of uncoded actors go after the choice among alternatives, so that dropping one does not
        // let a less likely reading of the same words through.
        Set<String> personNames = personNames(in);
        List<Proposal> events = bestOfAlternatives(kept).stream()
                .filter(p -> !dropUncodedVerbalActs
                        || !UncodedVerbalActs.isNoEvent(p.event(), personNames, context.sentence(p.sentence())))
                .map(p -> FigurativeForce.isCriticism(p.event(), context.sentence(p.sentence()))
                        ? p.withEvent(asCriticism(p.event())) : p)
                .filter(p -> !isNoActOfItsParties(p.event(), context.sentence(p.sentence())))
                .toList();
        List<Event> dated = CrimeDates.dated(dated(context, events, leadSentence(context)), context.published());
        return in.with(Layers.EVENTS, EventPlaces.placed(context,
                dated.stream().map(e -> CriminalParties.recoded(context, e)).toList()));
    }

    /**
     * Whether an event of {@code sentence} is no act of its parties though its words read as one: words of war for a
     * contest ({@link FigurativeForce}), a company's words of its own business ({@link CompanyOwnWords}), the
     * clause of a question ({@link ReportedQuestions}), an outlet's report ({@link OutletReports}); docs/events.md,
     * sessions twenty-three and twenty-five.
     */
    public static boolean isNoActOfItsParties(Event event, SentenceView sentence) {
        return FigurativeForce.isNoEvent(event, sentence) || CompanyOwnWords.isNoEvent(event)
                || ReportedQuestions.isNoEvent(event, sentence) || OutletReports.isNoEvent(event, sentence);
    }

    /** The event as criticism (111) of its target: an attack in words ({@link FigurativeForce#isCriticism}). */
    private Event asCriticism(Event event) {
        String code = FigurativeForce.CRITICISM;
        return new Event(event.articleId(), event.span(), event.text(), event.date(), event.datePrecision(),
                event.dateBasis(), event.actor(), ActionLabels.label(code, null, dictionaries.codes()), code,
                CameoCodes.root(code), CameoCodes.quadClass(code), dictionaries.codes().goldstein(code), event.target(),
                event.place(), event.confidence());
    }

    /** The names of the article's persons, as a person's actor is named ({@link UncodedVerbalActs}). */
    public static Set<String> personNames(AnnotatedArticle in) {
        return in.getOrEmpty(Layers.ENTITIES).stream().filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Every event the rules propose for an article, with its features, before the event model judges them. */
    public List<Proposal> propose(AnnotatedArticle in) {
        return propose(in, new ArticleContext(in));
    }

    private List<Proposal> propose(AnnotatedArticle in, ArticleContext context) {
        ActorResolver actors = new ActorResolver(dictionaries, context);
        NounCoder nouns = new NounCoder(dictionaries, actors);
        VerbCoder verbs = new VerbCoder(dictionaries, actors, nouns);
        StatementCoder statements = new StatementCoder(dictionaries, context, actors);
        List<Quote> quotes = in.getOrEmpty(Layers.QUOTES);
        List<Proposal> proposals = new ArrayList<>();
        Span headline = headline(context);
        int lead = -1;
        for (SentenceView s : context.sentences()) {
            if (headline != null && headline.contains(s.sentence().span())) {
                continue;
            }
            lead = lead < 0 ? s.sentence().index() : lead;
            boolean isLead = s.sentence().index() == lead;
            for (Quote quote : quotes) {
                Span part = partIn(quote.span(), s.sentence().span());
                if (part == null) {
                    continue;
                }
                String cue = cueLemma(context, quote);
                if (isCharge(context, quote, cue)) {
                    continue; // "accused the mayor of bribery": the verb codes the accusation and its target
                }
                StatementCoder.Coded coded = byItsEventNoun(context, quote, part,
                        finerByItsVerb(context, quote, statements.code(quote, part, cue), verbs), statements, verbs);
                if (coded != null && !repeats(proposals, coded, s.sentence().index())) {
                    proposals.add(statementProposal(context, s, quote, part, coded,
                            features.ofStatement(coded, cue, s, isLead)));
                }
                StatementCoder.Coded learned = learnedStatement(statements, quote, part, cue, coded);
                if (learned != null && !repeats(proposals, learned, s.sentence().index())) {
                    proposals.add(statementProposal(context, s, quote, part, learned,
                            features.ofStatement(learned, cue, s, isLead)));
                }
            }
            if (!s.parsed()) {
                continue;
            }
            for (int v = 0; v < s.size(); v++) {
                Span token = s.token(v).span();
                if (spokenFor(context, quotes, token)) {
                    continue;
                }
                boolean quoted = inQuote(quotes, token);
                List<VerbCoder.Coded> coded = s.isVerb(v) ? verbs.code(s, v) : nounCoded(nouns, s, v);
                for (VerbCoder.Coded c : coded) {
                    if (!ScheduledActs.isNoEvent(c, quoted)) {
                        proposals.add(triggerProposal(context, s, c, features.ofTrigger(c, s, isLead, quoted)));
                    }
                }
                if (isPredicate(s, v)) {
                    proposals.addAll(learned(context, s, v, coded, verbs, actors, isLead, quoted));
                }
            }
        }
        proposals.removeIf(p -> NO_EVENT_CODES.contains(p.event().cameo()));
        proposals.removeIf(p -> CampaignRallies.isCampaignRally(p, context));
        List<Proposal> coded = onlyForcesOfTheWar(victimsAsCivilians(offendersAsCriminals(proposals,
                actors.mainCountry(), context), actors, context), actors);
        if (sportsReports.isSportsReport(context)) {
            return actsOfTheState(coded);
        }
        return pageKinds.isOtherPage(in.getOrEmpty(Layers.EMBEDDINGS)) ? armedForce(coded) : coded;
    }

    /** Sectors of armed groups, whose force stays an event on a page the page-kind model takes for another. */
    private static final Set<String> ARMED_GROUPS = Set.of("REB", "INS", "UAF");

    /**
     * What is left of a page that is no news of public life (sport, entertainment, science, lifestyle, recipes,
     * shops, games): only force (roots 14-20) that a country, its police, courts, government or armed forces, or an
     * armed group uses. On broad news nine in ten events the rules coded on such pages were wrong (anyone's words
     * read as political acts, a game's battles); force stays so that a page of conflict taken for another by the
     * model keeps its attacks ("Russia launched missile strikes on Kyiv").
     */
    private static List<Proposal> armedForce(List<Proposal> proposals) {
        return proposals.stream()
                .filter(p -> CameoCodes.root(p.event().cameo()).compareTo("14") >= 0 && isArmed(p.event().actor()))
                .toList();
    }

    /** Whether an actor is a country, a sector of a state's or an armed group: "RUS", "SYRMIL", "SYRREB". */
    private static boolean isArmed(Actor actor) {
        if (actor == null || actor.code() == null) {
            return false;
        }
        for (String code : actor.code().split(";")) {
            boolean country = code.length() == 3 && !code.equals("---");
            if (country || code.length() >= 6 && ARMED_GROUPS.contains(code.substring(3, 6))) {
                return true;
            }
        }
        return SportsReports.isState(actor.code());
    }

    /** What police, courts and governments do in a sports report: the rest is the games. */
    private static List<Proposal> actsOfTheState(List<Proposal> proposals) {
        return proposals.stream().filter(p -> isState(p.event().actor()) || isState(p.event().target())).toList();
    }

    private static boolean isState(Actor actor) {
        return actor != null && SportsReports.isState(actor.code());
    }

    /**
     * The root the trigger model does not give a verb: disapproval (11). English says criticism, condemnation,
     * accusation and blame with a closed class of words (criticise, condemn, accuse, blame, denounce, lambaste), which
     * the verb dictionary, its supplement and the statement lexicon list; a verb outside them that the model reads as
     * disapproval is, on news, mostly a verb of something else ("cuffed", "retook", "knew", "hired", "got a job"): on
     * the development part 8 of the 28 events it gave were right (in-sample); on 101 unseen broad pages 2 of 13 were
     * criticism (docs/events.md, session twenty-one).
     */
    private static final String DISAPPROVAL_ROOT = "11";

    /**
     * The event the trigger model reads in a verb, when it gives a root the rules did not propose for it (never
     * disapproval: {@link #DISAPPROVAL_ROOT}), with the actor and target the rules find; the model's probability is
     * a feature the event model weighs.
     */
    private List<Proposal> learned(ArticleContext context, SentenceView s, int v, List<VerbCoder.Coded> ruled,
            VerbCoder verbs, ActorResolver actors, boolean lead, boolean quoted) {
        if (triggers.isEmpty()) {
            return List.of();
        }
        TriggerModel.Prediction prediction = triggers.predict(
                TriggerFeatures.of(s, v, dictionaries.verbs(), actors, quoted));
        if (prediction.root().equals(TriggerModel.NONE) || prediction.probability() < triggers.threshold()
                || prediction.root().equals(DISAPPROVAL_ROOT)
                || ruled.stream().anyMatch(c -> CameoCodes.root(c.code()).equals(prediction.root())
                        // force recoded as assault leaves room for the model's own assault ("shot dead": 1823)
                        && !c.traits().contains(VerbCoder.FORCE_OF_NO_ARMY_TRAIT))
                || ruled.isEmpty() && verbs.rulesOut(s, v)) {
            return List.of();
        }
        List<Proposal> out = new ArrayList<>();
        for (VerbCoder.Coded c : verbs.codeLearned(s, v, triggers.code(lower(s.lemma(v)), prediction.root()))) {
            if (ScheduledActs.isNoEvent(c, quoted)) {
                continue;
            }
            List<String> list = new ArrayList<>(features.ofTrigger(c, s, lead, quoted));
            list.add("trigger-probability=" + Math.min(9, (int) (prediction.probability() * 10)));
            out.add(triggerProposal(context, s, c, list));
        }
        return out;
    }

    /**
     * The statement the statement model reads in the part of a quote, when it gives a root the rules did not, with
     * the speaker and target the rules find; null otherwise.
     */
    private StatementCoder.Coded learnedStatement(StatementCoder statements, Quote quote, Span part, String cue,
            StatementCoder.Coded ruled) {
        if (statementModel.isEmpty() || quote.speaker() == null) {
            return null;
        }
        TriggerModel.Prediction prediction = statementModel.predict(statements.features(quote, part, cue));
        if (prediction.root().equals(TriggerModel.NONE) || prediction.probability() < statementModel.threshold()
                || ruled != null && CameoCodes.root(ruled.code()).equals(prediction.root())) {
            return null;
        }
        StatementCoder.Coded coded = statements.codeLearned(quote, part, statementModel.code(cue, prediction.root()));
        // a criticism the model reads stands only on a target its words name: the party of its clause ("said the
        // government had failed") gives a statement the rules code its target, but brings back, on news in general,
        // mostly comments of no one (docs/events.md, round eight)
        if (coded == null || DisapprovalOfNoOne.isNoEvent(coded.code(), coded.namedTargetValue())
                || ActOfNoOne.isNoEvent(coded.code(), coded.namedTargetValue())) {
            return null;
        }
        // the event model weighs the statement model's probability as one of the traits ("trait=probability=3")
        java.util.Set<String> traits = new java.util.TreeSet<>(coded.traits());
        traits.add("probability=" + Math.min(9, (int) (prediction.probability() * 10)));
        return new StatementCoder.Coded(coded.code(), coded.label(), coded.actor(), coded.target(), traits);
    }

    /** Every verb the trigger model reads, with its features: for fitting the model on a gold of events. */
    public record TriggerCandidate(Span span, List<String> features) {}

    /** The parts of quotes (one per sentence) that the statement model reads, with their features. */
    public List<TriggerCandidate> statementCandidates(AnnotatedArticle in) {
        ArticleContext context = new ArticleContext(in);
        ActorResolver actors = new ActorResolver(dictionaries, context);
        StatementCoder statements = new StatementCoder(dictionaries, context, actors);
        Span headline = headline(context);
        List<TriggerCandidate> out = new ArrayList<>();
        for (SentenceView s : context.sentences()) {
            if (headline != null && headline.contains(s.sentence().span())) {
                continue;
            }
            for (Quote quote : in.getOrEmpty(Layers.QUOTES)) {
                Span part = partIn(quote.span(), s.sentence().span());
                if (part != null && quote.speaker() != null) {
                    out.add(new TriggerCandidate(part, statements.features(quote, part, cueLemma(context, quote))));
                }
            }
        }
        return out;
    }

    /** The verbs of an article that the trigger model reads, with their features. */
    public List<TriggerCandidate> triggerCandidates(AnnotatedArticle in) {
        ArticleContext context = new ArticleContext(in);
        ActorResolver actors = new ActorResolver(dictionaries, context);
        List<Quote> quotes = in.getOrEmpty(Layers.QUOTES);
        Span headline = headline(context);
        List<TriggerCandidate> out = new ArrayList<>();
        for (SentenceView s : context.sentences()) {
            if (!s.parsed() || headline != null && headline.contains(s.sentence().span())) {
                continue;
            }
            for (int v = 0; v < s.size(); v++) {
                Span token = s.token(v).span();
                if (isPredicate(s, v) && !spokenFor(context, quotes, token)) {
                    out.add(new TriggerCandidate(token,
                            TriggerFeatures.of(s, v, dictionaries.verbs(), actors, inQuote(quotes, token))));
                }
            }
        }
        return out;
    }

    /** A quote's cue or a word inside a direct quote: the statement rules and model read those, not the verb rules. */
    private static boolean spokenFor(ArticleContext context, List<Quote> quotes, Span token) {
        return isQuoteCue(context, quotes, token) || inDirectQuote(quotes, token);
    }

    private static boolean isPredicate(SentenceView s, int v) {
        return s.isVerb(v) && !NOT_PREDICATES.contains(s.relation(v));
    }

    private static String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * People the article shows as offenders (arrested, charged, convicted or sentenced, or doing violence that
     * {@link FigurativeForce#makesAnOffender} takes for a crime) are
     * criminals in CAMEO's sense: an offender the article gives no other role becomes
     * {@code <country>CRM} in all of the article's events.
     */
    private static List<Proposal> offendersAsCriminals(List<Proposal> proposals, String country,
            ArticleContext context) {
        java.util.Set<String> offenders = new java.util.HashSet<>();
        java.util.Set<String> violent = new java.util.HashSet<>();
        for (Proposal p : proposals) {
            Event e = p.event();
            boolean legal = e.cameo().startsWith("173") || e.cameo().startsWith("116");
            if (legal && e.target() != null && p.features().contains("target=person")) {
                offenders.add(e.target().name());
            }
            if (e.actor() != null && p.features().contains("actor=person")) {
                if (p.features().contains("trait=crime")) {
                    offenders.add(e.actor().name());
                } else if ((e.root().equals("18") || e.root().equals("19") || e.root().equals("20"))
                        && FigurativeForce.makesAnOffender(e, context.sentence(p.sentence()))) {
                    violent.add(e.actor().name());
                }
            }
        }
        // the one offender is the one the law or a crime against private people names; a roleless person who
        // does other violence is a criminal too, but not the one an assault without its doer means
        Actor offender = onlyOffender(proposals, offenders);
        offenders.addAll(violent);
        if (offenders.isEmpty()) {
            return proposals;
        }
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : proposals) {
            Event e = p.event();
            Actor actor = asCriminal(e.actor() == null && offender != null && isAssault(e)
                    && (e.target() == null || !e.target().name().equals(offender.name())) ? offender : e.actor(),
                    offenders, country);
            Actor target = asCriminal(e.target(), offenders, country);
            if (actor == e.actor() && target == e.target()) {
                out.add(p);
            } else {
                out.add(p.withEvent(e.withParties(actor, target)));
            }
        }
        return out;
    }

    /**
     * A person that violence (roots 18-20) hits and that the article gives no role and no part in a crime is a
     * private person of the story's country: the gold codes the victims of crime and war as civilians ("the
     * killing of Ana Diaz", "Gray was shot and killed": USACVL), and a named person always with a sector. After
     * the features are taken, so no event's probability moves; offenders are criminals already. Not where the victim
     * may be of another country: in a story that tells of war, a doer of another country ("Hamas gunmen killed Shani
     * Louk" in a story led by Ukraine), or a sentence that names another country (review mend, session fifteen).
     */
    private static List<Proposal> victimsAsCivilians(List<Proposal> proposals, ActorResolver actors,
            ArticleContext context) {
        String country = actors.mainCountry();
        if (country == null) {
            return proposals;
        }
        Boolean war = null;
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : proposals) {
            Event e = p.event();
            boolean violent = e.root().equals("18") || e.root().equals("19") || e.root().equals("20");
            if (!violent || e.target() == null || e.target().code() != null
                    || !p.features().contains("target=person")) {
                out.add(p);
                continue;
            }
            war = war == null ? VerbCoder.tellsOfWar(actors) : war;
            if (mayBeOfAnotherCountry(e, country, war, actors, context)) {
                out.add(p);
                continue;
            }
            out.add(p.withEvent(e.withParties(e.actor(), new Actor(e.target().name(), country + "CVL"))));
        }
        return out;
    }

    /**
     * Fighting with no doer ("airstrikes continue", "bombs fell on the camp", "was hit by airstrikes") in a story of
     * war whose fighting the article gives to one country's armed forces alone is theirs, as the gold codes it; with
     * two or more forces fighting, or none named, it stays without a doer. After the features are taken, so no
     * event's probability moves.
     */
    private static List<Proposal> onlyForcesOfTheWar(List<Proposal> proposals, ActorResolver actors) {
        Map<String, Actor> forces = new LinkedHashMap<>();
        Set<String> doers = new HashSet<>();
        boolean faceless = false;
        for (Proposal p : proposals) {
            Event e = p.event();
            if (!isFighting(e)) {
                continue;
            }
            if (e.actor() == null) {
                faceless = true;
            } else if (e.actor().code() != null) {
                doers.add(e.actor().code());
                if (e.actor().code().length() == 6 && e.actor().code().endsWith("MIL")) {
                    forces.putIfAbsent(e.actor().code(), e.actor());
                }
            }
        }
        if (!faceless || forces.size() != 1 || !VerbCoder.tellsOfWar(actors)) {
            return proposals;
        }
        Actor only = forces.values().iterator().next();
        if (!doers.stream().allMatch(code -> ofTheSameSide(code, only.code()))) {
            return proposals; // militants, rebels or another country's people fight too: a war of two sides
        }
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : proposals) {
            Event e = p.event();
            boolean ownTarget = e.target() != null && e.target().code() != null
                    && e.target().code().startsWith(only.code().substring(0, 3));
            out.add(isFighting(e) && e.actor() == null && !ownTarget
                    ? p.withEvent(e.withParties(only, e.target())) : p);
        }
        return out;
    }

    /**
     * Whether a doer of fighting is of the side of the armed forces {@code force}: those forces, or their state
     * (the country bare, or its government), not militants, rebels or criminals of that country.
     */
    private static boolean ofTheSameSide(String code, String force) {
        String country = force.substring(0, 3);
        return code.equals(force) || code.equals(country) || code.equals(country + "GOV");
    }

    /** Fighting and mass violence (19, 20), the acts of armed forces. */
    private static boolean isFighting(Event e) {
        return e.root().equals("19") || e.root().equals("20");
    }

    /**
     * Whether a victim may be of a country other than the story's: the sentence names another country, or, in a
     * story that tells of war, the doer is of another country.
     */
    private static boolean mayBeOfAnotherCountry(Event e, String country, boolean war, ActorResolver actors,
            ArticleContext context) {
        String doer = e.actor() == null ? null : e.actor().code();
        if (war && doer != null && doer.length() >= 3 && !doer.startsWith("---") && !doer.startsWith(country)) {
            return true;
        }
        SentenceView s = context.sentenceAt(e.span().start());
        return s != null && actors.countriesNamedIn(s).stream().anyMatch(c -> !c.equals(country));
    }

    /**
     * The one offender of an article about one crime ("Lopez ... was charged"), whom the article means when it tells
     * an assault without its doer ("she was hit during the shooting"); null when it names none or several.
     */
    private static Actor onlyOffender(List<Proposal> proposals, java.util.Set<String> offenders) {
        if (offenders.size() != 1) {
            return null;
        }
        String name = offenders.iterator().next();
        for (Proposal p : proposals) {
            for (Actor a : new Actor[] {p.event().actor(), p.event().target()}) {
                if (a != null && a.name().equals(name)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Assault (18), what crime is coded as: fighting and mass violence (19, 20) are no one offender's doing. */
    private static boolean isAssault(Event e) {
        return e.root().equals("18");
    }

    private static Actor asCriminal(Actor actor, java.util.Set<String> offenders, String country) {
        if (actor == null || !offenders.contains(actor.name())) {
            return actor;
        }
        String code = actor.code();
        boolean roleless = code == null || code.startsWith("---") || code.endsWith("CVL") || code.endsWith("PPL");
        if (!roleless) {
            return actor;
        }
        String place = code != null && !code.startsWith("---") ? code.substring(0, 3) : country;
        return new Actor(actor.name(), (place == null ? "---" : place) + "CRM");
    }

    private static List<VerbCoder.Coded> nounCoded(NounCoder nouns, SentenceView s, int n) {
        VerbCoder.Coded coded = nouns.code(s, n);
        return coded == null ? List.of() : List.of(coded);
    }

    /**
     * Of proposals that state the same thing, the most likely: the same words coded twice with the same root and
     * actor (a statement and its verb), or one trigger coded two ways ("will meet": a meeting, or an intent to meet).
     */
    private static List<Proposal> bestOfAlternatives(List<Proposal> proposals) {
        List<Proposal> byConfidence = new ArrayList<>(proposals);
        // the most likely first; of equals, one that names its target
        byConfidence.sort(Comparator.comparingDouble((Proposal p) -> -p.event().confidence())
                .thenComparing(p -> p.event().target() == null)
                .thenComparingInt(p -> p.event().span().start()));
        List<Proposal> kept = new ArrayList<>();
        for (Proposal p : byConfidence) {
            boolean alternative = false;
            for (Proposal k : kept) {
                Event a = p.event();
                Event b = k.event();
                boolean sameActor = java.util.Objects.equals(a.actor(), b.actor());
                boolean sameTarget = java.util.Objects.equals(a.target(), b.target());
                boolean eitherTargetless = a.target() == null || b.target() == null;
                if (sameActor && a.span().overlaps(b.span()) && (sameTarget || eitherTargetless)
                        && (a.root().equals(b.root()) || p.trigger() >= 0 && p.trigger() == k.trigger()
                                && p.sentence() == k.sentence())) {
                    alternative = true;
                    break;
                }
            }
            if (!alternative) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** The part of a quote inside a sentence, when the quote starts there or continues into it. */
    private static Span partIn(Span quote, Span sentence) {
        if (!quote.overlaps(sentence)) {
            return null;
        }
        Span part = new Span(Math.max(quote.start(), sentence.start()), Math.min(quote.end(), sentence.end()));
        return part.length() < 3 ? null : part;
    }

    /**
     * Settles each event's date: a date said in its own clause; else the only day named in its sentence, or the one
     * month or year it names as its time; else, when its sentence names no time at all, for an act told in the simple
     * past the date of the sentence or event just before it (a story told in order), or for a statement that of the
     * same speaker's statement a little earlier (one interview); else, for the lead's news told in
     * the present ("has announced"), the publication day, as news of that day; else the publication date, as the day
     * the event was reported.
     */
    private static List<Event> dated(ArticleContext context, List<Proposal> proposals, int lead) {
        proposals = new ArrayList<>(proposals);
        proposals.sort(Comparator.comparingInt((Proposal c) -> c.event().span().start()));
        List<Event> out = new ArrayList<>();
        EventDate previous = null;
        int previousSentence = -10;
        Proposal lastStatement = null;
        EventDate lastStatementDate = null;
        Proposal lastAct = null;
        EventDate lastActDate = null;
        EventDate storyDay = storyDay(context, proposals, lead);
        for (Proposal c : proposals) {
            // an own date read after publication leaves the sentence's date, when that is not after it too
            EventDate own = notAfterPublication(context, c.ownDate());
            EventDate date = own != null ? own : notAfterPublication(context, c.sentenceDate());
            if (date != null && !c.statement() && date.isDay()) {
                lastAct = c;
                lastActDate = date;
            }
            if (date == null) {
                date = atTheTimeSaidBefore(context, c); // "On Oct. 3, X ordered ... At the time, the UN said ..."
            }
            if (date == null && !c.sentenceHasDate()) {
                date = continuesTheStory(context, c) ? storySoFar(context, c, previous, previousSentence) : null;
                if (date == null && c.statement() && sameSpeakerShortlyAfter(lastStatement, c)) {
                    date = lastStatementDate;
                }
                if (date == null && c.statement() && !c.current() && sameActorJustBefore(lastAct, c)) {
                    date = lastActDate; // "On Tuesday X wrote to Y." then "'...,' X declared.": the same occasion
                }
                if (date == null && !continuesTheStory(context, c)) {
                    date = notAfterPublication(context, speakersOccasionJustBefore(context, c));
                }
            }
            // A day, or a date said in the event's own clause, goes on to the sentences that follow; a month that
            // only sits somewhere in the sentence does not ("In May, X. Assange has denied both ...").
            if (date != null && (date.isDay() || date == c.ownDate())) {
                previous = date;
                previousSentence = c.sentence();
            }
            if (c.statement()) {
                lastStatement = c;
                lastStatementDate = date;
            }
            if (date == null && c.sentence() == lead && c.current()) {
                date = EventDate.today(context.published()); // the lead's news told in the present: "has announced"
            }
            if (date == null && storyDay != null && c.past() && !c.sentenceHasDate()) {
                date = storyDay; // "X was arraigned Wednesday." ... "He declined to sign the order.": the lead's day
            }
            if (date == null) {
                date = EventDate.reported(context.published());
            }
            Event e = c.event();
            out.add(date == null ? e : e.withDate(date.date(), date.precision(), date.basis()));
        }
        return out;
    }

    /**
     * A date that begins after the publication day is no day of an act the article reports (a bare weekday read
     * forward, "next week" of a plan, a year still to come): the act is dated as reported instead.
     */
    private static EventDate notAfterPublication(ArticleContext context, EventDate date) {
        return date != null && context.published() != null && date.date().isAfter(context.published()) ? null : date;
    }

    /** "at the time", pointing back at the time just named; not "at the time of the vote", which names its own. */
    private static final Pattern AT_THE_TIME = Pattern.compile("(?iU)\\bat the time\\b(?!\\s+(?:of|when|that)\\b)");
    /** The same for a statement, whose "said at the time that ..." opens what was said, not a time. */
    private static final Pattern SAID_AT_THE_TIME = Pattern.compile("(?iU)\\bat the time\\b(?!\\s+(?:of|when)\\b)");

    /**
     * For an event whose sentence says "at the time" and names no date of its own, the last date the sentence
     * before names ("In August, the agency announced a change. At the time, it said ..."): the phrase points back
     * at that time, as a pronoun at a name. Null when that sentence names no date, or only one after publication.
     * For a statement, the phrase inside what was said ("denied that its jets were there at the time") dates the
     * thing said, not the saying, and does not count.
     */
    private static EventDate atTheTimeSaidBefore(ArticleContext context, Proposal c) {
        SentenceView s = context.sentence(c.sentence());
        SentenceView before = c.sentence() > 0 ? context.sentence(c.sentence() - 1) : null;
        if (s == null || before == null || !saysAtTheTime(context, s, c)) {
            return null;
        }
        EventDate last = null;
        for (DateExpression expression : context.datesIn(before.sentence().span())) {
            EventDate date = notAfterPublication(context, EventDate.of(expression));
            last = date != null ? date : last;
        }
        return last;
    }

    /** Whether the sentence says "at the time" of the event: for a statement, outside the words it reports. */
    private static boolean saysAtTheTime(ArticleContext context, SentenceView s, Proposal c) {
        Span sentence = s.sentence().span();
        Pattern phrase = c.statement() ? SAID_AT_THE_TIME : AT_THE_TIME;
        Matcher m = phrase.matcher(sentence.of(context.text()));
        while (m.find()) {
            if (!c.statement() || !c.event().span().contains(sentence.start() + m.start())) {
                return true;
            }
        }
        return false;
    }

    /** How many days before its publication a story's lead may place its news and still be the story's day. */
    private static final int STORY_DAYS = 6;

    /**
     * The day the story's news happened, when the first act its lead dates, by its own clause or by its sentence
     * (in the first sentence from the lead that holds an event or the two after it, with events or not), is told in
     * the simple past on a day before the publication day named by a time word ("was arraigned Wednesday", "on
     * Friday evening, protesters gathered"): news told the morning after. Null when the lead dates its first act
     * otherwise (the publication day, a calendar date, a plan), so that a story whose lead is today's news ("a video
     * was released Monday") does not lend an older day to the acts it retells.
     */
    private static EventDate storyDay(ArticleContext context, List<Proposal> proposals, int lead) {
        if (context.published() == null) {
            return null;
        }
        int first = -1;
        for (Proposal c : proposals) {
            if (c.sentence() < lead) {
                continue;
            }
            first = first < 0 ? c.sentence() : first;
            if (c.sentence() > first + 2) {
                return null;
            }
            EventDate date = c.ownDate() != null ? c.ownDate() : c.sentenceDate();
            if (date != null) {
                boolean recent = date.date().isBefore(context.published())
                        && !date.date().isBefore(context.published().minusDays(STORY_DAYS));
                return date.isDay() && date.basis() == Event.DateBasis.RELATIVE && recent
                        && c.past() ? date : null;
            }
        }
        return null;
    }

    /** The first sentence after the headline, whose present-tense news is the news of the publication day. */
    private static int leadSentence(ArticleContext context) {
        Span headline = headline(context);
        for (SentenceView s : context.sentences()) {
            if (headline == null || !headline.contains(s.sentence().span())) {
                return s.sentence().index();
            }
        }
        return -1;
    }

    /** Roots of acts done rather than said: material cooperation and aid, yielding, investigating, 14 to 20. */
    private static final Set<String> MATERIAL_ROOTS = Set.of("06", "07", "08", "09", "14", "15", "16", "17", "18",
            "19", "20");

    /**
     * Whether an event goes on the story told so far, and so takes its day: an act done, told in the simple past
     * ("officers fired", "he was arrested"). What someone said, claims, news told in the present or perfect ("has
     * denied", "continue") and what had happened before ("had opposed") are not the next step of a narrative: in
     * news they are of the day of reporting.
     */
    private static boolean continuesTheStory(ArticleContext context, Proposal c) {
        if (c.statement() || c.trigger() < 0 || !MATERIAL_ROOTS.contains(c.event().root())) {
            return false;
        }
        SentenceView s = context.sentence(c.sentence());
        if (s == null || !s.parsed()) {
            return false;
        }
        String pos = s.pos(c.trigger());
        boolean passive = false;
        for (int child : s.children(c.trigger())) {
            String rel = s.relation(child);
            if (rel.equals("aux") || rel.equals("aux:pass")) {
                String aux = s.word(child).toLowerCase(java.util.Locale.ROOT);
                if (!aux.equals("was") && !aux.equals("were")) {
                    return false; // "has denied", "had opposed", "would strike", "is trying"
                }
                passive = true;
            }
        }
        return pos.equals("VBD") || pos.equals("VBN") && passive;
    }

    /** The day of the sentence just before, or of an event in it or in the same sentence. */
    private static EventDate storySoFar(ArticleContext context, Proposal c, EventDate previous,
            int previousSentence) {
        if (previous != null && c.sentence() - previousSentence <= 1) {
            return previous;
        }
        if (c.sentence() == 0) {
            return null;
        }
        SentenceView before = context.sentence(c.sentence() - 1);
        DateExpression day = before == null ? null : Days.onlyDay(context, before, null);
        return day == null ? null : EventDate.of(day);
    }

    /**
     * For what someone said or asked, told in the simple past in a sentence that names no time, the one time of the
     * sentence just before when that sentence names the same actor: "In a letter in May, Duvall said farmers faced
     * hardship." then "He urged the president to make a deal." and "On Tuesday, on Twitter, X pointed to Y's gifts."
     * then "'...,' X declared." are one occasion, told over two sentences. The earlier sentence need hold no coded
     * event (which {@link #sameActorJustBefore} and {@link #sameSpeakerShortlyAfter} want). Acts done are left to
     * the story so far; a month or year counts only as the sentence's time ("in May"), not as a modifier ("the
     * 2020 election"), and a day not when it dates a thing ("his account of the July 10 meeting"); neither when it
     * sits in a clause of another act than the sentence's main one ("X, who was to fly to Paris on Monday, said").
     */
    private static EventDate speakersOccasionJustBefore(ArticleContext context, Proposal c) {
        Actor actor = c.event().actor();
        if (c.current() || !c.past() || actor == null || actor.name() == null || actor.name().isBlank()
                || c.utterance() == 0) {
            return null;
        }
        SentenceView before = context.sentence(c.utterance() - 1);
        if (before == null || !before.parsed() || !before.sentence().span().of(context.text()).contains(actor.name())) {
            return null; // without a parse, whose act the time is cannot be told ("X, who was to fly ... on Monday")
        }
        int main = mainVerb(before);
        DateExpression day = Days.onlyDay(context, before, null);
        if (day != null) {
            // "shifted his account of the July 10 meeting": the day of a thing talked about, not of the talk; "X,
            // who was to fly to Paris on Monday, said ...": the day of another clause's act
            return datesAThing(before, day, -1) || ofAnotherClause(before, day, main) ? null : dateOf(day);
        }
        DateExpression only = Days.onlyDate(context, before, null);
        return only != null && placesInTime(context, only) && !ofAnotherClause(before, only, main) ? dateOf(only)
                : null;
    }

    /** The token the parse makes the sentence's root, or -1 when it is not parsed. */
    private static int mainVerb(SentenceView s) {
        if (!s.parsed()) {
            return -1;
        }
        for (int t = 0; t < s.size(); t++) {
            if (s.relation(t).equals("root")) {
                return t;
            }
        }
        return -1;
    }

    /**
     * Whether a statement told in the past follows, in the next sentence, an act of the same actor that its own
     * sentence dates by a day: the words said are of that act's occasion. A statement in the present or perfect
     * ("has said", "says") is of the day of reporting and takes nothing.
     */
    private static boolean sameActorJustBefore(Proposal act, Proposal c) {
        return act != null && act.event().actor() != null && c.event().actor() != null
                && act.event().actor().name().equals(c.event().actor().name())
                && c.utterance() - act.sentence() <= 1;
    }

    private static boolean sameSpeakerShortlyAfter(Proposal earlier, Proposal c) {
        return earlier != null && earlier.event().actor() != null && c.event().actor() != null
                && earlier.event().actor().name().equals(c.event().actor().name())
                && c.utterance() - earlier.sentence() <= 2;
    }

    /**
     * The article's headline and the heading lines it opens with: a first paragraph of one sentence in the present
     * tense, or the opening run of one-sentence paragraphs that end without a full stop ({@link HeadingLines}). They
     * repeat what the article reports, and coding them would count the event twice.
     */
    private static Span headline(ArticleContext context) {
        Span first = presentTenseHeadline(context);
        List<Span> sentences = context.sentences().stream().map(s -> s.sentence().span()).toList();
        Span run = HeadingLines.openingRun(context.text(), sentences);
        return first == null ? run : run == null ? first : first.union(run);
    }

    /**
     * A first paragraph of one sentence in the present tense ("French FM calls on Moscow to ...") is a headline
     * or standfirst: it repeats what the article reports, and coding it would count the event twice.
     */
    private static Span presentTenseHeadline(ArticleContext context) {
        List<SentenceView> sentences = context.sentences();
        if (sentences.size() < 3) {
            return null;
        }
        SentenceView first = sentences.get(0);
        String text = context.text();
        int end = first.sentence().span().end();
        boolean ownParagraph = text.startsWith("\n\n", end) || end >= text.length()
                || text.substring(end, Math.min(text.length(), end + 3)).contains("\n\n");
        if (!ownParagraph) {
            return null;
        }
        for (int i = 0; i < first.size(); i++) {
            boolean main = first.parsed() ? first.relation(i).equals("root") : true;
            if (main && first.pos(i).equals("VBZ") && !first.lemma(i).equals("be") && !first.lemma(i).equals("have")) {
                return first.sentence().span();
            }
            if (!first.parsed() && first.pos(i).equals("VBD")) {
                return null;
            }
        }
        return null;
    }

    /** The lemma of the quote's speech verb ("called" → "call"), or its cue as written. */
    private static String cueLemma(ArticleContext context, Quote quote) {
        SentenceView s = quote.cueSpan() == null ? null : context.sentenceAt(quote.cueSpan().start());
        if (s == null) {
            return quote.cue() == null ? "" : quote.cue().toLowerCase(java.util.Locale.ROOT);
        }
        int t = s.tokenAt(quote.cueSpan().start());
        return t >= 0 && quote.cue() != null && !quote.cue().contains(" ")
                ? s.lemma(t) : quote.cue() == null ? "" : quote.cue().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The same speaker saying the same kind of thing about the same target within two sentences is one statement
     * reported twice: "X said Russia would be an accomplice" then "'Russia will become an accomplice,' X said".
     */
    private static boolean repeats(List<Proposal> proposals, StatementCoder.Coded coded, int sentence) {
        for (Proposal c : proposals) {
            Event e = c.event();
            if (sentence - c.sentence() > 2) {
                continue;
            }
            boolean sameSpeaker = e.actor() != null && coded.actor() != null
                    && e.actor().name().equals(coded.actorValue().name());
            boolean sameTarget = e.target() == null || coded.target() == null
                    || e.target().name().equals(coded.target().actor().name());
            if (sameSpeaker && sameTarget && e.root().equals(CameoCodes.root(coded.code()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inDirectQuote(List<Quote> quotes, Span token) {
        for (Quote quote : quotes) {
            if (quote.direct() && quote.span().contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inQuote(List<Quote> quotes, Span token) {
        for (Quote quote : quotes) {
            if (quote.span().contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of accusation whose reported quote is the charge alone: from {@code charge-cues.txt}. */
    private static final Set<String> CHARGE_CUES = WordTables.set("events/charge-cues.txt");

    /**
     * Whether the quote is the charge of an accusation ("accused the mayor of taking bribes"): a reported quote under
     * a verb of accusation that "of" or "with" opens. It names no target; the verb and its object do.
     */
    private static boolean isCharge(ArticleContext context, Quote quote, String cue) {
        if (quote.direct() || !CHARGE_CUES.contains(cue)) {
            return false;
        }
        int start = quote.span().start();
        String before = context.text().substring(Math.max(0, start - 8), start).stripTrailing();
        return before.endsWith(" of") || before.endsWith(" with");
    }

    private static boolean isQuoteCue(ArticleContext context, List<Quote> quotes, Span token) {
        for (Quote quote : quotes) {
            if (quote.cueSpan() != null && quote.cueSpan().overlaps(token)
                    && !isCharge(context, quote, cueLemma(context, quote))) {
                return true;
            }
        }
        return false;
    }

    private Proposal triggerProposal(ArticleContext context, SentenceView s, VerbCoder.Coded coded,
            List<String> featureList) {
        Span span = s.span(coded.tokens());
        Event event = new Event(context.articleId(), span, span.of(context.text()), null, null, null,
                coded.actorValue(), coded.label(), coded.code(), CameoCodes.root(coded.code()),
                CameoCodes.quadClass(coded.code()), dictionaries.codes().goldstein(coded.code()), coded.targetValue(),
                place(context, s, coded.verb(), CameoCodes.root(coded.code())), UNSCORED);
        return new Proposal(event, featureList, s.sentence().index(), ownDate(context, s, coded.verb()),
                sentenceDate(context, s, null, coded.verb()), !context.datesIn(s.sentence().span()).isEmpty(),
                isCurrent(s, coded.verb()), isSimplePast(s, coded.verb()), false, coded.verb(), s.sentence().index());
    }

    /**
     * A statement coded only by its root's general code ("100", a demand) takes the finer code of the same root that
     * the verb dictionary gives its speech verb: "the Assembly demanded an immediate ceasefire" is a call for a
     * ceasefire (1056). The verb rules leave a quote's cue to the statement, so its finer code was otherwise lost
     * (docs/events.md, session twenty-seven).
     */
    private StatementCoder.Coded finerByItsVerb(ArticleContext context, Quote quote, StatementCoder.Coded coded,
            VerbCoder verbs) {
        if (coded == null || quote.cueSpan() == null || !coded.code().equals(CameoCodes.root(coded.code()) + "0")) {
            return coded;
        }
        SentenceView s = context.sentenceAt(quote.cueSpan().start());
        int cue = s == null || !s.parsed() ? -1 : s.tokenAt(quote.cueSpan().start());
        String finer = cue < 0 || !s.isVerb(cue) ? null : verbs.dictionaryCode(s, cue);
        if (finer == null || finer.equals(coded.code())
                || !CameoCodes.root(finer).equals(CameoCodes.root(coded.code()))) {
            return coded;
        }
        return new StatementCoder.Coded(finer, ActionLabels.label(finer, s.lemma(cue), dictionaries.codes()),
                coded.actor(), coded.target(), coded.traits());
    }

    /**
     * A statement whose speech verb is a light verb with a curfew or a state of emergency for object is that act of
     * coercion, coded as the verb rules code a light verb's noun: "Peru declared a state of emergency" is 1724, not
     * what the statement's words read as (an accusation, or nothing). The quote stage records "declared a state of
     * emergency" as a reported statement and the verb rules leave a quote's cue to it, so the noun's code was
     * otherwise lost. Only these codes: for every event noun, on the development part it gained four false events
     * ("called the slaying a murder" 1823, "signed the trade deal" 057, "announced an arrest" with the wrong actor)
     * and none right (docs/events.md, session twenty-seven, review). Imposed on the people at large: no target.
     */
    private StatementCoder.Coded byItsEventNoun(ArticleContext context, Quote quote, Span part,
            StatementCoder.Coded coded, StatementCoder statements, VerbCoder verbs) {
        if (quote.cueSpan() == null) {
            return coded;
        }
        SentenceView s = context.sentenceAt(quote.cueSpan().start());
        int cue = s == null || !s.parsed() ? -1 : s.tokenAt(quote.cueSpan().start());
        String noun = cue < 0 || !s.isVerb(cue) ? null : verbs.eventNounCode(s, cue);
        if (noun == null || !VerbCoder.onThePeopleAtLarge(noun) || coded != null && noun.equals(coded.code())) {
            return coded;
        }
        StatementCoder.Coded event = statements.codeAs(quote, part, noun, "event-noun");
        return event == null ? coded
                : new StatementCoder.Coded(event.code(), event.label(), event.actor(), null, event.traits());
    }

    private Proposal statementProposal(ArticleContext context, SentenceView s, Quote quote, Span part,
            StatementCoder.Coded coded, List<String> featureList) {
        Event event = new Event(context.articleId(), part, part.of(context.text()), null, null, null,
                coded.actorValue(), coded.label(), coded.code(), CameoCodes.root(coded.code()),
                CameoCodes.quadClass(coded.code()), dictionaries.codes().goldstein(coded.code()),
                coded.targetValue(), null, UNSCORED);
        SentenceView cueSentence = quote.cueSpan() == null ? null : context.sentenceAt(quote.cueSpan().start());
        int cue = cueSentence == null ? -1 : cueSentence.tokenAt(quote.cueSpan().start());
        Place said = cue < 0 ? null : placeOfSaying(context, cueSentence, cue, quote);
        if (said != null) {
            event = event.withPlace(said);
        }
        int cueHere = cueSentence != null && cueSentence.sentence().index() == s.sentence().index() ? cue : -1;
        return new Proposal(event, featureList, s.sentence().index(), dateOf(statementDay(context, quote)),
                sentenceDate(context, s, quote, cueHere), !context.datesIn(quote.context()).isEmpty(),
                cue >= 0 && isCurrent(cueSentence, cue), cue >= 0 && isSimplePast(cueSentence, cue), true, -1,
                utterance(context, s, quote));
    }

    /** The sentence a direct quote opens in, for a statement in one of its later sentences; else its own. */
    private static int utterance(ArticleContext context, SentenceView s, Quote quote) {
        SentenceView opening = quote.direct() ? context.sentenceAt(quote.span().start()) : null;
        return opening == null ? s.sentence().index() : opening.sentence().index();
    }

    /**
     * Where a statement was made, as its cue's own locative phrase names it ("said in a speech in Eastvale", "told
     * reporters at a rally in Lakeview"): the place of the saying, which the event gold gives a statement, where the
     * article's focus is the place the speaker talks about. Only a phrase outside the quote's own words: the parser
     * may hang a locative of the quotation on its cue ("… in the whole region,” a senator told an agency), and that
     * is a place the speaker talks about. Null where the cue names none (the focus then fills it).
     */
    private static Place placeOfSaying(ArticleContext context, SentenceView s, int cue, Quote quote) {
        if (!s.parsed() || cue < 0 || !s.isVerb(cue)) {
            return null;
        }
        IntPredicate locative = locative(s, quote);
        Place said = placeIn(context, s, cue, locative);
        if (said == null) {
            // a participle of speaking says where the speaker was, before the place of those spoken to: "speaking
            // in Eastvale, the minister told soldiers in Lakeview" was said in Eastvale
            said = participlePlace(context, s, cue, quote);
        }
        // the addressees' phrase: "told reporters in Eastvale", where the parser hangs the place on the object
        for (int addressee : s.children(cue, Set.of("obj", "iobj"))) {
            if (said == null && !inWordsOf(quote, s.token(addressee).span().start())) {
                said = placeIn(context, s, addressee, locative);
            }
        }
        return said;
    }

    /**
     * A locative phrase of a word ("in Eastvale", "at a rally", "near the border"), outside the quote's own words
     * where a quote is given: the test {@link #placeIn} takes.
     */
    private static IntPredicate locative(SentenceView s, Quote quote) {
        return c -> s.hasRelation(c, Set.of("obl", "nmod")) && s.caseMarker(c) != null
                && PLACE_CASES.contains(s.caseMarker(c)) && (quote == null || !inWordsOf(quote, s.token(c).span().start()));
    }

    /** Whether an offset lies in the quote's own words (not in the attribution that interrupts a quotation). */
    private static boolean inWordsOf(Quote quote, int offset) {
        return quote.parts().stream().anyMatch(part -> part.contains(offset));
    }

    /** "has announced", "says": told as news of the day, not of the past. */
    private static boolean isCurrent(SentenceView s, int verb) {
        String pos = s.pos(verb);
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        for (int c : s.children(verb)) {
            if (s.relation(c).equals("aux") && (s.word(c).equals("has") || s.word(c).equals("have"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Told in the simple past, as a step of the story rather than before it or after it: "fired", "said", "was
     * arrested"; not "has denied", "had opposed", "would strike", nor an act marked as earlier ("was previously
     * arrested", "once sued"). An event noun has no tense.
     */
    static boolean isSimplePast(SentenceView s, int verb) {
        if (verb < 0 || !s.parsed()) {
            return false;
        }
        String pos = s.pos(verb);
        boolean auxiliaryWas = false;
        for (int c : tenseMarkers(s, verb)) {
            String rel = s.relation(c);
            String word = lower(s.word(c));
            if (rel.equals("aux") || rel.equals("aux:pass")) {
                if (!word.equals("was") && !word.equals("were")) {
                    return false;
                }
                auxiliaryWas = true;
            }
            if (rel.equals("advmod") && EARLIER_TIMES.contains(word)) {
                return false;
            }
        }
        return pos.equals("VBD") || pos.equals("VBN") && auxiliaryWas;
    }

    /**
     * The words that may mark a verb's tense and time: its own children, and for a verb joined to another that
     * shares its subject, that verb's too, whose auxiliary and time adverb hold for both ("earlier condemned the
     * mayor and demanded his resignation", "was arrested and charged").
     */
    private static List<Integer> tenseMarkers(SentenceView s, int verb) {
        List<Integer> markers = new ArrayList<>(s.children(verb));
        boolean ownSubject = markers.stream().anyMatch(c -> s.relation(c).startsWith("nsubj"));
        if (s.relation(verb).equals("conj") && s.head(verb) >= 0 && !ownSubject) {
            markers.addAll(s.children(s.head(verb)));
        }
        return markers;
    }

    /**
     * The date said in the trigger's own clause; for an event noun that says none, that of the verb that carries
     * it ("Last week, Khartoum submitted a complaint", "the attack took place on Monday"). A verb that acts on an
     * event told elsewhere ("condemned the attack on Tuesday") does not date it.
     */
    private static EventDate ownDate(ArticleContext context, SentenceView s, int trigger) {
        EventDate own = dateIn(context, s, VerbCoder.ownClause(s, trigger), trigger);
        if (own != null || !s.isNoun(trigger)) {
            return own;
        }
        int verb = s.head(trigger);
        String rel = s.relation(trigger);
        boolean carried = verb >= 0 && s.isVerb(verb) && (rel.equals("obj") && carriesItsObject(s.lemma(verb))
                || rel.equals("nsubj") && (HAPPENING_VERBS.contains(s.lemma(verb)) || takesPlace(s, verb)));
        return carried ? dateIn(context, s, VerbCoder.ownClause(s, verb), -1) : null;
    }

    /** "took place", "will take place". */
    private static boolean takesPlace(SentenceView s, int verb) {
        if (!s.lemma(verb).equals("take")) {
            return false;
        }
        for (int c : s.children(verb)) {
            if (s.relation(c).equals("obj") && s.lemma(c).equalsIgnoreCase("place")) {
                return true;
            }
        }
        return false;
    }

    private static boolean carriesItsObject(String lemma) {
        return VerbCoder.isLightVerb(lemma) || lemma.equals("submit");
    }

    /**
     * A date said in the verb's own clause, not in a clause beside it: a day ("on Saturday") first, else the week,
     * month or year it is placed in ("last week", "in 2005"); never the bound of a period ("since Monday"), unless it
     * names the event noun's own day ("after the Monday shootings": the shootings' day).
     */
    private static EventDate dateIn(ArticleContext context, SentenceView s, List<Integer> clause, int trigger) {
        DateExpression best = null;
        for (DateExpression date : context.datesIn(s.sentence().span())) {
            if (date.date() == null || Days.startsAPeriod(context, date) && !modifies(s, date, trigger)
                    || best != null && best.precision() == DateExpression.Precision.DAY
                    || datesAThing(s, date, trigger)) {
                continue;
            }
            for (int t : clause) {
                if (s.token(t).span().overlaps(date.span())) {
                    best = date;
                    break;
                }
            }
        }
        return dateOf(best);
    }

    /**
     * The date of a sentence's events when their own clause names none: its one day, else the one date it names at
     * all ("were abducted by gunmen wearing uniforms in August 2016": the month sits in the participle's clause).
     */
    private static EventDate sentenceDate(ArticleContext context, SentenceView s, Quote quote, int anchor) {
        DateExpression day = Days.onlyDay(context, s, quote);
        if (day != null) {
            return ofAnotherClause(s, day, anchor) || anchor >= 0 && s.parsed() && datesAThing(s, day, anchor) ? null
                    : dateOf(day);
        }
        DateExpression only = Days.onlyDate(context, s, quote);
        return only != null && placesInTime(context, only) && !ofAnotherClause(s, only, anchor)
                ? dateOf(only) : null;
    }

    /**
     * Whether the date is said inside a clause that tells another time and does not hold the event's word (its
     * trigger, or a statement's cue): a relative clause of another word than the event noun ("people joined a vigil
     * in the neighbourhood where Gray was shot on Saturday"; "Collins, who opposed a judge confirmed last week, said
     * ..."), or a past participle's clause on another noun ("the levies imposed on 3 May"), but not one of the event
     * noun's own phrase ("the raid that the group carried out on May 2"), or an "after" or
     * "before" clause ("Before she took the bench, Moss criticized ..."). The date is the time of that
     * clause's act. (An act inside an "after" clause keeps the date of the clause it hangs on: "was treated
     * on Friday after she was attacked" is mostly of the same day, which broad pages bore out.)
     */
    static boolean ofAnotherClause(SentenceView s, DateExpression date, int anchor) {
        if (anchor < 0 || !s.parsed()) {
            return false;
        }
        for (int t = 0; t < s.size(); t++) {
            if (!s.token(t).span().overlaps(date.span())) {
                continue;
            }
            for (int x = t, steps = 0; x >= 0 && steps <= s.size(); x = s.head(x), steps++) {
                boolean relative = (s.relation(x).equals("acl:relcl") || isPastParticipleClause(s, x))
                        && !ofTheEventNoun(s, s.head(x), anchor);
                if ((relative || isBeforeOrAfterClause(s, x)) && !s.dominates(x, anchor)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether a relative clause on this noun tells the event noun itself: the noun is the event noun, a word of its
     * phrase, or the noun it hangs on ("the killing of civilians it carried out on May 3").
     */
    private static boolean ofTheEventNoun(SentenceView s, int noun, int anchor) {
        return noun >= 0 && s.isNoun(anchor) && (s.dominates(anchor, noun) || noun == s.head(anchor));
    }

    /**
     * A past participle's clause on a noun ("the levies imposed on 3 May", "two clerks charged with a theft in
     * 2009"): it tells an act done before, of its own time, like a relative clause. A present participle's clause
     * ("riders wearing masks on Sunday") tells what went on at the time of the act it hangs on, and keeps dating
     * it.
     */
    private static boolean isPastParticipleClause(SentenceView s, int x) {
        return s.relation(x).equals("acl") && s.pos(x).equals("VBN");
    }

    /** An adverbial clause opened by "after" or "before": its act is of another time than its head's. */
    private static boolean isBeforeOrAfterClause(SentenceView s, int x) {
        if (!s.relation(x).equals("advcl")) {
            return false;
        }
        for (int c : s.children(x)) {
            if (s.relation(c).equals("mark")
                    && TIME_ORDER_MARKERS.contains(s.word(c).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_ORDER_MARKERS = Set.of("after", "before");

    /** "in 1984", "during early May": a month or year said as the time of what happened. */
    private static final Pattern TIME_PREPOSITION = Pattern.compile(
            "(?iU)\\b(?:in|during)\\s+(?:(?:early|late|mid)[\\s-]+)?$");
    /** "last week", "earlier this month": a past period counted from the day of writing. */
    private static final Pattern PAST_PERIOD = Pattern.compile("(?iU)^(?:last|earlier this)\\b");
    private static final Pattern EARLIER = Pattern.compile("(?iU)\\bearlier\\s+$");

    /**
     * Whether a coarse date is said as the time of the sentence's events, not as a modifier of a thing ("the 2005
     * petition", "a 2008 GMC"), the bound of a span ("at the end of 2021") or the running period ("this week",
     * which news uses for what is still going on).
     */
    private static boolean placesInTime(ArticleContext context, DateExpression date) {
        String before = context.text().substring(Math.max(0, date.span().start() - 24), date.span().start());
        String words = date.span().of(context.text());
        return TIME_PREPOSITION.matcher(before).find() || PAST_PERIOD.matcher(words).find()
                || words.toLowerCase(java.util.Locale.ROOT).startsWith("this ") && EARLIER.matcher(before).find();
    }

    /**
     * Whether a month or year is said of a thing in the clause rather than of its act: a modifier of a noun other
     * than the event noun and other than a time ("the release of classified material in 2010", "the Seed
     * Trade Act of 2021"), unless that noun is the occasion the act is placed in ("at a June
     * town hall"). A day names a thing only from before its noun ("condemned the Wednesday bombings", "criticized
     * Monday's vote": the reaction is not of that day, which the gold gives the day of reporting); after it, or as an
     * occasion ("killed in Monday's attack"), it keeps dating the act ("shot late on March 10").
     */
    private static boolean datesAThing(SentenceView s, DateExpression date, int trigger) {
        boolean day = date.precision() == DateExpression.Precision.DAY;
        if (!day && date.precision() != DateExpression.Precision.YEAR
                && date.precision() != DateExpression.Precision.MONTH) {
            return false;
        }
        for (int t = 0; t < s.size(); t++) {
            int h = s.head(t);
            if (!s.token(t).span().overlaps(date.span()) || h < 0 || s.token(h).span().overlaps(date.span())) {
                continue;
            }
            String relation = s.relation(t);
            // a day before a noun whose own clause holds the event ("the June 3 visit when she asked", "a May 6
            // raid that left two dead") is the event's day
            boolean nominal = day ? t < h && DAY_BEFORE_A_NOUN.contains(relation) && !s.dominates(h, trigger)
                    && !whenClauseAfter(s, h, trigger) && !doerOf(s, h, trigger)
                    : relation.startsWith("nmod") || relation.equals("appos") || relation.equals("compound")
                            || relation.equals("amod") || relation.equals("nummod");
            return nominal && s.isNoun(h) && !eventsOwnNoun(s, h, trigger)
                    && !TIME_NOUNS.contains(s.word(h).toLowerCase(java.util.Locale.ROOT)) && !isOccasion(s, h);
        }
        return false;
    }

    /**
     * Whether the dated noun is the active subject of the event verb: "Saturday's raid killed two soldiers" tells what
     * the raid did, on its day, unlike a reaction to it ("condemned Saturday's raid", "Saturday's raid was condemned").
     */
    private static boolean doerOf(SentenceView s, int noun, int trigger) {
        return trigger >= 0 && s.head(noun) == trigger && s.relation(noun).equals("nsubj");
    }

    /**
     * Whether the event's clause is a "when" clause that opens just after the noun: "recalled the June 3 visit when she
     * asked", which tells the time of that noun, though the parser hangs the clause on the main verb.
     */
    private static boolean whenClauseAfter(SentenceView s, int noun, int trigger) {
        for (int x = trigger, steps = 0; x >= 0 && steps <= s.size(); x = s.head(x), steps++) {
            for (int c : s.children(x)) {
                if (c == noun + 1 && s.word(c).equalsIgnoreCase("when")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How a day names a thing when it stands before a noun: "the Wednesday bombings", "Monday's vote", "the May 3
     * election". A day after its noun ("the vote on Monday") or in a phrase of time of its own keeps dating the act.
     */
    private static final Set<String> DAY_BEFORE_A_NOUN = Set.of("compound", "nmod:poss", "amod", "nummod");

    /**
     * The event's own noun: the trigger, or the object of a light verb that names the event ("launched its 2014
     * offensive", "carried out the October 2023 attack"), whose date is the event's.
     */
    private static boolean eventsOwnNoun(SentenceView s, int noun, int trigger) {
        return noun == trigger || trigger >= 0 && s.head(noun) == trigger && s.relation(noun).equals("obj")
                && VerbCoder.isLightVerb(s.lemma(trigger));
    }

    /** A noun that places the act in time by itself: "at a June town hall", "at a 2019 rally". */
    private static boolean isOccasion(SentenceView s, int noun) {
        String marker = s.caseMarker(noun);
        return s.relation(noun).startsWith("obl") && marker != null
                && OCCASION_MARKERS.contains(marker.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the date is a word of the event noun's own phrase: "the Monday morning shootings". */
    private static boolean modifies(SentenceView s, DateExpression date, int trigger) {
        if (trigger < 0 || !s.isNoun(trigger)) {
            return false;
        }
        for (int c : s.children(trigger)) {
            if (c < trigger && s.token(c).span().overlaps(date.span())) {
                return true;
            }
            for (int g : s.children(c)) {
                if (g < trigger && s.token(g).span().overlaps(date.span())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static EventDate dateOf(DateExpression expression) {
        return expression == null ? null : EventDate.of(expression);
    }

    /** A day-precise date in the words around a quote ("told France Inter on Monday"), nearest its cue. */
    private static DateExpression statementDay(ArticleContext context, Quote quote) {
        int anchor = quote.cueSpan() != null ? quote.cueSpan().start() : quote.span().start();
        DateExpression best = null;
        for (DateExpression date : context.datesIn(quote.context())) {
            if (date.precision() == DateExpression.Precision.DAY && !quote.span().overlaps(date.span())
                    && (best == null || Math.abs(date.span().start() - anchor)
                            < Math.abs(best.span().start() - anchor))) {
                best = date;
            }
        }
        return best;
    }

    /**
     * Where the event happened: the place named by a locative phrase of the verb ("in Aleppo", "near the border town
     * of X"), else, for an act done to a place (a visit, a protest, force, an assault, a fight), the place it is done
     * to ("shelled Aleppo", "hit the refugee camp of Jabalia", "bombs fell on Guffa"), else the sentence's place
     * ({@link SentencePlaces}); null when none names one.
     */
    private static Place place(ArticleContext context, SentenceView s, int verb, String root) {
        Place located = placeIn(context, s, verb, locative(s, null));
        if (located == null && ACTS_ON_PLACES.contains(root)) {
            located = placeIn(context, s, verb, c -> s.hasRelation(c, Set.of("obj"))
                    || s.hasRelation(c, Set.of("obl", "nmod")) && s.caseMarker(c) != null
                            && TARGET_CASES.contains(s.caseMarker(c)), true);
        }
        if (located == null) {
            located = participlePlace(context, s, verb, null);
        }
        if (located == null) {
            located = whereClausePlace(context, s, verb);
        }
        if (located == null) {
            located = SentencePlaces.of(context, s);
        }
        return located != null ? located : unresolvedLocative(context, s);
    }

    /**
     * The first name of the sentence that a locative introduces ("fighters in the Blue Hills"), though the gazetteer
     * lacks it, where the sentence names no place the gazetteer knows: the scene as the text names it, which the
     * event gold gives, rather than the article's focus, a place the sentence does not name. Never a name that is no
     * scene.
     */
    private static Place unresolvedLocative(ArticleContext context, SentenceView s) {
        List<PlaceMention> named = context.placesIn(s.sentence().span());
        if (named.stream().anyMatch(p -> p.place().resolved())) {
            return null; // a sentence that names a place the gazetteer knows keeps to those (or the focus)
        }
        for (PlaceMention p : named) {
            if (!p.place().resolved() && SentencePlaces.introducedByLocative(s, p)
                    && !SentencePlaces.namesNoScene(context, s, p)) {
                return p.place();
            }
        }
        return null;
    }

    /** Lemmas of verbs whose participle says where someone spoke or acted ({@code speaking-participles.txt}). */
    private static final Set<String> SPEAKING_PARTICIPLES = WordTables.set("events/speaking-participles.txt");

    /**
     * Where a participle of speaking says the actor was ("speaking at a summit in Eastvale, the minister called for
     * talks", "the minister, speaking in Eastvale, said"): the place of its own "in"/"at" phrases, the participle
     * hanging on the verb or on the verb's subject. Outside the quotation's words, where one is given. Null otherwise.
     */
    private static Place participlePlace(ArticleContext context, SentenceView s, int verb, Quote quote) {
        if (!s.parsed()) {
            return null;
        }
        List<Integer> participles = new ArrayList<>(s.children(verb, Set.of("advcl")));
        for (int subject : s.children(verb, Set.of("nsubj"))) {
            participles.addAll(s.children(subject, Set.of("acl")));
        }
        for (int p : participles) {
            if (!s.pos(p).equals("VBG") || !SPEAKING_PARTICIPLES.contains(s.lemma(p).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Place place = placeIn(context, s, p, locative(s, quote));
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * For a verb of a relative clause that "where" opens on a place ("moved him from Eastvale, where he had been
     * held", "a fundraiser in Lakeview, where the two met"), or a verb joined to such a clause, the place the clause
     * hangs on: the clause says what happened there, though the sentence names other places and its first locative
     * may be another ("in Norland") or none ("from", "to"). A place the antecedent noun names by its possessive or as
     * a compound counts too ("Lakeview's bus station, where"). Null otherwise.
     */
    private static Place whereClausePlace(ArticleContext context, SentenceView s, int verb) {
        if (!s.parsed()) {
            return null;
        }
        int clause = verb;
        while (clause >= 0 && s.relation(clause).equals("conj")) {
            clause = s.head(clause);
        }
        if (clause < 0 || !s.relation(clause).equals("acl:relcl") || !opensWithWhere(s, clause)) {
            return null;
        }
        int antecedent = s.head(clause);
        if (antecedent < 0 || antecedent >= s.size()) {
            return null;
        }
        PlaceMention own = context.placeAt(s.token(antecedent).span().start());
        if (own != null) {
            return own.place();
        }
        for (int c : s.children(antecedent, Set.of("nmod:poss", "compound"))) {
            PlaceMention named = context.placeAt(s.token(c).span().start());
            if (named != null && named.place().resolved()) {
                return named.place();
            }
        }
        return null;
    }

    /** Whether the relative clause is opened by "where" (its adverb of place). */
    private static boolean opensWithWhere(SentenceView s, int clause) {
        for (int c : s.children(clause)) {
            if (c < clause && s.word(c).equalsIgnoreCase("where")) {
                return true;
            }
        }
        return false;
    }

    /** The place of the first name in the phrases of the verb that the test picks, or null. */
    private static Place placeIn(ArticleContext context, SentenceView s, int verb,
            IntPredicate phrase) {
        return placeIn(context, s, verb, phrase, false);
    }

    /**
     * The place of the first name in the phrases of the verb that the test picks, or null; where that name is a
     * country and a later name of the phrase a place within it, the finer one ("closed Norland's air space over the
     * Blue Hills region": the region), as the event gold names the finest place the text gives. With {@code
     * objects}, the phrases say what was acted on, and a country's name that only qualifies a noun of them (a compound
     * or an adjective: "invited a Norland historian", "hit Norland positions") says whose, not where.
     */
    private static Place placeIn(ArticleContext context, SentenceView s, int verb,
            IntPredicate phrase, boolean objects) {
        for (int c : s.children(verb)) {
            if (!phrase.test(c)) {
                continue;
            }
            Place first = null;
            for (int t : s.subtree(c, Set.of("acl", "advcl", "conj"))) {
                PlaceMention mention = context.placeAt(s.token(t).span().start());
                if (mention == null || SentencePlaces.namesNoScene(context, s, mention)
                        || SentencePlaces.possessesAnotherPlace(context, s, mention)
                        || objects && qualifiesANoun(context, s, mention)) {
                    continue;
                }
                if (first == null) {
                    first = mention.place();
                    if (first.precision() != Place.Precision.COUNTRY || first.country() == null) {
                        return first;
                    }
                } else if (mention.place().resolved() && mention.place().precision() != Place.Precision.COUNTRY
                        && first.country().equals(mention.place().country())) {
                    return mention.place();
                }
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    /**
     * Whether the name is a country's and ends on a word that is a compound or an adjective of another: "a Norland
     * historian", "Norland positions" (whose). A town or a county before an office ("a Lakeview County deputy") says
     * where the official serves, often the scene, and is kept.
     */
    private static boolean qualifiesANoun(ArticleContext context, SentenceView s, PlaceMention mention) {
        if (mention.place().precision() != Place.Precision.COUNTRY) {
            return false;
        }
        int last = s.tokenAt(mention.span().end() - 1);
        return last >= 0 && s.hasRelation(last, Set.of("compound", "amod"));
    }
}
