package org.dossier.stories.cluster;

/** A candidate story's features for an article whose true story is known, and whether it was that story. */
public record JoinExample(JoinFeatures features, boolean sameStory) {}
