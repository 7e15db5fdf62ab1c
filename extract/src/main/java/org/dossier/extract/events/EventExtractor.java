package org.dossier.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.core.Layers;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.Days;
import org.dossier.extract.SentenceView;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.DateExpression;
import org.dossier.model.Event;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
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
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "around", "across",
            "throughout", "inside", "over");

    private final Dictionaries dictionaries;

    public EventExtractor(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
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

    /** An event before its date is settled: dates can come from the clause, the sentence or the story so far. */
    private record Candidate(Event event, int sentence, LocalDate ownDate, LocalDate sentenceDate,
            boolean sentenceHasDate, boolean current, boolean statement) {}

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        ArticleContext context = new ArticleContext(in);
        ActorResolver actors = new ActorResolver(dictionaries, context);
        VerbCoder verbs = new VerbCoder(dictionaries, actors);
        NounCoder nouns = new NounCoder(dictionaries, actors);
        StatementCoder statements = new StatementCoder(dictionaries, context, actors);
        List<Quote> quotes = in.getOrEmpty(Layers.QUOTES);
        List<Candidate> candidates = new ArrayList<>();
        Span headline = headline(context);
        for (SentenceView s : context.sentences()) {
            if (headline != null && headline.contains(s.sentence().span())) {
                continue;
            }
            for (Quote quote : quotes) {
                Span part = partIn(quote.span(), s.sentence().span());
                if (part == null) {
                    continue;
                }
                StatementCoder.Coded coded = statements.code(quote, part, cueLemma(context, quote));
                if (coded != null && !repeats(candidates, coded, s.sentence().index())) {
                    candidates.add(statementCandidate(context, s, quote, part, coded));
                }
            }
            if (!s.parsed()) {
                continue;
            }
            for (int v = 0; v < s.size(); v++) {
                Span token = s.token(v).span();
                if (isQuoteCue(quotes, token) || inDirectQuote(quotes, token)) {
                    continue;
                }
                VerbCoder.Coded coded = s.isVerb(v) ? verbs.code(s, v) : nouns.code(s, v);
                if (coded != null) {
                    candidates.add(verbCandidate(context, s, coded));
                }
            }
        }
        return in.with(Layers.EVENTS, withoutDuplicates(dated(context, candidates, headline)));
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
     * Settles each event's date: a day said in its own clause; else the only day named in its sentence; else,
     * when its sentence names no time at all, the day of the sentence or event just before it (a story told in
     * order), or of the same speaker's statement a little earlier (one interview); else, for the lead's events
     * told in the present ("has announced"), the publication date.
     */
    private static List<Event> dated(ArticleContext context, List<Candidate> candidates, Span headline) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.event().span().start()));
        int lead = leadSentence(context, headline);
        List<Event> out = new ArrayList<>();
        LocalDate previous = null;
        int previousSentence = -10;
        Candidate lastStatement = null;
        LocalDate lastStatementDate = null;
        for (Candidate c : candidates) {
            LocalDate date = c.ownDate() != null ? c.ownDate() : c.sentenceDate();
            if (date == null && !c.sentenceHasDate()) {
                date = storySoFar(context, c, previous, previousSentence);
                if (date == null && c.statement() && sameSpeakerShortlyAfter(lastStatement, c)) {
                    date = lastStatementDate;
                }
            }
            if (date == null && c.sentence() == lead && c.current()) {
                date = context.published();
            }
            if (date != null) {
                previous = date;
                previousSentence = c.sentence();
            }
            if (c.statement()) {
                lastStatement = c;
                lastStatementDate = date;
            }
            Event e = c.event();
            out.add(new Event(e.articleId(), e.span(), e.text(), date, e.actor(), e.action(), e.cameo(), e.root(),
                    e.quadClass(), e.goldstein(), e.target(), e.location()));
        }
        return out;
    }

    /** The day of the sentence just before, or of an event in it or in the same sentence. */
    private static LocalDate storySoFar(ArticleContext context, Candidate c, LocalDate previous,
            int previousSentence) {
        if (previous != null && c.sentence() - previousSentence <= 1) {
            return previous;
        }
        if (c.sentence() == 0) {
            return null;
        }
        for (SentenceView before : context.sentences()) {
            if (before.sentence().index() == c.sentence() - 1) {
                return Days.onlyDayOf(context, before, null);
            }
        }
        return null;
    }

    private static boolean sameSpeakerShortlyAfter(Candidate earlier, Candidate c) {
        return earlier != null && earlier.event().actor() != null && c.event().actor() != null
                && earlier.event().actor().name().equals(c.event().actor().name())
                && c.sentence() - earlier.sentence() <= 2;
    }

    private static int leadSentence(ArticleContext context, Span headline) {
        for (SentenceView s : context.sentences()) {
            if (headline == null || !headline.contains(s.sentence().span())) {
                return s.sentence().index();
            }
        }
        return -1;
    }

    /**
     * A first paragraph of one sentence in the present tense ("French FM calls on Moscow to ...") is a headline
     * or standfirst: it repeats what the article reports, and coding it would count the event twice.
     */
    private static Span headline(ArticleContext context) {
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
    private static boolean repeats(List<Candidate> candidates, StatementCoder.Coded coded, int sentence) {
        for (Candidate c : candidates) {
            Event e = c.event();
            if (sentence - c.sentence() > 2) {
                continue;
            }
            boolean sameSpeaker = e.actor() != null && coded.actor() != null
                    && e.actor().name().equals(coded.actor().name());
            boolean sameTarget = e.target() == null || coded.target() == null
                    || e.target().name().equals(coded.target().name());
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

    private static boolean isQuoteCue(List<Quote> quotes, Span token) {
        for (Quote quote : quotes) {
            if (quote.cueSpan() != null && quote.cueSpan().overlaps(token)) {
                return true;
            }
        }
        return false;
    }

    private Candidate verbCandidate(ArticleContext context, SentenceView s, VerbCoder.Coded coded) {
        Span span = s.span(coded.tokens());
        Event event = new Event(context.articleId(), span, span.of(context.text()), null, coded.actor(),
                coded.label(), coded.code(), CameoCodes.root(coded.code()), CameoCodes.quadClass(coded.code()),
                dictionaries.codes().goldstein(coded.code()), coded.target(), place(context, s, coded.verb()));
        List<Integer> clause = VerbCoder.ownClause(s, coded.verb());
        return new Candidate(event, s.sentence().index(), dayIn(context, s, clause), Days.onlyDayOf(context, s, null),
                !context.datesIn(s.sentence().span()).isEmpty(), isCurrent(s, coded.verb()), false);
    }

    private Candidate statementCandidate(ArticleContext context, SentenceView s, Quote quote, Span part,
            StatementCoder.Coded coded) {
        Event event = new Event(context.articleId(), part, part.of(context.text()), null, coded.actor(),
                coded.label(), coded.code(), CameoCodes.root(coded.code()), CameoCodes.quadClass(coded.code()),
                dictionaries.codes().goldstein(coded.code()), coded.target(), null);
        SentenceView cueSentence = quote.cueSpan() == null ? null : context.sentenceAt(quote.cueSpan().start());
        int cue = cueSentence == null ? -1 : cueSentence.tokenAt(quote.cueSpan().start());
        return new Candidate(event, s.sentence().index(), statementDay(context, quote), Days.onlyDayOf(context, s, quote),
                !context.datesIn(quote.context()).isEmpty(), cue >= 0 && isCurrent(cueSentence, cue), true);
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

    /** A day-precise date said in the verb's own clause ("on Saturday"), not in a clause beside it. */
    private static LocalDate dayIn(ArticleContext context, SentenceView s, List<Integer> clause) {
        for (DateExpression date : context.datesIn(s.sentence().span())) {
            if (date.precision() != DateExpression.Precision.DAY || Days.startsAPeriod(context, date)) {
                continue;
            }
            for (int t : clause) {
                if (s.token(t).span().overlaps(date.span())) {
                    return date.date();
                }
            }
        }
        return null;
    }

    /** A day-precise date in the words around a quote ("told France Inter on Monday"), nearest its cue. */
    private static LocalDate statementDay(ArticleContext context, Quote quote) {
        int anchor = quote.cueSpan() != null ? quote.cueSpan().start() : quote.span().start();
        DateExpression best = null;
        for (DateExpression date : context.datesIn(quote.context())) {
            if (date.precision() == DateExpression.Precision.DAY && !quote.span().overlaps(date.span())
                    && (best == null || Math.abs(date.span().start() - anchor)
                            < Math.abs(best.span().start() - anchor))) {
                best = date;
            }
        }
        return best == null ? null : best.date();
    }

    /** A place named by a locative phrase of the verb ("in Aleppo", "near the border town of X"). */
    private static String place(ArticleContext context, SentenceView s, int verb) {
        for (int c : s.children(verb)) {
            String marker = s.caseMarker(c);
            if (!s.hasRelation(c, Set.of("obl", "nmod")) || marker == null || !PLACE_CASES.contains(marker)) {
                continue;
            }
            for (int t : s.subtree(c, Set.of("acl", "advcl", "conj"))) {
                Mention mention = context.mentionAt(s.token(t).span().start());
                if (mention != null && mention.type() == EntityType.LOCATION) {
                    return mention.text();
                }
            }
        }
        return null;
    }

    /** Two codings of the same words with the same root are one event (a statement and its verb). */
    private static List<Event> withoutDuplicates(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingInt((Event e) -> e.span().start()).thenComparingInt(e -> e.span().end()));
        List<Event> kept = new ArrayList<>();
        for (Event e : sorted) {
            boolean duplicate = false;
            for (Event k : kept) {
                if (k.root().equals(e.root()) && k.span().overlaps(e.span())) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                kept.add(e);
            }
        }
        return kept;
    }
}
