package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

    @Test
    void identityMapsEveryOffsetToItself() {
        assertThat(OffsetMap.identity().toSource(0)).isZero();
        assertThat(OffsetMap.identity().toSource(1234)).isEqualTo(1234);
    }

    @Test
    void mapsOffsetsInsideCopiedSegments() {
        // raw: "HEAD\nfirst line\nJUNK\nsecond line"; clean: "first line\n\nsecond line"
        String raw = "HEAD\nfirst line\nJUNK\nsecond line";
        String clean = "first line\n\nsecond line";
        OffsetMap map = OffsetMap.builder().segment(0, 5).segment(12, 21).build();

        for (String word : new String[] {"first", "line", "second"}) {
            int cleanAt = clean.indexOf(word);
            int rawAt = map.toSource(cleanAt);
            assertThat(raw.substring(rawAt, rawAt + word.length())).isEqualTo(word);
        }
        Span second = new Span(clean.indexOf("second"), clean.length());
        assertThat(map.toSource(second).of(raw)).isEqualTo("second line");
    }

    @Test
    void spanEndingAtSegmentBoundaryStaysInItsSegment() {
        OffsetMap map = OffsetMap.builder().segment(0, 100).segment(5, 300).build();
        assertThat(map.toSource(new Span(0, 5))).isEqualTo(new Span(100, 105));
    }

    @Test
    void randomSegmentsRoundTrip() {
        Random random = new Random(42);
        StringBuilder raw = new StringBuilder();
        StringBuilder clean = new StringBuilder();
        OffsetMap.Builder builder = OffsetMap.builder();
        for (int i = 0; i < 200; i++) {
            raw.append("#".repeat(random.nextInt(5)));
            String piece = "w" + i + "x".repeat(random.nextInt(8));
            builder.segment(clean.length(), raw.length());
            raw.append(piece);
            clean.append(piece);
        }
        OffsetMap map = builder.build();
        for (int i = 0; i < clean.length(); i++) {
            assertThat(raw.charAt(map.toSource(i))).isEqualTo(clean.charAt(i));
        }
    }

    @Test
    void rejectsSegmentsOutOfOrder() {
        OffsetMap.Builder builder = OffsetMap.builder().segment(10, 0);
        assertThatThrownBy(() -> builder.segment(5, 20)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clean-text order");
    }

    @Test
    void equalMapsAreEqual() {
        assertThat(OffsetMap.builder().segment(0, 3).build()).isEqualTo(OffsetMap.builder().segment(0, 3).build());
    }
}
