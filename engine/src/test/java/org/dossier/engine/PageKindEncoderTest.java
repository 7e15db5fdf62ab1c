package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dossier.extract.events.PageKindModel;
import org.dossier.nlp.embed.SentenceEncoder;
import org.junit.jupiter.api.Test;

class PageKindEncoderTest {

    @Test
    void theShippedPageKindModelReadsTheVectorsOfTheShippedEncoder() {
        assertThat(PageKindModel.standard().encoder()).isEqualTo(SentenceEncoder.MODEL_NAME);
        DossierEngine.requireEncoderOf(PageKindModel.standard(), SentenceEncoder.MODEL_NAME);
    }

    @Test
    void aPageKindModelOfAnotherEncoderIsRefused() {
        PageKindModel other = new PageKindModel("another-encoder", new double[] {1}, 0, 0.1);

        assertThatThrownBy(() -> DossierEngine.requireEncoderOf(other, SentenceEncoder.MODEL_NAME))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another-encoder");
    }
}
