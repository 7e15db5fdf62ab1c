package org.dossier.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a file, decompressing it when it is gzipped (by its magic bytes, whatever its name). */
final class Compression {

    private Compression() {}

    static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1F && b2 == 0x8B ? new GZIPInputStream(in, 64 * 1024) : in;
    }
}
