package org.dossier.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.core.ResourceLines;
import org.dossier.model.Dependency;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * Which reported records are a stance or a feeling shown, not a proposition said: the object of "express" or "voice"
 * with no clause in it ("expressed frustration with the referees", "voiced support for the bill"). The quotes gold's
 * convention and PolNeAR count these as no quote, but a statement of sympathy or support is still an event, which the
 * statement coder reads from the record; so the record is kept, marked {@link Quote#stance()}, and the quotes served
 * and scored leave it out. "expressed concern that the plant would close" holds a clause and stays a quote.
 */
final class Stances {

    /**
     * Object cues ({@code object-cues.txt}) whose object alone is a feeling or a stance shown, from
     * {@code feeling-object-cues.txt}.
     */
    private static final Set<String> FEELING_OBJECT_CUES = Set.copyOf(
            ResourceLines.read(Stances.class, "feeling-object-cues.txt"));
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Tags of the words that open a relative clause: "the bill that passed", "what he had said". */
    private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "WP$");
    /** Words that open a clause of content: "concern that …", "doubts about whether …". */
    private static final Set<String> CONTENT_SUBORDINATORS = Set.of("that", "whether", "if");

    private Stances() {}

    /**
     * Whether the reported record is a stance shown: its cue is a feeling cue, it lies after the cue in the cue's
     * sentence, as the cue's object does, and it holds no clause said. A record that runs past its sentence (joined
     * with what follows) is left a quote.
     */
    static boolean isStance(ArticleView view, Quote quote) {
        if (quote.direct() || quote.cueSpan() == null) {
            return false;
        }
        Sentence sentence = view.sentenceAt(quote.cueSpan().start());
        if (sentence == null || !sentence.span().contains(quote.span())
                || quote.span().start() < quote.cueSpan().end()) {
            return false;
        }
        SentenceParse parse = view.parse(sentence);
        int cue = ArticleView.firstTokenFrom(sentence, quote.cueSpan().start());
        if (parse == null || cue >= sentence.tokens().size() || !isFeelingCue(sentence.tokens().get(cue))) {
            return false;
        }
        int[] bounds = tokenBounds(sentence, quote.span());
        return bounds != null && !holdsAClause(sentence, parse, bounds);
    }

    private static boolean isFeelingCue(Token token) {
        String lemma = SpeechCues.cueLemma(token);
        return lemma != null && FEELING_OBJECT_CUES.contains(lemma);
    }

    /** Token bounds {first, last} of the tokens inside {@code span}, or null where none is. */
    private static int[] tokenBounds(Sentence sentence, Span span) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (span.contains(sentence.tokens().get(i).span())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /**
     * Whether the tokens in {@code bounds} hold a clause said about the feeling: a finite verb of a clause that is no
     * relative clause ("concern that the plant would close", not "support for the bill that passed the Senate" or
     * "regret for what he had said", where the clause only names a thing the feeling is about).
     */
    private static boolean holdsAClause(Sentence sentence, SentenceParse parse, int[] bounds) {
        for (int i = bounds[0]; i <= bounds[1]; i++) {
            if (FINITE.contains(sentence.tokens().get(i).pos()) && !inRelativeClause(sentence, parse, i, bounds)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the finite verb at {@code verb} is in a relative clause within {@code bounds}: a clause on its way up
     * to the object hangs as "acl:relcl", or opens with a relative word ("that"/WDT, "what"/WP, "whose"/WP$), where a
     * clause of content opens with a subordinator ("that"/IN, "whether") or with its subject.
     */
    private static boolean inRelativeClause(Sentence sentence, SentenceParse parse, int verb, int[] bounds) {
        int node = verb;
        for (int steps = 0; steps < sentence.tokens().size(); steps++) {
            if (opensWithARelativeWord(sentence.tokens(), parse.subtreeBounds(node)[0], node)) {
                return true;
            }
            Dependency arc = parse.arcOf(node);
            if (arc == null || arc.head() < bounds[0] || arc.head() > bounds[1]) {
                return false;
            }
            if (arc.relation().equals("acl:relcl")) {
                return true;
            }
            node = arc.head();
        }
        return false;
    }

    /**
     * Whether the words from {@code from} to {@code head} open with a relative word, past any preposition ("for what he
     * had said"); a subordinator ("that"/IN, "whether", "if") or any other word opens a clause of content.
     */
    private static boolean opensWithARelativeWord(List<Token> tokens, int from, int head) {
        for (int i = from; i < head; i++) {
            Token token = tokens.get(i);
            if (RELATIVE_TAGS.contains(token.pos())) {
                return true;
            }
            boolean preposition = token.pos().equals("IN") || token.pos().equals("TO");
            if (!preposition || CONTENT_SUBORDINATORS.contains(token.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }
}
