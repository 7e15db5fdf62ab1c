package org.dossier.stories.cluster;

import java.util.Objects;
import java.util.Set;

/**
 * What story clustering reads of an article.
 *
 * @param id the article id
 * @param day its publication day as an epoch day, or null when unknown
 * @param title its title, or null
 * @param text its clean text
 * @param names the names it mentions (people, organizations, places), as written in canonical form
 */
public record ClusterDocument(String id, Long day, String title, String text, Set<String> names) {

    public ClusterDocument {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        names = names == null ? Set.of() : Set.copyOf(names);
    }
}
