package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file cut short or overwritten is named as damaged, with what to do, not as in use elsewhere. */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    private Path databaseFile() {
        Path folder = dir.resolve("store");
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder), notice -> {})) {
            store.add(StoreFixtures.strikeA());
            store.add(StoreFixtures.harvest());
        }
        return folder.resolve("db").resolve("dossier.mv.db");
    }

    @Test
    void aTruncatedDatabaseFileIsNamedAsDamaged() throws Exception {
        Path file = databaseFile();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 3);
        }
        assertThatThrownBy(() -> DossierStore.open(StoreConfig.embedded(dir.resolve("store")), notice -> {}))
                .isInstanceOf(StoreException.class).hasMessageContaining(file + " is damaged")
                .hasMessageContaining("Restore the folder").hasMessageNotContaining("another dossier process");
    }

    @Test
    void aGarbledDatabaseFileIsNamedAsDamaged() throws Exception {
        Path file = databaseFile();
        byte[] bytes = Files.readAllBytes(file);
        Random random = new Random(3);
        for (int i = 0; i < bytes.length; i += 512) {
            bytes[i + random.nextInt(Math.min(512, bytes.length - i))] ^= (byte) (1 + random.nextInt(255));
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> DossierStore.open(StoreConfig.embedded(dir.resolve("store")), notice -> {}))
                .isInstanceOf(StoreException.class).hasMessageContaining("is damaged")
                .hasMessageNotContaining("BufferUnderflowException");
    }

    @Test
    void aDatabaseOlderThanItsIndexIsRefusedUntilTheIndexIsDeleted() throws Exception {
        Path folder = dir.resolve("store");
        Path copy = dir.resolve("older-db");
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder), notice -> {})) {
            store.add(StoreFixtures.strikeA());
        }
        copyTree(folder.resolve("db"), copy);
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder), notice -> {})) {
            store.add(StoreFixtures.harvest());
        }
        StoreContract.deleteTree(folder.resolve("db"));
        copyTree(copy, folder.resolve("db"));
        assertThatThrownBy(() -> DossierStore.open(StoreConfig.embedded(folder), notice -> {}))
                .isInstanceOf(StoreException.class).hasMessageContaining("older copy")
                .hasMessageContaining("up to number 1").hasMessageContaining(folder.resolve("index").toString());
        StoreContract.deleteTree(folder.resolve("index"));
        try (DossierStore store = DossierStore.open(StoreConfig.embedded(folder), notice -> {})) {
            org.assertj.core.api.Assertions.assertThat(store.articleIds()).containsExactly("aaaa000000000001");
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
