package org.dossier.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's example corpus, found from whichever module folder a test runs in. */
public final class ExampleCorpus {

    private ExampleCorpus() {}

    /** {@code examples/aleppo}, in the working folder or the nearest folder above it that holds one. */
    public static Path folder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/aleppo");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/aleppo not found above " + here);
    }
}
