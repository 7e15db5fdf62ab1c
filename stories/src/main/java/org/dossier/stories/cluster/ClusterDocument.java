package org.dossier.stories.cluster;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What story clustering reads of an article.
 *
 * @param id the article id
 * @param day its publication day as an epoch day, or null when unknown
 * @param title its title, or null
 * @param text its clean text
 * @param names the names it mentions (people, organizations, places), as written in canonical form; kept in
 *     sorted order, so that every run over the same stream adds up and picks them in the same order
 * @param embedding the unit-length sentence embedding of its title and lead, or null when it has none
 */
public record ClusterDocument(String id, Long day, String title, String text, Set<String> names, float[] embedding) {

    /** A document without an embedding. */
    public ClusterDocument(String id, Long day, String title, String text, Set<String> names) {
        this(id, day, title, text, names, null);
    }

    public ClusterDocument {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        names = names == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }
}
