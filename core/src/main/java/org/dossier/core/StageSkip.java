package org.dossier.core;

/**
 * A stage declining a document on purpose, not failing on it: the text is not in a language the stage reads. The
 * pipeline records the article as far as it got, with the reason, as an {@link Outcome.Skipped}.
 */
public class StageSkip extends StageException {

    private static final long serialVersionUID = 1L;

    public StageSkip(String reason) {
        super(reason);
    }
}
