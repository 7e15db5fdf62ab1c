package org.dossier.ingest.decode;

import java.util.Optional;

/** Recognizes bytes that are not text: known binary formats by their magic numbers, or too many control bytes. */
final class BinarySniffer {

    private static final int SAMPLE = 8192;
    /** More than this share of control bytes means binary; text has almost none besides tab and newline. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private record Magic(String name, byte[] prefix) {}

    private static final Magic[] MAGICS = {
        new Magic("PDF document", bytes(0x25, 0x50, 0x44, 0x46)),
        new Magic("PNG image", bytes(0x89, 0x50, 0x4E, 0x47)),
        new Magic("JPEG image", bytes(0xFF, 0xD8, 0xFF)),
        new Magic("GIF image", bytes(0x47, 0x49, 0x46, 0x38)),
        new Magic("ZIP archive or Office document", bytes(0x50, 0x4B, 0x03, 0x04)),
        new Magic("gzip data", bytes(0x1F, 0x8B)),
        new Magic("ELF executable", bytes(0x7F, 0x45, 0x4C, 0x46)),
        new Magic("Windows executable", bytes(0x4D, 0x5A)),
        new Magic("Java class file", bytes(0xCA, 0xFE, 0xBA, 0xBE)),
        new Magic("RIFF media file", bytes(0x52, 0x49, 0x46, 0x46)),
        new Magic("MP4/QuickTime media file", bytes(0x00, 0x00, 0x00, -1, 0x66, 0x74, 0x79, 0x70)),
        new Magic("7-Zip archive", bytes(0x37, 0x7A, 0xBC, 0xAF)),
        new Magic("bzip2 data", bytes(0x42, 0x5A, 0x68)),
        new Magic("xz data", bytes(0xFD, 0x37, 0x7A, 0x58, 0x5A)),
        new Magic("SQLite database", bytes(0x53, 0x51, 0x4C, 0x69, 0x74, 0x65)),
    };

    private BinarySniffer() {}

    /** The reason the bytes are binary, or empty when they look like text. Call after BOM checks. */
    static Optional<String> binaryReason(byte[] content) {
        for (Magic magic : MAGICS) {
            if (startsWith(content, magic.prefix())) {
                return Optional.of("binary file (" + magic.name() + "), not text or HTML");
            }
        }
        int sample = Math.min(content.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return Optional.of("binary file (contains NUL bytes), not text or HTML");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
            return Optional.of("binary file (" + Math.round(100.0 * control / sample)
                    + "% control bytes), not text or HTML");
        }
        return Optional.empty();
    }

    /** A -1 in a prefix matches any byte. */
    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] != (byte) -1 && content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
