package org.dossier.model;

/**
 * The longest names Dossier keeps. A page can state a title of megabytes; stored whole it would be sent to every
 * visitor of the story list. Longer values are cut, and the cut is marked, so that nobody takes the shortened
 * name for the whole one; the web API refuses them instead, since its client can send a shorter one.
 */
public final class FieldLimits {

    public static final int TITLE = 1000;
    public static final int OUTLET = 200;
    public static final int SPEAKER = 200;
    /** Ends a value that was cut to its limit. */
    public static final String CUT = " [cut]";

    private FieldLimits() {}

    /** The value, or its first characters and {@link #CUT} when it is longer than the limit. */
    public static String cut(String value, int limit) {
        if (value == null || value.length() <= limit) {
            return value;
        }
        int end = limit - CUT.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end).stripTrailing() + CUT;
    }
}
