package org.dossier.ingest.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.StageException;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes document bytes to text, choosing the encoding by evidence in this order: a byte-order mark; UTF-16
 * without a mark (recognized by its zero bytes); bytes that are valid UTF-8; a charset the HTML declares; Mozilla's
 * universal charset detector; and last windows-1252, which decodes any byte.
 *
 * <p>Valid UTF-8 wins over a declaration because pages that declare ISO-8859-1 but are UTF-8 are common, while
 * non-UTF-8 text that happens to be valid UTF-8 is rare. Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int DECLARATION_WINDOW = 4096;

    /**
     * @throws StageException when the bytes are empty, blank or binary
     */
    public DecodedText decode(byte[] content) throws StageException {
        if (content.length == 0) {
            throw new StageException("empty file (0 bytes)");
        }
        DecodedText decoded = decodeNonEmpty(content);
        if (decoded.text().isBlank()) {
            throw new StageException("empty document (only whitespace)");
        }
        return decoded;
    }

    private DecodedText decodeNonEmpty(byte[] content) throws StageException {
        Optional<DecodedText> byMark = byByteOrderMark(content);
        if (byMark.isPresent()) {
            return byMark.get();
        }
        Optional<Charset> utf16 = unmarkedUtf16(content);
        if (utf16.isPresent()) {
            return new DecodedText(new String(content, utf16.get()), utf16.get(), "UTF-16 without byte-order mark");
        }
        Optional<String> binary = BinarySniffer.binaryReason(content);
        if (binary.isPresent()) {
            throw new StageException(binary.get());
        }
        Optional<String> utf8 = strictUtf8(content);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8, "valid UTF-8");
        }
        Optional<Charset> declared = declaredCharset(content);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new DecodedText(new String(content, declared.get()), declared.get(), "declared");
        }
        Charset detected = detect(content).orElse(WINDOWS_1252);
        return new DecodedText(new String(content, detected), detected, "detected");
    }

    private static Optional<DecodedText> byByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "byte-order mark"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "byte-order mark"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "byte-order mark"));
        }
        return Optional.empty();
    }

    /** ASCII-range text in UTF-16 has a zero byte in every other position. */
    private static Optional<Charset> unmarkedUtf16(byte[] b) {
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 8) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * The text, when the bytes are valid UTF-8. The JDK's lenient decoder is much faster than a reporting one, and
     * invalid input shows as replacement characters; only then is a strict check needed.
     */
    private static Optional<String> strictUtf8(byte[] content) {
        String lenient = new String(content, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Optional.of(lenient);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> detect(byte[] content) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(content, 0, content.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : charset(name);
    }

    private static Optional<Charset> charset(String name) {
        String normalized = name.trim().toLowerCase(Locale.ROOT);
        // Browsers decode "iso-8859-1" and "us-ascii" as windows-1252 (WHATWG Encoding); so do we.
        if (normalized.equals("iso-8859-1") || normalized.equals("latin1") || normalized.equals("us-ascii")
                || normalized.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(normalized));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
