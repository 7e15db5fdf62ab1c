package org.dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Something a speaker said, directly (in quotation marks) or reported ("Ayrault said Russia would …"); or a stance or
 * a feeling a speaker showed, with no proposition said ("expressed sympathy with the families", "voiced support for
 * the bill"), which is no quote but still a statement the event coder reads.
 *
 * @param articleId the article
 * @param span the quoted or reported content in the article text; for a quotation interrupted by its attribution
 *     ("“…,” she said, “…”") from the start of its first part to the end of its last
 * @param text the words of the span (for an interrupted quotation, the attribution between its parts too)
 * @param direct true for words in quotation marks
 * @param speaker who said it, or null when no speaker could be found
 * @param cue the speech verb or phrase ("said", "told", "according to"), or null
 * @param cueSpan where the cue is, or null
 * @param context the sentence or paragraph that supports the attribution
 * @param parts the spans of the quotation's words, in order: one for most quotes, two or more for a quotation
 *     interrupted by its attribution
 * @param stance true for a stance or a feeling shown, not said: kept in the quotes layer for the coders that read
 *     what people express (a statement of sympathy or support is an event), left out of the quotes served, exported
 *     and scored
 */
public record Quote(
        String articleId, Span span, String text, boolean direct, Speaker speaker, String cue, Span cueSpan,
        Span context, java.util.List<Span> parts, boolean stance)
        implements Serializable {

    public Quote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (!context.contains(span)) {
            throw new IllegalArgumentException("quote " + span + " lies outside its context " + context);
        }
        parts = parts == null || parts.isEmpty() ? java.util.List.of(span) : java.util.List.copyOf(parts);
        for (Span part : parts) {
            if (!span.contains(part)) {
                throw new IllegalArgumentException("quote part " + part + " lies outside the quote " + span);
            }
        }
    }

    /** A quote, no stance. */
    public Quote(String articleId, Span span, String text, boolean direct, Speaker speaker, String cue, Span cueSpan,
            Span context, java.util.List<Span> parts) {
        this(articleId, span, text, direct, speaker, cue, cueSpan, context, parts, false);
    }

    /** A quote in one part. */
    public Quote(String articleId, Span span, String text, boolean direct, Speaker speaker, String cue, Span cueSpan,
            Span context) {
        this(articleId, span, text, direct, speaker, cue, cueSpan, context, null);
    }

    /** The same record as a stance shown ("expressed sympathy with …"), no quote. */
    public Quote asStance() {
        return new Quote(articleId, span, text, direct, speaker, cue, cueSpan, context, parts, true);
    }
}
