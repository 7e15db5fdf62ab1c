package org.dossier.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A coded political event: who did what to whom, where and when.
 *
 * @param articleId the article
 * @param span the supporting words in the article text
 * @param text those words
 * @param date when it happened, or null when the article does not say
 * @param actor who acted, or null
 * @param action a readable label of the action ("ACCUSE", "ATTACK/BOMB")
 * @param cameo the CAMEO event code, 3–4 digits
 * @param root the CAMEO root code, 2 digits
 * @param quadClass the QuadClass (1 verbal cooperation … 4 material conflict)
 * @param goldstein the Goldstein scale value of the code
 * @param target to whom, or null
 * @param location where, or null
 */
public record Event(
        String articleId, Span span, String text, LocalDate date, Actor actor, String action, String cameo,
        String root, int quadClass, double goldstein, Actor target, String location)
        implements Serializable {

    public Event {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cameo, "cameo");
    }
}
