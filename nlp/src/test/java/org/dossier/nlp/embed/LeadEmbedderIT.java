package org.dossier.nlp.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real all-MiniLM-L6-v2 model, on leads written for this test. */
class LeadEmbedderIT {

    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.load();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void twoReportsOfOneEventAreCloserThanReportsOfAnotherEventOfTheSameKind() {
        float[] quake = encoder.encode(LeadEmbedder.input("Earthquake kills 20 in southern Chile",
                "A magnitude 7.1 earthquake struck southern Chile on Tuesday, collapsing buildings in Concepcion."));
        float[] sameQuake = encoder.encode(LeadEmbedder.input(null,
                "Rescuers in Concepcion searched the rubble after Tuesday's earthquake in Chile killed 20 people."));
        float[] otherQuake = encoder.encode(LeadEmbedder.input("Tremor shakes Tokyo",
                "A mild tremor shook Tokyo's office towers on Friday; trains stopped briefly and nobody was hurt."));
        float[] transfer = encoder.encode(LeadEmbedder.input(null,
                "Striker Marco Vellani has signed a four-year contract with Real Betis, ending talks with Fiorentina."));

        assertThat(quake).hasSize(384);
        assertThat(cosine(quake, quake)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(cosine(quake, sameQuake)).isGreaterThan(cosine(quake, otherQuake));
        assertThat(cosine(quake, otherQuake)).isGreaterThan(cosine(quake, transfer));
    }

    @Test
    void theLeadIsTheTitleAndTheFirstEightyWords() {
        String text = String.join(" ", Collections.nCopies(100, "word"));
        String input = LeadEmbedder.input("A title", text);

        assertThat(input).startsWith("A title\nword word").hasSize("A title\n".length() + 80 * 5 - 1);
        assertThat(LeadEmbedder.lead("  short text ").end()).isEqualTo("  short text".length());
        assertThat(LeadEmbedder.input("Same start", "Same start of the text")).isEqualTo("Same start of the text");
    }
}
