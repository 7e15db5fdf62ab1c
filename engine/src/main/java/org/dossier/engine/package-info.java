/**
 * The standard Dossier pipeline, assembled from an explicit {@link org.dossier.engine.EngineConfig}: clean →
 * CoreNLP annotation → entities → selective parsing → quotes. {@link org.dossier.engine.DossierEngine} holds the
 * loaded models; {@link org.dossier.engine.BatchRunner} runs many documents on several threads and hands the
 * outcomes back in input order. The CLI, the server and the Spark job are thin shells around these two.
 */
package org.dossier.engine;
