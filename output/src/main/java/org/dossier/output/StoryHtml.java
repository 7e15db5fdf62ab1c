package org.dossier.output;

import java.util.List;
import java.util.stream.Collectors;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.FigureConflict;
import org.dossier.model.record.StoryRecord.FigureEntry;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.model.record.StoryRecord.QuoteEntry;
import org.dossier.model.record.StoryRecord.SummarySentence;
import org.dossier.model.record.StoryRecord.TimelineEntry;

/** The stories section of the HTML report: per story its summary, timeline, figures and conflicts, quotes. */
public final class StoryHtml {

    private static final int QUOTES_SHOWN = 12;

    private StoryHtml() {}

    public static String section(List<StoryRecord> stories) {
        StringBuilder out = new StringBuilder("<section id=\"stories\"><h2>Stories</h2>\n");
        for (StoryRecord story : stories) {
            out.append("<details").append(story.articles().size() > 1 ? " open" : "").append("><summary><b>")
                    .append(Html.escape(story.title())).append("</b> <small>").append(story.articles().size())
                    .append(" article(s), ").append(story.events().size()).append(" event(s)</small></summary>\n");
            out.append("<ul class=\"summary\">");
            for (SummarySentence s : story.summary()) {
                out.append("<li>").append(Html.escape(s.text())).append(" <small>[")
                        .append(Html.escape(String.join(", ", s.articles()))).append("]</small></li>");
            }
            out.append("</ul>\n<h3>Timeline</h3><ol class=\"timeline\">");
            for (TimelineEntry e : story.timeline()) {
                out.append("<li><b>").append(e.date()).append("</b> ").append(Html.escape(e.text()))
                        .append(" <small>").append(e.sources().size()).append(" source(s)</small></li>");
            }
            out.append("</ol>\n");
            writeEvents(out, story.events());
            writeFigures(out, story.figures(), story.conflicts());
            writeQuotes(out, story.quotes());
            out.append("</details>\n");
        }
        return out.append("</section>\n").toString();
    }

    private static void writeEvents(StringBuilder out, List<MergedEvent> events) {
        List<MergedEvent> corroborated = events.stream().filter(e -> e.corroboration() > 1).toList();
        if (corroborated.isEmpty()) {
            return;
        }
        out.append("<h3>Events reported by several articles</h3><ul>");
        for (MergedEvent e : corroborated) {
            out.append("<li>").append(Html.escape(eventLine(e))).append(" <small>(")
                    .append(e.confidence() == null ? "" : String.format(java.util.Locale.ROOT, "confidence %.2f, ",
                            e.confidence()))
                    .append(e.corroboration()).append(" articles")
                    .append(e.outlets().isEmpty() ? "" : ": " + Html.escape(String.join(", ", e.outlets())))
                    .append(")</small></li>");
        }
        out.append("</ul>\n");
    }

    /**
     * "2016-10-10 · Russia ATTACK/BOMB Syrian rebels": the parts the event has, and words for those it lacks (an
     * undated event, an actor the text leaves unknown), never "null" or "?".
     */
    static String eventLine(MergedEvent e) {
        StringBuilder line = new StringBuilder(e.date() == null ? "undated" : Html.day(e.date())).append(" · ")
                .append(e.actor() == null ? "someone unnamed" : e.actor()).append(' ').append(e.action());
        if (e.target() != null && !e.target().isBlank()) {
            line.append(' ').append(e.target());
        }
        return line.toString();
    }

    private static void writeFigures(StringBuilder out, List<FigureEntry> figures, List<FigureConflict> conflicts) {
        if (figures.isEmpty()) {
            return;
        }
        out.append("<h3>Figures</h3><ul>");
        for (FigureEntry f : figures) {
            out.append("<li>").append(Html.escape(f.source().text())).append(" <small>")
                    .append(Html.escape(f.reportedBy() == null ? "source not stated" : "per " + f.reportedBy()))
                    .append("</small></li>");
        }
        out.append("</ul>\n");
        for (FigureConflict c : conflicts) {
            out.append("<p class=\"failed\">Conflicting figures for ")
                    .append(Html.escape(c.unit() == null ? "people" : c.unit())).append(" ")
                    .append(Html.escape(c.what() == null ? "" : c.what()))
                    .append(Html.escape(c.place() == null ? "" : " in " + c.place())).append(" on ")
                    .append(Html.day(c.date())).append(": ")
                    .append(Html.escape(c.values().stream().map(v -> v.value() + " (" + (v.reportedBy() == null
                            ? v.source().article() : v.reportedBy()) + ")").collect(Collectors.joining(" vs "))))
                    .append("</p>\n");
        }
    }

    private static void writeQuotes(StringBuilder out, List<QuoteEntry> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        out.append("<h3>Who said what</h3><ul>");
        for (QuoteEntry q : quotes.subList(0, Math.min(QUOTES_SHOWN, quotes.size()))) {
            out.append("<li><b>").append(Html.escape(q.speaker() == null ? "unattributed" : q.speaker()))
                    .append("</b>").append(q.speakerAnonymous() ? " (anonymous)" : "")
                    .append(q.date() == null ? "" : " (" + q.date() + ")").append(": ")
                    .append(q.direct() ? "“" : "").append(Html.escape(q.text())).append(q.direct() ? "”" : "")
                    .append("</li>");
        }
        if (quotes.size() > QUOTES_SHOWN) {
            out.append("<li><small>and ").append(quotes.size() - QUOTES_SHOWN).append(" more</small></li>");
        }
        out.append("</ul>\n");
    }
}
