package org.dossier.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.text.Words;

/**
 * Takes the site's name off a page title: "Bridge to close | Harbour Herald" is "Bridge to close", and so is
 * "Harbour Herald - Bridge to close". The name is recognized, in this order, as the first or last part of the title
 * that names the site the way the page itself does ({@code og:site_name}, the publisher, the outlet a source
 * states, the web address's domain); as the part that is left over when the rest is the page's own headline
 * ({@code <h1>}); or, when nothing names the site, as a short last part after a bar ("… | Herald"), the separator
 * sites use for their name and headlines rarely use. Dashes and colons without a known name are left alone: they
 * are part of many headlines ("Brexit – what happens next").
 */
public final class TitleSiteName {

    /** A separator between title parts, with the spaces around it. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»«:/\\\\]|::|//)\\s+|\\s*\\|\\s*");
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    /** A last part after a bar this short, when the rest is at least as long again, is the site's name. */
    private static final int MAX_SUFFIX_WORDS = 4;
    private static final int MIN_HEADLINE_WORDS = 4;
    /** Shorter names are too likely to appear in a headline by chance ("AP", "ZDF"): they must match whole. */
    private static final int MIN_CONTAINED_NAME = 4;

    /** Second-level domains under a country code: "co.uk", "com.au", "gov.in". */
    private static final java.util.Set<String> SECOND_LEVEL = java.util.Set.of("co", "com", "org", "net", "gov",
            "ac", "edu", "or", "ne", "go", "gv");
    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/@]*@)?([^/:?#]+)");

    private TitleSiteName() {}

    /**
     * The title without the site's name; the title itself when no part of it is recognized as the name.
     *
     * @param siteNames what the page or its source call the site (may be empty)
     * @param url the page's address, or null
     * @param heading the page's first {@code <h1>}, or null
     */
    public static String strip(String title, List<String> siteNames, String url, String heading) {
        List<String> parts = parts(title);
        if (parts.size() < 2) {
            return title;
        }
        List<String> names = new ArrayList<>();
        for (String name : siteNames) {
            if (name != null && !name.isBlank()) {
                names.add(key(name));
            }
        }
        String domain = domain(url);
        if (!domain.isEmpty()) {
            names.add(domain);
        }
        String last = parts.get(parts.size() - 1);
        String first = parts.get(0);
        if (namesSite(last, names)) {
            return withoutLast(title, last);
        }
        if (namesSite(first, names)) {
            return withoutFirst(title, first);
        }
        if (heading != null && !heading.isBlank()) {
            String headingKey = key(heading);
            if (key(withoutLast(title, last)).equals(headingKey)) {
                return withoutLast(title, last);
            }
            if (key(withoutFirst(title, first)).equals(headingKey)) {
                return withoutFirst(title, first);
            }
        }
        Matcher bar = BAR.matcher(title);
        int lastBar = -1;
        while (bar.find()) {
            lastBar = bar.start();
        }
        if (lastBar > 0) {
            String before = title.substring(0, lastBar).strip();
            String after = title.substring(lastBar).replaceFirst("^\\s*\\|\\s*", "");
            int suffixWords = Words.count(after);
            if (suffixWords <= MAX_SUFFIX_WORDS && Words.count(before) >= Math.max(MIN_HEADLINE_WORDS, suffixWords)) {
                return before;
            }
        }
        return title;
    }

    /** The parts between separators, stripped, empty ones left out. */
    private static List<String> parts(String title) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(title)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static boolean namesSite(String part, List<String> names) {
        String key = key(part);
        if (key.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            if (key.equals(name)) {
                return true;
            }
            // "BBC News" for the site "BBC", "Harbour Herald" for the domain "harbourherald"
            String shorter = key.length() < name.length() ? key : name;
            String longer = shorter == key ? name : key;
            if (shorter.length() >= MIN_CONTAINED_NAME && longer.contains(shorter)
                    && Words.count(part) <= MAX_SUFFIX_WORDS + 1) {
                return true;
            }
        }
        return false;
    }

    private static String withoutLast(String title, String last) {
        int at = title.lastIndexOf(last);
        return trimSeparators(title.substring(0, at));
    }

    private static String withoutFirst(String title, String first) {
        int at = title.indexOf(first);
        return trimSeparators(title.substring(at + first.length()));
    }

    private static String trimSeparators(String text) {
        return text.replaceAll("^[\\s|\\-–—·•»«:/\\\\]+|[\\s|\\-–—·•»«:/\\\\]+$", "");
    }

    /** Letters and digits only, lower case: "The Harbour-Herald" and "theharbourherald" are one name. */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** "https://www.harbour-herald.co.uk/news/1" is "harbourherald": the name part of the host. */
    static String domain(String url) {
        if (url == null) {
            return "";
        }
        Matcher m = HOST.matcher(url.strip());
        if (!m.find()) {
            return "";
        }
        String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n < 2) {
            return "";
        }
        // the label before the top-level domain, or before a second-level one under a country ("bbc.co.uk")
        int name = n >= 3 && labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]) ? n - 3 : n - 2;
        return key(labels[name]);
    }
}
