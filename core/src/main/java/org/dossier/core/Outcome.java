package org.dossier.core;

import java.util.Objects;
import org.dossier.model.ArticleMetadata;

/**
 * What the pipeline made of one document: an analyzed article; an article left unanalyzed on purpose (it is not
 * in a language the NLP reads), with the reason; or the reason it failed.
 */
public sealed interface Outcome permits Outcome.Ok, Outcome.Skipped, Outcome.Failed {

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
     * @param result the article as far as it got (clean text and metadata)
     * @param stage the stage that declined it
     * @param reason why, in words a user can act on
     */
    record Skipped(AnnotatedArticle result, String stage, String reason) implements Outcome {
        public Skipped {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String source() {
            return result.article().source();
        }
    }

    /**
     * @param documentId the document's content-hash id
     * @param source the path, or the archive and record, it came from
     * @param url the page's address when the source stated one, or null
     * @param stage the stage that failed
     * @param reason why, in words a user can act on
     * @param metadata what was learned about the document before it failed (a page without article text may
     *     still have a title and a date), or null
     */
    record Failed(String documentId, String source, String url, String stage, String reason,
            ArticleMetadata metadata)
            implements Outcome {
        public Failed {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reason, "reason");
        }

        public Failed(String documentId, String source, String stage, String reason) {
            this(documentId, source, null, stage, reason, null);
        }

        /** One line for a log or stderr. */
        public String describe() {
            return source + ": " + reason + " (stage " + stage + ", document " + documentId + ")";
        }
    }
}
