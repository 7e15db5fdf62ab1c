package org.dossier.bench.extract;

import java.time.LocalDate;

/**
 * What an extractor made of a page.
 *
 * @param text the main text, or null when the extractor failed
 * @param date the publication date, or null
 */
public record Extraction(String text, LocalDate date) {

    public static final Extraction NOTHING = new Extraction(null, null);
}
