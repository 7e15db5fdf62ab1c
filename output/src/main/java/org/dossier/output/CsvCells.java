package org.dossier.output;

/**
 * Text cells of the CSV files Dossier writes. Quoted as RFC 4180 asks, and made inert for spreadsheets: a cell
 * that begins with a character a spreadsheet takes as the start of a formula gets a leading apostrophe, as OWASP
 * recommends against CSV injection, since actor names, quotes and URLs come from the articles and their senders.
 */
public final class CsvCells {

    private CsvCells() {}

    /**
     * A text cell: empty for null; a leading {@code = + - @}, tab or carriage return (or their full-width forms,
     * which some spreadsheets read alike) prefixed with {@code '}; quoted when it holds a comma, quote or line
     * break, with quotes doubled.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = startsLikeAFormula(value) ? "'" + value : value;
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    static boolean startsLikeAFormula(String value) {
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
