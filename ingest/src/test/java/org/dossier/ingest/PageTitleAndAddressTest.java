package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.core.StageException;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** The title and the address a page states for itself, as a record of it should carry them. */
class PageTitleAndAddressTest {

    private static final String BODY = TestPages.BODY;

    private static Article clean(String html) throws StageException {
        return TestPages.clean(html);
    }

    @Test
    void titleLosesTheSiteName() throws StageException {
        String head = "<html><head><meta property=og:site_name content='Harbour Herald'><title>";
        assertThat(clean(head + "Port strike enters second week | Harbour Herald</title></head>" + BODY)
                .metadata().titleText()).isEqualTo("Port strike enters second week");
        assertThat(clean(head + "Harbour Herald - Port strike enters second week</title></head>" + BODY)
                .metadata().titleText()).isEqualTo("Port strike enters second week");
        // a dash that is part of the headline stays
        assertThat(clean(head + "Port strike – what happens next</title></head>" + BODY).metadata().titleText())
                .isEqualTo("Port strike – what happens next");
    }

    @Test
    void titleLosesADomainOrAShortNameAfterABar() throws StageException {
        String page = "<html><head><link rel=canonical href='https://www.harbourherald.co.uk/news/strike'>"
                + "<title>Port strike enters second week - HarbourHerald.co.uk</title></head>" + BODY;
        assertThat(clean(page).metadata().titleText()).isEqualTo("Port strike enters second week");
        assertThat(clean("<html><head><title>Port strike enters its second week | The Herald</title></head>" + BODY)
                .metadata().titleText()).isEqualTo("Port strike enters its second week");
        // too short to tell which part is the headline
        assertThat(clean("<html><head><title>Strike | Port news</title></head>" + BODY).metadata().titleText())
                .isEqualTo("Strike | Port news");
    }

    @Test
    void canonicalAddressIsTheUrlOfAFileWithoutOne() throws StageException {
        String canonical = "<html><head><title>Strike</title><link rel=canonical href='https://herald.example/strike'>"
                + "<meta property=og:url content='https://herald.example/og'></head>" + BODY;
        assertThat(clean(canonical).url()).isEqualTo("https://herald.example/strike");
        String og = "<html><head><title>Strike</title><meta property=og:url content='https://herald.example/og'>"
                + "</head>" + BODY;
        assertThat(clean(og).url()).isEqualTo("https://herald.example/og");
        String relative = "<html><head><title>Strike</title><link rel=canonical href='/strike'></head>" + BODY;
        assertThat(clean(relative).url()).isNull();
        org.dossier.model.DocumentHints hints = org.dossier.model.DocumentHints.url("https://mirror.example/1");
        Article stated = TestPages.clean(canonical, hints);
        assertThat(stated.url()).isEqualTo("https://mirror.example/1");
    }
}
