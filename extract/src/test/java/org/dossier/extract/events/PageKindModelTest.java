package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Span;
import org.dossier.model.TextEmbedding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageKindModelTest {

    private static final PageKindModel MODEL = new PageKindModel("enc", new double[] {2, -1}, 0.5, 0.3);

    private static TextEmbedding lead(String encoder, float... vector) {
        return new TextEmbedding(encoder, new Span(0, 10), vector);
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightedEmbedding() {
        // z = 0.5 + 2 * 0.5 - 1 * 1 = 0.5
        assertThat(MODEL.probabilityOfPublicLife(lead("enc", 0.5f, 1f)).getAsDouble())
                .isCloseTo(1 / (1 + Math.exp(-0.5)), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void onlyAPageBelowTheThresholdIsAnotherPageAndAnUnknownPageIsNews() {
        assertThat(MODEL.isOtherPage(List.of(lead("enc", -1f, 1f)))).isTrue(); // z = -2.5
        assertThat(MODEL.isOtherPage(List.of(lead("enc", 1f, 0f)))).isFalse(); // z = 2.5
        assertThat(MODEL.isOtherPage(List.of())).as("embeddings off").isFalse();
        assertThat(MODEL.isOtherPage(List.of(lead("other", -1f, 1f)))).as("another encoder").isFalse();
        assertThat(MODEL.isOtherPage(List.of(lead("enc", -1f, 1f, 0f)))).as("another size").isFalse();
        assertThat(PageKindModel.none().isOtherPage(List.of(lead("enc", -1f, 1f)))).isFalse();
    }

    @Test
    void aWrittenModelReadsBackTheSame(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        MODEL.write(out);
        Path file = dir.resolve("model.tsv");
        Files.writeString(file, out.toString());

        assertThat(PageKindModel.read(file)).isEqualTo(MODEL);
    }

    @Test
    void aModelFileWithoutItsEncoderOrWithAGapIsRefused(@TempDir Path dir) throws IOException {
        Path noEncoder = Files.writeString(dir.resolve("a.tsv"), "(bias)\t0.1\n0\t1.0\n");
        Path gap = Files.writeString(dir.resolve("b.tsv"), "(encoder)\tenc\n(threshold)\t0.1\n0\t1.0\n2\t1.0\n");
        Path noThreshold = Files.writeString(dir.resolve("c.tsv"), "(encoder)\tenc\n0\t1.0\n");

        assertThatThrownBy(() -> PageKindModel.read(noEncoder)).hasMessageContaining("(encoder)");
        assertThatThrownBy(() -> PageKindModel.read(gap)).hasMessageContaining("without a gap");
        assertThatThrownBy(() -> PageKindModel.read(noThreshold)).hasMessageContaining("(threshold)");
    }

    @Test
    void theShippedModelReadsTheSentenceEncodersVectors() {
        PageKindModel shipped = PageKindModel.standard();

        assertThat(shipped.encoder()).isEqualTo("all-MiniLM-L6-v2-q");
        assertThat(shipped.weights()).hasSize(384);
        assertThat(shipped.threshold()).isBetween(0.0, 0.5);
    }
}
