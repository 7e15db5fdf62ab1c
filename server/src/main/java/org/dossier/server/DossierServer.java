package org.dossier.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.Supplier;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreException;
import org.dossier.store.StoreIngest;
import org.dossier.store.watch.WatchStatus;

/**
 * The REST API and the web UI over one store, in one process. Reads are open; the write endpoint needs the
 * configured token whenever one is set, and one must be set when the server is reachable beyond loopback.
 */
public final class DossierServer implements AutoCloseable {

    /** Everything a page may load comes from this server; article text can never bring a script with it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /**
     * The most bytes of a request's first line and headers together. Jetty's default (8 KiB) answered a search of
     * a few thousand characters with 414 before the API could say how long a query may be; with 32 KiB the API
     * sees such a query and refuses it itself, with its limit ({@link ApiHandlers#MAX_QUERY_CHARS}).
     */
    static final int MAX_HEADER_BYTES = 32 * 1024;

    private final Javalin app;
    private final ServerConfig config;

    private DossierServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * @param ingest gives the ingester for posted articles; called on the first POST, so a server that is only
     *     read never loads the NLP models
     */
    public static DossierServer start(DossierStore store, ServerConfig config, Supplier<StoreIngest> ingest) {
        return start(store, config, ingest, null);
    }

    /**
     * @param watch the state of the feed watcher running beside the server ({@code serve --watch}), shown at
     *     {@code /api/watch}; null when there is none
     */
    public static DossierServer start(DossierStore store, ServerConfig config, Supplier<StoreIngest> ingest,
            Supplier<WatchStatus> watch) {
        ApiHandlers api = new ApiHandlers(store, config, memoize(ingest));
        ChartHandlers charts = new ChartHandlers(store);
        RequestGuard guard = new RequestGuard(config);
        Javalin app = Javalin.create(c -> {
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(MAX_HEADER_BYTES)));
            c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(
                    new JsonErrorHandler(MAX_HEADER_BYTES)));
            c.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
            c.http.maxRequestSize = config.maxBodyBytes();
            c.startup.showJavalinBanner = false;
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = UI_FILES;
                files.location = Location.CLASSPATH;
            });
            c.routes.before(ctx -> {
                String refused = guard.hostRefusal(ctx.header("Host"));
                if (refused != null) {
                    throw new ApiError(403, refused);
                }
                if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
                    refused = guard.originRefusal(ctx.header("Origin"), ctx.header("Sec-Fetch-Site"),
                            ctx.header("Host"));
                    if (refused != null) {
                        throw new ApiError(403, refused);
                    }
                }
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("Referrer-Policy", "no-referrer");
            });
            c.routes.get("/api/stats", api::stats);
            c.routes.get("/api/stories", api::stories);
            c.routes.get("/api/stories/{id}", api::story);
            c.routes.get("/api/stories/{id}/{part}", api::storyPart);
            c.routes.get("/api/articles/{id}", api::article);
            c.routes.post("/api/articles", ctx -> {
                requireToken(ctx, config);
                api.postArticles(ctx);
            });
            c.routes.get("/api/corrections", api::corrections);
            c.routes.post("/api/corrections", ctx -> {
                requireToken(ctx, config);
                api.postCorrection(ctx);
            });
            c.routes.post("/api/corrections/{id}/undo", ctx -> {
                requireToken(ctx, config);
                api.undoCorrection(ctx);
            });
            c.routes.get("/api/events", api::events);
            c.routes.get("/api/events.geojson", api::eventsGeoJson);
            c.routes.get("/api/events.csv", api::eventsCsv);
            c.routes.get("/api/events.jsonl", api::eventsJsonl);
            c.routes.get("/api/quotes", api::quotes);
            c.routes.get("/api/figures", api::figures);
            c.routes.get("/api/search", api::search);
            c.routes.get("/api/charts/events-over-time", charts::eventsOverTime);
            c.routes.get("/api/charts/top-actors", charts::topActors);
            c.routes.get("/api/charts/dyads", charts::dyads);
            c.routes.get("/api/charts/network", charts::network);
            c.routes.get("/api/charts/figures", charts::figures);
            c.routes.get("/api/actors", charts::actors);
            c.routes.get("/api/actors/{id}", charts::actor);
            c.routes.get("/api/watch", ctx -> ctx.contentType("application/json").result(Json.write(
                    watch == null ? WatchStatus.notWatching() : watch.get().toJson())));
            c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json")
                    .result(OpenApi.document()));
            c.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
            c.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
            c.routes.error(404, ctx -> {
                if (isJson(ctx)) {
                    return; // an endpoint's own 404 (no such story) has said what is missing
                }
                String allowed = allowedMethods(ctx.path());
                if (allowed != null) {
                    ctx.header("Allow", allowed);
                    error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path() + "; it answers " + allowed
                            + " (see /openapi.json)");
                } else if (ctx.path().startsWith("/api/")) {
                    error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /openapi.json)");
                } else if (isPage(ctx.path()) && !ctx.method().name().equals("GET")
                        && !ctx.method().name().equals("HEAD")) {
                    ctx.header("Allow", "GET, HEAD");
                    error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path() + ", a page of the web UI; it "
                            + "answers GET, HEAD");
                } else {
                    error(ctx, 404, "no such page: " + ctx.path() + " (the web UI is at /, the API at /api/, "
                            + "described at /openapi.json)");
                }
            });
            c.routes.error(413, ctx -> {
                if (!isJson(ctx)) { // the API's own 413 (too many articles) has said what was too large
                    error(ctx, 413, "the request is larger than the limit of " + config.maxBodyBytes() + " bytes "
                            + "(serve --max-body-bytes)");
                }
            });
        });
        app.start(config.host(), config.port());
        return new DossierServer(app, config);
    }

    private static void requireToken(Context ctx, ServerConfig config) {
        if (!config.writesNeedToken()) {
            return;
        }
        String header = ctx.header("Authorization");
        String expected = "Bearer " + config.token();
        if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "this endpoint needs the server's token: Authorization: Bearer TOKEN");
        }
    }

    /** The methods an endpoint answers ("GET"), or null when no endpoint has the path. */
    static String allowedMethods(String path) {
        for (Map.Entry<java.util.regex.Pattern, String> endpoint : ENDPOINTS.entrySet()) {
            if (endpoint.getKey().matcher(path).matches()) {
                return endpoint.getValue();
            }
        }
        return null;
    }

    /** The API's paths with the methods each answers, for the 405 of any other method. */
    private static final Map<java.util.regex.Pattern, String> ENDPOINTS = Map.of(
            java.util.regex.Pattern.compile(
                    "/api/(stats|stories|events(\\.(geojson|csv|jsonl))?|quotes|figures|search|watch)/?"), "GET",
            java.util.regex.Pattern.compile("/api/stories/[^/]+(/[^/]+)?/?"), "GET",
            java.util.regex.Pattern.compile("/api/articles/?"), "POST",
            java.util.regex.Pattern.compile("/api/corrections/?"), "GET, POST",
            java.util.regex.Pattern.compile("/api/corrections/[^/]+/undo/?"), "POST",
            java.util.regex.Pattern.compile("/api/articles/[^/]+/?"), "GET",
            java.util.regex.Pattern.compile("/api/charts/(events-over-time|top-actors|dyads|network|figures)/?"),
            "GET",
            java.util.regex.Pattern.compile("/api/actors(/[^/]+)?/?"), "GET",
            java.util.regex.Pattern.compile("/openapi\\.json"), "GET");

    /** Whether the path names a file of the web UI ("/" is its index page). */
    static boolean isPage(String path) {
        String file = path.equals("/") ? "/index.html" : path;
        return !file.contains("..") && DossierServer.class.getResource(UI_FILES + file) != null;
    }

    private static final String UI_FILES = "/org/dossier/server/ui";

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json")
                .result(Json.write(Map.of("status", status, "error", message == null ? "" : message)));
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
