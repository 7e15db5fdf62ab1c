package org.dossier.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** The bytes of container files for reader tests: WARC response records, gzip members, concatenation. */
final class ContainerBytes {

    private ContainerBytes() {}

    /** A WARC response record holding an HTTP response with this status, content type and body. */
    static byte[] warcResponse(String url, String contentType, int status, String body) {
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
        return warcResponseRecord(url, "application/http; msgtype=response", http + body);
    }

    /** A WARC response record with this block, and this WARC Content-Type header, or none where it is null. */
    static byte[] warcResponseRecord(String url, String warcContentType, String blockText) {
        byte[] block = blockText.getBytes(StandardCharsets.UTF_8);
        String headers = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: "
                + "2021-06-14T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(
                        url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + (warcContentType == null ? "" : "Content-Type: " + warcContentType + "\r\n")
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(headers.getBytes(StandardCharsets.ISO_8859_1), block,
                "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
