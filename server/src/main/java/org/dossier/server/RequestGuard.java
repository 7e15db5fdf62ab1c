package org.dossier.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who may talk to the server. A web page on another site can make a browser send requests to a server on
 * loopback: DNS rebinding points a name of the attacker's at 127.0.0.1, and the browser then sends that name as
 * the Host; a cross-site form or fetch sends its own Origin. So requests are answered only for loopback names, IP
 * addresses and the names the operator allowed, and writes only from this server's own pages or from clients
 * that are not browsers (no Origin).
 */
final class RequestGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final ServerConfig config;

    RequestGuard(ServerConfig config) {
        this.config = config;
    }

    /** Why a request with this Host header is refused, or null to serve it. */
    String hostRefusal(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null; // HTTP/1.0 clients send none; a browser always does
        }
        String name = hostName(hostHeader);
        if (name.equals("localhost") || name.endsWith(".localhost") || IPV4.matcher(name).matches()
                || name.contains(":") || name.equalsIgnoreCase(config.host())
                || config.allowedHosts().stream().anyMatch(name::equalsIgnoreCase)) {
            return null;
        }
        return "this server answers to localhost and IP addresses, not to the name '" + name + "' (a page using "
                + "DNS rebinding would send such a name); if clients reach it by that name, start it with "
                + "--allow-host " + name;
    }

    /** Why a write from this browser Origin is refused, or null: same origin, or no browser (no Origin). */
    String originRefusal(String origin, String secFetchSite, String hostHeader) {
        if ("cross-site".equalsIgnoreCase(secFetchSite)) {
            return "writes from another site's pages are refused (Sec-Fetch-Site: cross-site)";
        }
        if (origin == null || origin.isBlank()) {
            return null;
        }
        String host = hostHeader == null ? "" : hostHeader.strip().toLowerCase(Locale.ROOT);
        String from = origin.strip().toLowerCase(Locale.ROOT);
        if (from.equals("http://" + host) || from.equals("https://" + host)) {
            return null;
        }
        return "writes from pages of another origin are refused: the request came from " + origin.strip()
                + ", this server is " + (host.isEmpty() ? "unnamed" : host) + " (post from a script or a command "
                + "line client, which sends no Origin)";
    }

    /** The host name of a Host header, without its port or IPv6 brackets, in lower case. */
    static String hostName(String hostHeader) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(1, end) : host.substring(1);
        }
        int colon = host.indexOf(':');
        if (colon >= 0 && colon == host.lastIndexOf(':')) {
            host = host.substring(0, colon);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
