package org.dossier.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.SentenceView;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.extract.dictionaries.VerbEntries;
import org.dossier.model.Actor;
import org.dossier.model.Entity;
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

    /** A coded statement, before dating. */
    record Coded(String code, String label, Actor actor, Actor target) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern THREAT = Pattern.compile("\\b(?:will|would|shall) (?:have to )?(?:pay|face|answer"
            + "|live up to|be held (?:accountable|responsible)|be punished|regret)\\b|\\bconsequences\\b"
            + "|\\bthreaten|\\bretaliat|\\bwill not (?:hesitate|tolerate)\\b", FLAGS);
    private static final Pattern INVESTIGATION = Pattern.compile("\\binvestigat|\\binquir|\\bprobe\\b"
            + "|\\bbring (?:them|those responsible) to justice\\b|\\bprosecute\\b|\\bprosecution\\b", FLAGS);
    private static final Pattern ACCUSATION = Pattern.compile("\\bwar crimes?\\b|\\bcrimes? against humanity\\b"
            + "|\\baccomplices?\\b|\\bterroris|\\bgenocide\\b|\\bethnic cleansing\\b|\\blie[sd]?\\b|\\blying\\b"
            + "|\\bresponsible for\\b|\\bguilty\\b|\\bowes? [^.]{0,40}\\bexplanation\\b|\\bto blame\\b"
            + "|\\bcomplicit", FLAGS);
    private static final Pattern CONDEMNATION = Pattern.compile("\\bunacceptable\\b|\\bnot acceptable\\b"
            + "|\\boutrage|\\bcondemn|\\bdeplor|\\b(?:do|does|did)(?: not|n't) agree\\b|\\bdisagree|\\bshameful\\b"
            + "|\\bappalling\\b|\\bbarbar|\\batrocit|\\bcriticis|\\bcriticiz|\\bdenounc|\\bdisgrace|\\bhorrific\\b"
            + "|\\bintolerable\\b|\\binexcusable\\b", FLAGS);
    private static final Pattern DEMAND = Pattern.compile("\\b(?:must|need to|needs to|have to|has to|should)\\b"
            + "|\\bwe (?:would |will )?need\\b|\\bcall(?:s|ed)? (?:on|for|upon)\\b|\\burge|\\bdemand"
            + "|\\bcessation\\b|\\bimmediate end\\b|\\b(?:stop|halt|end) (?:the|this|their|its)\\b", FLAGS);
    private static final Pattern OFFER = Pattern.compile("\\b(?:offer|propose)|\\b(?:prepared|ready|willing) to\\b",
            FLAGS);
    /** Speech verbs that say on their own what kind of statement they make: accuse, demand, reject, threaten. */
    private static final Set<String> STRONG_CUE_ROOTS = Set.of("09", "10", "11", "12", "13");
    /** Speech verbs whose meaning is the appeal itself. */
    private static final Set<String> APPEALS = Set.of("call", "urge", "ask", "appeal", "plead", "press", "implore",
            "beg", "exhort", "request");
    private static final Set<String> NEUTRAL = Set.of("say", "tell", "add", "state", "note", "explain", "write",
            "tweet", "comment", "recall", "reply", "respond", "argue", "insist", "stress", "emphasise", "emphasize",
            "reiterate", "describe", "express", "voice", "announce", "according to", "call", "brand", "label",
            "dub", "term");

    private final Dictionaries dictionaries;
    private final ArticleContext context;
    private final ActorResolver actors;

    StatementCoder(Dictionaries dictionaries, ArticleContext context, ActorResolver actors) {
        this.dictionaries = dictionaries;
        this.context = context;
        this.actors = actors;
    }

    /** The event the quote states, or null. */
    /** The event the part of the quote in one sentence states, or null. */
    Coded code(Quote quote, Span part, String cue) {
        if (quote.speaker() == null) {
            return null;
        }
        String code = classify(cue, part.of(context.text()));
        if (code == null) {
            return null;
        }
        Actor speaker = speaker(quote);
        Actor target = target(part, speaker);
        return new Coded(code, ActionLabels.label(code, null, dictionaries.codes()), speaker, target);
    }

    private String classify(String cue, String content) {
        if (THREAT.matcher(content).find()) {
            return "130";
        }
        if (INVESTIGATION.matcher(content).find()) {
            return "0213";
        }
        if (APPEALS.contains(cue)) {
            return "020";
        }
        String cueCode = cueCode(cue);
        if (cueCode != null && STRONG_CUE_ROOTS.contains(CameoCodes.root(cueCode))) {
            return cueCode;
        }
        String byContent = byContent(content);
        return byContent != null ? byContent : cueCode;
    }

    private static String byContent(String content) {
        if (ACCUSATION.matcher(content).find()) {
            return "112";
        }
        if (CONDEMNATION.matcher(content).find()) {
            return "111";
        }
        if (DEMAND.matcher(content).find()) {
            return "100";
        }
        if (OFFER.matcher(content).find()) {
            return "030";
        }
        return null;
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
        return root.equals("01") ? null : verb.code();
    }

    private Actor speaker(Quote quote) {
        if (quote.speaker().entityId() != null) {
            Entity entity = context.entity(quote.speaker().entityId());
            if (entity != null && entity.type() == org.dossier.model.EntityType.PERSON) {
                return actors.person(entity);
            }
        }
        if (quote.speaker().span() != null) {
            SentenceView s = context.sentenceAt(quote.speaker().span().start());
            if (s != null) {
                int first = s.tokenAt(quote.speaker().span().start());
                int last = s.tokenAt(Math.max(quote.speaker().span().start(), quote.speaker().span().end() - 1));
                if (first >= 0 && last >= first) {
                    List<ActorResolver.Resolved> found = actors.actorsIn(s, first, last);
                    if (!found.isEmpty()) {
                        return found.get(0).actor();
                    }
                }
            }
        }
        return new Actor(quote.speaker().name(), null);
    }

    /** The first actor the quote names other than its speaker; two joined by "and" count as one. */
    private Actor target(Span part, Actor speaker) {
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
        found.removeIf(r -> VerbCoder.sameActor(r.actor(), speaker));
        if (found.isEmpty()) {
            return null;
        }
        ActorResolver.Resolved head = found.get(0);
        if (found.size() > 1) {
            ActorResolver.Resolved next = found.get(1);
            int gapStart = head.tokens().get(head.tokens().size() - 1) + 1;
            if (next.tokens().get(0) == gapStart + 1 && s.word(gapStart).equals("and")) {
                String code = head.actor().code() == null ? next.actor().code()
                        : next.actor().code() == null ? head.actor().code()
                        : head.actor().code() + ";" + next.actor().code();
                return new Actor(head.actor().name() + " and " + next.actor().name(), code);
            }
        }
        return head.actor();
    }
}
