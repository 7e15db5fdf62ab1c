package org.dossier.ingest.meta;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Span;

/**
 * The weekday a news lead says its main event happened on ("Ayrault said on Sunday …", "France on Monday accused
 * …"): the first bare weekday in the first four paragraphs of eight words or more, outside quotation marks. "last
 * Monday", "next Friday" and "every Sunday" do not count: they name other days.
 */
public final class LeadWeekday {

    /** A weekday and where the clean text names it. */
    public record Mention(DayOfWeek day, Span span) {}

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!['’]s)");
    private static final Pattern OTHER_DAY = Pattern.compile("(?i)(?:last|next|every|this|that|coming|previous)\\s+$");
    private static final int LEAD_PARAGRAPHS = 4;
    private static final int MIN_WORDS = 8;

    private LeadWeekday() {}

    public static Optional<Mention> of(Article article) {
        String text = article.text();
        int paragraphs = 0;
        int start = 0;
        while (start < text.length() && paragraphs < LEAD_PARAGRAPHS) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            String paragraph = text.substring(start, end);
            if (org.dossier.ingest.text.Words.count(paragraph) >= MIN_WORDS) {
                Optional<Mention> found = inParagraph(paragraph, start);
                if (found.isPresent()) {
                    return found;
                }
                paragraphs++;
            }
            start = end + 2;
        }
        return Optional.empty();
    }

    private static Optional<Mention> inParagraph(String paragraph, int offset) {
        Matcher m = WEEKDAY.matcher(paragraph);
        while (m.find()) {
            if (insideQuotes(paragraph, m.start()) || OTHER_DAY.matcher(paragraph.substring(0, m.start())).find()) {
                continue;
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(new Mention(day, new Span(offset + m.start(), offset + m.end())));
        }
        return Optional.empty();
    }

    private static boolean insideQuotes(String paragraph, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = paragraph.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”' && open > 0) {
                open--;
            } else if (c == '"') {
                open = open > 0 ? open - 1 : open + 1;
            }
        }
        return open > 0;
    }
}
