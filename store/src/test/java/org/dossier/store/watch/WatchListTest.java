package org.dossier.store.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchListTest {

    @TempDir
    Path dir;

    @Test
    void feedsAndFoldersAreReadOnceEachWithFoldersBesideTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), """
                # news
                https://example.org/rss.xml#main

                  inbox/today  \s
                HTTPS://example.net/atom
                https://example.org/rss.xml#main
                /var/spool/news
                """);
        WatchList list = WatchList.read(file);
        assertThat(list.sources()).containsExactly(new WatchList.Feed(URI.create("https://example.org/rss.xml#main")),
                new WatchList.Folder(dir.resolve("inbox/today")),
                new WatchList.Feed(URI.create("HTTPS://example.net/atom")), new WatchList.Folder(Path.of("/var/spool/news")));
    }

    @Test
    void aLineThatIsNoAddressIsRefusedWithItsNumber() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "https://example.org/a\nhttps://exa mple.org/b\n");
        assertThatThrownBy(() -> WatchList.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + " line 2: 'https://exa mple.org/b' is not a valid address");
    }
}
