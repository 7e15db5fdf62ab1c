package org.dossier.engine;

import org.dossier.ingest.source.InputSource;
import org.dossier.nlp.NlpConfig;

/**
 * Everything that shapes what the pipeline produces. Saved beside every run's output, so a result can be traced
 * to the settings that made it.
 *
 * @param maxBytes documents larger than this are refused before they are read
 * @param storyDates infer missing publication dates from dated articles of the same story in the batch
 *     ({@link org.dossier.ingest.meta.StoryDateInference})
 * @param nlp the NLP settings
 */
public record EngineConfig(long maxBytes, boolean storyDates, boolean parseAll, NlpConfig nlp) {

    public static final EngineConfig DEFAULT =
            new EngineConfig(InputSource.DEFAULT_MAX_BYTES, true, false, NlpConfig.DEFAULT);

    public EngineConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        java.util.Objects.requireNonNull(nlp, "nlp");
    }

    public EngineConfig withMaxBytes(long value) {
        return new EngineConfig(value, storyDates, parseAll, nlp);
    }

    public EngineConfig withStoryDates(boolean value) {
        return new EngineConfig(maxBytes, value, parseAll, nlp);
    }

    public EngineConfig withNlp(NlpConfig value) {
        return new EngineConfig(maxBytes, storyDates, parseAll, value);
    }

    /** Parse every sentence, not only those that may hold a quote, an event or a figure (for comparison). */
    public EngineConfig withParseAll(boolean value) {
        return new EngineConfig(maxBytes, storyDates, value, nlp);
    }
}
