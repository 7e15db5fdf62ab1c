package org.dossier.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to bind; loopback by default
 * @param port the port (0 picks a free one)
 * @param token the bearer token that write endpoints need; required when bound beyond loopback
 * @param maxBodyBytes the largest request body accepted
 * @param maxArticlesPerPost the most articles one POST may carry
 * @param allowedHosts host names besides loopback names and IP addresses that requests may be addressed to
 *     (see {@link RequestGuard})
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int maxArticlesPerPost,
        java.util.List<String> allowedHosts) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
    public static final int DEFAULT_MAX_ARTICLES = 50;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (!loopback(host) && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("bound to " + host + ", beyond this machine, the server needs a "
                    + "token for its write endpoints: set it in the environment variable DOSSIER_TOKEN (or in the "
                    + "one --token-env names)");
        }
        allowedHosts = allowedHosts == null ? java.util.List.of() : java.util.List.copyOf(allowedHosts);
    }

    public ServerConfig(String host, int port, String token, long maxBodyBytes, int maxArticlesPerPost) {
        this(host, port, token, maxBodyBytes, maxArticlesPerPost, java.util.List.of());
    }

    public static ServerConfig local(int port) {
        return new ServerConfig(DEFAULT_HOST, port, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ARTICLES);
    }

    /** Whether write endpoints ask for the token: always when one is set, and it must be when not on loopback. */
    public boolean writesNeedToken() {
        return token != null && !token.isBlank();
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
