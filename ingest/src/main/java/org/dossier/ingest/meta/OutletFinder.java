package org.dossier.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.clean.Block;
import org.dossier.ingest.clean.Verdict;
import org.dossier.ingest.text.Words;
import org.dossier.model.Sourced;

/**
 * Finds the outlet a text copy names in a credit line: "Reprinted with permission from Al Jazeera", "This article
 * originally appeared on The Conversation", "Source: Reuters", "© 2016 The Hindu".
 */
public final class OutletFinder {

    private static final Pattern[] CREDITS = {
        Pattern.compile("(?i)^(?:reprinted|republished|reproduced)(?: with (?:kind )?permission)? from\\s+(.+?)[.!]?$"),
        Pattern.compile("(?i)^this (?:article|story|piece) (?:was )?(?:originally|first) (?:appeared|published)"
                + " (?:in|on|by|at)\\s+(.+?)[.!]?$"),
        Pattern.compile("(?i)^originally published (?:in|on|by|at)\\s+(.+?)[.!]?$"),
        Pattern.compile("(?i)^source\\s*:\\s*(.+?)[.!]?$"),
        Pattern.compile("(?i)^(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*-\\s*\\d{4})?\\s*,?\\s*)?(.+?)"
                + "(?:[.,]?\\s*all rights reserved)?[.!]?$"),
    };
    private static final int MAX_OUTLET_WORDS = 6;

    private OutletFinder() {}

    public static Optional<Sourced<String>> inBlocks(List<Verdict> verdicts) {
        for (Verdict verdict : verdicts) {
            if (verdict.inTail() || verdict.keep()) {
                continue;
            }
            Optional<Sourced<String>> credit = credit(verdict.block());
            if (credit.isPresent()) {
                return credit;
            }
        }
        return Optional.empty();
    }

    private static Optional<Sourced<String>> credit(Block block) {
        String text = block.text().strip();
        for (Pattern pattern : CREDITS) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                String name = stripArticle(m.group(1).strip());
                int start = m.start(1) + (m.group(1).strip().length() - name.length());
                if (!name.isEmpty() && Words.count(name) <= MAX_OUTLET_WORDS) {
                    return Optional.of(Sourced.at(name, BlockText.rawSpan(block, start, start + name.length()),
                            "credit-line"));
                }
            }
        }
        return Optional.empty();
    }

    /** "the Guardian" names the Guardian; the article is not part of the name unless capitalized. */
    private static String stripArticle(String name) {
        return name.startsWith("the ") ? name.substring(4) : name;
    }
}
