package org.dossier.nlp.corenlp;

/**
 * Web news writes the apostrophe inside words as a typographic one ("it’s", "don’t", "O’Malley"), where CoreNLP's
 * tagger and parser learnt the ASCII one: it tags the "’s" of "it’s" as a possessive, "’re" and "’ll" as base verbs
 * and "’m" as an adverb, so "Hale said it’s the finest bridge in the county" had no clause for "said" to report.
 * The tagger reads a copy of the text with the apostrophes inside words made ASCII (one character for one, so every
 * offset holds), and each token keeps the word of the text it covers.
 */
public final class Apostrophes {

    private static final char TYPOGRAPHIC = '\u2019';

    private Apostrophes() {}

    /**
     * The text with every typographic apostrophe between two letters made ASCII; a closing single quotation mark
     * (after a word, before a space or punctuation) is left as it is.
     */
    public static String asciiInWords(String text) {
        if (text.indexOf(TYPOGRAPHIC) < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 1; i + 1 < chars.length; i++) {
            if (chars[i] == TYPOGRAPHIC && Character.isLetter(chars[i - 1]) && Character.isLetter(chars[i + 1])) {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }

    /**
     * A word the tagger read from the ASCII copy, spelt as the text has it: its ASCII apostrophes typographic again
     * where the text's own characters were. {@code original} is the text the token covers.
     */
    public static String asWritten(String word, String original) {
        if (original.indexOf(TYPOGRAPHIC) < 0 || word.indexOf('\'') < 0) {
            return word;
        }
        return word.replace('\'', TYPOGRAPHIC);
    }

    /** A word as the parser learnt it: typographic apostrophes inside it ASCII ("’s" is "'s", "n’t" is "n't"). */
    public static String forParser(String word) {
        return word.indexOf(TYPOGRAPHIC) < 0 ? word : word.replace(TYPOGRAPHIC, '\'');
    }
}
