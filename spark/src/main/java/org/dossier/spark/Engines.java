package org.dossier.spark;

import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;

/**
 * One loaded engine per executor JVM. Spark ships functions, not objects with models in them, so the models
 * (seconds to load, a gigabyte of heap) are loaded by the first task on an executor and shared by its threads;
 * {@link DossierEngine} is thread-safe.
 */
final class Engines {

    private static DossierEngine engine;
    private static EngineConfig loadedWith;

    private Engines() {}

    static synchronized DossierEngine get(EngineConfig config) {
        if (engine == null || !loadedWith.equals(config)) {
            engine = DossierEngine.load(config);
            loadedWith = config;
        }
        return engine;
    }
}
