package org.dossier.core;

import java.util.Set;

/**
 * One step of per-article analysis, such as entity recognition or quote extraction.
 *
 * <p>A stage declares the layers it reads and writes; {@link Pipeline.Builder#build()} refuses a pipeline in
 * which a stage would run before the layers it needs exist. Implementations must be safe to call from several
 * threads at once: keep heavy shared resources (models) in immutable or thread-safe fields, and per-article
 * state in locals.
 */
public interface ArticleStage {

    /** A versioned name, such as {@code "quotes.v1"}, that appears in errors and in the saved run config. */
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> produces();

    /**
     * Adds this stage's layers to the article.
     *
     * @throws StageException when this article cannot be processed; the pipeline records the failure and the
     *     batch goes on
     */
    AnnotatedArticle apply(AnnotatedArticle article) throws StageException;
}
