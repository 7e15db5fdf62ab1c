package org.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCopyBlocksTest {

    @Test
    void oneBlockPerLineWithExactRawOffsets() {
        String raw = "Headline here\r\n\r\n  First paragraph of the story.  \nSecond one.\n";
        List<Block> blocks = TextCopyBlocks.split(raw);
        assertThat(blocks).extracting(Block::text)
                .containsExactly("Headline here", "First paragraph of the story.", "Second one.");
        for (Block block : blocks) {
            assertThat(block.rawSpan().of(raw)).isEqualTo(block.text());
        }
    }

    @Test
    void joinsHardWrappedParagraphs() {
        String raw = """
                The minister said on Monday that the government would not
                negotiate with the rebels until the shelling of the city had
                stopped, and that aid convoys would be allowed through.

                Officials in the capital declined to comment on the report
                but said that a statement would be issued later in the day
                after a meeting of the security council in the morning.

                Residents said the fighting had intensified overnight and that
                many families had fled towards the border in search of safety
                while others remained in basements across the old town.
                """;
        List<Block> blocks = TextCopyBlocks.split(raw);
        assertThat(blocks).hasSize(3);
        Block first = blocks.get(0);
        assertThat(first.text()).startsWith("The minister said").contains("would not negotiate")
                .endsWith("allowed through.");
        int at = first.text().indexOf("negotiate");
        assertThat(raw.substring(first.rawOffset(at), first.rawOffset(at) + 9)).isEqualTo("negotiate");
    }

    @Test
    void keepsOneParagraphPerLineText() {
        String raw = "Title\nA first paragraph that ends.\nanother paragraph starting lower case.\nThird.\n"
                + "Fourth.\nFifth.\nSixth.\nSeventh.\nEighth.\n";
        assertThat(TextCopyBlocks.split(raw)).hasSize(9);
    }
}
