package org.dossier.ingest.clean;

/**
 * Aligns the decoded text of a markup text node with its raw source, where character references such as
 * {@code &amp;} or {@code &#8217;} are several raw characters for one decoded character.
 */
final class RawAligner {

    private static final int MAX_REFERENCE_LENGTH = 12;

    private RawAligner() {}

    /** The raw offset of every decoded character. */
    static int[] align(String decoded, String raw, int rawStart, int rawEnd) {
        int[] positions = new int[decoded.length()];
        int r = rawStart;
        for (int d = 0; d < decoded.length(); d++) {
            positions[d] = Math.min(r, Math.max(rawStart, rawEnd - 1));
            char c = decoded.charAt(d);
            if (r < rawEnd && raw.charAt(r) == '&') {
                r = afterReference(raw, r, rawEnd);
            } else if (c == '\n' && r + 1 < rawEnd && raw.charAt(r) == '\r' && raw.charAt(r + 1) == '\n') {
                r += 2;
            } else {
                r++;
            }
        }
        return positions;
    }

    private static int afterReference(String raw, int ampersand, int rawEnd) {
        int limit = Math.min(rawEnd, ampersand + MAX_REFERENCE_LENGTH);
        for (int i = ampersand + 1; i < limit; i++) {
            char c = raw.charAt(i);
            if (c == ';') {
                return i + 1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                break;
            }
        }
        return ampersand + 1;
    }
}
