/**
 * The pipeline core: typed {@link org.dossier.core.Layer} keys, the {@link org.dossier.core.ArticleStage}
 * contract, and the {@link org.dossier.core.Pipeline} that runs a {@link org.dossier.core.Cleaner} and a
 * checked sequence of stages over each document, turning every failure into an
 * {@link org.dossier.core.Outcome.Failed} so a batch goes on.
 */
package org.dossier.core;
