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
}
