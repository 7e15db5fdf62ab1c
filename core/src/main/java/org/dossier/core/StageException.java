package org.dossier.core;

/**
 * A document that a stage could not process. The message says why in words a user can act on; the pipeline
 * adds the document and the stage.
 */
public class StageException extends Exception {

    private static final long serialVersionUID = 1L;

    public StageException(String reason) {
        super(reason);
    }

    public StageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
