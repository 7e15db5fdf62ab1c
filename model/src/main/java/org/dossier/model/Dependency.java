package org.dossier.model;

import java.io.Serializable;

/**
 * One arc of a Universal Dependencies parse.
 *
 * @param head the governing token's index in its sentence, or -1 for the root
 * @param dependent the dependent token's index in its sentence
 * @param relation the UD relation ({@code nsubj}, {@code ccomp}, {@code obl:tmod}, …)
 */
public record Dependency(int head, int dependent, String relation) implements Serializable {}
