package org.dossier.places;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The country a news site's national domain stands for (resource {@code outlet-domains.txt}): "www.example.co.uk"
 * is a British site's, whose stories are mostly of Britain. Domains sold as generic ones are not listed, so a site
 * under them has no country.
 */
final class OutletCountries {

    static final String RESOURCE = "org/dossier/places/outlet-domains.txt";

    private final Map<String, String> countryByDomain;

    OutletCountries(Map<String, String> countryByDomain) {
        this.countryByDomain = Map.copyOf(countryByDomain);
    }

    static OutletCountries standard() {
        Map<String, String> byDomain = new HashMap<>();
        for (String line : Resources.lines(RESOURCE)) {
            String[] parts = line.split("\\s+");
            byDomain.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        return new OutletCountries(byDomain);
    }

    /** The country of the address's national domain; null for no address, a generic domain or one not listed. */
    String countryOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String domain = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return countryByDomain.get(domain);
    }
}
