package org.dossier.nlp.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.core.ResourceLines;
import org.dossier.model.Sentence;
import org.dossier.model.Token;

/** The verbs that introduce speech, grouped by how they take their content. */
final class SpeechCues {

    /** Verbs whose clausal complement is what was said: "X said (that) …", "…, X said". */
    static final Set<String> CLAUSAL = Set.of("say", "tell", "add", "announce", "state", "claim", "insist", "warn",
            "argue", "explain", "note", "suggest", "hint", "confirm", "deny", "report", "acknowledge", "admit",
            "declare", "assert", "stress", "emphasise", "emphasize", "reiterate", "indicate", "predict", "write",
            "reply", "respond", "comment", "recall", "allege", "estimate", "caution", "concede", "complain",
            "promise", "pledge", "vow", "contend", "maintain", "observe", "remark", "testify", "tweet", "disclose",
            "reveal", "charge", "counter", "agree", "urge", "ask", "demand", "accuse", "threaten", "propose",
            "assure", "inform", "signal", "speculate", "concur", "proclaim", "retort", "stipulate", "underline");
    /** Verbs of appeal, whose content is an addressee and what they should do: "called on Russia to halt …". */
    static final Set<String> APPEAL = Set.of("call", "urge", "ask", "appeal", "plead", "press", "implore", "beg",
            "exhort", "request", "tell", "warn");
    /**
     * Verbs whose object, where they have no clause, is what was said ("said something very strange", "tweeted a
     * photograph"); not those whose object is whom they address ("told reporters"), what they hold or win
     * ("maintains a lead", "claimed victory") or a work ("wrote a book").
     */
    static final Set<String> SAID_OBJECT = Set.of("say", "tweet", "report", "note", "predict");
    /** Verbs of commitment, whose content may be what the speaker commits to: "vowed to repeal the law". */
    static final Set<String> COMMISSIVE = Set.of("vow", "promise", "swear");
    /** Verbs of characterization, whose content is the object and what it is called: "called the shelling a crime". */
    static final Set<String> CHARACTERIZE = Set.of("describe", "call", "brand", "label", "dub", "term");
    /** Verbs whose object is the content: "expressed outrage at …", from {@code object-cues.txt}. */
    static final Set<String> EXPRESS;
    /**
     * Of those, the verbs whose object is what was said only when someone speaks ("urged restraint", not "the next
     * line declares a class"), from {@code speaker-object-cues.txt}.
     */
    static final Set<String> SPEAKER_OBJECT = Set.copyOf(
            ResourceLines.read(SpeechCues.class, "speaker-object-cues.txt"));

    static {
        Set<String> express = new HashSet<>(ResourceLines.read(SpeechCues.class, "object-cues.txt"));
        express.addAll(SPEAKER_OBJECT);
        EXPRESS = Set.copyOf(express);
    }

    /**
     * Verbs that attribute a quotation next to them but introduce no reported clause of their own: "“…,” Ortiz
     * continued", "“…,” she quipped", "“…,” Lund pointed out". They count only beside quotation marks.
     */
    static final Set<String> QUOTATION_ONLY = Set.of("continue", "conclude", "quip", "joke", "shout", "yell",
            "exclaim", "bark", "snap", "muse", "boast", "brag", "lament", "whisper", "mutter", "sigh", "scoff",
            "interject", "recount", "cry", "chant", "thunder", "gush", "marvel", "wonder", "fume", "rant", "scream",
            "laugh", "sneer", "groan", "grumble", "chide", "scold", "rebut", "answer");

    /**
     * Speech verbs beside {@link #QUOTATION_ONLY} that may give a cry or a question right after them ("said “Stop!”",
     * "asked “Why us?”"); not verbs of naming ("an album called “Help!”", "a banner titled “Act now!”").
     */
    static final Set<String> CRY = Set.of("say", "ask", "reply", "add", "answer", "demand", "plead");

    /** Verbs of a manner of speaking, which report the clause "that" opens after them: from {@code manner-cues.txt}. */
    static final Set<String> MANNER = Set.copyOf(ResourceLines.read(SpeechCues.class, "manner-cues.txt"));
    /** How many words may stand between a verb of manner and its "that" ("joked to Federal Reserve Chair Yellen that"). */
    private static final int MANNER_REACH = 7;

    /**
     * Verbs whose content is a phrase of position after one of their prepositions ("called for a ban on …", "warned
     * of a recession"), from {@code position-cues.txt}: lemma to prepositions.
     */
    static final Map<String, Set<String>> POSITION = readCueTable("position-cues.txt");
    /**
     * Verbs of accusation whose content is the charge after the one accused ("accused the mayor of bribery"), from
     * {@code charge-cues.txt}: lemma to the prepositions that introduce the charge.
     */
    static final Map<String, Set<String>> CHARGE = readCueTable("charge-cues.txt");
    /**
     * Nouns of a saying whose complement is what was said ("her claim that …", "his vow to …", "the call for …"),
     * from {@code speech-nouns.txt}: lemma to the complements it takes ("that", "to", "for").
     */
    static final Map<String, Set<String>> NOUNS = readCueTable("speech-nouns.txt");

    /** Forms the lemmatizer misses when the tagger mistakes a typo'd or capitalized verb for a noun. */
    private static final Map<String, String> FORMS = Map.of("said", "say", "says", "say", "told", "tell", "tells",
            "tell", "added", "add", "adds", "add");

    private SpeechCues() {}

    /** The cue lemma of a token, or null when it is not a speech verb. */
    static String cueLemma(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        if (token.pos().startsWith("VB")) {
            String lemma = FORMS.getOrDefault(word, token.lemma().toLowerCase(Locale.ROOT));
            return isCue(lemma) ? lemma : null;
        }
        return FORMS.get(word);
    }

    /**
     * The cue lemma of a token beside a quotation: a speech verb, one of {@link #QUOTATION_ONLY}, or "pointed out"
     * (a particle verb whose particle must follow).
     */
    static String quotationCueLemma(Sentence sentence, int i) {
        Token token = sentence.tokens().get(i);
        String lemma = cueLemma(token);
        if (lemma != null || !token.pos().startsWith("VB")) {
            return lemma;
        }
        String own = token.lemma().toLowerCase(Locale.ROOT);
        if (QUOTATION_ONLY.contains(own)) {
            return own;
        }
        boolean pointOut = own.equals("point") && i + 1 < sentence.tokens().size()
                && sentence.tokens().get(i + 1).word().equalsIgnoreCase("out");
        return pointOut ? own : null;
    }

    /**
     * The lemma of a verb of manner ("joked", "boasted") that a "that" follows, after at most a few words of an
     * addressee or a time and no punctuation ("joked that …", "boasted to donors on Monday that …"), else null. Only
     * such a verb reports a clause; alone it attributes no more than a quotation beside it.
     */
    static String mannerLemma(Sentence sentence, int i) {
        Token token = sentence.tokens().get(i);
        if (!token.pos().startsWith("VB") || !MANNER.contains(token.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int j = i + 1; j < sentence.tokens().size() && j - i <= MANNER_REACH; j++) {
            Token next = sentence.tokens().get(j);
            if (next.word().equalsIgnoreCase("that")) {
                return token.lemma().toLowerCase(Locale.ROOT);
            }
            if (!Character.isLetterOrDigit(next.word().charAt(0)) || next.pos().startsWith("VB")) {
                return null;
            }
        }
        return null;
    }

    static boolean isCue(String lemma) {
        return CLAUSAL.contains(lemma) || APPEAL.contains(lemma) || CHARACTERIZE.contains(lemma)
                || EXPRESS.contains(lemma) || POSITION.containsKey(lemma) || COMMISSIVE.contains(lemma)
                || CHARGE.containsKey(lemma);
    }

    /** The lemma of a speech noun ("claims", "vow"), or null when the token is none. */
    static String nounLemma(Token token) {
        return token.pos().startsWith("NN") && !token.pos().startsWith("NNP")
                && NOUNS.containsKey(token.lemma().toLowerCase(Locale.ROOT))
                ? token.lemma().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * A speech noun at {@code i} that a complement of its own ({@code speech-nouns.txt}) or its speaker's "by"
     * follows, "to" only before a verb ("his threat to resign", not "a threat to the regime"; "the demand for grain"
     * and "a statement for the press" are no saying's complement): only such a sentence is worth a parse for the
     * noun, as a parse costs time and the event coder reads it too.
     */
    private static boolean speechNounAt(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        String lemma = i + 1 < tokens.size() ? nounLemma(tokens.get(i)) : null;
        if (lemma == null) {
            return false;
        }
        Set<String> complements = NOUNS.get(lemma);
        String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
        if (next.equals("to")) {
            return complements.contains("to") && i + 2 < tokens.size() && tokens.get(i + 2).pos().equals("VB");
        }
        return next.equals("by") || complements.contains(next);
    }

    private static Map<String, Set<String>> readCueTable(String name) {
        try (InputStream in = SpeechCues.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the quotes package");
            }
            Map<String, Set<String>> cues = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] words = line.strip().split("\\s+");
                if (!line.startsWith("#") && words.length >= 2) {
                    cues.put(words[0], Set.of(Arrays.copyOfRange(words, 1, words.length)));
                }
            }
            return Map.copyOf(cues);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** "according to" starts at this token. */
    static boolean isAccordingTo(Sentence sentence, int i) {
        return i + 1 < sentence.tokens().size()
                && sentence.tokens().get(i).word().equalsIgnoreCase("according")
                && sentence.tokens().get(i + 1).word().equalsIgnoreCase("to");
    }

    /** A sentence that may hold speech, and so is worth a dependency parse. */
    static boolean mayHoldSpeech(Sentence sentence) {
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (cueLemma(sentence.tokens().get(i)) != null || isAccordingTo(sentence, i)
                    || mannerLemma(sentence, i) != null || speechNounAt(sentence, i)) {
                return true;
            }
        }
        return false;
    }
}
