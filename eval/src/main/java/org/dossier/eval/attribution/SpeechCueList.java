package org.dossier.eval.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.core.ResourceLines;

/**
 * The words that make a gold attribution's cue a cue of speech, for scoring reported speech apart from attributed
 * beliefs, intentions and findings. An entry is one word ("said") or two joined by an underscore ("pointed_out"),
 * which match two consecutive words of the cue. Lower case; a cue's words are its runs of letters.
 *
 * @param name  which lists it holds, for the report
 * @param words the entries
 */
public record SpeechCueList(String name, Set<String> words) {

    /** The hand-made list of sessions up to twenty-six. */
    static final String HAND_MADE = "speech-cues.txt";
    /** The verbs whose first WordNet sense is one of communication: {@code tools/speech-cues/derive.py}. */
    static final String WORDNET = "speech-cues-wordnet.txt";

    public SpeechCueList {
        words = Set.copyOf(words);
    }

    /**
     * The hand-made words and WordNet's verbs of communication (docs/quotes.md, session twenty-seven, qcues): a
     * second view, printed beside the hand-made list's figures, which stay the measure of record.
     */
    public static SpeechCueList wordNet() {
        return read("speech-cues.txt and speech-cues-wordnet.txt (verbs of communication by WordNet)", HAND_MADE,
                WORDNET);
    }

    /** The scorer's list of record: the hand-made words, the measure of every session's figures. */
    public static SpeechCueList handMade() {
        return read("speech-cues.txt (the hand-made list)", HAND_MADE);
    }

    private static SpeechCueList read(String name, String... resources) {
        Set<String> words = new HashSet<>();
        for (String resource : resources) {
            for (String line : ResourceLines.read(SpeechCueList.class, resource)) {
                words.addAll(List.of(line.split("\\s+")));
            }
        }
        return new SpeechCueList(name, words);
    }

    /** Whether a cue's words hold an entry: one word, or two consecutive ones for a two-word entry. */
    public boolean marksSpeech(String cue) {
        return marksSpeech(wordsOf(cue));
    }

    boolean marksSpeech(List<String> cueWords) {
        for (int i = 0; i < cueWords.size(); i++) {
            if (words.contains(cueWords.get(i))
                    || i + 1 < cueWords.size() && words.contains(cueWords.get(i) + "_" + cueWords.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased runs of letters of a text. */
    static List<String> wordsOf(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream().filter(w -> !w.isEmpty())
                .toList();
    }
}
