package org.dossier.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a request reaches the API (a path with {@code %00}, an address or headers too
 * long, a malformed request) as the API's own JSON error, {@code {"status": ..., "error": ...}}, rather than an
 * HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final int maxHeaderBytes;

    /** @param maxHeaderBytes the most bytes of a request's first line and headers, named in 414 and 431 */
    JsonErrorHandler(int maxHeaderBytes) {
        this.maxHeaderBytes = maxHeaderBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object attribute = request.getAttribute(ERROR_STATUS);
        if (attribute instanceof Integer s && s >= 400) {
            status = s;
        }
        Object message = request.getAttribute(ERROR_MESSAGE);
        String explained = explain(status, maxHeaderBytes, message == null ? null : message.toString());
        byte[] body = Json.write(Map.of("status", status, "error", explained)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    static String explain(int status, int maxHeaderBytes, String jettyMessage) {
        String detail = jettyMessage == null || jettyMessage.isBlank() ? "" : " (" + jettyMessage + ")";
        return switch (status) {
            case 400 -> "the request is malformed: the path or a header holds characters the server refuses, such "
                    + "as an encoded NUL (%00) or an ambiguous encoded slash" + detail;
            case 414 -> "the address is longer than the server accepts: the request line and headers may hold "
                    + maxHeaderBytes + " bytes together, and a search query 'q' at most " + ApiHandlers.MAX_QUERY_CHARS
                    + " characters; send fewer or shorter parameters" + detail;
            case 431 -> "the request's headers are larger than the server accepts (" + maxHeaderBytes + " bytes "
                    + "with the request line)" + detail;
            case 405 -> "this method is not allowed here; see /openapi.json" + detail;
            default -> "the server could not answer the request" + detail;
        };
    }
}
