package org.dossier.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.ingest.clean.BoilerplateFilter;
import org.dossier.ingest.clean.TextCopyBlocks;
import org.dossier.ingest.clean.Verdict;
import org.dossier.model.Sourced;
import org.junit.jupiter.api.Test;

class MetadataFindersTest {

    private static List<Verdict> verdicts(String page) {
        return BoilerplateFilter.forTextCopies().classify(TextCopyBlocks.split(page), 0);
    }

    @Test
    void datelineOpensFirstParagraph() {
        for (String opening : List.of("PARIS - French officials", "BEIRUT, Lebanon (AP) — Officials",
                "NEW YORK: Officials", "Moscow (Reuters) - Officials", "WASHINGTON, Oct 10 (Reuters) - Officials")) {
            String page = "Headline\n" + opening + " said on Monday that the talks had failed and would not resume.\n";
            Sourced<String> dateline = DatelineFinder.inBlocks(verdicts(page)).orElseThrow();
            assertThat(opening).startsWith(dateline.value());
            assertThat(dateline.rawSpan().of(page)).isEqualTo(dateline.value());
        }
    }

    @Test
    void noDatelineInOrdinaryOpening() {
        String page = "Headline\nUS officials said on Monday that the talks had failed and would not resume.\n";
        assertThat(DatelineFinder.inBlocks(verdicts(page))).isEmpty();
    }

    @Test
    void aLabelInCapitalsIsNoDateline() {
        for (String opening : List.of("POSTED: 05 / 02 / 07 Officials", "FILE PHOTO: Officials", "WATCH - Officials",
                "FILE - In this March 4, 2019, file photo, officials")) {
            String page = "Headline\n" + opening + " said on Monday that the talks had failed and would not resume.\n";
            assertThat(DatelineFinder.inBlocks(verdicts(page))).as(opening).isEmpty();
        }
    }

    @Test
    void datelineAtEndOfDateLine() {
        String page = "Headline\nDecember 12, 2016 10:30 pm | Updated 10:30 pm IST - BRUSSELS:\n"
                + "France on Monday accused Russia of lying over its role in the war, officials said.\n";
        assertThat(DatelineFinder.inBlocks(verdicts(page)).orElseThrow().value()).isEqualTo("BRUSSELS");
    }

    @Test
    void publishedDatePrefersPublicationOverUpdate() {
        String page = "Headline\nLast updated: 12 May 2019\nPublished: 10 May 2019\n"
                + "The first paragraph of the story is long enough to be body text for sure.\n";
        Sourced<LocalDate> date = PublishedDateFinder.inBlocks(verdicts(page)).orElseThrow();
        assertThat(date.value()).isEqualTo(LocalDate.of(2019, 5, 10));
        assertThat(date.rawSpan().of(page)).isEqualTo("10 May 2019");
    }

    @Test
    void updateStampWhenNothingElse() {
        String page = "Headline\nThe first paragraph of the story is long enough to be body text for sure.\n"
                + "Last update: Mon, 10/10/2016 - 22:52\nMore from World\nAnother story, 11/11/2016\n";
        Sourced<LocalDate> date = PublishedDateFinder.inBlocks(verdicts(page)).orElseThrow();
        assertThat(date.value()).isEqualTo(LocalDate.of(2016, 10, 10));
        assertThat(date.rule()).isEqualTo("update-stamp");
    }

    @Test
    void datesInCommentsAreIgnored() {
        String page = "Headline\nThe first paragraph of the story is long enough to be body text for sure.\n"
                + "3 responses to “Headline”\nA reader | December 9th 2016\n";
        assertThat(PublishedDateFinder.inBlocks(verdicts(page))).isEmpty();
    }

    @Test
    void outletFromCreditLines() {
        for (String credit : List.of("Reprinted with permission from Al Jazeera",
                "This article originally appeared on The Conversation.", "Source: Reuters",
                "© 2016 The Hindu. All rights reserved.")) {
            String page = "Headline\nThe first paragraph of the story is long enough to be body text for sure.\n"
                    + credit + "\n";
            Sourced<String> outlet = OutletFinder.inBlocks(verdicts(page)).orElseThrow();
            assertThat(credit).contains(outlet.value());
            assertThat(outlet.rawSpan().of(page)).isEqualTo(outlet.value());
        }
    }

    @Test
    void titleIsFirstShortLine() {
        assertThat(TitleFinder.inTextCopy(TextCopyBlocks.split("\n\nShort headline\nBody text."))).hasValue(0);
        String longFirst = "word ".repeat(60) + "\nBody";
        assertThat(TitleFinder.inTextCopy(TextCopyBlocks.split(longFirst))).isEmpty();
    }
}
