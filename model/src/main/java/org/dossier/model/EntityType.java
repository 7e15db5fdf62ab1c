package org.dossier.model;

/** The kinds of named entity Dossier reports. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
