package org.dossier.ingest.meta;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** CSS selectors the metadata finders use, parsed once: jsoup otherwise parses a query string on every call. */
final class Selectors {

    static final Evaluator SHORT_TEXT_ELEMENTS = QueryParser.parse("p, span, div, li, td, h1, h2, h3, h4, h5, h6, "
            + "small, em, strong, b, i");

    private Selectors() {}
}
