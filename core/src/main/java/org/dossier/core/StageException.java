package org.dossier.core;

import org.dossier.model.ArticleMetadata;

/**
 * A document that a stage could not process. The message says why in words a user can act on; the pipeline
 * adds the document and the stage.
 */
public class StageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ArticleMetadata partial;

    public StageException(String reason) {
        this(reason, (ArticleMetadata) null);
    }

    public StageException(String reason, Throwable cause) {
        super(reason, cause);
        this.partial = null;
    }

    /** @param partial what was learned about the document before it failed (title, date, …), or null */
    public StageException(String reason, ArticleMetadata partial) {
        super(reason);
        this.partial = partial;
    }

    /** What was learned about the document before it failed, or null. */
    public ArticleMetadata partial() {
        return partial;
    }
}
