/**
 * JMH micro-benchmarks: each pipeline stage alone ({@link org.dossier.jmh.StageBenchmark}), cleaning
 * ({@link org.dossier.jmh.CleaningBenchmark}), and the cross-document stages ({@link
 * org.dossier.jmh.StoriesBenchmark}), over the repository's example corpus. The whole-pipeline figures come from
 * {@code dossier bench}; these say where inside it the time goes, with JMH's warm-up and error bars.
 */
package org.dossier.jmh;
