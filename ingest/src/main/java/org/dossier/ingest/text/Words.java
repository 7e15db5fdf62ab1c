package org.dossier.ingest.text;

/** Word counting shared by the cleaning rules. */
public final class Words {

    private Words() {}

    /**
     * Whitespace-separated runs that contain a letter or digit. Chinese and Japanese write no spaces between words,
     * so there every two ideographs or kana count as a word (their words average about two characters): a
     * paragraph of Japanese is not one word long.
     */
    public static int count(CharSequence text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        boolean hasAlnum = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (inWord && hasAlnum) {
                    words++;
                }
                inWord = false;
                hasAlnum = false;
            } else {
                inWord = true;
                hasAlnum |= Character.isLetterOrDigit(c);
                if (c >= '\u3040' && isUnspacedScript(c)) {
                    unspaced++;
                }
            }
        }
        // a run of ideographs already counted as one word above
        return unspaced >= 2 ? words + unspaced / 2 - 1 : words;
    }

    private static boolean isUnspacedScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    public static int letters(CharSequence text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /**
     * True when the text ends like a sentence: . ! ? (or the ideographic 。！？) or one of them followed by closing
     * quotes or brackets.
     */
    public static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]」』）".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;。！？".indexOf(text.charAt(i)) >= 0;
    }
}
