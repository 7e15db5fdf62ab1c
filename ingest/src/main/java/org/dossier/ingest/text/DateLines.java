package org.dossier.ingest.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes date lines: short lines that hold little besides a date, a time, labels such as "Updated" and a
 * dateline city ("December 12, 2016 10:30 pm | Updated 10:30 pm IST - BRUSSELS:", "Last update: Mon, 10/10/2016 -
 * 22:52"). They carry the publication date and are not article text.
 */
public final class DateLines {

    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b\\d{1,2}(: ?\\d{2}){1,2}\\s*(a\\.?m\\.?|p\\.?m\\.?)?|\\b\\d{1,2}\\s*(a\\.m\\.|p\\.m\\.|am|pm)\\b");
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(published|posted|updated?|last|modified|first|"
            + "created|date|time|on|at|of|and|the|ist|gmt|utc|bst|cet|cest|est|edt|pst|pdt|cst|cdt|aest|msk|et|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
            // the same labels and weekdays in German, French, Spanish, Italian, Portuguese and Dutch
            + "|veröffentlicht|aktualisiert|erstellt|geändert|zuletzt|stand|datum|am|um|uhr|vom"
            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
            + "|publié|mis|à|jour|modifié|le|h|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            + "|publicado|actualizado|actualización|fecha|el|a|las|hrs?|lunes|martes|miércoles|jueves|viernes"
            + "|sábado|domingo|pubblicato|aggiornato|il|alle|ore|atualizado|em|às|gepubliceerd|bijgewerkt|op|om)"
            + "\\b\\.?");
    private static final Pattern TRAILING_CITY = Pattern.compile("[-–—|]\\s*[A-Z][A-Z .'-]{2,30}:?\\s*$");
    /** A place or agency the line opens with: "Washington D. C., Jul 14, 2009", "Reuters Sep 18, 2013". */
    private static final Pattern LEADING_NAME = Pattern.compile(
            "^\\s*(?:(?:\\p{Lu}[\\p{L}.'-]*\\s*){1,4},|\\p{Lu}[\\p{L}.'-]*\\s)");
    private static final int MAX_LENGTH = 120;
    private static final int MAX_LEFTOVER_LETTERS = 3;

    private DateLines() {}

    public static boolean isDateLine(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        List<DateMention> dates = DateMentions.inDateLine(line);
        if (dates.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(line);
        for (int i = dates.size() - 1; i >= 0; i--) {
            rest.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        String leftover = TRAILING_CITY.matcher(rest).replaceAll(" ");
        leftover = LEADING_NAME.matcher(leftover).replaceFirst(" ");
        leftover = TIME.matcher(leftover).replaceAll(" ");
        leftover = FILLER.matcher(leftover).replaceAll(" ");
        return Words.letters(leftover) <= MAX_LEFTOVER_LETTERS;
    }

    /** Labels that say the date is a later revision rather than the first publication. */
    public static boolean isUpdateStamp(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        int update = lower.indexOf("update");
        int modified = lower.indexOf("modified");
        int label = update >= 0 ? update : modified;
        if (label < 0) {
            return false;
        }
        List<DateMention> dates = DateMentions.inDateLine(line);
        return !dates.isEmpty() && label < dates.get(0).start();
    }
}
