package org.dossier.bench.extract;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.charset.StandardCharsets;

/** boilerpipe's ArticleExtractor (Kohlschütter et al. 2010), the classic shallow-text-feature extractor. */
public final class BoilerpipeExtractor implements PageExtractor {

    public static final String NAME = "boilerpipe";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean findsDates() {
        return false;
    }

    @Override
    public Extraction extract(Page page, byte[] html) {
        try {
            return new Extraction(ArticleExtractor.INSTANCE.getText(new String(html, StandardCharsets.UTF_8)), null);
        } catch (BoilerpipeProcessingException | RuntimeException | StackOverflowError e) {
            return Extraction.NOTHING;
        }
    }
}
