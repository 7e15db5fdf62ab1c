package org.dossier.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on loopback for tests of clients: each path answers with a handler the test sets (and may change
 * while the server runs, as a feed publishes new items), every request is logged with its headers and time, and
 * helpers answer with a body, or stream one lazily without ever holding it. Handlers run on their own threads, so
 * one that stalls does not hold up the others.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** A request as received: its path, its headers (names in lower case, first values) and when. */
    public record Request(String path, Map<String, String> headers, long nanoTime) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "loopback-http");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LoopbackHttpServer(HttpServer server) {
        this.server = server;
    }

    /** A server on a free port of 127.0.0.1; unknown paths answer 404. */
    public static LoopbackHttpServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackHttpServer server = new LoopbackHttpServer(http);
        http.setExecutor(server.executor);
        http.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                        values.isEmpty() ? "" : values.getFirst()));
                server.requests.add(new Request(path, Map.copyOf(headers), System.nanoTime()));
                Handler handler = server.routes.get(path);
                if (handler == null) {
                    send(exchange, 404, "text/plain", "no such page");
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException | RuntimeException e) {
                // the client went away (a cut-off body): nothing to answer
            }
        });
        http.start();
        return server;
    }

    /** Sets (or replaces) what a path answers. */
    public LoopbackHttpServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean empty = body.length == 0 || status == 304 || status == 204;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Answers 200 with a body of {@code length} bytes made up as it is written, one reused buffer at a time, so
     * that a gigabyte costs no memory; with {@code declareLength} false it is sent chunked, its length unsaid.
     * Stops when the client goes away.
     *
     * @return the bytes written before the end or the client left
     */
    /** Answers a 302 to {@code location} (absolute or relative, as the test wants to send it). */
    public static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    /** Holds a handler's answer back, for timeouts; an interrupt ends the pause. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static long stream(HttpExchange exchange, long length, boolean declareLength) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, declareLength ? length : 0);
        byte[] chunk = "<item><title>again</title></item>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        long written = 0;
        try (OutputStream out = exchange.getResponseBody()) {
            while (written < length) {
                int n = (int) Math.min(chunk.length, length - written);
                out.write(chunk, 0, n);
                written += n;
            }
        } catch (IOException e) {
            return written;
        }
        return written;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
