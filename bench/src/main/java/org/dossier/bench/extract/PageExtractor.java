package org.dossier.bench.extract;

/** An extractor run in this JVM, page by page. */
public interface PageExtractor {

    String name();

    /** True when it finds publication dates too. */
    boolean findsDates();

    Extraction extract(Page page, byte[] html);
}
