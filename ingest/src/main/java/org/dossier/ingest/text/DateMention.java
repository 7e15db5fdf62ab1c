package org.dossier.ingest.text;

import java.time.LocalDate;

/** A full calendar date written in a string, at {@code [start, end)}. */
public record DateMention(LocalDate date, int start, int end) {}
