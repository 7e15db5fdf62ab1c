package org.dossier.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.output.Highlighter.Mark;

/**
 * A static, self-contained HTML page a person can read: for each article its title, date, outlet, entities and
 * quotes, each quote shown in its supporting sentence with the quoted words, the speaker and the cue
 * highlighted. All article text is escaped.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "report.html";

    private static final String STYLE = """
            body{font:16px/1.5 Georgia,serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#222}
            h1{font-family:sans-serif}h2{margin-top:2.5rem;border-top:2px solid #ccc;padding-top:1rem}
            .meta,.who,nav li small{color:#555;font-family:sans-serif;font-size:.9rem}
            .entities{font-family:sans-serif;font-size:.9rem}.entities b{display:inline-block;min-width:7rem}
            blockquote{margin:.3rem 0 1rem;padding:.4rem .8rem;border-left:4px solid #9ab;background:#f6f8fa}
            mark.quote{background:#fff3a8}mark.speaker{background:#cde8ff}mark.cue{background:#e3d7ff}
            .failed{color:#a00;font-family:sans-serif}.text p{margin:.4rem 0}
            .tag{font-family:sans-serif;font-size:.75rem;border:1px solid #999;border-radius:3px;padding:0 .3rem}
            """;

    private HtmlReport() {}

    public static void write(Writer out, List<ArticleRecord> records) throws IOException {
        write(out, records, "");
    }

    /** The report with a section of its own placed before the articles (the stories, when they were built). */
    public static void write(Writer out, List<ArticleRecord> records, String sectionHtml) throws IOException {
        List<ArticleRecord> ok = records.stream().filter(r -> !r.failed() && r.skipped() == null).toList();
        List<ArticleRecord> skipped = records.stream().filter(r -> !r.failed() && r.skipped() != null).toList();
        List<ArticleRecord> failed = records.stream().filter(ArticleRecord::failed).toList();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Dossier report</title><style>" + STYLE + "</style></head><body>\n");
        out.write("<h1>Dossier report</h1><p class=\"meta\">" + ok.size() + " articles analyzed, " + skipped.size()
                + " not analyzed, " + failed.size() + " failed. Highlights: <mark class=\"quote\">quoted words</mark> <mark class=\"speaker\">speaker</mark>"
                + " <mark class=\"cue\">cue</mark></p>\n");
        out.write(sectionHtml);
        writeContents(out, ok);
        writeList(out, "Documents not analyzed", skipped, ArticleRecord::skipped);
        writeList(out, "Documents that could not be analyzed", failed, ArticleRecord::error);
        for (ArticleRecord record : ok) {
            writeArticle(out, record);
        }
        out.write("</body></html>\n");
    }

    private static void writeContents(Writer out, List<ArticleRecord> ok) throws IOException {
        out.write("<nav><ol>\n");
        for (ArticleRecord r : ok) {
            out.write("<li><a href=\"#" + anchor(r) + "\">" + Html.escape(titleOf(r)) + "</a> <small>"
                    + Html.escape(joinNonNull(" · ", Html.day(r.published()), r.outlet(),
                    r.quotes().size() + " quotes"))
                    + "</small></li>\n");
        }
        out.write("</ol></nav>\n");
    }

    private static void writeList(Writer out, String heading, List<ArticleRecord> records,
            Function<ArticleRecord, String> reason) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        out.write("<h2>" + Html.escape(heading) + "</h2><ul class=\"failed\">\n");
        for (ArticleRecord r : records) {
            String name = r.title() == null ? r.source() : r.title() + " (" + r.source() + ")";
            out.write("<li>" + Html.escape(name) + ": " + Html.escape(reason.apply(r)) + "</li>\n");
        }
        out.write("</ul>\n");
    }

    private static void writeArticle(Writer out, ArticleRecord r) throws IOException {
        out.write("<article id=\"" + anchor(r) + "\">\n<h2>" + Html.escape(titleOf(r)) + "</h2>\n");
        out.write("<p class=\"meta\">" + Html.escape(joinNonNull(" · ",
                r.published() == null ? "date unknown" : "published " + r.published()
                        + (r.publishedConfidence() == null ? "" : " (" + r.publishedConfidence() + ")"),
                r.outlet(), r.dateline() == null ? null : "dateline " + r.dateline(), r.language(), r.source()))
                + "</p>\n");
        out.write("<div class=\"entities\">");
        writeEntities(out, "People", r.persons());
        writeEntities(out, "Organizations", r.organizations());
        writeEntities(out, "Places", r.locations());
        out.write("</div>\n<h3>Quotes (" + r.quotes().size() + ")</h3>\n<ol>\n");
        for (QuoteRecord q : r.quotes()) {
            writeQuote(out, r.text(), q);
        }
        out.write("</ol>\n<details><summary>Article text</summary><div class=\"text\">");
        for (String paragraph : r.text().split("\n\n")) {
            out.write("<p>" + Html.escape(paragraph) + "</p>");
        }
        out.write("</div></details>\n</article>\n");
    }

    private static void writeEntities(Writer out, String label, List<EntityRecord> entities) throws IOException {
        List<String> names = new ArrayList<>();
        for (EntityRecord e : entities) {
            names.add(Html.escape(e.name()) + (e.mentions().size() > 1 ? " (" + e.mentions().size() + ")" : ""));
        }
        out.write("<p><b>" + label + "</b> " + (names.isEmpty() ? "—" : String.join(", ", names)) + "</p>");
    }

    private static void writeQuote(Writer out, String text, QuoteRecord q) throws IOException {
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(q.start(), q.end(), "quote", q.direct() ? "direct quote" : "reported speech"));
        if (q.speakerStart() != null) {
            marks.add(new Mark(q.speakerStart(), q.speakerEnd(), "speaker", "speaker: " + q.speaker()));
        }
        if (q.cueStart() != null) {
            marks.add(new Mark(q.cueStart(), q.cueEnd(), "cue", "cue"));
        }
        out.write("<li><p class=\"who\"><b>" + Html.escape(q.speaker() == null ? "unknown speaker" : q.speaker())
                + "</b>" + (q.speakerAnonymous() ? " <span class=\"tag\">anonymous</span>" : "")
                + " <span class=\"tag\">" + (q.direct() ? "direct" : "reported") + "</span>"
                + (q.cue() == null ? "" : " · " + Html.escape(q.cue())) + "</p><blockquote>"
                + Highlighter.render(text, q.contextStart(), q.contextEnd(), marks) + "</blockquote></li>\n");
    }

    private static String anchor(ArticleRecord r) {
        return "a-" + r.id().replaceAll("[^A-Za-z0-9_-]", "");
    }

    private static String titleOf(ArticleRecord r) {
        return r.title() == null || r.title().isBlank() ? r.source() : r.title();
    }

    private static String joinNonNull(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(separator, present);
    }
}
