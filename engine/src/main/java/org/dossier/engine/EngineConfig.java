package org.dossier.engine;

import org.dossier.ingest.source.InputSource;
import org.dossier.nlp.NlpConfig;

/**
 * Everything that shapes what the pipeline produces. Saved beside every run's output, so a result can be traced
 * to the settings that made it.
 *
 * @param maxBytes documents larger than this are refused before they are read
 * @param storyDates infer missing publication dates from dated articles of the same story in the batch
 *     ({@link org.dossier.ingest.meta.DateEvidence})
 * @param nlp the NLP settings
 * @param minEventConfidence events the event model gives a lower probability are left out (0 keeps all that its
 *     own threshold keeps)
 */
public record EngineConfig(long maxBytes, boolean storyDates, boolean parseAll, NlpConfig nlp,
        double minEventConfidence) {

    public static final EngineConfig DEFAULT =
            new EngineConfig(InputSource.DEFAULT_MAX_BYTES, true, false, NlpConfig.DEFAULT, 0);

    public EngineConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        java.util.Objects.requireNonNull(nlp, "nlp");
        if (!(minEventConfidence >= 0 && minEventConfidence <= 1)) {
            throw new IllegalArgumentException("minEventConfidence must lie in [0, 1], was " + minEventConfidence);
        }
    }

    public EngineConfig withMaxBytes(long value) {
        return new EngineConfig(value, storyDates, parseAll, nlp, minEventConfidence);
    }

    public EngineConfig withStoryDates(boolean value) {
        return new EngineConfig(maxBytes, value, parseAll, nlp, minEventConfidence);
    }

    public EngineConfig withNlp(NlpConfig value) {
        return new EngineConfig(maxBytes, storyDates, parseAll, value, minEventConfidence);
    }

    /** Parse every sentence, not only those that may hold a quote, an event or a figure (for comparison). */
    public EngineConfig withParseAll(boolean value) {
        return new EngineConfig(maxBytes, storyDates, value, nlp, minEventConfidence);
    }

    /** Leave out events the event model thinks less likely than this to be right. */
    public EngineConfig withMinEventConfidence(double value) {
        return new EngineConfig(maxBytes, storyDates, parseAll, nlp, value);
    }
}
