package org.dossier.ingest.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.ingest.clean.Block;
import org.dossier.ingest.clean.Verdict;
import org.dossier.ingest.text.DateLines;
import org.dossier.ingest.text.DateMention;
import org.dossier.ingest.text.DateMentions;
import org.dossier.model.Sourced;

/**
 * Finds the publication date a page states in its text: a date line ("December 12, 2016 10:30 pm"), a
 * labelled date in the header ("Published on 12 Dec 2016"), or an update stamp ("Last update: Mon, 10/10/2016")
 * when nothing better exists. Dates in trailing sections (comments, related stories) are ignored.
 */
public final class PublishedDateFinder {

    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)\\b(published|posted|first published)\\b");
    private static final int HEADER_BLOCKS = 6;

    private PublishedDateFinder() {}

    private record Candidate(Sourced<LocalDate> date, int rank) {}

    public static Optional<Sourced<LocalDate>> inBlocks(List<Verdict> verdicts) {
        Candidate best = null;
        boolean bodyStarted = false;
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            if (verdict.inTail()) {
                break;
            }
            Candidate candidate = candidate(verdict.block(), bodyStarted || i >= HEADER_BLOCKS);
            if (candidate != null && (best == null || candidate.rank() < best.rank())) {
                best = candidate;
            }
            bodyStarted |= verdict.keep() && verdict.block().wordCount() >= 12;
        }
        return Optional.ofNullable(best).map(Candidate::date);
    }

    private static Candidate candidate(Block block, boolean pastHeader) {
        String text = block.text();
        boolean dateLine = DateLines.isDateLine(text);
        boolean labelled = !pastHeader && PUBLISHED_LABEL.matcher(text).find() && text.length() < 200;
        if (!dateLine && !labelled) {
            return null;
        }
        List<DateMention> dates = DateMentions.inDateLine(text);
        if (dates.isEmpty()) {
            return null;
        }
        DateMention first = dates.get(0);
        int rank;
        String rule;
        if (labelled) {
            rank = 0;
            rule = "labelled-date";
        } else if (DateLines.isUpdateStamp(text)) {
            rank = 2;
            rule = "update-stamp";
        } else {
            rank = 1;
            rule = "date-line";
        }
        return new Candidate(Sourced.at(first.date(), BlockText.rawSpan(block, first.start(), first.end()), rule), rank);
    }
}
