package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void rejectsNegativeAndBackwardSpans() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relations() {
        Span a = new Span(2, 8);
        assertThat(a.contains(new Span(3, 8))).isTrue();
        assertThat(a.contains(new Span(3, 9))).isFalse();
        assertThat(a.overlaps(new Span(7, 12))).isTrue();
        assertThat(a.overlaps(new Span(8, 12))).isFalse();
        assertThat(a.union(new Span(10, 12))).isEqualTo(new Span(2, 12));
        assertThat(a.of("0123456789")).isEqualTo("234567");
    }

    @Test
    void documentIdsAreStableContentHashes() {
        byte[] content = "same bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(DocumentIds.of(content)).isEqualTo(DocumentIds.of(content.clone())).hasSize(16);
        assertThat(DocumentIds.of(content)).isNotEqualTo(DocumentIds.of(new byte[] {1}));
    }
}
