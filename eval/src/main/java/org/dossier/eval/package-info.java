/**
 * Evaluation against gold annotations in Dossier's format ({@code shared/gold/README.md}): cleaning, metadata,
 * entities, quotes, figures and events, each as precision, recall and F1, plus attribute accuracies.
 */
package org.dossier.eval;
