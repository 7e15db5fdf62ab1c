package org.dossier.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.dossier.model.record.ArticleRecord.PlaceRecord;

/**
 * The events CSV, with GDELT-like columns: written by {@code dossier export events} (events merged across a
 * story's articles) and by the server's export of the events view ({@code /api/events.csv}, one article's events).
 * UTF-8 with a byte-order mark, so that spreadsheets read it as UTF-8; CAMEO codes as text, so they keep their
 * leading zero; text cells made inert against formulas ({@link CsvCells}).
 */
public final class EventsCsv {

    /** Tells spreadsheets the file is UTF-8; without it Excel garbles curly quotes and names. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    public static final List<String> COLUMNS = List.of("day", "actor1_name", "actor1_code", "event_code",
            "event_root", "quad_class", "goldstein", "actor2_name", "actor2_code", "location", "source_url",
            "num_sources", "story", "text", "confidence", "date_basis", "source_file", "action_geo_precision",
            "action_geo_fullname", "action_geo_country_code", "action_geo_adm1_code", "action_geo_lat",
            "action_geo_long", "action_geo_feature_id");

    /**
     * One row. {@code sourceUrl} must already be a web address or null (never a file path or the API's
     * "api:item-44"); {@code sourceFile} the file the article was read from, or null; {@code sources} how many
     * articles report the event; {@code place} null when the event is placed nowhere.
     */
    public record Row(String day, String actor, String actorCode, String cameo, String root, int quadClass,
            double goldstein, String target, String targetCode, String location, String sourceUrl, int sources,
            String story, String text, Double confidence, String dateBasis, String sourceFile, PlaceRecord place) {}

    private final Writer out;
    private final boolean spreadsheet;

    /**
     * @param spreadsheet write CAMEO codes as {@code ="010"}, which Excel, Google Sheets and LibreOffice keep as
     *     text (see {@link #code})
     */
    public EventsCsv(Writer out, boolean spreadsheet) {
        this.out = out;
        this.spreadsheet = spreadsheet;
    }

    /** The byte-order mark and the header line; call once, first. */
    public void header() throws IOException {
        out.write(BYTE_ORDER_MARK + String.join(",", COLUMNS) + "\n");
    }

    public void write(Row e) throws IOException {
        out.write(String.join(",", List.of(CsvCells.text(e.day()), CsvCells.text(e.actor()),
                CsvCells.text(e.actorCode()), code(e.cameo()), code(e.root()), String.valueOf(e.quadClass()),
                String.format(Locale.ROOT, "%.1f", e.goldstein()), CsvCells.text(e.target()),
                CsvCells.text(e.targetCode()), CsvCells.text(e.location()), CsvCells.text(e.sourceUrl()),
                String.valueOf(e.sources()), CsvCells.text(e.story()), CsvCells.text(e.text()),
                e.confidence() == null ? "" : String.format(Locale.ROOT, "%.3f", e.confidence()),
                CsvCells.text(e.dateBasis()), CsvCells.text(e.sourceFile()), geo(e.place()))) + "\n");
    }

    /** The {@code source_file} of an article read from {@code source}: null for one posted to the API. */
    public static String sourceFile(String source) {
        return source == null || source.isBlank() || source.startsWith("api:") ? null : source;
    }

    /**
     * The place columns, as GDELT's ActionGeo fields: precision (Dossier's ACLED-like code, 1 place, 2 part of or
     * near a place, 3 admin area, 4 country; GDELT's geo type counts otherwise), the name, the ISO 3166-1 country
     * code, the ADM1 code as GDELT writes it (country and admin1 code joined, "SY09"; the country alone for a
     * country), latitude, longitude and the feature id (the GeoNames id). All empty for an event placed nowhere;
     * only the name for a name that was not resolved.
     */
    public static String geo(PlaceRecord p) {
        if (p == null) {
            return ",,,,,,";
        }
        String adm1 = p.country() == null ? null : p.admin1() == null ? p.country() : p.country() + p.admin1();
        return String.join(",", p.precision() == null ? "" : String.valueOf(p.precision()), CsvCells.text(p.name()),
                CsvCells.text(p.country()), CsvCells.text(adm1), p.lat() == null ? "" : String.valueOf(p.lat()),
                p.lon() == null ? "" : String.valueOf(p.lon()),
                p.geonamesId() == null ? "" : String.valueOf(p.geonamesId()));
    }

    /**
     * A CAMEO code cell. Always quoted, which marks it as text to a reader that honours quotes (LibreOffice's
     * "quoted field as text", pandas with dtype=str) and changes nothing for the others; for a spreadsheet a
     * formula that gives the code as text, since Excel and Google Sheets read a quoted 010 as the number 10.
     * Codes are digits only, so the formula can hold nothing else.
     */
    public String code(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return CsvCells.text(value);
        }
        return spreadsheet ? "\"=\"\"" + value + "\"\"\"" : "\"" + value + "\"";
    }
}
