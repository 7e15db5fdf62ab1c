package org.dossier.eval;

import org.dossier.model.Span;

/** Finds a gold string (verbatim in the raw article) in the system's clean text. */
final class TextLocator {

    private TextLocator() {}

    /** The span of {@code needle} in {@code text}, tolerant of whitespace differences; null when absent. */
    static Span find(String text, String needle) {
        if (text == null || needle == null || needle.isBlank()) {
            return null;
        }
        int at = text.indexOf(needle);
        if (at >= 0) {
            return new Span(at, at + needle.length());
        }
        String pattern = "\\Q" + needle.strip().replaceAll("\\s+", "\\\\E\\\\s+\\\\Q") + "\\E";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        return m.find() ? new Span(m.start(), m.end()) : null;
    }

    /** Words of {@code text} inside the overlap of two spans. */
    static int overlapWords(String text, Span a, Span b) {
        int start = Math.max(a.start(), b.start());
        int end = Math.min(a.end(), b.end());
        return start >= end ? 0 : Names.wordCount(text.substring(start, end));
    }

    /**
     * A gold span: at its offset when the text there is the gold text, else at the occurrence nearest the offset,
     * else where the text is found; null when the words are null or not found.
     */
    static Span locate(String text, String words, Integer start) {
        if (words == null) {
            return null;
        }
        if (start != null && start >= 0 && start + words.length() <= text.length() && text.startsWith(words, start)) {
            return new Span(start, start + words.length());
        }
        if (start != null && start >= 0) {
            int best = -1;
            for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
                if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                    best = at;
                }
            }
            if (best >= 0) {
                return new Span(best, best + words.length());
            }
        }
        return find(text, words);
    }
}
