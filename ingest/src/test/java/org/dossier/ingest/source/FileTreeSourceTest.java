package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeSourceTest {

    @TempDir
    Path dir;

    @Test
    void walksFoldersInNameOrderTakingArticleFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.html"), "<p>two</p>");
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("notes.json"), "{}");
        Files.write(dir.resolve("photo.jpg"), new byte[] {1, 2, 3});
        FileTreeSource source = new FileTreeSource(1000);

        List<Path> files = source.list(List.of(dir));
        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b/two.html"));
        SourceItem item = source.read(files.get(1));
        assertThat(item).isInstanceOfSatisfying(SourceItem.Document.class, d -> {
            assertThat(d.raw().format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(d.raw().source()).isEqualTo(dir.resolve("b/two.html").toString());
        });
    }

    @Test
    void explicitFileIsReadWhateverItsExtension() throws IOException {
        Files.writeString(dir.resolve("story.dat"), "text");
        assertThat(new FileTreeSource(1000).list(List.of(dir.resolve("story.dat")))).hasSize(1);
    }

    @Test
    void refusesTooLargeFileWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[5000]);
        SourceItem item = new FileTreeSource(1000).read(big);
        assertThat(item).isInstanceOfSatisfying(SourceItem.Unreadable.class,
                u -> assertThat(u.reason()).contains("file too large", "--max-bytes"));
    }

    @Test
    void missingFileIsReported() {
        SourceItem item = new FileTreeSource(1000).read(dir.resolve("nope.txt"));
        assertThat(item).isInstanceOfSatisfying(SourceItem.Unreadable.class,
                u -> assertThat(u.reason()).isEqualTo("no such file or folder"));
    }

    @Test
    void sameContentSameId() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "identical");
        Files.writeString(dir.resolve("b.txt"), "identical");
        FileTreeSource source = new FileTreeSource(1000);
        String a = ((SourceItem.Document) source.read(dir.resolve("a.txt"))).raw().id();
        String b = ((SourceItem.Document) source.read(dir.resolve("b.txt"))).raw().id();
        assertThat(a).isEqualTo(b);
    }
}
