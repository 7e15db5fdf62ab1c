package org.dossier.core;

import org.dossier.model.Article;
import org.dossier.model.RawDocument;

/**
 * Turns a raw document into a clean article: decoded, with boilerplate removed, an offset map back to the raw
 * text, and metadata. It is the only step that changes text; every later span is in clean-text coordinates.
 */
public interface Cleaner {

    String name();

    /**
     * @throws StageException when the document cannot become an article (empty, binary, too large, …); the
     *     message names the reason
     */
    Article clean(RawDocument document) throws StageException;
}
