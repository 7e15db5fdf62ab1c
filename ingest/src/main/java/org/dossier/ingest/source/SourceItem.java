package org.dossier.ingest.source;

import java.util.Objects;
import org.dossier.model.RawDocument;

/** One thing a source yields: a document, or the reason a named document could not be read. */
public sealed interface SourceItem permits SourceItem.Document, SourceItem.Unreadable {

    String source();

    record Document(RawDocument raw) implements SourceItem {
        public Document {
            Objects.requireNonNull(raw, "raw");
        }

        @Override
        public String source() {
            return raw.source();
        }
    }

    record Unreadable(String source, String reason) implements SourceItem {
        public Unreadable {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
