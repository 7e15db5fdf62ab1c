package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    @Test
    void longValuesAreCutAndMarkedShortOnesKept() {
        assertThat(FieldLimits.cut(null, 10)).isNull();
        assertThat(FieldLimits.cut("Aleppo", 10)).isEqualTo("Aleppo");
        String cut = FieldLimits.cut("T".repeat(3_000_000), FieldLimits.TITLE);
        assertThat(cut).hasSize(FieldLimits.TITLE).endsWith(FieldLimits.CUT);
        assertThat(FieldLimits.cut("ab😀cdefghijkl", 9)).isEqualTo("ab [cut]");
    }
}
