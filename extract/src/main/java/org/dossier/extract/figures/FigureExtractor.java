package org.dossier.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.dossier.model.DateExpression;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Figure;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PlaceMention;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * Finds the figures an article gives about people and the places they live and are treated in: "at least 290
 * people have been killed", "more than 250,000 civilians are trapped", "scores of people", each with its
 * qualifier, unit, what happened to them, who reported it, and the day. Numbers about anything else (money,
 * years, ages, votes) are left alone. Thread-safe: it holds no state between articles.
 */
public final class FigureExtractor implements ArticleStage {

    public static final String NAME = "figures.v1";

    /** Lemmas of the nouns a figure may count (units.tsv). */
    static final Set<String> UNITS = WordTables.set("figures/units.tsv");

    /** Modals and verbs of ordering that make a count one that did not happen: "could die", "ordered to flee". */
    static final Set<String> UNREAL = WordTables.set("figures/unreal-words.tsv");

    /** Verbs that only place or describe people: "had a dozen people inside", "six teenagers standing". */
    static final Set<String> PRESENCE = WordTables.set("figures/presence-verbs.tsv");

    /**
     * Verbs of what the gold does not count: quarantine, repatriation, enrolment, living with, and people only
     * shielded, evaded or seen (not-measured-verbs.tsv).
     */
    static final Set<String> NOT_MEASURED = WordTables.set("figures/not-measured-verbs.tsv");

    /** Lemmas that say what happened to the counted, one of the gold's measures (measure-words.tsv). */
    static final Set<String> MEASURE_WORDS = WordTables.set("figures/measure-words.tsv");

    /** Lemmas of the counted nouns that name buildings, counted only when damaged (building-nouns.tsv). */
    static final Set<String> BUILDINGS = WordTables.set("figures/building-nouns.tsv");

    /** Lemmas that say a building was damaged (damage-words.tsv). */
    static final Set<String> DAMAGE_WORDS = WordTables.set("figures/damage-words.tsv");

    /** Words of damage that news also says of money and plans: "the downturn hit 1,200 stores". */
    private static final Set<String> FIGURATIVE_DAMAGE_WORDS = WordTables.set("figures/figurative-damage-words.tsv");

    /** The other words of damage, whose hit alone makes a count of buildings a figure ("30 stores were looted"). */
    private static final Set<String> LITERAL_DAMAGE_WORDS = DAMAGE_WORDS.stream()
            .filter(w -> !FIGURATIVE_DAMAGE_WORDS.contains(w)).collect(Collectors.toUnmodifiableSet());

    /** Lemmas of verbs whose counted object is people, so that an agent noun after them counts (harm-verbs.tsv). */
    static final Set<String> HARM_VERBS = WordTables.set("figures/harm-verbs.tsv");
    /** Words of report between a count and its state: "Dozens have been reported injured" (reported-as-words.tsv). */
    static final Set<String> REPORTED_AS = WordTables.set("figures/reported-as-words.tsv");

    /** Nouns of things that a part picked "of the" counts, which makes it no count of people: part-thing-nouns.tsv. */
    static final Set<String> PART_THINGS = WordTables.set("figures/part-thing-nouns.tsv");

    /** States that count people only after a verb that put them there ("left 4,000 homeless"): caused-states.tsv. */
    private static final Map<String, List<String>> CAUSED_STATES = causedStates();

    /** Plural nouns ending like agent nouns that name things ("tankers", "containers"): not-people-nouns.tsv. */
    static final Set<String> NOT_PEOPLE = WordTables.set("figures/not-people-nouns.tsv");

    /** Plural nouns of agents, who are people: "coworkers", "mobsters", "bystanders", "activists", "detainees". */
    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{L}{2,}(?:er|or|ist|ant|ent|ian|ee)s");

    /** Modals that, before "have", say what may have happened: "may have perished" did happen as far as told. */
    private static final Set<String> PAST_POSSIBILITY = Set.of("may", "might");

    /** Lemmas of verbs whose object or subject is a number of people even when no noun says so. */
    static final Set<String> PEOPLE_VERBS = Set.of("kill", "wound", "injure", "displace", "drive", "flee",
            "evacuate", "trap", "detain", "arrest", "capture", "abduct", "kidnap", "surrender", "die", "execute",
            "rescue", "free", "release", "besiege", "deport", "maim", "slay", "massacre", "murder", "hurt",
            "uproot", "starve", "strand", "shelter", "treat", "bury", "drown", "charge", "indict", "convict",
            "jail", "infect", "hospitalize");

    /**
     * Nouns that count what happened by themselves, whatever verb has them: "China has 83,000 cases", "police made
     * 86 arrests" (one arrest, one person held).
     */
    private static final Set<String> TALLIES = Set.of("case", "death", "fatality", "infection", "casualty", "arrest");

    /**
     * Whether the counted noun is a tally whatever verb has it: "China has 83,000 cases"; arrests only where no one
     * has them ("there were 46 arrests", "police made 86 arrests"): "the suspect had 14 arrests" is his record.
     */
    private static boolean tally(SentenceView s, int head, int verb) {
        if (head < 0 || !TALLIES.contains(s.lemma(head))) {
            return false;
        }
        return !s.lemma(head).equals("arrest") || !presence(s, verb) || s.firstChild(verb, Set.of("expl")) >= 0;
    }

    /** Nouns that name what happened ("the shelling of two hospitals"). */
    private static final Set<String> EVENT_NOUNS = Set.of("shelling", "bombing", "bombardment", "attack", "strike",
            "airstrike", "killing", "death", "evacuation", "destruction", "massacre", "execution", "arrest",
            "displacement", "siege", "raid", "explosion", "blast");

    private static final List<List<String>> QUALIFIERS = List.of(List.of("as", "many", "as"),
            List.of("more", "than"), List.of("at", "least"), List.of("fewer", "than"), List.of("less", "than"),
            List.of("up", "to"), List.of("at", "most"), List.of("upwards", "of"), List.of("close", "to"),
            List.of("nearly"), List.of("almost"), List.of("about"), List.of("around"), List.of("over"),
            List.of("some"), List.of("approximately"), List.of("roughly"), List.of("estimated"), List.of("only"));

    private static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "MONEY", "PERCENT",
            "ORDINAL", "SET");

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
        return Set.of(Layers.FIGURES);
    }

    /** Whether a sentence may give a figure, and so deserves a dependency parse. */
    public boolean mayHoldFigure(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).pos().equals("CD") && !tokens.get(i).word().matches("(?i)dozens|scores|hundreds"
                    + "|thousands|millions")) {
                continue;
            }
            for (int j = Math.max(0, i - 3); j < Math.min(tokens.size(), i + 6); j++) {
                String lemma = tokens.get(j).lemma().toLowerCase(Locale.ROOT);
                // "the agency raised the death toll to 51": a toll noun before the number, so its teller is parsed
                if (j > i && UNITS.contains(lemma) || j < i && (PEOPLE_VERBS.contains(lemma)
                        || FigureSources.TOLL_NOUNS.contains(lemma))) {
                    return true;
                }
            }
            if (updatesATally(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** How far before "to N" the toll noun of an update may stand: "the death toll from the quake in the hills". */
    private static final int UPDATE_REACH = 10;

    /**
     * Whether the number at {@code i} is what a toll is set to with a cause between them ("the agency increased
     * the death toll from the quake to 57"): "to" right before the number and a toll noun within
     * {@link #UPDATE_REACH} tokens before it. The nearer window misses the noun, and without a parse the teller
     * of the update is never read (session twenty-seven's shape 4).
     */
    static boolean updatesATally(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).word().equalsIgnoreCase("to")) {
            return false;
        }
        for (int j = Math.max(0, i - 1 - UPDATE_REACH); j < i - 1; j++) {
            if (FigureSources.TOLL_NOUNS.contains(tokens.get(j).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        ArticleContext context = new ArticleContext(in);
        List<Quote> quotes = in.getOrEmpty(Layers.QUOTES);
        List<Figure> figures = new ArrayList<>();
        String lastNamed = null;
        int previousStart = 0; // where the figures of the sentence before begin in the list
        for (SentenceView s : context.sentences()) {
            int sentenceStart = figures.size();
            String sentenceSource = null;
            Figure before = null; // the sentence's last figure, which a subset after a comma counts a part of
            if (NotCounts.headline(context.text(), s)) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                Amount amount = Amount.at(s, i);
                if (amount == null) {
                    continue;
                }
                if (!countable(context, s, amount) || notACount(context, s, amount)) {
                    i = amount.last(); // no amount starts inside one that is no count: "home to 22, 000" is not "000"
                    continue;
                }
                Figure figure = figure(context, s, amount, quotes, lastNamed);
                if (figure == null && before != null) {
                    figure = subset(context, s, amount, before);
                }
                if (figure == null && before != null) {
                    figure = total(context, s, amount, before);
                }
                if (figure == null && before == null && sentenceStart > previousStart) {
                    figure = partOfThoseBefore(context, s, amount, figures.get(sentenceStart - 1));
                }
                if (figure != null) {
                    before = figure;
                    figures.add(figure);
                    sentenceSource = figure.source() != null ? figure.source() : sentenceSource;
                    lastNamed = figure.source() != null ? figure.source() : lastNamed;
                }
                i = amount.last();
            }
            if (figures.size() == sentenceStart) {
                attributeBefore(figures, previousStart, FigureSources.attributesBefore(context, s));
            }
            previousStart = sentenceStart; // only the sentence right before is attributed
            lastNamed = sentenceSource != null ? sentenceSource : namedWithoutFigure(context, s, lastNamed);
        }
        return in.with(Layers.FIGURES, figures);
    }

    /**
     * "Eleven people were killed. That's according to the regional governor.": the figures of the sentence before
     * (from {@code from} on) that have no source take the one the attributing sentence names.
     */
    private static void attributeBefore(List<Figure> figures, int from, String source) {
        if (source == null) {
            return;
        }
        for (int i = from; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.source() == null) {
                figures.set(i, new Figure(f.articleId(), f.span(), f.text(), f.value(), f.qualifier(), f.unit(),
                        f.what(), source, f.date(), f.place()));
            }
        }
    }

    /**
     * "killed more than 9,000 people, over 6,000 of them in the north": an amount after a comma that counts "of them"
     * ("of whom", "of those") is a part of the figure before it in the sentence: what happened to them and who
     * gives it are the whole's; it names no noun of its own, so it has no unit (as the gold codes "15 of them");
     * null when the amount is not so placed.
     */
    private static Figure subset(ArticleContext context, SentenceView s, Amount amount, Figure whole) {
        int[] qualifier = qualifier(s, amount.first());
        int first = qualifier == null ? amount.first() : qualifier[0];
        int of = amount.last() + 1;
        if (first < 1 || !s.word(first - 1).equals(",") || of + 1 >= s.size() || !s.word(of).equals("of")
                || !s.word(of + 1).matches("them|whom|those")
                || s.token(first).span().start() < whole.span().end()) {
            return null;
        }
        Span span = s.span(first, of + 1);
        String qualifierText = qualifier == null ? null
                : String.join(" ", s.words().subList(qualifier[0], qualifier[1] + 1)).toLowerCase(Locale.ROOT);
        return new Figure(context.articleId(), span, span.of(context.text()), amount.value(), qualifierText,
                null, whole.what(), whole.source(), whole.date(), place(context, s, amount.last()));
    }

    /**
     * "40 people were killed. Of them, four were children.": a sentence that opens by picking from those just
     * counted ("Of them", "Of those", "Among them") and gives a number with what they were counts a part of the last
     * figure of the sentence before: what happened to them is the whole's, the noun after "were" is the unit, and
     * the narrator states it, so it has no source (the gold's follow-up rule); null when not so placed.
     */
    private static Figure partOfThoseBefore(ArticleContext context, SentenceView s, Amount amount, Figure whole) {
        int[] qualifier = qualifier(s, amount.first());
        int first = qualifier == null ? amount.first() : qualifier[0];
        int opening = s.size() > 2 && s.word(2).equals(",") ? 3 : 2;
        if (first != opening || !s.word(0).toLowerCase(Locale.ROOT).matches(PART_OPENING)
                || !s.word(1).toLowerCase(Locale.ROOT).matches("them|those|these")) {
            return null;
        }
        int be = amount.last() + 1;
        if (be >= s.size() || !s.lemma(be).equals("be")) {
            return null;
        }
        for (int t = be + 1; t < Math.min(s.size(), be + 4); t++) {
            if (s.pos(t).startsWith("NN")) {
                if (!UNITS.contains(s.lemma(t).toLowerCase(Locale.ROOT))) {
                    return null; // "Of them, two were in hospital": no people named
                }
                // the words keep "Of them": they say it is a part, which the story's conflicts leave out
                Span span = s.span(0, t);
                String qualifierText = qualifier == null ? null
                        : String.join(" ", s.words().subList(qualifier[0], qualifier[1] + 1)).toLowerCase(Locale.ROOT);
                return new Figure(context.articleId(), span, span.of(context.text()), amount.value(), qualifierText,
                        s.token(t).span().of(context.text()), whole.what(), null, whole.date(), whole.place());
            }
            if (!s.pos(t).matches("DT|JJ|RB|CD")) {
                return null;
            }
        }
        return null;
    }

    /** The words that open a sentence picking a part of those just counted: "Of them", "Among those". */
    private static final String PART_OPENING = "of|among";

    /**
     * A sentence without figures may still name who the next ones come from ("according to analysis by X" before
     * "they estimate …"): its "according to", else a body that is the subject of its main verb, else the last
     * source named.
     */
    private static String namedWithoutFigure(ArticleContext context, SentenceView s, String lastNamed) {
        String named = FigureSources.accordingTo(context, s, s.sentence().span());
        if (named == null) {
            named = FigureSources.bodySubject(context, s); // "The ministry gave an update." before "It said …"
        }
        return named != null ? FigureSources.canonical(named) : lastNamed;
    }

    /**
     * "11 of the injured were in critical condition", "eight of the dead were civilians": a part picked "of the"
     * people in a state (state-words.tsv) counts them in it; the state's token, or -1.
     */
    static int partOfState(SentenceView s, int of) {
        if (of + 2 < s.size() && s.word(of).equals("of") && s.word(of + 1).equals("the")
                && Amount.STATES.containsKey(s.word(of + 2))) {
            return of + 2;
        }
        return -1;
    }

    /**
     * Whether a verb of its own follows the state a part is picked from, past adverbs and the auxiliaries of a
     * passive: "two of the injured later died", "three of the missing were rescued" (the parser may hang the count
     * elsewhere); not "four of the dead were children".
     */
    private static boolean verbAfterState(SentenceView s, int state) {
        int t = state + 1;
        while (t < s.size() && (s.pos(t).startsWith("RB") || s.lemma(t).matches("be|have")
                && t + 1 < s.size() && (s.pos(t + 1).equals("VBN") || s.pos(t + 1).startsWith("RB")))) {
            t++;
        }
        return t < s.size() && s.pos(t).startsWith("VB") && !PART_STATE_VERBS.contains(s.lemma(t));
    }

    /** Verbs under which a part picked "of the" injured or dead stays in that state: being, and saying so. */
    private static final Set<String> PART_STATE_VERBS = Set.of("be", "remain", "say", "tell", "add", "report",
            "confirm", "include");

    /** "taking the total to", "bringing the total number to": the words before a total that a figure updates. */
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?:taking|bringing|raising|pushing|lifting) the (?:total|overall total|total number|tally|overall tally)"
            + "(?: of (?:cases|deaths|dead|victims|fatalities|casualties|infections|arrests|people|injured|"
            + "wounded|displaced|evacuees|refugees|migrants|patients|detainees))? to"
            + "(?: (?:at least|more than|over|about|nearly|almost|some))?$");

    /**
     * "314 new cases on Friday, taking the total to 5,020": an amount after a figure of its sentence that the words
     * before it make the new total of the same count, with that figure's what and source; null when not so placed.
     */
    private static Figure total(ArticleContext context, SentenceView s, Amount amount, Figure update) {
        Span sentence = s.sentence().span();
        int start = s.token(amount.first()).span().start();
        if (start < update.span().end()) {
            return null;
        }
        int from = Math.max(sentence.start(), start - 60);
        Matcher words = TOTAL_BEFORE.matcher(context.text().substring(from, start).stripTrailing());
        if (!words.find()) {
            return null;
        }
        Span span = new Span(from + words.start(), s.token(amount.last()).span().end());
        return new Figure(context.articleId(), span, span.of(context.text()), amount.value(), null, null,
                update.what(), update.source(), update.date(), place(context, s, amount.last()));
    }

    /**
     * An age, an age bound, the size of a place or family, a number that is part of a name, or the "one" of "one
     * another".
     */
    private static boolean notACount(ArticleContext context, SentenceView s, Amount amount) {
        return NotCounts.age(s, amount) || NotCounts.afterAgeWord(s, amount) || NotCounts.ageBound(s, amount)
                || NotCounts.size(s, amount)
                || NotCounts.partOfName(context.text(), s, amount) || NotCounts.rate(s, amount)
                || NotCounts.inName(s, amount) || NotCounts.decimal(s, amount)
                || NotCounts.spacedDecimal(context.text(), s, amount) || NotCounts.record(s, amount)
                || NotCounts.sample(s, amount) || NotCounts.label(s, amount) || NotCounts.reciprocal(s, amount);
    }

    /**
     * Whether the count did not happen: its verb is under a modal ("could die", "would be killed") or an order
     * ("told over 2 million people to leave"), looked up in the parse and in the words up to the verb.
     */
    static boolean unreal(SentenceView s, Amount amount, int verb) {
        if (verb < 0) {
            return false;
        }
        if (UNREAL.contains(s.lemma(verb))) {
            return true;
        }
        if (s.parsed()) {
            for (int child : s.children(verb)) {
                if (s.relation(child).startsWith("aux") && UNREAL.contains(s.lemma(child))
                        && !pastPossibility(s, child)) {
                    return true;
                }
            }
        }
        for (int t = amount.last() + 1; t < verb; t++) {
            if (unrealModal(s, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A modal of projection right after the counted words, whatever the parse made the governor: "he warned 40
     * patients would be admitted", "300,000 workers who would lose work".
     */
    static boolean unrealAfterCount(SentenceView s, Amount amount, int head) {
        int until = Math.min(s.size() - 1, (head >= 0 ? head : amount.last()) + 2);
        for (int t = amount.last() + 1; t <= until; t++) {
            if (unrealModal(s, t)) {
                return true;
            }
            if (s.pos(t).equals(",") || s.isVerb(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean unrealModal(SentenceView s, int t) {
        return s.pos(t).equals("MD") && UNREAL.contains(s.lemma(t)) && !pastPossibility(s, t);
    }

    /** "may have perished", "might have died": a modal before "have" tells of the past, not a projection. */
    private static boolean pastPossibility(SentenceView s, int modal) {
        return PAST_POSSIBILITY.contains(s.lemma(modal)) && modal + 1 < s.size() && s.lemma(modal + 1).equals("have");
    }

    /**
     * Whether the sentence says what happened to people with a word of one of the gold's measures (killed,
     * arrested, fled, infected, …) or a verb that counts people by itself ("surrendered"): a count of people in a
     * sentence without one only counts who they are.
     */
    static boolean measured(SentenceView s) {
        for (int t = 0; t < s.size(); t++) {
            if (measureWord(s, t) || PEOPLE_VERBS.contains(s.lemma(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Words of illness (illness-words.tsv), whole, any case: an article holding one tells of the sick. */
    private static final Pattern ILLNESS = Pattern.compile("(?i)(?<![\\p{L}\\d-])(?:"
            + String.join("|", WordTables.set("figures/illness-words.tsv").stream().map(Pattern::quote).sorted()
                    .toList())
            + ")(?![\\p{L}\\d-])");

    /**
     * Whether the article tells of illness anywhere (illness-words.tsv): only then are its "cases" the sick. A case is
     * as often a lawsuit, a crate or an instance; a story of illness names one somewhere, if not in every sentence.
     */
    private static boolean illnessIn(ArticleContext context) {
        return ILLNESS.matcher(context.text()).find();
    }

    /**
     * Whether the token is one of {@link #MEASURE_WORDS}, by lemma or word, or begins one of its two-word entries
     * with the word it takes ("awaiting trial"). Every reader of the list asks here, so that a two-word entry that
     * measures a sentence also keeps its count from being read as people merely present somewhere.
     */
    private static boolean measureWord(SentenceView s, int t) {
        String lemma = s.lemma(t).toLowerCase(Locale.ROOT);
        if (HEAD_ONLY_MEASURE_WORDS.contains(lemma) && t + 1 < s.size() && s.pos(t + 1).startsWith("NN")) {
            return false; // "detention officers": the word names the staff's work, no one held
        }
        return MEASURE_WORDS.contains(lemma) || MEASURE_WORDS.contains(s.word(t))
                || MEASURE_WORDS.contains(lemma + " " + objectWord(s, t));
    }

    /** Measure words that measure only as a noun of their own (head-only-measure-words.tsv): not "detention staff". */
    static final Set<String> HEAD_ONLY_MEASURE_WORDS = WordTables.set("figures/head-only-measure-words.tsv");

    /**
     * The word a verb takes right after it, over a determiner or possessive ("awaiting their trial": "trial"), for
     * the two-word entries of measure-words.tsv ("await trial": those awaiting trial are held or charged, where
     * "await" alone holds no one); "" at the end of the sentence.
     */
    private static String objectWord(SentenceView s, int verb) {
        int t = verb + 1;
        if (t < s.size() && s.pos(t).matches("DT|PRP\\$")) {
            t++;
        }
        return t < s.size() ? s.lemma(t).toLowerCase(Locale.ROOT) : "";
    }

    /** Lemmas that measure a count only as its own verb (own-verb-measures.tsv): "removed 212 children". */
    static final Set<String> OWN_VERB_MEASURES = WordTables.set("figures/own-verb-measures.tsv");

    /**
     * Whether the count's own verb, or a clause on its noun, is one of {@link #OWN_VERB_MEASURES}: "the state
     * removed 212 children", "the 350 children removed by social workers" (session sixteen). Such a word elsewhere
     * in the sentence measures nothing ("remove the old shims and ship release 3 natively").
     */
    static boolean measuredByOwnVerb(SentenceView s, int verb, int head) {
        if (verb >= 0 && OWN_VERB_MEASURES.contains(s.lemma(verb).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (head < 0 || !s.parsed()) {
            return false;
        }
        for (int clause : s.children(head, CLAUSE_RELATIONS)) {
            if (clause > head && OWN_VERB_MEASURES.contains(s.lemma(clause).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the counted noun names a building ("two hotels", "school buildings"), by its last part. */
    static boolean building(SentenceView s, int head) {
        String lemma = s.lemma(head).toLowerCase(Locale.ROOT);
        return BUILDINGS.contains(lemma.substring(lemma.lastIndexOf('-') + 1));
    }

    /**
     * Whether the counted building is itself said to be damaged: its governing verb is a word of damage ("shelling
     * destroyed 30 homes", "57 schools were hit"), or one of its own modifiers is ("57 damaged schools", "schools
     * destroyed", "schools that were shelled"). A damage word elsewhere in the sentence tells of something else:
     * "sheltering in 57 schools after the shelling", "closed 30 schools after the attack".
     */
    static boolean damaged(SentenceView s, int head, int verb) {
        return damaged(s, head, verb, DAMAGE_WORDS);
    }

    /** {@link #damaged(SentenceView, int, int)} by the given words of damage. */
    private static boolean damaged(SentenceView s, int head, int verb, Set<String> words) {
        if (verb >= 0 && (damageWord(s, verb, words) || damagingObject(s, verb, words))
                || damagedInClause(s, head, words)) {
            return true;
        }
        if (s.parsed()) {
            for (int modifier : s.children(head, BUILDING_MODIFIERS)) {
                if (damageWord(s, modifier, words)) {
                    return true;
                }
            }
            return false;
        }
        for (int t = Math.max(0, head - 2); t <= head + 1 && t < s.size(); t++) {
            // unparsed: a modifier is a word just before the noun, or a participle just after it
            if (t != head && (t < head || s.pos(t).equals("VBN")) && damageWord(s, t, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first verb after the noun in its clause, past auxiliaries, is a word of damage: "reports at least 40
     * chapels and halls across the region were damaged", where a parse may hang the buildings on the
     * verb of saying. A comma or another verb ends the search: "sheltering in 57 schools after the shelling" has none.
     */
    private static boolean damagedInClause(SentenceView s, int head, Set<String> words) {
        for (int t = head + 1; t < s.size() && t <= head + 12 && !s.pos(t).matches("[,:;.]"); t++) {
            if (s.isVerb(t) && !s.lemma(t).matches("be|have")) {
                return damageWord(s, t, words);
            }
        }
        return false;
    }

    /**
     * A verb that tells of damage by its object: "shops that suffered heavy damage", "sustained heavy damage" (a
     * word of damage), "set fire to two banks" (fire). The buildings are the verb's subject or its "to".
     */
    private static boolean damagingObject(SentenceView s, int verb, Set<String> words) {
        for (int object : s.children(verb, Set.of("obj", "dobj"))) {
            if (damageWord(s, object, words) || s.lemma(object).equalsIgnoreCase("fire") && s.lemma(verb).equals("set")) {
                return true;
            }
        }
        return false;
    }

    /** The relations by which a word describes a building: "damaged schools", "schools destroyed in the raid". */
    private static final Set<String> BUILDING_MODIFIERS = Set.of("amod", "acl");

    private static boolean damageWord(SentenceView s, int t) {
        return damageWord(s, t, DAMAGE_WORDS);
    }

    private static boolean damageWord(SentenceView s, int t, Set<String> words) {
        return words.contains(s.lemma(t).toLowerCase(Locale.ROOT)) || words.contains(s.word(t).toLowerCase(Locale.ROOT));
    }

    /** Whether the verb is one of what the gold does not count ("quarantined along with 28 people"). */
    static boolean notMeasured(SentenceView s, int verb) {
        return verb >= 0 && NOT_MEASURED.contains(s.lemma(verb));
    }

    /** Lemmas of nouns and modifiers that state a measure by themselves ("refugees", "displaced people"). */
    static final Set<String> MEASURING_NOUNS = WordTables.set("figures/measuring-nouns.tsv");

    /**
     * Whether the counted noun, or a modifier of it, says by itself what happened to the people ("shielded 300
     * refugees", "protect 4,000 displaced people", "behind 20 hostages"): a verb of what the gold does not count
     * does not undo a measure the people carry in their own name. The first word after the count is read too: a
     * parse may tag "displaced" in "40,000 displaced people" as a verb, leaving the count no noun.
     */
    static boolean measuringNoun(SentenceView s, int head, int unitStart) {
        if (unitStart < s.size() && measuringWord(s, unitStart)) {
            return true;
        }
        return head >= 0 && (measuringWord(s, head)
                || s.children(head, Set.of("amod", "compound")).stream().anyMatch(t -> measuringWord(s, t)));
    }

    private static boolean measuringWord(SentenceView s, int t) {
        return MEASURING_NOUNS.contains(s.lemma(t).toLowerCase(Locale.ROOT))
                || MEASURING_NOUNS.contains(s.word(t).toLowerCase(Locale.ROOT));
    }

    /**
     * "took 14 of them into custody": "take" counts people held when "into custody" follows the count, as
     * "arrest" does; a noun after the count ("took two rifles into custody") keeps it a count of things.
     */
    static boolean takenIntoCustody(SentenceView s, int verb, int unitStart) {
        if (!s.lemma(verb).equalsIgnoreCase("take") || unitStart + 1 >= s.size()) {
            return false;
        }
        return s.word(unitStart).equalsIgnoreCase("into") && s.word(unitStart + 1).equalsIgnoreCase("custody");
    }

    /** Lemmas of the places of care and states that "were in …" names, which are harm, not presence. */
    static final Set<String> CARE_PLACES = WordTables.set("figures/care-places.tsv");

    /**
     * Whether the counted people are the subject of "be" with a place ("About 80 people were in the warehouse when
     * he opened fire", "some 30 guests were at the wedding"): people present somewhere, which the gold does not
     * count even in a sentence with a word of harm. Not when the place is one of care or harm ("were in critical
     * condition", "in hospital", "in custody", "in camps").
     */
    static boolean presentSomewhere(SentenceView s, int counted) {
        if (!s.parsed() || counted < 0 || !s.relation(counted).equals("nsubj")) {
            return false;
        }
        int place = s.head(counted);
        if (place < 0 || !s.isNoun(place)) {
            return false;
        }
        boolean copula = false;
        boolean located = false;
        for (int child : s.children(place)) {
            copula |= s.relation(child).equals("cop") && s.lemma(child).equalsIgnoreCase("be");
            located |= s.relation(child).equals("case") && s.word(child).toLowerCase(Locale.ROOT)
                    .matches("in|at|inside|aboard");
        }
        if (!copula || !located) {
            return false;
        }
        for (int t : s.subtree(place, Set.of("nsubj", "advcl", "acl:relcl", "conj", "parataxis", "ccomp"))) {
            if (measureWord(s, t) || CARE_PLACES.contains(s.lemma(t).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the verb only places or describes the people counted ("had a dozen people inside"). */
    static boolean presence(SentenceView s, int verb) {
        return verb >= 0 && PRESENCE.contains(s.lemma(verb));
    }

    /** Not a year, a date, money, a percentage or a name ("Resolution 2254"). */
    private static boolean countable(ArticleContext context, SentenceView s, Amount amount) {
        for (int t = amount.first(); t <= amount.last(); t++) {
            // "a quarter million": the tagger may take "a quarter" for a date; the amount read it as a fraction
            if (NOT_COUNTS.contains(s.token(t).ner()) && !s.word(t).matches("a|quarter|half")) {
                return false;
            }
        }
        Span span = s.span(amount.first(), amount.last());
        for (DateExpression date : context.datesIn(s.sentence().span())) {
            if (date.span().overlaps(span)) {
                return false;
            }
        }
        if (amount.first() > 0) {
            String before = s.word(amount.first() - 1);
            if (before.matches("[$€£¥]|us\\$|no\\.?|#") || s.pos(amount.first() - 1).equals("NNP")
                    && amount.first() - 1 > 0) {
                return false;
            }
        }
        int next = amount.last() + 1;
        if (next < s.size() && s.word(next).matches("%|percent|per|cent|dollars?|euros?|pounds?|years?|months?"
                + "|weeks?|days?|hours?|minutes?|km|kilometres?|kilometers?|miles?|metres?|meters?|tons?|tonnes?")) {
            return false;
        }
        Long value = amount.value();
        boolean looksLikeYear = value != null && value >= 1800 && value <= 2100 && !s.word(amount.first()).contains(",");
        return !looksLikeYear || next < s.size() && UNITS.contains(s.lemma(next));
    }

    private Figure figure(ArticleContext context, SentenceView s, Amount amount, List<Quote> quotes,
            String lastNamed) {
        int unitStart = amount.last() + 1;
        String boundAfter = boundAfter(s, unitStart);
        if (boundAfter != null) {
            unitStart += 2; // "a million or more Uighurs": the noun is after the bound
        }
        if (unitStart + 1 < s.size() && s.word(unitStart).equals("of")
                && s.word(unitStart + 1).matches("them|those|these|whom|its|their|his|her")) {
            unitStart += s.word(unitStart + 1).matches("its|their|his|her") ? 1 : 2; // "50 of its installations"
        }
        if (partOfThings(s, amount.last() + 1)) {
            return null; // "In the capital, one of six provinces, some offices were cleared"
        }
        int head = unitHead(s, unitStart);
        int[] shared = head < 0 ? sharedNoun(s, unitStart) : null;
        if (shared != null) {
            head = shared[1]; // "14 Chilean and 9 Peruvian sailors": the first count's noun is the second's
        }
        if (head >= 0 && s.lemma(head).equals("case") && !illnessIn(context)) {
            return null; // "in 30 such cases the judge agreed", "six cases of wine": no one is sick
        }
        int agent = head < 0 ? agentHead(s, unitStart) : -1;
        int verb = governor(s, head >= 0 ? head : agent >= 0 ? agent : amount.last(), amount);
        verb = verbOfClause(s, head >= 0 ? head : agent, verb);
        verb = verbJustBefore(s, amount, head >= 0 ? head : agent, unitStart, verb);
        if (agent >= 0 && verb >= 0 && HARM_VERBS.contains(s.lemma(verb))) {
            head = agent; // "killing two coworkers", "wounding two former bosses"
        }
        String stateAfter = agent >= 0 && agent + 1 < s.size() ? stateOf(s, agent + 1, amount) : null;
        if (head < 0 && stateAfter != null) {
            head = agent; // "left three biology professors dead": a state after the agents says what happened
        }
        if (presentSomewhere(s, head >= 0 ? head : agent)) {
            return null; // "About 80 people were in the warehouse when he opened fire"
        }
        if (unreal(s, amount, verb) || unrealAfterCount(s, amount, head)
                || (presence(s, verb) || notMeasured(s, verb) && !measuringNoun(s, head, unitStart))
                        && !tally(s, head, verb)) {
            return null; // "had a dozen people inside" is no figure, "China has 83,000 cases" is
        }
        String unit;
        String state = head >= 0 && head == agent ? stateAfter : null;
        if (shared != null) {
            unit = s.span(unitStart, shared[0]).of(context.text()).toLowerCase(Locale.ROOT); // "somali"
        } else if (head >= 0) {
            unit = s.span(unitStart, head).of(context.text()).toLowerCase(Locale.ROOT);
        } else if (partOfState(s, unitStart) >= 0 && (verb < 0 || PART_STATE_VERBS.contains(s.lemma(verb)))
                && !verbAfterState(s, partOfState(s, unitStart))) {
            // "11 of the injured were in critical condition", "eight of the dead were civilians": a part of those
            // in a state; not where a verb of its own says what became of them ("two of the injured later died",
            // "two of the missing were found alive")
            unit = "people";
            head = partOfState(s, unitStart);
            state = Amount.STATES.get(s.word(head));
            verb = -1; // the span ends at the state, not at "said" or "were"
        } else if (unitStart < s.size() && stateOf(s, unitStart, amount) != null) {
            unit = "people"; // "at least 12 dead", "30 wounded"
            state = stateOf(s, unitStart, amount);
            head = unitStart;
        } else if (reportedState(s, unitStart) >= 0) {
            unit = "people"; // "Dozens have been reported injured", "one is confirmed dead"
            head = reportedState(s, unitStart);
            state = Amount.STATES.get(s.word(head));
        } else if (verb >= 0 && (PEOPLE_VERBS.contains(s.lemma(verb)) || takenIntoCustody(s, verb, unitStart))
                && (!amount.vague() || verb == amount.first() - 1 || subjectOf(s, amount, verb)) // "injuring dozens"
                && !countsANoun(s, unitStart)) {
            unit = "people";
        } else if (!amount.vague() && followsToll(s, amount.first()) >= 0) {
            unit = "people"; // "the death toll rose to 45", "raising the number of cases in Odisha to 42"
            String toll = s.word(followsToll(s, amount.first())).toLowerCase(Locale.ROOT);
            state = toll.matches("cases?|caseload") ? "infected" : Amount.STATES.getOrDefault(toll, "killed");
            if (state.equals("infected") && !illnessIn(context)) {
                return null; // "the number of cases before the court rose to 40"
            }
        } else {
            return null;
        }
        boolean building = head >= 0 && building(s, head);
        if (building && !damaged(s, head, verb)) {
            return null; // "sheltering in 57 schools", "30 hospitals have closed": buildings count only when hit
        }
        if (state == null && !(building && damaged(s, head, verb, LITERAL_DAMAGE_WORDS)) && !measured(s)
                && !measuredByOwnVerb(s, verb, head)) {
            // "200 Republicans want", "employs around 1,300 people"; a building smashed or burned measures itself, one
            // only "hit" or "targeted" does not ("the downturn hit 1,200 stores")
            return null;
        }
        int[] qualifier = qualifier(s, amount.first());
        if (amount.range() && qualifier == null) {
            boolean between = amount.first() > 0 && s.word(amount.first() - 1).equalsIgnoreCase("between");
            qualifier = new int[] {between ? amount.first() - 1 : amount.first(), -1}; // a range: "at least" its low
        }
        int first = qualifier == null ? amount.first() : qualifier[0];
        // a count sharing the next count's noun ends before "and": "Two Dutch" of "Two Dutch and one Belgian climber"
        int last = shared != null ? shared[0] : head >= 0 ? head
                : boundAfter != null ? unitStart - 1 : amount.last();
        if (shared == null && verb >= 0 && verb > last && verb - last <= 12) {
            last = verb;
        } else if (verb >= 0 && verb < first && first - verb <= 3) {
            first = verb;
        }
        Span span = s.span(first, last);
        Span amountSpan = s.span(amount.first(), amount.last());
        String qualifierText = qualifier == null ? boundAfter : qualifier[1] < 0 ? "at least"
                : String.join(" ", s.words().subList(qualifier[0], qualifier[1] + 1)).toLowerCase(Locale.ROOT);
        String what = state != null ? state : verb >= 0 ? what(s, verb) : null;
        return new Figure(context.articleId(), span, span.of(context.text()), amount.value(), qualifierText, unit,
                what, FigureSources.source(context, s, amount, amountSpan, quotes, lastNamed),
                Days.onlyDayOf(context, s, null), place(context, s, amount.last()));
    }

    /** The bound that "or more" or "or so" right after an amount puts on it ("a dozen or more people"), or null. */
    static String boundAfter(SentenceView s, int t) {
        if (t + 1 >= s.size() || !s.word(t).equals("or")) {
            return null;
        }
        return switch (s.word(t + 1)) {
            case "more" -> "at least";
            case "so" -> "about";
            default -> null;
        };
    }

    /**
     * "nearly 23,000 refugees who have fled", "three teens arrested on Tuesday": a clause on the counted noun whose
     * verb says what happened to them (one of {@link #PEOPLE_VERBS} that is also a word of measure) is the count's
     * verb where the parse gave it none, or one that says nothing of them ("the team lives in the camp, providing
     * help to some 9,000 refugees who fled"); the verb found, else {@code verb}.
     */
    static int verbOfClause(SentenceView s, int head, int verb) {
        if (head < 0 || !s.parsed() || verb >= 0 && peopleVerb(s, verb)) {
            return verb;
        }
        for (int child : s.children(head, CLAUSE_RELATIONS)) {
            if (child > head && peopleVerb(s, child) && happenedToThem(s, child)) {
                return child;
            }
        }
        return verb;
    }

    /** The relations of a clause on a noun: "refugees who have fled", "teens arrested on Tuesday". */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("acl", "acl:relcl");
    /** The marks of a passive clause: "people who were rescued". */
    private static final Set<String> PASSIVE_MARKS = Set.of("aux:pass", "nsubj:pass");
    /** Verbs whose clause, active and with no object, still says what befell its subject: "who have fled". */
    private static final Set<String> BEFALLING_INTRANSITIVES = Set.of("flee", "die", "drown", "starve");

    /**
     * Whether the clause on the counted noun says what happened to the people counted, not what they did: a past
     * participle ("teens arrested"), a passive relative ("who were rescued"), or flight or death with no object
     * ("who have fled", "who died"); not "soldiers who killed civilians", whose count is of the killers.
     */
    private static boolean happenedToThem(SentenceView s, int clause) {
        if (s.relation(clause).equals("acl")) {
            return s.pos(clause).equals("VBN");
        }
        return s.firstChild(clause, PASSIVE_MARKS) >= 0 || s.firstChild(clause, Set.of("obj")) < 0
                && BEFALLING_INTRANSITIVES.contains(s.lemma(clause).toLowerCase(Locale.ROOT));
    }

    private static boolean peopleVerb(SentenceView s, int t) {
        String lemma = s.lemma(t).toLowerCase(Locale.ROOT);
        return s.isVerb(t) && PEOPLE_VERBS.contains(lemma) && MEASURE_WORDS.contains(lemma);
    }

    /**
     * "killed one person, hurt dozens and wrecked homes", "which hurt dozens and damaged a few
     * houses": a past verb right before the amount (over its qualifier) that harms people, or damages the buildings
     * counted, is the count's verb, whatever the parse made of it (it often takes "injured dozens" for an adjective
     * and its noun, and hangs the amount on a verb of another clause); else {@code verb}. People only when no noun
     * follows the amount ("killed dozens of people" is parsed right), buildings only when they are the noun.
     */
    static int verbJustBefore(SentenceView s, Amount amount, int head, int unitStart, int verb) {
        int[] qualifier = qualifier(s, amount.first());
        int before = (qualifier == null ? amount.first() : qualifier[0]) - 1;
        if (before < 0 || !s.pos(before).matches("VBD|VBN") || before > 0 && s.pos(before - 1).equals("DT")) {
            return verb; // "the injured dozens" is no verb
        }
        if (head < 0 && !countsANoun(s, unitStart) && PEOPLE_VERBS.contains(s.lemma(before).toLowerCase(Locale.ROOT))) {
            return before;
        }
        return head >= 0 && building(s, head) && damageWord(s, before) ? before : verb;
    }

    /**
     * The measure of the state word at {@code t} after an amount ("12 dead": killed), or null; a state that needs a
     * cause (caused-states.tsv) only after one of its verbs within three words before the amount ("left 4,000
     * homeless", not "60,000 homeless live in the capital").
     */
    private static String stateOf(SentenceView s, int t, Amount amount) {
        String word = s.word(t);
        List<String> verbs = CAUSED_STATES.get(word);
        if (verbs != null) {
            boolean caused = false;
            for (int v = amount.first() - 1; v >= 0 && v >= amount.first() - 3; v--) {
                caused |= s.pos(v).startsWith("VB") && verbs.contains(s.lemma(v));
            }
            return caused ? Amount.STATES.get(word) : null;
        }
        return Amount.STATES.get(word);
    }

    /** caused-states.tsv: each state with the lemmas of the verbs that put people in it. */
    private static Map<String, List<String>> causedStates() {
        Map<String, List<String>> states = new java.util.HashMap<>();
        WordTables.map("figures/caused-states.tsv").forEach((state, verbs) -> states.put(state,
                List.of(verbs.split(" "))));
        return Map.copyOf(states);
    }

    /**
     * The index of the state a count is said to be in, past auxiliaries and a word of report: "Dozens have been
     * reported injured", "one is confirmed dead", "two were believed to be missing"; -1 when the words after the
     * amount are not so.
     */
    static int reportedState(SentenceView s, int after) {
        int t = after;
        while (t < s.size() && (Amount.AUXILIARIES.contains(s.word(t)) || s.pos(t).startsWith("RB"))) {
            t++; // "One was later confirmed dead", "two were also reported missing"
        }
        if (t >= s.size() || !REPORTED_AS.contains(s.word(t))) {
            return -1;
        }
        t++;
        if (t < s.size() && s.word(t).equals("to")) { // "believed to be missing", "said to have been killed"
            t++;
            while (t < s.size() && s.word(t).matches("be|have|been")) {
                t++;
            }
        }
        return t < s.size() && Amount.STATES.containsKey(s.word(t)) ? t : -1;
    }

    /**
     * Whether the amount picks some of things that are not people: "one of the seven emirates", "two of the
     * tapes". The noun after "of the" (over its numbers and modifiers) names what is counted; only the nouns of
     * part-thing-nouns.tsv make it no count, so that any noun of people, listed among the units or not, stays one
     * ("two of the pilots", "three of the schoolgirls").
     */
    static boolean partOfThings(SentenceView s, int of) {
        if (of + 1 >= s.size() || !s.word(of).equals("of")) {
            return false;
        }
        int from = s.word(of + 1).equals("the") ? of + 2 : afterOwner(s, of + 1);
        if (from < 0) {
            return false;
        }
        int noun = -1;
        for (int t = from; t < s.size() && t < from + 5; t++) {
            if (s.isNoun(t)) {
                noun = t;
            } else if (noun >= 0 || !countedModifier(s.pos(t)) && !s.pos(t).equals("CD")) {
                break;
            }
        }
        if (noun < 0 || !s.pos(noun).startsWith("NNS") && !s.pos(noun).equals("NNPS")) {
            return false; // a singular or no noun: "one of the worst", "two of the staff" are left as they were
        }
        String lemma = s.lemma(noun).toLowerCase(Locale.ROOT);
        return PART_THINGS.contains(lemma.substring(lemma.lastIndexOf('-') + 1));
    }

    /**
     * "one of Norway's largest police operations": after "of", a proper name and its possessive stand where "the"
     * does; the index after the possessive, or -1 (session sixteen).
     */
    private static int afterOwner(SentenceView s, int t) {
        int u = t;
        while (u < s.size() && u < t + 4 && s.pos(u).startsWith("NNP")) {
            u++;
        }
        return u > t && u < s.size() && s.pos(u).equals("POS") ? u + 1 : -1;
    }

    /** Whether the verb follows the amount over auxiliaries only: "thousands have been displaced". */
    private static boolean subjectOf(SentenceView s, Amount amount, int verb) {
        if (verb <= amount.last()) {
            return false;
        }
        for (int t = amount.last() + 1; t < verb; t++) {
            if (!Amount.AUXILIARIES.contains(s.word(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the death toll rose to 45", "a toll of at least 30", "raising the state's count of positive cases to 42",
     * "the caseload is nearly 162,000": the amount closes a phrase about a toll, within ten words and no comma or
     * other verb; the index of the toll word, or -1.
     */
    private static int followsToll(SentenceView s, int amountStart) {
        for (int t = amountStart - 1; t >= 0 && t >= amountStart - 10; t--) {
            if (s.word(t).matches("toll|tally|caseload|cases|deaths|fatalities")) {
                return t;
            }
            if (Amount.STATES.containsKey(s.word(t)) && countedBefore(s, t)) {
                return t; // "the number of people killed rose to 40", "the number of dead has risen to 30"
            }
            if (s.pos(t).equals(",") || s.pos(t).startsWith("VB") && !s.word(t).matches("rose|risen|rises|climbed|"
                    + "stood|stands|reached|hit|jumped|increased|is|was|are|were|now|has|have|had")) {
                return -1;
            }
        }
        return -1;
    }

    /** "the number of (people) killed", "the total of dead": a word of state counted by "number" or "total". */
    private static boolean countedBefore(SentenceView s, int state) {
        for (int t = state - 1; t >= 0 && t >= state - 3; t--) {
            if (s.word(t).matches("number|total|count")) {
                return true;
            }
        }
        return false;
    }

    /** The last noun of the words that name what is counted ("pro-government fighters"), when it is a unit. */
    private static int unitHead(SentenceView s, int start) {
        int head = countedNoun(s, start, true);
        if (head < 0) {
            return -1;
        }
        String lemma = s.lemma(head).toLowerCase(Locale.ROOT);
        // a compound's last part is what it counts: "co-workers" are workers, "asylum-seekers" seekers
        String last = lemma.substring(lemma.lastIndexOf('-') + 1);
        return UNITS.contains(lemma) || UNITS.contains(last) || demonym(s, head) ? head : -1;
    }

    /** Tags of a proper name of a day or month ("12 Tuesday and 3 on Wednesday"), which names no people. */
    private static final Set<String> TIME_NAMES = Set.of("DATE", "TIME");

    /**
     * "the 14 Chilean and 9 Peruvian sailors", "two Dutch and one Belgian climber": a count whose words are only
     * adjectives (or a singular proper name used as one) before "and" or "or" and another count shares that count's
     * noun of people. The index of its own last word and of the shared noun, or null when the words after the count
     * hold a noun of their own ("two fishing boats and 8 sailors") or the second count counts no people
     * (session sixteen, unseen ECB+ texts). A day's or month's name is no such adjective ("arrested 12 Tuesday and
     * 3 people on Wednesday"); the unit becomes the adjective ("british" in "4 British and 2 American tourists").
     */
    static int[] sharedNoun(SentenceView s, int start) {
        int t = start;
        while (t < s.size() && (s.pos(t).startsWith("JJ") || s.pos(t).equals("NNP")
                && Character.isUpperCase(s.token(t).word().charAt(0)) && !TIME_NAMES.contains(s.token(t).ner()))) {
            t++;
        }
        if (t == start || t + 1 >= s.size() || !s.word(t).matches("and|or")) {
            return null;
        }
        Amount next = Amount.at(s, t + 1);
        if (next == null || next.first() != t + 1) {
            return null;
        }
        int head = unitHead(s, next.last() + 1);
        return head < 0 ? null : new int[] {t - 1, head};
    }

    /**
     * Whether the counted words are a noun phrase, its adjectives first ("two British tankers", "two deeply flawed
     * audits": an adverb before an adjective is part of it): a count of it.
     */
    private static boolean countsANoun(SentenceView s, int start) {
        int t = start;
        while (t < s.size() && (countedModifier(s.pos(t)) || adverbOfModifier(s, t))) {
            t++;
        }
        return t < s.size() && s.isNoun(t);
    }

    /** The last noun of the counted words when it is a plural agent noun ("coworkers", "managers"), or -1. */
    private static int agentHead(SentenceView s, int start) {
        int head = countedNoun(s, start, false);
        if (head < 0 || !s.pos(head).equals("NNS")) {
            return -1;
        }
        String word = s.token(head).word();
        return AGENT_NOUN.matcher(word).matches() && !NOT_PEOPLE.contains(word.toLowerCase(Locale.ROOT)) ? head : -1;
    }

    /**
     * The last noun of the words after a number, over its modifiers and up to a plural or the last of a compound
     * ("pro-government fighters", "aid workers"), within five words; or -1. A plural proper noun ends them when
     * {@code properPluralEnds}.
     */
    private static int countedNoun(SentenceView s, int start, boolean properPluralEnds) {
        for (int t = start; t < s.size() && t < start + 5; t++) {
            String pos = s.pos(t);
            if (pos.startsWith("NN")) {
                if (pos.equals("NNS") || properPluralEnds && pos.equals("NNPS") || t + 1 >= s.size()
                        || !s.pos(t + 1).startsWith("NN") && !s.pos(t + 1).equals("HYPH") || t + 1 >= start + 5) {
                    return t;
                }
            } else if (!countedModifier(pos) && !adverbOfModifier(s, t) && !compoundNumber(s, t, start)
                    && !moreFirst(s, t, start)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * An adverb that qualifies the modifier after it ("four very young children", "two heavily armed men"): part of
     * the counted noun's phrase. Both the counted noun's search and {@link #countsANoun} read over it, or a count of
     * people so described would have no noun and be taken for a count of nothing.
     */
    private static boolean adverbOfModifier(SentenceView s, int t) {
        return s.pos(t).equals("RB") && t + 1 < s.size() && countedModifier(s.pos(t + 1));
    }

    /** "more" right after the count, adjective or adverb as the tagger has it: "thousands more residents". */
    private static boolean moreFirst(SentenceView s, int t, int start) {
        return t == start && s.word(t).equals("more");
    }

    /** The number of a name written with a hyphen before the counted noun: the "19" of "COVID-19 cases". */
    private static boolean compoundNumber(SentenceView s, int t, int start) {
        return s.pos(t).equals("CD") && t > start && s.pos(t - 1).equals("HYPH");
    }

    /** Adjectives, participles and hyphens before what is counted: "two pro-government fighters". */
    private static boolean countedModifier(String pos) {
        return pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("HYPH");
    }

    /** "10,000 Palestinians", "two Israelis": a capitalized plural noun names people by where they are from. */
    private static boolean demonym(SentenceView s, int t) {
        String word = s.token(t).word(); // as written: the view's words are lower-cased
        return s.pos(t).startsWith("NN") && word.matches("\\p{Lu}\\p{Ll}+(?:an|ian|ean|i|ese|ish)s?")
                && !word.equalsIgnoreCase(s.lemma(t)) || s.pos(t).equals("NNPS") && word.matches("\\p{Lu}\\p{Ll}+s");
    }

    /** The verb (or event noun) that says what happened to the counted: up the parse, else nearby words. */
    private static int governor(SentenceView s, int from, Amount amount) {
        if (s.parsed()) {
            int node = s.head(from);
            for (int step = 0; node >= 0 && step < 5; step++, node = s.head(node)) {
                if (s.isVerb(node) && !s.relation(node).equals("case") && !s.relation(node).startsWith("aux")
                        && !s.relation(node).equals("cop") || EVENT_NOUNS.contains(s.lemma(node))) {
                    return node;
                }
            }
            return -1;
        }
        for (int t = from + 1; t < s.size() && t <= from + 8; t++) {
            if ((s.pos(t).equals("VBN") || s.pos(t).equals("VBD")) && !auxiliaryBefore(s, t)) {
                return t;
            }
            if (s.pos(t).equals(",")) {
                break;
            }
        }
        for (int t = amount.first() - 1; t >= 0 && t >= amount.first() - 3; t--) {
            if (s.isVerb(t)) {
                return t;
            }
        }
        return -1;
    }

    /** "been" in "have been displaced", "were" in "were wounded": an auxiliary before the participle it serves. */
    private static boolean auxiliaryBefore(SentenceView s, int t) {
        return s.lemma(t).matches("be|have") && t + 1 < s.size()
                && (s.pos(t + 1).equals("VBN") || s.word(t + 1).equals("been"));
    }

    private static String what(SentenceView s, int verb) {
        String pos = s.pos(verb);
        return pos.equals("VBN") || pos.equals("VBD") || pos.startsWith("NN") || EVENT_NOUNS.contains(s.word(verb))
                ? s.word(verb) : s.lemma(verb);
    }

    /** "more than", "at least", "about": the words just before the amount that bound it. */
    static int[] qualifier(SentenceView s, int amountStart) {
        for (List<String> words : QUALIFIERS) {
            int start = amountStart - words.size();
            if (start >= 0 && s.words().subList(start, amountStart).equals(words)) {
                return new int[] {start, amountStart - 1};
            }
        }
        if (amountStart >= 2 && s.word(amountStart - 1).equals("estimated") && s.word(amountStart - 2).equals("an")) {
            return new int[] {amountStart - 1, amountStart - 1};
        }
        return null;
    }

    /**
     * A place named after the amount, introduced by "in", "at", "near" or "outside"; else the sentence's place
     * ({@link SentencePlaces}); null when neither names one.
     */
    private static Place place(ArticleContext context, SentenceView s, int from) {
        for (int t = from + 1; t + 1 < s.size(); t++) {
            if (!s.word(t).matches("in|at|near|outside")) {
                continue;
            }
            for (int u = t + 1; u < s.size() && u <= t + 4; u++) {
                PlaceMention p = context.placeAt(s.token(u).span().start());
                if (p != null) {
                    return p.place();
                }
            }
        }
        return SentencePlaces.of(context, s);
    }

}
