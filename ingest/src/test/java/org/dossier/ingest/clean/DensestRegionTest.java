package org.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DensestRegionTest {

    private static Block text(String text) {
        return Block.verbatim(text, 0);
    }

    private static Block link(String text) {
        return new Block(text, List.of(new Block.Piece(0, 0)), Block.Kind.LIST_ITEM, text.length());
    }

    @Test
    void keepsTheLongestStretchOfProseBetweenMenus() {
        String prose = "The council voted on Tuesday to close the old bridge, which engineers say has been unsafe"
                + " for years, and to build a new one by 2027.";
        List<Block> blocks = List.of(link("Home"), link("World"), link("Sport"), text("Weather: 12°C"),
                text(prose), text("Work starts in spring, and traffic will be diverted over the east bridge, the"
                        + " mayor said at a press conference."), link("Next story: fire in the harbour"),
                link("Contact"), link("Imprint"));
        List<String> kept = DensestRegion.of(blocks).stream().filter(Verdict::keep).map(v -> v.block().text())
                .toList();
        assertThat(kept).hasSize(2).first().isEqualTo(prose);
    }

    @Test
    void aPageOfLinksAloneHasNoRegion() {
        List<Block> blocks = List.of(link("Home"), link("World news and analysis"), link("Sport"));
        assertThat(DensestRegion.of(blocks)).noneMatch(Verdict::keep);
    }
}
