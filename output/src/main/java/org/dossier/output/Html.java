package org.dossier.output;

/** HTML escaping for text from articles, which is untrusted: nothing in it may become markup. */
public final class Html {

    private Html() {}

    /** A day as the pages show it, its ISO date; null for none. */
    public static String day(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
