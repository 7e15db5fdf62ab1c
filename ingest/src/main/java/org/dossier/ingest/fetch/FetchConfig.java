package org.dossier.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link HttpFetcher} treats the servers it reads.
 *
 * @param userAgent sent with every request, so that a site's operator can see who is polling and how to reach
 *     them
 * @param connectTimeout the longest wait for a connection
 * @param responseTimeout the longest a whole response (headers and body) may take: a server that answers slowly
 *     or sends its body a trickle at a time is cut off
 * @param maxBodyBytes the largest body read; a larger one is cut off as soon as it passes the limit, never held
 * @param maxRedirects redirects followed per fetch; a redirect back to an address already visited is a loop
 * @param hostGap the least time between two requests to the same host
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration responseTimeout, long maxBodyBytes,
        int maxRedirects, Duration hostGap) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    /** Feeds of a few hundred items and the largest article pages fit well inside. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final Duration DEFAULT_HOST_GAP = Duration.ofSeconds(1);

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < ' ' || c > '~')) {
            throw new IllegalArgumentException("the user agent must be printable ASCII, was '" + userAgent + "'");
        }
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(responseTimeout, "response timeout");
        Objects.requireNonNull(hostGap, "hostGap");
        if (hostGap.isNegative()) {
            throw new IllegalArgumentException("the gap between requests to a host must not be negative");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body size limit must be positive, was " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("the redirect limit must not be negative, was " + maxRedirects);
        }
    }

    /** The defaults above, with this user agent. */
    public static FetchConfig defaults(String userAgent) {
        return new FetchConfig(userAgent, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_REDIRECTS, DEFAULT_HOST_GAP);
    }

    /**
     * Dossier's user agent: its name and version and what it is doing, with the operator's contact (an address or
     * a web page) when one is given, so that a site can reach whoever is polling it.
     */
    public static String userAgent(String version, String contact) {
        return "Dossier/" + (version == null || version.isBlank() ? "unknown" : version.strip()) + " (feed watcher"
                + (contact == null || contact.isBlank() ? "" : "; +" + contact.strip()) + ")";
    }

    public FetchConfig withConnectTimeout(Duration value) {
        return new FetchConfig(userAgent, value, responseTimeout, maxBodyBytes, maxRedirects, hostGap);
    }

    public FetchConfig withResponseTimeout(Duration value) {
        return new FetchConfig(userAgent, connectTimeout, value, maxBodyBytes, maxRedirects, hostGap);
    }

    public FetchConfig withMaxBodyBytes(long value) {
        return new FetchConfig(userAgent, connectTimeout, responseTimeout, value, maxRedirects, hostGap);
    }

    public FetchConfig withMaxRedirects(int value) {
        return new FetchConfig(userAgent, connectTimeout, responseTimeout, maxBodyBytes, value, hostGap);
    }

    public FetchConfig withHostGap(Duration value) {
        return new FetchConfig(userAgent, connectTimeout, responseTimeout, maxBodyBytes, maxRedirects, value);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("the " + name + " must be positive, was " + value);
        }
    }
}
