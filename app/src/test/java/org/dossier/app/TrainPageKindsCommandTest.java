package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.OffsetMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainPageKindsCommandTest {

    private static Article page(String url) {
        return new Article("id", "source", url, "text", "text", OffsetMap.identity(), ArticleMetadata.EMPTY);
    }

    @Test
    void aPageSharesItsFoldWithItsSiteAndAnEcbTextWithItsTopic() {
        assertThat(TrainPageKindsCommand.group("ecbplus-story-clustering/documents.jsonl#12_4ecb", page(null)))
                .isEqualTo(TrainPageKindsCommand.group("ecbplus-story-clustering/documents.jsonl#12_7ecbplus",
                        page(null)));
        assertThat(TrainPageKindsCommand.group("a.html.gz", page("https://www.nytimes.com/2019/a.html")))
                .isEqualTo(TrainPageKindsCommand.group("b.html.gz", page("http://nytimes.com/b")))
                .isEqualTo("nytimes.com");
        assertThat(TrainPageKindsCommand.group("c.html.gz", page(null))).isEqualTo("c.html.gz");
        assertThat(TrainPageKindsCommand.group("d.html.gz", page("not a uri at all"))).isEqualTo("d.html.gz");
    }

    @Test
    void labelsNeedTheirColumnsAKnownKindAndAnIdForADocumentOfAFileOfMany(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.tsv"),
                "file\tid\tkind\tnote\nset/a.html.gz\t\taffairs\t\nset/docs.jsonl#1_2\tabc\tnot-news\tx\n");
        Path noKind = Files.writeString(dir.resolve("a.tsv"), "file\tid\nset/a.html.gz\t\n");
        Path badKind = Files.writeString(dir.resolve("b.tsv"), "file\tkind\nset/a.html.gz\tsports\n");
        Path noId = Files.writeString(dir.resolve("c.tsv"), "file\tid\tkind\nset/docs.jsonl#1_2\t\taffairs\n");

        assertThat(TrainPageKindsCommand.readLabels(good)).extracting(TrainPageKindsCommand.Label::publicLife)
                .containsExactly(true, false);
        assertThatThrownBy(() -> TrainPageKindsCommand.readLabels(noKind)).hasMessageContaining("'kind'");
        assertThatThrownBy(() -> TrainPageKindsCommand.readLabels(badKind)).hasMessageContaining("sports");
        assertThatThrownBy(() -> TrainPageKindsCommand.readLabels(noId)).hasMessageContaining("needs its id");
        assertThat(TrainPageKindsCommand.distinct(List.of(new TrainPageKindsCommand.Label("x", "1", true),
                new TrainPageKindsCommand.Label("y", "1", true)))).hasSize(1);
        assertThatThrownBy(() -> TrainPageKindsCommand.distinct(List.of(
                new TrainPageKindsCommand.Label("x", "1", true), new TrainPageKindsCommand.Label("y", "1", false))))
                .hasMessageContaining("two kinds");
    }
}
