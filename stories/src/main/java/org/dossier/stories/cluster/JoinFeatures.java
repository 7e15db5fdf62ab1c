package org.dossier.stories.cluster;

/**
 * What the clusterer measures between an article and a candidate story, for the {@link JoinModel} to weigh.
 *
 * @param text cosine of the article's TF-IDF vector with the story's summed vectors
 * @param names cosine of the article's rarity-weighted names with the story's
 * @param embedding cosine of the article's sentence embedding with the story's summed embeddings, or
 *     {@link Double#NaN} when either has none
 * @param yearConflict the latest year the article names and the story's usual one are two or more years apart,
 *     counted only when a publication day is missing on either side (when both are dated, days decide)
 * @param sameYear that latest year and the story's usual one are the same, with the same condition
 */
public record JoinFeatures(double text, double names, double embedding, boolean yearConflict, boolean sameYear) {

    public boolean hasEmbedding() {
        return !Double.isNaN(embedding);
    }
}
