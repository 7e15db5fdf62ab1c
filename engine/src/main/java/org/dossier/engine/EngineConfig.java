package org.dossier.engine;

import org.dossier.ingest.source.FileTreeSource;
import org.dossier.nlp.NlpConfig;

/**
 * Everything that shapes what the pipeline produces. Saved beside every run's output, so a result can be traced
 * to the settings that made it.
 *
 * @param maxBytes documents larger than this are refused before they are read
 * @param nlp the NLP settings
 */
public record EngineConfig(long maxBytes, NlpConfig nlp) {

    public static final EngineConfig DEFAULT = new EngineConfig(FileTreeSource.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);

    public EngineConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        java.util.Objects.requireNonNull(nlp, "nlp");
    }

    public EngineConfig withMaxBytes(long value) {
        return new EngineConfig(value, nlp);
    }
}
