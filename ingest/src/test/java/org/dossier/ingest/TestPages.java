package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import org.dossier.core.StageException;
import org.dossier.ingest.meta.LanguageIdentifier;
import org.dossier.model.Article;
import org.dossier.model.RawDocument;

/** A news body for pages written in tests, and the cleaner that reads them (language profiles loaded once). */
final class TestPages {

    static final String BODY = "<body><div class=story><p>Dock workers extended their strike on Monday, "
            + "leaving more than forty ships waiting outside the port, the union said.</p><p>Managers and staff met "
            + "on Sunday, but the talks ended without an agreement, a spokeswoman for the port said.</p></div>"
            + "</body></html>";

    private static final class Holder {
        static final ArticleCleaner CLEANER = new ArticleCleaner(LanguageIdentifier.load());
    }

    private TestPages() {}

    static Article clean(String html) throws StageException {
        return clean(html, org.dossier.model.DocumentHints.NONE);
    }

    /** The page as a container that states these fields (a feed item's address, a JSON line's title) gives it. */
    static Article clean(String html, org.dossier.model.DocumentHints hints) throws StageException {
        return Holder.CLEANER.clean(RawDocument.of("page.html", hints, html.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML));
    }
}
