package org.dossier.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Renders a stretch of article text as escaped HTML with some ranges wrapped in {@code <mark>} elements. */
final class Highlighter {

    /** A range to mark, in the article text's offsets; earlier entries win where ranges overlap. */
    record Mark(int start, int end, String cssClass, String title) {}

    private Highlighter() {}

    static String render(String text, int from, int to, List<Mark> marks) {
        List<Mark> clipped = clip(from, to, marks);
        StringBuilder out = new StringBuilder();
        int at = from;
        for (Mark mark : clipped) {
            out.append(Html.escape(text.substring(at, mark.start())));
            out.append("<mark class=\"").append(mark.cssClass()).append('"');
            if (mark.title() != null) {
                out.append(" title=\"").append(Html.escape(mark.title())).append('"');
            }
            out.append('>').append(Html.escape(text.substring(mark.start(), mark.end()))).append("</mark>");
            at = mark.end();
        }
        out.append(Html.escape(text.substring(at, to)));
        return out.toString();
    }

    /** Marks inside [from, to), without overlaps, in text order. */
    private static List<Mark> clip(int from, int to, List<Mark> marks) {
        List<Mark> kept = new ArrayList<>();
        for (Mark mark : marks) {
            int start = Math.max(from, mark.start());
            int end = Math.min(to, mark.end());
            if (start >= end) {
                continue;
            }
            boolean overlaps = kept.stream().anyMatch(k -> k.start() < end && start < k.end());
            if (!overlaps) {
                kept.add(new Mark(start, end, mark.cssClass(), mark.title()));
            }
        }
        kept.sort(Comparator.comparingInt(Mark::start));
        return kept;
    }
}
