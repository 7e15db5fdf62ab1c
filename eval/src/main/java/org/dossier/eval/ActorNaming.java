package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;

/**
 * Whether an event's parties name actors: a party names one when it has a CAMEO code, or when it is a person or
 * organization the article names (an entity), or a list of those ("X and Y"). A phrase such as "rebel-held areas"
 * or "source" with no code names none: the check the events issue asks of every record.
 */
public final class ActorNaming {

    private ActorNaming() {
    }

    /** Whether the party (its name and code; no name: no party) names an actor of the article. */
    public static boolean namesAnActor(ArticleRecord article, String name, String code) {
        if (name == null || code != null && !code.isBlank() || isEntity(article, name)) {
            return true;
        }
        for (String part : name.split(",\\s*|\\s+and\\s+")) {
            if (!isEntity(article, part.strip())) {
                return false;
            }
        }
        return true;
    }

    /** The names of the article's event actors and targets that name no actor, one per party. */
    public static List<String> unnamedParties(ArticleRecord article) {
        List<String> out = new ArrayList<>();
        for (EventRecord e : article.events()) {
            if (!namesAnActor(article, e.actor(), e.actorCode())) {
                out.add(e.actor());
            }
            if (!namesAnActor(article, e.target(), e.targetCode())) {
                out.add(e.target());
            }
        }
        return out;
    }

    /** The number of actors and targets the article's events have. */
    public static int parties(ArticleRecord article) {
        int n = 0;
        for (EventRecord e : article.events()) {
            n += (e.actor() != null ? 1 : 0) + (e.target() != null ? 1 : 0);
        }
        return n;
    }

    private static boolean isEntity(ArticleRecord article, String name) {
        for (List<ArticleRecord.EntityRecord> entities : List.of(article.persons(), article.organizations())) {
            for (ArticleRecord.EntityRecord e : entities) {
                if (e.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
