package org.dossier.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds and pages by HTTP(S) GET within the limits of a {@link FetchConfig}: it follows redirects itself
 * (counting them and refusing a loop), waits its turn for each host, sends the validators of the last fetch so an
 * unchanged feed costs a 304, and turns every way a fetch can go wrong into a {@link FetchResult.Failed} that
 * names the address and the reason. Safe to use from several threads.
 */
public final class HttpFetcher implements AutoCloseable {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, text/html;q=0.9, application/xhtml+xml;q=0.9, */*;q=0.5";

    private final FetchConfig config;
    private final HostRateLimiter limiter;
    private final HttpClient client;

    public HttpFetcher(FetchConfig config) {
        this.config = config;
        this.limiter = new HostRateLimiter(config.hostGap());
        // Redirects are followed here, not by the client, so that each one is counted, checked and rate-limited.
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public FetchConfig config() {
        return config;
    }

    /** Fetches the address; with validators, a conditional GET that may answer {@link FetchResult.NotModified}. */
    public FetchResult fetch(URI uri, Validators validators) throws InterruptedException {
        Set<URI> visited = new HashSet<>();
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || current.getHost() == null) {
                return new FetchResult.Failed(where(uri, current) + "not an http(s) address", false);
            }
            if (!visited.add(current.normalize())) {
                return new FetchResult.Failed(where(uri, current) + "redirect loop (back to an address already "
                        + "visited after " + redirects + " redirect(s))", false);
            }
            limiter.acquire(current.getHost());
            HttpResponse<byte[]> response;
            try {
                response = send(current, validators);
            } catch (LimitedBody.TooLarge e) {
                return new FetchResult.Failed(where(uri, current) + e.getMessage(), false);
            } catch (IOException e) {
                return new FetchResult.Failed(where(uri, current) + describe(e), true);
            }
            int status = response.statusCode();
            if (isRedirect(status)) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return new FetchResult.Failed(where(uri, current) + "HTTP " + status + " without a Location",
                            false);
                }
                if (redirects >= config.maxRedirects()) {
                    return new FetchResult.Failed(where(uri, current) + "more than " + config.maxRedirects()
                            + " redirects", false);
                }
                try {
                    current = current.resolve(new URI(location.strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new FetchResult.Failed(where(uri, current) + "redirect to an unreadable address '"
                            + location + "'", false);
                }
                continue;
            }
            if (status == 304) {
                return new FetchResult.NotModified(current);
            }
            if (status >= 200 && status < 300) {
                return new FetchResult.Fetched(current, status, response.headers().firstValue("Content-Type")
                        .orElse(null), new Validators(response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null)), response.body());
            }
            // Server errors, "too many requests" and "request timeout" may pass; other client errors will not.
            boolean retryable = status >= 500 || status == 429 || status == 408;
            return new FetchResult.Failed(where(uri, current) + "HTTP " + status, retryable);
        }
    }

    private HttpResponse<byte[]> send(URI uri, Validators validators) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(config.responseTimeout())
                .header("User-Agent", config.userAgent()).header("Accept", ACCEPT);
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        long limit = config.maxBodyBytes();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), info -> {
            if (info.statusCode() < 200 || info.statusCode() >= 300) {
                return LimitedBody.skipped();
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return declared > limit ? LimitedBody.refused(limit, declared) : new LimitedBody(limit);
        });
        // The request timeout covers the wait for the headers only; this bounds the body too (a trickling server).
        try {
            return pending.get(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no whole response within " + seconds(config.responseTimeout().toMillis()));
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "unknown error" : cause.toString(), cause);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The address, and where a redirect led when that is elsewhere, as the start of a reason. */
    private static String where(URI asked, URI current) {
        return asked.equals(current) ? asked + ": " : asked + " (redirected to " + current + "): ";
    }

    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + seconds(config.connectTimeout().toMillis());
        }
        if (e instanceof HttpTimeoutException) {
            return e.getMessage() != null && e.getMessage().startsWith("no whole response") ? e.getMessage()
                    : "no response within " + seconds(config.responseTimeout().toMillis());
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    @Override
    public void close() {
        client.close();
    }
}
