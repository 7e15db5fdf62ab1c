package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Something a speaker said, directly (in quotation marks) or reported ("Ayrault said Russia would …").
 *
 * @param articleId the article
 * @param span the quoted or reported content in the article text
 * @param text the content
 * @param direct true for words in quotation marks
 * @param speaker who said it, or null when no speaker could be found
 * @param cue the speech verb or phrase ("said", "told", "according to"), or null
 * @param cueSpan where the cue is, or null
 * @param context the sentence or paragraph that supports the attribution
 */
public record Quote(
        String articleId, Span span, String text, boolean direct, Speaker speaker, String cue, Span cueSpan,
        Span context)
        implements Serializable {

    public Quote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (!context.contains(span)) {
            throw new IllegalArgumentException("quote " + span + " lies outside its context " + context);
        }
    }
}
