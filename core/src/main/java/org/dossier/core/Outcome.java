package org.dossier.core;

import java.util.Objects;
import org.dossier.model.ArticleMetadata;

/** What the pipeline made of one document: an analyzed article, or the reason it failed. */
public sealed interface Outcome permits Outcome.Ok, Outcome.Failed {

    /** The source the document came from (a path or URL). */
    String source();

    record Ok(AnnotatedArticle result) implements Outcome {
        public Ok {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public String source() {
            return result.article().source();
        }
    }

    /**
     * @param documentId the document's content-hash id
     * @param source the path or URL
     * @param stage the stage that failed
     * @param reason why, in words a user can act on
     * @param metadata what was learned about the document before it failed (a page without article text may
     *     still have a title and a date), or null
     */
    record Failed(String documentId, String source, String stage, String reason, ArticleMetadata metadata)
            implements Outcome {
        public Failed {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reason, "reason");
        }

        public Failed(String documentId, String source, String stage, String reason) {
            this(documentId, source, stage, reason, null);
        }

        /** One line for a log or stderr. */
        public String describe() {
            return source + ": " + reason + " (stage " + stage + ", document " + documentId + ")";
        }
    }
}
