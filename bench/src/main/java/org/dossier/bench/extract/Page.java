package org.dossier.bench.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** One page of a benchmark set: its id, the URL it was fetched from, and its gzipped HTML file. */
public record Page(String id, String url, Path htmlGz) {

    public byte[] html() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlGz))) {
            return in.readAllBytes();
        }
    }
}
