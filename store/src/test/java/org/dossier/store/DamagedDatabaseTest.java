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
}
