package org.dossier.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DocumentIds;
import org.dossier.model.OffsetMap;
import org.dossier.model.Sourced;

/** Articles for tests, built from a clean text. */
public final class Articles {

    private Articles() {}

    public static Article of(String text) {
        return of(text, null);
    }

    public static Article of(String text, LocalDate published) {
        ArticleMetadata metadata = published == null
                ? ArticleMetadata.EMPTY.withLanguage("en")
                : ArticleMetadata.EMPTY.withLanguage("en")
                        .withPublished(Sourced.at(published, null, "test"), ArticleMetadata.DateConfidence.STATED);
        String id = DocumentIds.of(text.getBytes(StandardCharsets.UTF_8));
        return new Article(id, "test/" + id + ".txt", null, text, text, OffsetMap.identity(), metadata);
    }
}
