package org.dossier.nlp;

/**
 * The NLP models for integration tests, loaded once per test JVM: failsafe runs all of a module's *IT classes in
 * one JVM, so the several seconds of loading are paid once, not per class.
 */
public final class TestModels {

    private static NlpModels models;

    private TestModels() {}

    public static synchronized NlpModels get() {
        if (models == null) {
            models = NlpModels.load(NlpConfig.DEFAULT);
        }
        return models;
    }
}
