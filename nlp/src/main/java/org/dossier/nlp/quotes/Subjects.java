package org.dossier.nlp.quotes;

import java.util.Set;
import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Speaker;
import org.dossier.model.Token;

/** Finds who does the speaking of a cue verb: from its parse when there is one, else from the words around it. */
final class Subjects {

    /** Relations through which a verb without its own subject shares its head's: "said X and called on Y". */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "advcl", "xcomp", "acl");
    private static final Set<String> SKIPPABLE = Set.of("has", "have", "had", "was", "were", "is", "are", "also",
            "then", "later", "again", "already", "previously", "earlier", "once", "would", "will", "had been");

    private static final Set<String> RELATIVES = Set.of("who", "that", "which");

    private final SpeakerResolver speakers;

    Subjects(SpeakerResolver speakers) {
        this.speakers = speakers;
    }

    /** The speaker of the cue at {@code cue}, or null. */
    Speaker of(Sentence sentence, int cue, SentenceParse parse, Speaker previous) {
        if (parse != null) {
            int subject = parsedSubject(sentence, parse, cue);
            if (subject < 0) {
                subject = appositiveName(sentence, cue);
            }
            return subject < 0 ? null : speakers.fromToken(sentence, subject, parse, previous);
        }
        return surface(sentence, cue, previous);
    }

    /** How far back from its cue a name with a long apposition may stand. */
    private static final int APPOSITION_REACH = 40;

    /**
     * "Shane Shook, a security expert who has helped investigate the breaches, said …": a long apposition often
     * leaves the parser without a subject for the cue. When the cue follows a comma, the last name before it that
     * is followed by a comma opens the apposition and speaks. The token of that name, or -1.
     */
    private int appositiveName(Sentence sentence, int cue) {
        if (cue < 3 || !sentence.tokens().get(cue - 1).word().equals(",")) {
            return -1;
        }
        for (int i = cue - 2; i >= 1 && cue - i <= APPOSITION_REACH; i--) {
            if (sentence.tokens().get(i).word().equals(",") && speakers.isNamed(sentence.tokens().get(i - 1))) {
                return i - 1;
            }
        }
        return -1;
    }

    private static int parsedSubject(Sentence sentence, SentenceParse parse, int cue) {
        int subject = parse.dependent(cue, "nsubj");
        Dependency arc = parse.arcOf(cue);
        if (subject >= 0
                && RELATIVES.contains(sentence.tokens().get(subject).word().toLowerCase(java.util.Locale.ROOT))) {
            // "Jeb Bush, who announced he is suspending his campaign": Bush speaks. Only a name: "those who said"
            // and "voters who say" are a poll's answers, whose source is the poll. The parser hangs the clause
            // on the name as a relative clause, or loosely (dep); else the name stands before "<name>, who".
            if (arc != null && arc.head() >= 0 && (arc.relation().equals("acl:relcl") || arc.relation().equals("dep"))) {
                return isName(sentence.tokens().get(arc.head())) ? arc.head() : -1;
            }
            return subject >= 2 && sentence.tokens().get(subject - 1).word().equals(",")
                    && isName(sentence.tokens().get(subject - 2)) ? subject - 2 : -1;
        }
        if (subject >= 0) {
            return subject;
        }
        if (arc == null || arc.head() < 0 || !SHARES_SUBJECT.contains(arc.relation())
                && !(arc.relation().equals("dep") && isParticiple(sentence, cue))) {
            return -1;
        }
        if (arc.relation().equals("xcomp")) {
            int controller = parse.dependent(arc.head(), "obj");
            if (controller >= 0) {
                return controller;
            }
        }
        return parse.dependent(arc.head(), "nsubj");
    }

    /**
     * "…, saying (that) …": the parser often leaves a trailing participle loosely attached ({@code dep}); it still
     * speaks for the subject of the verb it follows.
     */
    private static boolean isName(Token token) {
        return token.ner() != null && !token.ner().equals("O") && token.pos().startsWith("NNP");
    }

    private static boolean isParticiple(Sentence sentence, int cue) {
        return sentence.tokens().get(cue).pos().equals("VBG");
    }

    /**
     * The speaker named between a closing quotation mark and its cue ("“…,” Jean-Marc Ayrault, the French foreign
     * minister, told"; "“…,” he added"), or after the cue when nothing is between ("“…,” said Kerry"). The parse of
     * such sentences often takes a word inside the quote for the subject, so the surface decides here.
     */
    Speaker between(Sentence sentence, int from, int cue, Speaker previous) {
        for (int i = from; i < cue; i++) {
            if (speakers.isNamed(sentence.tokens().get(i))) {
                return speakers.fromToken(sentence, i, null, previous);
            }
        }
        return surface(sentence, cue, previous);
    }

    boolean isNamed(Token token) {
        return speakers.isNamed(token);
    }

    /** Whether the token is part of a person's name. */
    boolean isPerson(Token token) {
        return speakers.isPerson(token);
    }

    /** Whether the token is a pronoun that stands for a person ("he", "she"). */
    boolean isPersonalPronoun(Token token) {
        return speakers.isPersonalPronoun(token);
    }

    /** The speaker a named token names. */
    Speaker named(Sentence sentence, int token, Speaker previous) {
        return speakers.fromToken(sentence, token, null, previous);
    }

    /** Without a parse: the name just before the cue ("Kerry said"), else just after it ("said Kerry"). */
    private Speaker surface(Sentence sentence, int cue, Speaker previous) {
        int left = cue - 1;
        while (left >= 0 && skippable(sentence.tokens().get(left))) {
            left--;
        }
        if (left >= 0) {
            Speaker speaker = speakers.fromToken(sentence, left, null, previous);
            if (speaker != null) {
                return speaker;
            }
        }
        int right = cue + 1;
        while (right + 1 < sentence.tokens().size() && isNounish(sentence.tokens().get(right + 1))) {
            right++;
        }
        return right < sentence.tokens().size() ? speakers.fromToken(sentence, right, null, previous) : null;
    }

    private static boolean skippable(Token token) {
        String pos = token.pos();
        return pos.startsWith("RB") || pos.equals("MD") || pos.equals(",") || SKIPPABLE.contains(token.word().toLowerCase());
    }

    private static boolean isNounish(Token token) {
        return token.pos().startsWith("NN");
    }
}
