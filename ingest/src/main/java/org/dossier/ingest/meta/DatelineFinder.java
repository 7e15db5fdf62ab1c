package org.dossier.ingest.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.clean.Block;
import org.dossier.ingest.clean.Verdict;
import org.dossier.ingest.clean.WordLists;
import org.dossier.ingest.text.DateLines;
import org.dossier.model.Sourced;

/**
 * Finds the dateline: the city, in capitals, that opens a wire-style first paragraph ("PARIS - …", "BEIRUT,
 * Lebanon (AP) — …", "Moscow (Reuters) - …") or ends a date line ("… 10:30 pm IST - BRUSSELS:").
 */
public final class DatelineFinder {

    private static final String CAPS_CITY = "[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}";
    private static final String REGION = "(?:,\\s*[A-Z][A-Za-z.]+(?:\\s[A-Z][A-Za-z.]+){0,2})?";
    private static final String DATE = "(?:,?\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?";
    private static final String AGENCY = "\\s*\\((?:[A-Z][A-Za-z .&/-]{1,30})\\)";
    private static final Pattern OPENING = Pattern.compile(
            "^(" + CAPS_CITY + ")" + REGION + DATE + "(?:" + AGENCY + ")?\\s*[-–—:]{1,2}\\s+(?=\\S)");
    private static final Pattern OPENING_WITH_AGENCY = Pattern.compile(
            "^([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2})" + REGION + DATE + AGENCY + "\\s*[-–—:]{1,2}\\s+(?=\\S)");
    private static final Pattern DATE_LINE_CITY = Pattern.compile("[-–—|]\\s*(" + CAPS_CITY + "):?\\s*$");
    private static final int MIN_CITY_LETTERS = 3;
    private static final int FIRST_PARAGRAPHS = 2;
    /** Capitals that label a paragraph ("POSTED:", "FILE PHOTO:") and name no place. */
    private static final Set<String> LABELS = Set.copyOf(WordLists.entries("dateline-labels.txt"));

    private DatelineFinder() {}

    public static Optional<Sourced<String>> inBlocks(List<Verdict> verdicts) {
        int paragraphs = 0;
        for (Verdict verdict : verdicts) {
            if (verdict.inTail() || paragraphs >= FIRST_PARAGRAPHS) {
                break;
            }
            Block block = verdict.block();
            if (!verdict.keep() && DateLines.isDateLine(block.text())) {
                Optional<Sourced<String>> fromDateLine = match(DATE_LINE_CITY, block, "date-line-city");
                if (fromDateLine.isPresent()) {
                    return fromDateLine;
                }
            }
            if (verdict.keep()) {
                Optional<Sourced<String>> opening = match(OPENING, block, "dateline")
                        .or(() -> match(OPENING_WITH_AGENCY, block, "dateline"));
                if (opening.isPresent()) {
                    return opening;
                }
                if (block.wordCount() >= 8) {
                    paragraphs++;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Sourced<String>> match(Pattern pattern, Block block, String rule) {
        Matcher m = pattern.matcher(block.text());
        if (!m.find() || lettersIn(m.group(1)) < MIN_CITY_LETTERS
                || LABELS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(Sourced.at(m.group(1), BlockText.rawSpan(block, m.start(1), m.end(1)), rule));
    }

    private static int lettersIn(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }
}
