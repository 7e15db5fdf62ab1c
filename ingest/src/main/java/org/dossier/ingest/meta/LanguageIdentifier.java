package org.dossier.ingest.meta;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Identifies the language of a text with the Optimaize n-gram detector (the one Apache Tika uses), over its 71
 * built-in language profiles. Load once and share: the profiles take about a second to load, and detection is
 * thread-safe.
 */
public final class LanguageIdentifier {

    /** Shorter texts give unreliable n-gram statistics. */
    private static final int MIN_CHARS = 40;
    /** A sample from the middle of the text: enough for the n-gram statistics, and cheap. */
    private static final int SAMPLE_CHARS = 700;
    private static final double MIN_PROBABILITY = 0.5;

    private final LanguageDetector detector;

    private LanguageIdentifier(LanguageDetector detector) {
        this.detector = detector;
    }

    public static LanguageIdentifier load() {
        try {
            return new LanguageIdentifier(LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in language profiles of "
                    + "com.optimaize.languagedetector:language-detector; is the jar complete?", e);
        }
    }

    /** The ISO 639-1 code of the text's language, or empty when the text is too short or the evidence weak. */
    public Optional<String> identify(String text) {
        if (text.length() < MIN_CHARS) {
            return Optional.empty();
        }
        int start = Math.max(0, (text.length() - SAMPLE_CHARS) / 2);
        String sample = text.substring(start, Math.min(text.length(), start + SAMPLE_CHARS));
        List<DetectedLanguage> probabilities = detector.getProbabilities(sample);
        if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Optional.of(probabilities.get(0).getLocale().getLanguage());
    }
}
