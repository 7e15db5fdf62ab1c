package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index is derived from the database: damaged in any of the ways a disk or a clumsy hand damages
 * files, it is noticed when the store opens and rebuilt, and the records never depend on it.
 */
class IndexHealingTest {

    @TempDir
    Path dir;

    private Path store() {
        Path folder = dir.resolve("store");
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder))) {
            store.add(StoreFixtures.strikeA());
            store.add(StoreFixtures.strikeB());
            store.add(StoreFixtures.harvest());
        }
        return folder;
    }

    /** Opens the store, returning its notices, and checks that search works on all three articles again. */
    private List<String> reopenAndSearch(Path folder) {
        List<String> notices = new ArrayList<>();
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder), notices::add)) {
            assertThat(store.search("corn", SearchIndex.Kind.article, 10)).hasSize(1);
            assertThat(store.search("strike", SearchIndex.Kind.article, 10)).hasSize(2);
        }
        return notices;
    }

    private static Path largestIndexFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("index"))) {
            return files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    @Test
    void aSoundIndexIsOpenedWithoutNotice() {
        assertThat(reopenAndSearch(store())).isEmpty();
    }

    @Test
    void aTruncatedIndexFileIsRebuiltFromTheDatabase() throws IOException {
        Path folder = store();
        Path file = largestIndexFile(folder);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertThat(reopenAndSearch(folder)).singleElement().asString().contains("is damaged", "rebuilding");
    }

    @Test
    void randomBytesInAnIndexFileAreCaughtByItsChecksum() throws IOException {
        Path folder = store();
        Path file = largestIndexFile(folder);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            raf.write(new byte[] {0x13, 0x37, 0x42, 0x24, 0x77, 0x11});
        }
        assertThat(reopenAndSearch(folder)).singleElement().asString().contains("is damaged");
    }

    @Test
    void aDeletedCommitPointIsNoticedAndRebuilt() throws IOException {
        Path folder = store();
        try (Stream<Path> files = Files.list(folder.resolve("index"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(f);
            }
        }
        assertThat(reopenAndSearch(folder)).singleElement().asString().contains("no segments file");
    }

    @Test
    void aDeletedIndexFolderIsRebuiltQuietly() throws IOException {
        Path folder = store();
        try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(reopenAndSearch(folder)).isEmpty();
    }

    @Test
    void theRecordsNeedNoIndexAndTheIndexCanBeRebuiltOnDemand() throws IOException {
        Path folder = store();
        Files.writeString(largestIndexFile(folder), "not an index");
        try (DossierStore records = DossierStore.openRecords(StoreConfig.embedded(folder))) {
            assertThat(records.articleIds()).hasSize(3);
            assertThat(records.article(StoreFixtures.harvest().id())).isPresent();
        }
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder), notice -> {})) {
            int size = store.indexSize();
            assertThat(store.rebuildIndex(line -> {})).isEqualTo(3);
            assertThat(store.indexSize()).isEqualTo(size);
            assertThat(store.search("corn", SearchIndex.Kind.article, 10)).hasSize(1);
        }
    }
}
