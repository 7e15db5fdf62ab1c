package org.dossier.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the cleaner learned about an article besides its text. Every field may be null when the document does
 * not state it.
 *
 * @param title the headline
 * @param outlet the publishing outlet, from a site name or a credit line ("Reprinted with permission from …")
 * @param published the publication date
 * @param publishedConfidence {@code STATED} when a date line or tag gives it, {@code INFERRED} otherwise
 * @param dateline the dateline city, such as {@code PARIS}
 * @param language the ISO 639-1 code of the text's language
 */
public record ArticleMetadata(
        Sourced<String> title,
        Sourced<String> outlet,
        Sourced<LocalDate> published,
        DateConfidence publishedConfidence,
        Sourced<String> dateline,
        String language)
        implements Serializable {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null);

    public enum DateConfidence {
        STATED,
        INFERRED
    }

    public String titleText() {
        return title == null ? null : title.value();
    }

    public String outletName() {
        return outlet == null ? null : outlet.value();
    }

    public LocalDate publishedDate() {
        return published == null ? null : published.value();
    }

    public String datelineCity() {
        return dateline == null ? null : dateline.value();
    }

    public ArticleMetadata withPublished(Sourced<LocalDate> date, DateConfidence confidence) {
        return new ArticleMetadata(title, outlet, date, confidence, dateline, language);
    }

    public ArticleMetadata withLanguage(String code) {
        return new ArticleMetadata(title, outlet, published, publishedConfidence, dateline, code);
    }
}
